"""Staff sign-in: a name, a PIN typed on big digit keys, and the lockout message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import VENUE_TZ, StaffUser
from kiosk.ui.staff.page import StaffPage, caption
from kiosk.ui.widgets import NumericPad, button, card_frame, label, vbox


class SignInScreen(StaffPage):
    """Who you are and your PIN; five wrong PINs lock the account for a while."""

    name = "staff.sign_in"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        box = card_frame()
        box.setMaximumWidth(900)
        split = QHBoxLayout(box)
        split.setContentsMargins(24, 24, 24, 24)
        split.setSpacing(24)
        fields = QWidget()
        inner = vbox(fields, spacing=12)
        self.intro = label(role="hint")
        self.name_caption = caption()
        self.name_field = QLineEdit()
        self.pin_caption = caption()
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(12)
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = NumericPad(self.pin_field)
        self.pad.setMinimumSize(330, 330)
        self.sign_in_button = button(role="primary")
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.name_field.returnPressed.connect(self._on_sign_in_clicked)
        self.pin_field.returnPressed.connect(self._on_sign_in_clicked)
        self.leave_button = button(icon_name="home")
        self.leave_button.clicked.connect(self._on_leave_clicked)
        for widget in (
            self.intro,
            self.name_caption,
            self.name_field,
            self.pin_caption,
            self.pin_field,
            self.message,
        ):
            inner.addWidget(widget)
        inner.addStretch(1)
        inner.addWidget(self.sign_in_button)
        split.addWidget(fields, 1)
        split.addWidget(self.pad)
        # Centred by stretches, not by alignment: an aligned widget's height is worked out for
        # the full page width, so a line that wraps in the narrower box pushed "Sign in" out.
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)
        self.body.addLayout(centre)
        self.body.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff sign-in"))
        self.intro.setText(self.tr("For venue staff only. Enter your name and PIN."))
        self.name_caption.setText(self.tr("Name"))
        self.pin_caption.setText(self.tr("PIN"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.leave_button.setText(self.tr("Back to the worker kiosk"))
        self.pad.retranslate()

    def title(self) -> str:
        return self.tr("Staff sign-in")

    def reset(self) -> None:
        super().reset()
        self.name_field.clear()
        self.pin_field.clear()
        self._busy = False
        self.sign_in_button.setEnabled(True)

    def signed_out(self, reason: str) -> None:
        """Shown after a sign-out: say why when it was not the person's own choice."""
        self.reset()
        if reason == "idle":
            self.say(self.tr("You were signed out because nobody used the screen."), "notice")

    def _on_sign_in_clicked(self) -> None:
        if self._busy:
            return
        name, pin = self.name_field.text().strip(), self.pin_field.text()
        if not name or not pin:
            self.say(self.tr("Enter your name and PIN."), "error")
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        staff = self.services.staff
        self.submit_db(
            "sign_in",
            lambda: staff.sign_in(name=name, pin=pin),
            self._on_signed_in,
            self._on_refused,
        )

    def _on_signed_in(self, user: StaffUser) -> None:
        self.reset()
        self.ctx.sign_in(user)

    def _on_refused(self, error: BaseException) -> None:
        self._busy = False
        self.sign_in_button.setEnabled(True)
        self.pin_field.clear()
        if isinstance(error, DomainError) and error.code is ErrorCode.STAFF_LOCKED:
            until = _local_time(str(error.params.get("until", "")))
            if until:
                self.say(
                    self.tr("Too many wrong PINs. This account is locked until {time}.").format(
                        time=until
                    ),
                    "error",
                )
            else:
                self.say(self.tr("Too many wrong PINs. This account is locked."), "error")
        elif isinstance(error, DomainError) and error.code is ErrorCode.PIN_WRONG:
            left = error.params.get("left")
            if isinstance(left, int):
                self.say(
                    self.tr("Wrong name or PIN. {n} tries left before the account locks.").format(
                        n=left
                    ),
                    "error",
                )
            else:
                self.say(self.tr("Wrong name or PIN."), "error")
        else:
            self.show_error(error)

    def _on_leave_clicked(self) -> None:
        self.reset()
        self.deps.nav.home()


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone(VENUE_TZ).strftime("%H:%M")
    except ValueError:
        return ""
