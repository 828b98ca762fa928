"""File a complaint: who about, what happened (chips), optional words, phone or anonymous."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.domain.model import ComplaintCategory, ComplaintTarget, Employer
from kiosk.services.complaints import Filed
from kiosk.ui import texts
from kiosk.ui.flow import ComplaintFiledNotice, ComplaintRequest
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import ChipGroup, PhoneEntry, button, kinetic_scroll_area, label

# Targets that are an employer: the worker picks which one from a list.
EMPLOYER_TARGETS = (ComplaintTarget.EMPLOYER, ComplaintTarget.INTERMEDIARY)
SEARCH_DELAY_MS = 300


class ComplaintScreen(Screen):
    name = "complaint"
    sig_complaint_filed = Signal(str)
    sig_employers_shown = Signal(int)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.request = ComplaintRequest()
        self.target_label = label(role="heading")
        self.target_chips = ChipGroup(exclusive=True)
        for target in ComplaintTarget:
            self.target_chips.add(target.value)
        # "Report this job" names the job, so the worker knows what the complaint is about.
        self.about_label = label(role="notice")
        self.about_label.hide()
        # The employer, picked from those with postings here (typing a name is the fallback).
        self.employer_hint = label(role="hint")
        self.employer_search = QLineEdit()
        self.employer_search.textEdited.connect(self._on_employer_search_edited)
        self.employer_search.returnPressed.connect(self._load_employers)
        self._search_delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_delay.timeout.connect(self._load_employers)
        self.employer_box = QVBoxLayout()
        self.employer_chips = ChipGroup(exclusive=True)
        self.employer_box.addWidget(self.employer_chips)
        self.employer_none = label(role="hint")
        self.employers: dict[str, Employer] = {}
        self.category_label = label(role="heading")
        self.category_chips = ChipGroup(exclusive=True)
        for category in ComplaintCategory:
            self.category_chips.add(category.value)
        self.text_label = label(role="heading")
        self.text_field = QPlainTextEdit()
        self.text_field.setMaximumHeight(160)
        self.target_chips.sig_selection_changed.connect(self._on_target_changed)
        self.category_chips.sig_selection_changed.connect(self._on_choice_changed)

        self.contact_label = label(role="heading")
        self.contact_chips = ChipGroup(exclusive=True)
        self.contact_chips.add("anonymous")
        self.contact_chips.add("phone", icon_name="phone")
        self.contact_chips.select(["anonymous"])
        self.contact_chips.sig_selection_changed.connect(self._on_contact_changed)
        self.anonymous_note = label(role="notice")
        self.phone_entry = PhoneEntry()
        self.phone_entry.setMaximumWidth(560)
        self.phone = self.phone_entry.field
        self.pad = self.phone_entry.pad
        self.error_label = label(role="error")
        self.error_label.hide()
        self.send_button = button(role="primary", icon_name="check", icon_px=40)
        self.send_button.clicked.connect(self._on_send_clicked)

        self._employer_part = QWidget()
        employer_column = QVBoxLayout(self._employer_part)
        employer_column.setContentsMargins(0, 0, 0, 0)
        employer_column.addWidget(self.employer_hint)
        employer_column.addWidget(self.employer_search)
        employer_column.addLayout(self.employer_box)
        employer_column.addWidget(self.employer_none)
        self._employer_part.hide()
        form = QWidget()
        column = QVBoxLayout(form)
        column.setSpacing(10)
        for widget in (
            self.target_label,
            self.target_chips,
            self.about_label,
            self._employer_part,
            self.category_label,
            self.category_chips,
            self.text_label,
            self.text_field,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        side = QVBoxLayout()
        for part in (self.contact_label, self.contact_chips, self.anonymous_note):
            side.addWidget(part)
        side.addWidget(self.phone_entry, 1)
        side.addStretch(0)
        side.addWidget(self.error_label)
        side.addWidget(self.send_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(28)
        layout.addWidget(kinetic_scroll_area(form), 3)
        layout.addLayout(side, 2)
        self.retranslate()
        self._on_contact_changed()
        self._on_choice_changed()

    def title(self) -> str:
        return self.tr("Make a complaint")

    def enter(self, arg: Any = None) -> None:
        if isinstance(arg, ComplaintRequest):
            self.reset()
            self.request = arg
            if arg.posting_id:
                self.target_chips.select([ComplaintTarget.POSTING.value])
            self._show_about()

    def reset(self) -> None:
        self.deps.runner.cancel_prefix(f"{self.name}.")
        self._search_delay.stop()
        self.request = ComplaintRequest()
        self.target_chips.clear()
        self.category_chips.clear()
        self.text_field.clear()
        self.employer_search.clear()
        self._show_employers([])
        self.phone_entry.clear()
        self.contact_chips.select(["anonymous"])
        self.error_label.hide()
        self._show_about()
        self.send_button.setEnabled(False)

    def unsaved(self) -> bool:
        return bool(self.text_field.toPlainText().strip() or self.phone.text())

    def retranslate(self) -> None:
        self.target_label.setText(self.tr("1. Who is it about?"))
        for target in ComplaintTarget:
            self.target_chips.set_text(target.value, texts.complaint_target_text(target))
        self.employer_hint.setText(self.tr("Which employer? Tap one (employers with jobs here)."))
        self.employer_search.setPlaceholderText(self.tr("Or type part of the name"))
        self.employer_none.setText(self.tr("No employer here has that name."))
        self.category_label.setText(self.tr("2. What happened?"))
        for category in ComplaintCategory:
            self.category_chips.set_text(category.value, texts.complaint_category_text(category))
        self.text_label.setText(self.tr("3. Anything else to tell us? (optional)"))
        self.text_field.setPlaceholderText(self.tr("Tap here to type"))
        self.contact_label.setText(self.tr("4. Can we call you back?"))
        self.contact_chips.set_text("anonymous", self.tr("No, stay anonymous"))
        self.contact_chips.set_text("phone", self.tr("Yes, call me"))
        self.anonymous_note.setText(
            self.tr(
                "Your complaint will be anonymous: we cannot call you back with the answer. "
                "Keep the receipt and ask at the service desk with its reference number."
            )
        )
        self.send_button.setText(self.tr("Send the complaint"))
        self.phone_entry.retranslate()
        self._show_about()

    # -- what it is about

    def _show_about(self) -> None:
        about_job = self.target_chips.selected() == [ComplaintTarget.POSTING.value]
        if about_job and self.request.title:
            words = self.tr("About this job: {title}").format(title=self.request.title)
            if self.request.employer_name:
                words += "\n" + self.tr("Employer: {name}").format(name=self.request.employer_name)
            self.about_label.setText(words)
        self.about_label.setVisible(about_job and bool(self.request.title))

    def _on_target_changed(self) -> None:
        wants_employer = self._target() in EMPLOYER_TARGETS
        self._employer_part.setVisible(wants_employer)
        if wants_employer and not self.employers:
            self._load_employers()
        self._show_about()
        self._on_choice_changed()

    def _target(self) -> ComplaintTarget | None:
        chosen = self.target_chips.selected()
        return ComplaintTarget(chosen[0]) if chosen else None

    def _on_employer_search_edited(self, _text: str) -> None:
        self._search_delay.start()

    def _load_employers(self) -> None:
        self._search_delay.stop()
        employers, words = self.deps.services.employers, self.employer_search.text()
        self.submit_db(
            "employers",
            lambda: employers.at_venue(words),
            self._show_employers,
            lambda _error: self._show_employers([]),
        )

    def _show_employers(self, found: list[Employer]) -> None:
        chosen = self.employer_chips.selected() or (
            [self.request.employer_id] if self.request.employer_id else []
        )
        # A fresh group each time: chips are added once, and the list changes with the search.
        self.employer_box.removeWidget(self.employer_chips)
        self.employer_chips.deleteLater()
        self.employer_chips = ChipGroup(exclusive=True)
        self.employers = {e.id: e for e in found}
        for employer in found:
            self.employer_chips.add(employer.id, employer.name, icon_name="factory")
        self.employer_chips.select([key for key in chosen if key in self.employers])
        self.employer_box.addWidget(self.employer_chips)
        self.employer_none.setVisible(not found and bool(self.employer_search.text().strip()))
        self.sig_employers_shown.emit(len(found))

    # -- contact

    def _on_choice_changed(self) -> None:
        self.send_button.setEnabled(
            bool(self.target_chips.selected()) and bool(self.category_chips.selected())
        )

    def _wants_call(self) -> bool:
        return self.contact_chips.selected() == ["phone"]

    def _on_contact_changed(self) -> None:
        wants_call = self._wants_call()
        self.phone_entry.setVisible(wants_call)
        self.anonymous_note.setVisible(not wants_call)
        if not wants_call:
            self.phone_entry.clear()

    # -- sending

    def _on_send_clicked(self) -> None:
        target, categories = self._target(), self.category_chips.selected()
        if target is None or not categories:
            return
        contact = ""
        if self._wants_call():
            # "Call me back" with no number would be an anonymous complaint by surprise.
            phone = self.phone_entry.checked_phone()
            if phone is None:
                return
            contact = phone
        target_id = None
        if target is ComplaintTarget.POSTING:
            target_id = self.request.posting_id
        elif target in EMPLOYER_TARGETS:
            picked = self.employer_chips.selected()
            target_id = picked[0] if picked else None
        complaints, lang = self.deps.services.complaints, self.deps.prefs.language
        category, text = ComplaintCategory(categories[0]), self.text_field.toPlainText()
        self.send_button.setEnabled(False)
        self.submit_db(
            "file",
            lambda: complaints.file(
                target=target,
                category=category,
                target_id=target_id,
                text=text,
                contact_phone=contact,
                lang=lang,
            ),
            self._on_filed,
            self._on_file_failed,
        )

    def _on_filed(self, filed: Filed) -> None:
        self.sig_complaint_filed.emit(filed.complaint.id)
        notice = ComplaintFiledNotice(
            reference=filed.complaint.reference,
            print_job_id=filed.print_job_id,
            call_back=not filed.complaint.anonymous,
        )
        self.reset()
        self.deps.nav.go("result", notice)

    def _on_file_failed(self, error: BaseException) -> None:
        self._on_choice_changed()
        self._show_error(texts.error_text(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
