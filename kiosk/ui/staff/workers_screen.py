"""Workers: find by phone or card, correct details, grade and reasons, cases and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLineEdit, QListWidget, QSpinBox, QWidget

from kiosk.domain.model import AssistanceCase, FollowUp, Worker
from kiosk.domain.validation import mask_phone
from kiosk.ui.staff.page import StaffPage, row
from kiosk.ui.widgets import button, card_frame, label, phone_field, vbox

if TYPE_CHECKING:
    from kiosk.services.container import Services


@dataclass(slots=True)
class WorkerFile:
    worker: Worker | None
    cases: list[AssistanceCase] = field(default_factory=list)
    notes: list[FollowUp] = field(default_factory=list)


def _find(services: Services, phone: str, card: str) -> WorkerFile:
    worker = services.workers.find_by_card(card) if card else services.workers.find_by_phone(phone)
    return _file(services, worker)


def _file(services: Services, worker: Worker | None) -> WorkerFile:
    if worker is None:
        return WorkerFile(None)
    cases = services.assistance.cases_for(worker.id)
    notes = [f for case in cases for f in services.assistance.follow_ups(case.id)]
    return WorkerFile(worker, cases, notes)


class WorkersScreen(StaffPage):
    """One worker's file, and the follow-ups due today across all workers."""

    name = "staff.workers"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.phone = phone_field()
        self.card = QLineEdit()
        self.card.returnPressed.connect(self._on_find_clicked)
        self.find_button = button(role="primary")
        self.find_button.clicked.connect(self._on_find_clicked)
        self.body.addLayout(row(self.phone, self.card, self.find_button))
        detail = card_frame()
        dv = vbox(detail, spacing=8, margins=16)
        self.facts = label()
        self.name_field = QLineEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1930, 2015)
        self.correct_button = button()
        self.correct_button.clicked.connect(self._on_correct_clicked)
        self.notes_caption = label(role="heading")
        self.notes = QListWidget()
        self.note_field = QLineEdit()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.add_note_button = button()
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        dv.addWidget(self.facts)
        dv.addLayout(row(self.name_field, self.birth_year, self.correct_button))
        dv.addWidget(self.notes_caption)
        dv.addWidget(self.notes, 1)
        dv.addLayout(row(self.note_field, self.due, self.add_note_button, stretch_last=True))
        due_box = QWidget()
        uv = vbox(due_box, spacing=8)
        self.due_caption = label(role="heading")
        self.due_list = QListWidget()
        self.done_button = button()
        self.done_button.clicked.connect(self._on_done_clicked)
        uv.addWidget(self.due_caption)
        uv.addWidget(self.due_list, 1)
        uv.addWidget(self.done_button)
        split = QHBoxLayout()
        split.addWidget(detail, 3)
        split.addWidget(due_box, 2)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.file = WorkerFile(None)
        self.due_items: list[FollowUp] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workers and follow-ups"))
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.card.setPlaceholderText(self.tr("Worker card (scan)"))
        self.find_button.setText(self.tr("Find"))
        self.name_field.setPlaceholderText(self.tr("Name"))
        self.correct_button.setText(self.tr("Save correction"))
        self.notes_caption.setText(self.tr("Case notes and follow-ups"))
        self.note_field.setPlaceholderText(self.tr("Follow-up note"))
        self.add_note_button.setText(self.tr("Add follow-up"))
        self.due_caption.setText(self.tr("Follow-ups due today"))
        self.done_button.setText(self.tr("Mark done"))
        self._show()

    def title(self) -> str:
        return self.tr("Workers")

    def enter(self, arg: Any = None) -> None:
        today = self.services.ctx.today()
        self.due.setDate(QDate(today.year, today.month, today.day))
        self._load_due()

    def reset(self) -> None:
        super().reset()
        self.phone.clear()
        self.card.clear()
        self.note_field.clear()
        self.file = WorkerFile(None)
        self.due_items = []
        self.due_list.clear()
        self._show()

    def _load_due(self) -> None:
        assistance = self.services.assistance
        self.submit("due", assistance.due, self._on_due_loaded)

    def _on_due_loaded(self, items: list[FollowUp]) -> None:
        self.due_items = items
        self.due_list.clear()
        for f in items:
            self.due_list.addItem(f"{f.due_on} · {f.note}")

    def _on_find_clicked(self) -> None:
        services, phone, card = self.services, self.phone.text(), self.card.text().strip()
        self.submit("find", lambda: _find(services, phone, card), self._on_found)

    def _on_found(self, file: WorkerFile) -> None:
        self.file = file
        if file.worker is None:
            self.say(self.tr("No worker with that phone or card."), "error")
        else:
            self.quiet()
        self._show()

    def _show(self) -> None:
        w = self.file.worker
        for widget in (
            self.name_field,
            self.birth_year,
            self.correct_button,
            self.note_field,
            self.due,
            self.add_note_button,
        ):
            widget.setEnabled(w is not None)
        self.notes.clear()
        if w is None:
            self.facts.setText("")
            self.name_field.clear()
            return
        self.name_field.setText(w.display_name)
        self.birth_year.setValue(w.birth_year or 1970)
        grade = int(w.assistance_grade)
        reasons = ", ".join(w.assistance_reasons) or "—"
        self.facts.setText(
            "\n".join(
                [
                    f"{w.display_name} · {mask_phone(w.phone)}",
                    self.tr("Skills: {v}").format(v="、".join(w.skills) or "—"),
                    self.tr("Assistance grade: {g}; reasons: {r}").format(g=grade, r=reasons),
                ]
            )
        )
        for f in self.file.notes:
            done = self.tr("done") if f.done_at else self.tr("due {d}").format(d=f.due_on or "—")
            self.notes.addItem(f"{f.note} · {done}")

    def _on_correct_clicked(self) -> None:
        w = self.file.worker
        if w is None:
            return
        services, actor = self.services, self.ctx.actor
        name, year = self.name_field.text().strip(), self.birth_year.value()

        def job() -> WorkerFile:
            worker = services.workers.update(w.id, actor=actor, display_name=name, birth_year=year)
            return _file(services, worker)

        self.submit("correct", job, self._on_corrected)

    def _on_corrected(self, file: WorkerFile) -> None:
        self._on_found(file)
        self.say(self.tr("Correction saved (recorded in the audit log)."))

    def _on_add_note_clicked(self) -> None:
        w = self.file.worker
        note = self.note_field.text().strip()
        if w is None or not note:
            return
        services, actor = self.services, self.ctx.actor
        d = self.due.date()
        due_on = date(d.year(), d.month(), d.day())
        case_id = self.file.cases[0].id if self.file.cases else ""

        def job() -> WorkerFile:
            cid = case_id or services.assistance.open_case(worker_id=w.id, plan="", actor=actor).id
            services.assistance.add_follow_up(case_id=cid, note=note, due_on=due_on, actor=actor)
            return _file(services, services.workers.get(w.id))

        self.submit("note", job, self._on_noted)

    def _on_noted(self, file: WorkerFile) -> None:
        self.note_field.clear()
        self.file = file
        self._show()
        self._load_due()

    def _on_done_clicked(self) -> None:
        index = self.due_list.currentRow()
        if not 0 <= index < len(self.due_items):
            return
        assistance, actor, fid = self.services.assistance, self.ctx.actor, self.due_items[index].id
        self.submit(
            "done",
            lambda: assistance.complete_follow_up(fid, actor=actor),
            lambda _f: self._load_due(),
        )
