"""Who are you? A phone number on the numeric pad, a worker card scan, or register now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.domain.model import Worker
from kiosk.ui import texts
from kiosk.ui.flow import IdentifyRequest, RegisterRequest
from kiosk.ui.question import is_it_you
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import PhoneEntry, button, card_scan_field, label


class IdentifyScreen(Screen):
    name = "identify"
    sig_worker_identified = Signal(str)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.request = IdentifyRequest()
        self.heading = label(role="title")
        self.phone_label = label(role="heading")
        self.phone_entry = PhoneEntry()
        self.phone = self.phone_entry.field
        self.phone.textChanged.connect(self._on_phone_changed)
        self.pad = self.phone_entry.pad
        self.continue_button = button(role="primary", icon_name="check")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.message = label(role="error")
        self.message.hide()
        self.card_label = label(role="heading")
        self.card_hint = label(role="hint")
        # A keyboard-wedge scanner "types" the card code and presses Enter into the focused field.
        self.card_field = card_scan_field()
        self.card_field.returnPressed.connect(self._on_card_scanned)
        self.register_hint = label(role="hint")
        self.register_button = button(icon_name="person")
        self.register_button.clicked.connect(self._on_register_clicked)

        # Columns set their own spacing: nested in `row` they would take its 48 px gap, and
        # the screen would not fit a 1280x800 desk PC in staff mode.
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.phone_label)
        left.addWidget(self.phone_entry, 1)
        left.addWidget(self.continue_button)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.message)
        right.addWidget(self.card_label)
        right.addWidget(self.card_hint)
        right.addWidget(self.card_field)
        right.addSpacing(40)
        right.addWidget(self.register_hint)
        right.addWidget(self.register_button)
        right.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(48)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Who are you?")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tell us who you are, so the employer can reach you"))
        self.phone_label.setText(self.tr("Your mobile phone number"))
        self.continue_button.setText(self.tr("Continue"))
        self.card_label.setText(self.tr("Or scan your worker card"))
        self.card_hint.setText(self.tr("Hold the QR code on your card under the scanner."))
        self.card_field.setPlaceholderText(self.tr("Waiting for a card..."))
        self.register_hint.setText(self.tr("First time here? It takes one minute."))
        self.register_button.setText(self.tr("Register now"))
        self.phone_entry.retranslate()

    def enter(self, arg: Any = None) -> None:
        if isinstance(arg, IdentifyRequest):
            self.request = arg
        self.phone_entry.clear()
        self.card_field.clear()
        self.message.hide()
        self.card_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.request = IdentifyRequest()
        self.phone_entry.clear()
        self.card_field.clear()
        self.message.hide()

    def _on_phone_changed(self, _text: str) -> None:
        self.message.hide()

    def _on_continue_clicked(self) -> None:
        # Always tappable: a number too short is explained beside it, not silently refused.
        phone = self.phone_entry.checked_phone()
        if phone is None:
            return
        workers = self.deps.services.workers
        self.continue_button.setEnabled(False)
        self.submit_db(
            "find",
            lambda: workers.find_by_phone(phone),
            self._on_worker_found,
            self._on_find_failed,
        )

    def _on_card_scanned(self) -> None:
        self.look_up_card(self.card_field, self._identified, self._show_error, self._on_find_failed)

    def _on_worker_found(self, worker: Worker | None) -> None:
        self.continue_button.setEnabled(True)
        if worker is None:
            self._show_error(
                self.tr(
                    'This number is not registered yet. Tap "Register now" - it takes one minute.'
                )
            )
            return
        self._identified(worker)

    def _on_find_failed(self, error: BaseException) -> None:
        self.continue_button.setEnabled(True)
        self._show_error(texts.error_text(error))

    def _identified(self, worker: Worker) -> None:
        # One wrong digit can match somebody else: nothing is done until they say it is them.
        self.deps.session.propose(worker)
        self.deps.nav.ask(is_it_you(worker, self._on_confirmed, self._on_rejected))

    def _on_confirmed(self) -> None:
        worker = self.deps.session.confirm()
        self.sig_worker_identified.emit(worker.id)
        then = self.request.then
        self.phone_entry.clear()
        if then is not None:
            self.deps.nav.go("result", then)
        else:
            self.deps.nav.home()

    def _on_rejected(self) -> None:
        self.deps.session.reject()
        self.phone_entry.clear()
        self._show_error(
            self.tr(
                'Please check your number and type it again. First time here? Tap "Register now".'
            )
        )

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _on_register_clicked(self) -> None:
        self.deps.nav.go(
            "register", RegisterRequest(phone=self.phone.text(), then=self.request.then)
        )
