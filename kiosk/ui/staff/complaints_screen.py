"""Complaints: log one from a call or a visit, naming the posting or employer; triage, resolve
with a note, warn the employer or propose a blacklisting, call back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.model import (
    Complaint,
    ComplaintCategory,
    ComplaintStatus,
    ComplaintTarget,
    PostingStatus,
)
from kiosk.domain.validation import mask_phone
from kiosk.services.complaints import Filed
from kiosk.store.search import SearchQuery
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list, row
from kiosk.ui.widgets import ChipGroup, button, card_frame, label, vbox

ACTIONS = ("", "warn", "blacklist")
# What a complaint taken at the desk may be about; a job agent is an employer of one kind.
NEW_TARGETS = (ComplaintTarget.POSTING, ComplaintTarget.EMPLOYER, ComplaintTarget.VENUE)
PICKER_LIMIT = 30


@dataclass(slots=True, frozen=True)
class Choice:
    """One line of the target picker: a posting or an employer."""

    id: str
    text: str


class ComplaintsScreen(StaffPage):
    """Every complaint, newest first; the contact stays masked until staff reveal it."""

    name = "staff.complaints"
    sig_complaint_changed = Signal(object)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.list = item_list()
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        detail = card_frame()
        dv = vbox(detail, spacing=10, margins=16)
        self.facts = label()
        self.contact = label(role="value")
        self.reveal_button = button()
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        self.note = QLineEdit()
        self.action = ChipGroup(exclusive=True)
        for action in ACTIONS:
            self.action.add(action or "none")
        self.investigate_button = button()
        self.resolve_button = button(role="primary")
        self.dismiss_button = button()
        self.investigate_button.clicked.connect(self._on_investigate_clicked)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_clicked)
        dv.addWidget(self.facts)
        dv.addLayout(row(self.contact, self.reveal_button))
        dv.addStretch(1)
        dv.addWidget(self.note)
        dv.addWidget(self.action)
        dv.addLayout(row(self.investigate_button, self.dismiss_button, self.resolve_button))
        self.new_button = button()
        self.new_button.clicked.connect(self._on_new_clicked)
        # Under the list, where there is room: the detail card needs all its height.
        listed = QWidget()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(row(self.new_button))
        split = QHBoxLayout(listed)
        split.setContentsMargins(0, 0, 0, 0)
        split.addLayout(left, 2)
        split.addWidget(detail, 3)
        # The new complaint takes the whole page: its chips and picker need the width.
        self.stack = QStackedWidget()
        self.stack.addWidget(listed)
        self.stack.addWidget(self._new_form())
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.message)
        self.complaints: list[Complaint] = []
        self.names: dict[str, str] = {}
        self.choices: list[Choice] = []
        self._select: str | None = None  # a complaint just logged, to show once listed
        self.revealed = False
        self.retranslate()

    def _new_form(self) -> QWidget:
        """A complaint taken on the phone or at the desk, about a posting, an employer or us."""
        form = card_frame()
        fv = vbox(form, spacing=8, margins=16)
        self.new_caption = label(role="heading")
        self.category_caption = label(role="heading")
        self.target = ChipGroup(exclusive=True)
        for target in NEW_TARGETS:
            self.target.add(target.value)
        self.target.sig_selection_changed.connect(self._on_target_changed)
        self.target_search = QLineEdit()
        self.target_search.textChanged.connect(self._on_target_search_changed)
        self.target_list = item_list()
        self.category = ChipGroup(exclusive=True)
        for category in ComplaintCategory:
            self.category.add(category.value)
        self.complaint_text = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.save_button = button(role="primary")
        self.cancel_button = button()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        # Chips get the rest of their row: squeezed, they wrap into a column of chips.
        for caption, chips in (
            (self.new_caption, self.target),
            (self.category_caption, self.category),
        ):
            line = QHBoxLayout()
            line.addWidget(caption)
            line.addWidget(chips, 1)
            fv.addLayout(line)
        # Who on the left, what happened on the right: all of it fits a 1280x800 desk screen.
        who = QVBoxLayout()
        who.addWidget(self.target_search)
        who.addWidget(self.target_list, 1)
        what = QVBoxLayout()
        what.addWidget(self.complaint_text)
        what.addWidget(self.contact_phone)
        what.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(who, 1)
        columns.addLayout(what, 1)
        fv.addLayout(columns, 1)
        fv.addLayout(row(self.cancel_button, self.save_button))
        return form

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Complaints"))
        self.reveal_button.setText(self.tr("Show the number to call back"))
        self.note.setPlaceholderText(self.tr("What was done (required to resolve or dismiss)"))
        self.action.set_text("none", words.proposed_action_text(""))
        self.action.set_text("warn", words.proposed_action_text("warn"))
        self.action.set_text("blacklist", words.proposed_action_text("blacklist"))
        self.investigate_button.setText(self.tr("Investigating"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.new_button.setText(self.tr("+ Log a complaint (call or visit)"))
        self.new_caption.setText(self.tr("New complaint: what is it about?"))
        self.category_caption.setText(self.tr("What happened?"))
        for target in NEW_TARGETS:
            self.target.set_text(target.value, texts.complaint_target_text(target))
        for category in ComplaintCategory:
            self.category.set_text(category.value, texts.complaint_category_text(category))
        self._on_target_changed_text()
        self.complaint_text.setPlaceholderText(self.tr("What happened, in the caller's words"))
        self.contact_phone.setPlaceholderText(self.tr("Phone to call back (empty: anonymous)"))
        self.save_button.setText(self.tr("Save complaint"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill()
        self._show()

    def title(self) -> str:
        return self.tr("Complaints")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        self.stack.setCurrentIndex(0)
        self._reload()

    def _reload(self) -> None:
        complaints = self.services.complaints

        def load() -> tuple[list[Complaint], dict[str, str]]:
            listed = complaints.list()
            return listed, complaints.target_names(listed)

        self.submit("list", load, self._on_listed)

    def reset(self) -> None:
        super().reset()
        self.complaints = []
        self.revealed = False
        self.note.clear()
        self.action.select(["none"])
        self._fill()
        self._show()

    def current(self) -> Complaint | None:
        index = self.list.currentRow()
        return self.complaints[index] if 0 <= index < len(self.complaints) else None

    def _on_listed(self, listed: tuple[list[Complaint], dict[str, str]]) -> None:
        current = self.current()
        keep = self._select or (current.id if current else None)
        self._select = None
        complaints, self.names = listed
        self.complaints = complaints
        self._fill()
        ids = [c.id for c in complaints]
        if complaints:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.complaints:
            self.list.addItem(
                f"{c.reference} · {texts.complaint_category_text(c.category)} · "
                f"{words.complaint_status_text(c.status)}"
            )
        self.list.blockSignals(False)

    def _on_list_row_changed(self, _index: int) -> None:
        self.revealed = False
        self.note.clear()
        self.action.select(["none"])
        self._show()

    def _show(self) -> None:
        c = self.current()
        for b in (self.investigate_button, self.resolve_button, self.dismiss_button):
            b.setEnabled(
                c is not None
                and c.status in (ComplaintStatus.RECEIVED, ComplaintStatus.INVESTIGATING)
            )
        if c is None:
            self.facts.setText("")
            self.contact.setText("")
            self.reveal_button.hide()
            return
        lines = [
            f"{c.reference} · {words.time_text(c.created_at)}",
            self.tr("About: {v}").format(
                v=" · ".join(
                    x for x in (texts.complaint_target_text(c.target), self.names.get(c.id)) if x
                )
            ),
            self.tr("What happened: {v}").format(v=texts.complaint_category_text(c.category)),
            c.text,
            self.tr("Status: {v}").format(v=words.complaint_status_text(c.status)),
        ]
        if c.resolution:
            lines.append(self.tr("Resolution: {v}").format(v=c.resolution))
        if c.proposed_action:
            lines.append(words.proposed_action_text(c.proposed_action))
        self.facts.setText("\n".join(x for x in lines if x))
        if c.contact_phone:
            number = c.contact_phone if self.revealed else mask_phone(c.contact_phone)
            self.contact.setText(self.tr("Call back: {phone}").format(phone=number))
            self.reveal_button.setVisible(not self.revealed)
        else:
            self.contact.setText(self.tr("Anonymous: no call-back."))
            self.reveal_button.hide()

    def _on_reveal_clicked(self) -> None:
        self.revealed = True
        self._show()

    def _set(self, target: ComplaintStatus) -> None:
        c = self.current()
        if c is None:
            return
        note = self.note.text().strip()
        if target is not ComplaintStatus.INVESTIGATING and not note:
            self.say(self.tr("Write what was done first."), "error")
            return
        chosen = self.action.selected()
        action = "" if not chosen or chosen[0] == "none" else chosen[0]
        complaints, actor = self.services.complaints, self.ctx.actor
        self.submit(
            "status",
            lambda: complaints.set_status(
                c.id, target, actor=actor, resolution=note, proposed_action=action
            ),
            self._on_changed,
        )

    def _on_changed(self, complaint: Complaint) -> None:
        self.say(
            self.tr("Complaint {ref} is now: {status}").format(
                ref=complaint.reference, status=words.complaint_status_text(complaint.status)
            )
        )
        self.sig_complaint_changed.emit(complaint)
        self._reload()

    def _on_investigate_clicked(self) -> None:
        self._set(ComplaintStatus.INVESTIGATING)

    def _on_resolve_clicked(self) -> None:
        self._set(ComplaintStatus.RESOLVED)

    def _on_dismiss_clicked(self) -> None:
        self._set(ComplaintStatus.DISMISSED)

    def _on_new_clicked(self) -> None:
        self.quiet()
        self.target.select([ComplaintTarget.POSTING.value])
        self.category.clear()
        for edit in (self.target_search, self.complaint_text, self.contact_phone):
            edit.clear()
        self.stack.setCurrentIndex(1)

    def _on_cancel_clicked(self) -> None:
        self.stack.setCurrentIndex(0)

    def _chosen_target(self) -> ComplaintTarget | None:
        chosen = self.target.selected()
        return ComplaintTarget(chosen[0]) if chosen else None

    def _on_target_changed(self) -> None:
        self._on_target_changed_text()
        self._on_target_search_changed(self.target_search.text())

    def _on_target_changed_text(self) -> None:
        target = self._chosen_target()
        self.target_search.setPlaceholderText(
            self.tr("Job title or employer… (empty: the latest postings)")
            if target is ComplaintTarget.POSTING
            else self.tr("Employer's name contains…")
        )
        naming = target in (ComplaintTarget.POSTING, ComplaintTarget.EMPLOYER)
        self.target_search.setVisible(naming)
        self.target_list.setVisible(naming)

    def _on_target_search_changed(self, text: str) -> None:
        target, services, query = self._chosen_target(), self.services, text.strip()
        if target is ComplaintTarget.POSTING:

            def postings() -> list[Choice]:
                found = services.postings.search(
                    SearchQuery(text=query, statuses=_RECENT_STATUSES, limit=PICKER_LIMIT)
                )
                return [
                    Choice(c.posting.id, f"{c.posting.title} · {c.employer_name}\n"
                           f"{c.posting.start_date} · {c.posting.workplace}")
                    for c in found
                ]  # fmt: skip

            self.submit("pick", postings, self._on_choices)
        elif target is ComplaintTarget.EMPLOYER:

            def employers() -> list[Choice]:
                found = (
                    services.employers.find(query, limit=PICKER_LIMIT)
                    if query
                    else services.employers.recent(limit=PICKER_LIMIT)
                )
                # Two employers of one name are told apart by the end of their phone number.
                return [
                    Choice(e.id, " · ".join(x for x in (e.name, words.employer_kind_text(e.kind),
                                                        e.phone[-4:]) if x))
                    for e in found
                ]  # fmt: skip

            self.submit("pick", employers, self._on_choices)
        else:
            self._on_choices([])

    def _on_choices(self, choices: list[Choice]) -> None:
        self.choices = choices
        self.target_list.clear()
        for choice in choices:
            self.target_list.addItem(choice.text)

    def _on_save_clicked(self) -> None:
        target = self._chosen_target()
        categories = self.category.selected()
        if target is None or not categories:
            self.say(self.tr("Choose what it is about and what happened."), "error")
            return
        target_id = None
        if target is not ComplaintTarget.VENUE:
            index = self.target_list.currentRow()
            if not 0 <= index < len(self.choices):
                self.say(self.tr("Choose the posting or the employer from the list."), "error")
                return
            target_id = self.choices[index].id
        complaints, lang = self.services.complaints, self.deps.prefs.language
        category = ComplaintCategory(categories[0])
        text, phone = self.complaint_text.text(), self.contact_phone.text()
        self.submit(
            "file",
            lambda: complaints.file(
                target=target,
                target_id=target_id,
                category=category,
                text=text,
                contact_phone=phone,
                lang=lang,
            ),
            self._on_filed,
        )

    def _on_filed(self, filed: Filed) -> None:
        self.stack.setCurrentIndex(0)
        self._select = filed.complaint.id
        self.say(
            self.tr("Complaint {ref} is logged; its receipt is printing.").format(
                ref=filed.complaint.reference
            )
        )
        self.sig_complaint_changed.emit(filed.complaint)
        self._reload()


# A complaint may be about a job that has since closed, filled or expired, not a draft.
_RECENT_STATUSES = tuple(s.value for s in PostingStatus if s not in (PostingStatus.DRAFT,))
