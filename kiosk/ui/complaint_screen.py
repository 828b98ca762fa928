"""File a complaint: who about, what happened (chips), optional words, phone or anonymous."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.domain.errors import DomainError
from kiosk.domain.model import ComplaintCategory, ComplaintTarget
from kiosk.domain.validation import normalize_phone
from kiosk.services.complaints import Filed
from kiosk.ui import texts
from kiosk.ui.flow import ComplaintFiledNotice, ComplaintRequest
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import ChipGroup, NumericPad, button, kinetic_scroll_area, label, phone_field


class ComplaintScreen(Screen):
    name = "complaint"
    sig_complaint_filed = Signal(str)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.request = ComplaintRequest()
        self.target_label = label(role="heading")
        self.target_chips = ChipGroup(exclusive=True)
        for target in ComplaintTarget:
            self.target_chips.add(target.value)
        self.category_label = label(role="heading")
        self.category_chips = ChipGroup(exclusive=True)
        for category in ComplaintCategory:
            self.category_chips.add(category.value)
        self.text_label = label(role="heading")
        self.text_field = QPlainTextEdit()
        self.text_field.setMaximumHeight(160)
        for group in (self.target_chips, self.category_chips):
            group.sig_selection_changed.connect(self._on_choice_changed)

        self.contact_label = label(role="heading")
        self.contact_chips = ChipGroup(exclusive=True)
        self.contact_chips.add("anonymous")
        self.contact_chips.add("phone", icon_name="phone")
        self.contact_chips.select(["anonymous"])
        self.contact_chips.sig_selection_changed.connect(self._on_contact_changed)
        self.phone = phone_field()
        self.pad = NumericPad(self.phone)
        self.pad.setMaximumWidth(480)
        self.error_label = label(role="error")
        self.error_label.hide()
        self.send_button = button(role="primary", icon_name="check", icon_px=40)
        self.send_button.clicked.connect(self._on_send_clicked)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setSpacing(10)
        for widget in (
            self.target_label,
            self.target_chips,
            self.category_label,
            self.category_chips,
            self.text_label,
            self.text_field,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        side = QVBoxLayout()
        for part in (self.contact_label, self.contact_chips, self.phone, self.pad):
            side.addWidget(part)
        side.addStretch(1)
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

    def reset(self) -> None:
        self.request = ComplaintRequest()
        self.target_chips.clear()
        self.category_chips.clear()
        self.text_field.clear()
        self.phone.clear()
        self.contact_chips.select(["anonymous"])
        self.error_label.hide()
        self.send_button.setEnabled(False)

    def retranslate(self) -> None:
        self.target_label.setText(self.tr("1. Who is it about?"))
        for target in ComplaintTarget:
            self.target_chips.set_text(target.value, texts.complaint_target_text(target))
        self.category_label.setText(self.tr("2. What happened?"))
        for category in ComplaintCategory:
            self.category_chips.set_text(category.value, texts.complaint_category_text(category))
        self.text_label.setText(self.tr("3. Anything else to tell us? (optional)"))
        self.text_field.setPlaceholderText(self.tr("Tap here to type"))
        self.contact_label.setText(self.tr("4. Can we call you back?"))
        self.contact_chips.set_text("anonymous", self.tr("No, stay anonymous"))
        self.contact_chips.set_text("phone", self.tr("Yes, call me"))
        self.send_button.setText(self.tr("Send the complaint"))
        self.pad.retranslate()

    def _on_choice_changed(self) -> None:
        self.send_button.setEnabled(
            bool(self.target_chips.selected()) and bool(self.category_chips.selected())
        )

    def _on_contact_changed(self) -> None:
        wants_call = self.contact_chips.selected() == ["phone"]
        self.phone.setVisible(wants_call)
        self.pad.setVisible(wants_call)
        if not wants_call:
            self.phone.clear()

    def _on_send_clicked(self) -> None:
        targets, categories = self.target_chips.selected(), self.category_chips.selected()
        if not targets or not categories:
            return
        contact = self.phone.text() if self.contact_chips.selected() == ["phone"] else ""
        if contact:
            try:
                normalize_phone(contact)
            except DomainError as error:
                self._show_error(texts.error_text(error))
                return
        target = ComplaintTarget(targets[0])
        target_id = None
        if target is ComplaintTarget.POSTING:
            target_id = self.request.posting_id
        elif target is ComplaintTarget.EMPLOYER:
            target_id = self.request.employer_id
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
            reference=filed.complaint.reference, print_job_id=filed.print_job_id
        )
        self.reset()
        self.deps.nav.go("result", notice)

    def _on_file_failed(self, error: BaseException) -> None:
        self._on_choice_changed()
        self._show_error(texts.error_text(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
