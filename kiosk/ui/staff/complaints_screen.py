"""Complaints: triage, resolve with a note, propose a warning or blacklist, call back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from kiosk.domain.model import Complaint, ComplaintStatus
from kiosk.domain.validation import mask_phone
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list, row
from kiosk.ui.widgets import ChipGroup, button, card_frame, label, vbox

ACTIONS = ("", "warn", "blacklist")


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
        split = QHBoxLayout()
        split.addWidget(self.list, 2)
        split.addWidget(detail, 3)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.complaints: list[Complaint] = []
        self.revealed = False
        self.retranslate()

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
        self._fill()
        self._show()

    def title(self) -> str:
        return self.tr("Complaints")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        complaints = self.services.complaints
        self.submit("list", complaints.list, self._on_listed)

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

    def _on_listed(self, complaints: list[Complaint]) -> None:
        keep = self.current()
        self.complaints = complaints
        self._fill()
        ids = [c.id for c in complaints]
        if complaints:
            self.list.setCurrentRow(ids.index(keep.id) if keep and keep.id in ids else 0)

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
            self.tr("About: {v}").format(v=texts.complaint_target_text(c.target)),
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
        complaints = self.services.complaints
        self.submit("list", complaints.list, self._on_listed)

    def _on_investigate_clicked(self) -> None:
        self._set(ComplaintStatus.INVESTIGATING)

    def _on_resolve_clicked(self) -> None:
        self._set(ComplaintStatus.RESOLVED)

    def _on_dismiss_clicked(self) -> None:
        self._set(ComplaintStatus.DISMISSED)
