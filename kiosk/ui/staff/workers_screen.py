"""Workers: find by phone, card or name; details, grade and reasons, cases and follow-ups."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from kiosk.domain.model import AssistanceCase, CaseStatus, FollowUp
from kiosk.domain.validation import mask_phone
from kiosk.services.assistance import DueFollowUp
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, caption, item_list, row
from kiosk.ui.staff.worker_file import WorkerFile, find, load_id
from kiosk.ui.steppers import date_stepper, number_stepper
from kiosk.ui.widgets import button, card_frame, label, phone_field, vbox

LIST_MIN_PX = 96


def _list() -> QListWidget:
    rows = item_list()
    # Lists give way first on a short screen (1280x800 must fit); about three lines still show.
    rows.setMinimumHeight(LIST_MIN_PX)
    return rows


class WorkersScreen(StaffPage):
    """One worker's file with their cases, and the follow-ups due today across all workers.

    A follow-up goes to the case staff chose in the list: a worker may have an old, finished
    case beside the current one (issue 4).
    """

    name = "staff.workers"
    sig_follow_up_added = Signal(object)  # the FollowUp stored

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.phone = phone_field()
        self.card = QLineEdit()
        self.card.setMinimumWidth(280)  # room for its hint, which says to scan the card here
        self.card.returnPressed.connect(self._on_find_clicked)
        self.phone.returnPressed.connect(self._on_find_clicked)
        self.name_search = QLineEdit()
        self.name_search.returnPressed.connect(self._on_find_clicked)
        self.find_button = button(role="primary")
        self.find_button.clicked.connect(self._on_find_clicked)
        self.body.addLayout(row(self.phone, self.card, self.name_search, self.find_button))
        # Several workers with the searched name: one line each (masked phone, birth year).
        self.matches = item_list()
        self.matches.setMaximumHeight(150)
        self.matches.itemClicked.connect(self._on_match_clicked)
        self.matches.hide()
        self.body.addWidget(self.matches)
        split = QHBoxLayout()
        split.addWidget(self._build_worker_box(), 5)
        split.addWidget(self._build_case_box(), 3)
        split.addWidget(self._build_due_box(), 2)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.file = WorkerFile(None)
        self.case_id = ""
        self.due_items: list[DueFollowUp] = []
        self.retranslate()

    def _build_worker_box(self) -> QWidget:
        box = card_frame()
        v = vbox(box, spacing=8, margins=16)
        self.facts = label()
        self.name_field = QLineEdit()
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1930, 2015)
        self.birth_year.setMinimumWidth(84)  # four digits; its hint kept room for hidden arrows
        self.birth_year_stepper = number_stepper(self.birth_year)
        self.correct_button = button()
        self.correct_button.clicked.connect(self._on_correct_clicked)
        self.cases_caption = label(role="heading", wrap=False)
        self.cases = _list()
        self.cases.currentRowChanged.connect(self._on_cases_row_changed)
        self.plan_field = QLineEdit()
        self.plan_field.setMinimumWidth(160)
        self.open_case_button = button()
        self.open_case_button.clicked.connect(self._on_open_case_clicked)
        v.addWidget(self.facts)
        v.addLayout(row(self.name_field, self.birth_year_stepper, self.correct_button))
        # The caption shares its line with "open a case" so the page fits a 1280x800 desk screen.
        v.addLayout(
            row(self.cases_caption, self.plan_field, self.open_case_button, stretch_last=True)
        )
        v.addWidget(self.cases, 1)
        return box

    def _build_case_box(self) -> QWidget:
        box = card_frame()
        v = vbox(box, spacing=8, margins=16)
        self.notes_caption = label(role="heading")
        self.notes = _list()
        self.note_field = QLineEdit()
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due_stepper = date_stepper(self.due)
        self.due_on_caption = caption()
        self.due_on_caption.setWordWrap(False)  # four characters stacked one per line read badly
        self.add_note_button = button()
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        self.close_case_button = button()
        self.close_case_button.clicked.connect(self._on_close_case_clicked)
        # Closing is done to the case, so it sits by the case's heading; it takes the note below
        # as its outcome (what came of the case is what staff write last).
        v.addLayout(row(self.notes_caption, self.close_case_button, stretch_last=True))
        v.addWidget(self.notes, 1)
        # The note and its button on one line, the due date under them: side by side, the date's
        # stepper and the button made this column too wide for a 1280 px desk screen.
        v.addLayout(row(self.note_field, self.add_note_button, stretch_last=True))
        v.addLayout(row(self.due_on_caption, self.due_stepper))
        return box

    def _build_due_box(self) -> QWidget:
        box = QWidget()
        v = vbox(box, spacing=8)
        self.due_caption = label(role="heading")
        self.due_list = _list()
        self.open_due_button = button()
        self.open_due_button.clicked.connect(self._on_open_due_clicked)
        self.done_button = button()
        self.done_button.clicked.connect(self._on_done_clicked)
        v.addWidget(self.due_caption)
        v.addWidget(self.due_list, 1)
        # One above the other: this column is narrow, and the worker's column is the tallest.
        v.addWidget(self.open_due_button)
        v.addWidget(self.done_button)
        return box

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workers and follow-ups"))
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.card.setPlaceholderText(self.tr("Worker card (scan)"))
        self.name_search.setPlaceholderText(self.tr("or name"))
        self.find_button.setText(self.tr("Find"))
        self.name_field.setPlaceholderText(self.tr("Name"))
        self.correct_button.setText(self.tr("Save correction"))
        self.cases_caption.setText(self.tr("Assistance cases"))
        self.plan_field.setPlaceholderText(self.tr("Plan for a new case"))
        self.open_case_button.setText(self.tr("New case"))
        self.note_field.setPlaceholderText(self.tr("Follow-up note"))
        self.add_note_button.setText(self.tr("Add follow-up"))
        self.close_case_button.setText(self.tr("Close case"))
        self.due_on_caption.setText(self.tr("Due on"))
        self.due_caption.setText(self.tr("Follow-ups due today"))
        self.open_due_button.setText(self.tr("Open file"))
        self.done_button.setText(self.tr("Mark done"))
        self._show()
        self._show_due()

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
        self.name_search.clear()
        self.matches.clear()
        self.matches.hide()
        self.note_field.clear()
        self.plan_field.clear()
        self.file = WorkerFile(None)
        self.case_id = ""
        self.due_items = []
        self._show()
        self._show_due()

    # -- the due list

    def _load_due(self) -> None:
        assistance = self.services.assistance
        self.submit("due", assistance.due_with_workers, self._on_due_loaded)

    def _on_due_loaded(self, items: list[DueFollowUp]) -> None:
        self.due_items = items
        self._show_due()

    def _show_due(self) -> None:
        self.due_list.clear()
        for d in self.due_items:
            self.due_list.addItem(f"{d.follow_up.due_on} · {d.worker_name}\n{d.follow_up.note}")

    def _chosen_due(self) -> DueFollowUp | None:
        index = self.due_list.currentRow()
        return self.due_items[index] if 0 <= index < len(self.due_items) else None

    def _on_open_due_clicked(self) -> None:
        due = self._chosen_due()
        if due is None:
            return
        services, worker_id, case_id = self.services, due.worker_id, due.follow_up.case_id
        self.submit(
            "find", lambda: load_id(services, worker_id), lambda f: self._on_found(f, case_id)
        )

    def _on_done_clicked(self) -> None:
        due = self._chosen_due()
        if due is None:
            return
        assistance, actor, fid = self.services.assistance, self.ctx.actor, due.follow_up.id
        self.submit(
            "done",
            lambda: assistance.complete_follow_up(fid, actor=actor),
            lambda _f: self._reload(),
        )

    # -- one worker's file

    def _on_find_clicked(self) -> None:
        services, phone, card = self.services, self.phone.text(), self.card.text().strip()
        name = self.name_search.text().strip()
        self.submit("find", lambda: find(services, phone, card, name), self._on_found)

    def _on_found(self, file: WorkerFile, case_id: str = "") -> None:
        self.file = file
        self.case_id = case_id if file.case_index(case_id) >= 0 else file.default_case()
        self.matches.clear()
        self.matches.setVisible(bool(file.matches))
        for worker in file.matches:
            item = QListWidgetItem(
                f"{worker.display_name} · {mask_phone(worker.phone)} · {worker.birth_year or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, worker.id)
            self.matches.addItem(item)
        if file.matches:
            self.say(self.tr("Several workers have that name: choose one."))
        elif file.worker is None:
            self.say(self.tr("No worker with that phone, card or name."), "error")
        else:
            self.quiet()
        self._show()

    def _on_match_clicked(self, item: QListWidgetItem) -> None:
        services, worker_id = self.services, str(item.data(Qt.ItemDataRole.UserRole))
        self.submit("file", lambda: load_id(services, worker_id), self._on_found)

    def _reload(self) -> None:
        """The due list, and the open file with its chosen case, after a change."""
        self._load_due()
        w = self.file.worker
        if w is not None:
            services, case_id = self.services, self.case_id
            self.submit(
                "file", lambda: load_id(services, w.id), lambda f: self._refresh(f, case_id)
            )

    def _refresh(self, file: WorkerFile, case_id: str) -> None:
        self.file = file
        self.case_id = case_id if file.case_index(case_id) >= 0 else file.default_case()
        self._show()

    def _show(self) -> None:
        w = self.file.worker
        for widget in (
            self.name_field,
            self.birth_year,
            self.correct_button,
            self.plan_field,
            self.open_case_button,
        ):
            widget.setEnabled(w is not None)
        if w is None:
            self.facts.setText("")
            self.name_field.clear()
        else:
            self.name_field.setText(w.display_name)
            self.birth_year.setValue(w.birth_year or 1970)
            reasons = [words.assistance_reason_text(r) for r in w.assistance_reasons]
            self.facts.setText(
                "\n".join(
                    [
                        f"{w.display_name} · {mask_phone(w.phone)} · "
                        + self.tr("Skills: {v}").format(v="、".join(w.skills) or "—"),
                        self.tr("Assistance grade: {g}; reasons: {r}").format(
                            g=words.grade_text(w.assistance_grade),
                            r=words.list_text(reasons) or "—",
                        ),
                    ]
                )
            )
        self._show_cases()

    def _show_cases(self) -> None:
        # Filling the list moves its current row; that is not staff choosing a case.
        self.cases.blockSignals(True)
        self.cases.clear()
        for case in self.file.cases:
            self.cases.addItem(self._case_text(case))
        self.cases.setCurrentRow(self.file.case_index(self.case_id))
        self.cases.blockSignals(False)
        self._show_follow_ups()

    def _case_text(self, case: AssistanceCase) -> str:
        text = self.tr("Opened {date} · {status} · {grade}\nPlan: {plan}").format(
            date=words.date_text(case.opened_at),
            status=words.case_status_text(case.status),
            grade=words.grade_text(case.grade),
            plan=case.plan or "—",
        )
        if case.status is CaseStatus.CLOSED:
            text += "\n" + self.tr("Closed {date}: {outcome}").format(
                date=words.date_text(case.closed_at) if case.closed_at else "",
                outcome=case.outcome,
            )
        return text

    def _on_cases_row_changed(self, index: int) -> None:
        if 0 <= index < len(self.file.cases):
            self.case_id = self.file.cases[index].id
            self._show_follow_ups()

    def _show_follow_ups(self) -> None:
        index = self.file.case_index(self.case_id)
        chosen = index >= 0
        open_case = chosen and self.file.cases[index].status is CaseStatus.OPEN
        for widget in (self.note_field, self.due_stepper, self.add_note_button):
            widget.setEnabled(open_case)
        self.close_case_button.setEnabled(open_case)
        self.notes.clear()
        if not chosen:
            has_worker = self.file.worker is not None
            self.notes_caption.setText(
                self.tr("Follow-ups: open a case first") if has_worker else self.tr("Follow-ups")
            )
            return
        case = self.file.cases[index]
        heading = (
            self.tr("Follow-ups of the case opened {date}")
            if open_case
            else self.tr("Follow-ups of the closed case opened {date}")
        )
        self.notes_caption.setText(heading.format(date=words.date_text(case.opened_at)))
        for f in self.file.follow_ups.get(case.id, []):
            due = self.tr("due {d}").format(d=f.due_on) if f.due_on else self.tr("no due date")
            text = f"{due} · {f.note}"
            if f.done_at:
                text += " · " + self.tr("done {t}").format(t=words.time_text(f.done_at))
            self.notes.addItem(text)

    def _on_correct_clicked(self) -> None:
        w = self.file.worker
        if w is None:
            return
        services, actor = self.services, self.ctx.actor
        name, year = self.name_field.text().strip(), self.birth_year.value()

        def job() -> WorkerFile:
            services.workers.update(w.id, actor=actor, display_name=name, birth_year=year)
            return load_id(services, w.id)

        case_id = self.case_id
        self.submit("correct", job, lambda f: self._on_corrected(f, case_id))

    def _on_corrected(self, file: WorkerFile, case_id: str) -> None:
        self._on_found(file, case_id)
        self.say(self.tr("Correction saved (recorded in the audit log)."))

    def _on_open_case_clicked(self) -> None:
        w = self.file.worker
        if w is None:
            return
        services, actor, plan = self.services, self.ctx.actor, self.plan_field.text().strip()

        def job() -> tuple[WorkerFile, str]:
            case = services.assistance.open_case(worker_id=w.id, plan=plan, actor=actor)
            return load_id(services, w.id), case.id

        self.submit("case", job, self._on_case_opened)

    def _on_case_opened(self, result: tuple[WorkerFile, str]) -> None:
        file, case_id = result
        self.plan_field.clear()
        self._refresh(file, case_id)
        self.say(self.tr("Case opened: new follow-ups go to it."))

    def _on_add_note_clicked(self) -> None:
        w, case_id = self.file.worker, self.case_id
        note = self.note_field.text().strip()
        if w is None or not case_id or not note:
            return
        services, actor = self.services, self.ctx.actor
        d = self.due.date()
        due_on = date(d.year(), d.month(), d.day())

        def job() -> tuple[FollowUp, WorkerFile]:
            added = services.assistance.add_follow_up(
                case_id=case_id, note=note, due_on=due_on, actor=actor
            )
            return added, load_id(services, w.id)

        self.submit("note", job, self._on_noted)

    def _on_close_case_clicked(self) -> None:
        w, case_id = self.file.worker, self.case_id
        if w is None or not case_id:
            return
        outcome = self.note_field.text().strip()
        if not outcome:
            self.say(self.tr("Write in the note what came of the case, then close it."), "error")
            self.note_field.setFocus()
            return
        services, actor = self.services, self.ctx.actor

        def job() -> WorkerFile:
            services.assistance.close_case(case_id, outcome=outcome, actor=actor)
            return load_id(services, w.id)

        self.submit("close", job, lambda f: self._on_case_closed(f, case_id))

    def _on_case_closed(self, file: WorkerFile, case_id: str) -> None:
        self.note_field.clear()
        self._refresh(file, case_id)
        self._load_due()
        self.say(self.tr("Case closed. Its follow-ups are off the due list."))

    def _on_noted(self, result: tuple[FollowUp, WorkerFile]) -> None:
        added, file = result
        self.note_field.clear()
        self._refresh(file, added.case_id)
        self._load_due()
        self.say(self.tr("Follow-up added."))
        self.sig_follow_up_added.emit(added)
