"""Help: the venue's rules, hours and hotline, how complaints are handled, and a way to complain."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.flow import ComplaintRequest
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import button, card_frame, kinetic_scroll_area, label


class HelpScreen(Screen):
    name = "help"

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.rules_heading = label(role="heading")
        self.rules = label()
        self.contact_heading = label(role="heading")
        self.contact = label()
        self.process_heading = label(role="heading")
        self.process = label()
        self.complain_hint = label(role="notice")
        self.complain_button = button(role="primary", icon_name="complaint", icon_px=40)
        self.complain_button.clicked.connect(self._on_complain_clicked)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(14)
        for heading, body in (
            (self.rules_heading, self.rules),
            (self.process_heading, self.process),
        ):
            frame = card_frame()
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(20, 16, 20, 16)
            inner.addWidget(heading)
            inner.addWidget(body)
            column.addWidget(frame)
        column.addStretch(1)
        side = QVBoxLayout()
        contact_frame = card_frame()
        inner = QVBoxLayout(contact_frame)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(self.contact_heading)
        inner.addWidget(self.contact)
        side.addWidget(contact_frame)
        side.addWidget(self.complain_hint)
        side.addStretch(1)
        side.addWidget(self.complain_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        layout.addWidget(kinetic_scroll_area(content), 3)
        layout.addLayout(side, 2)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Help and complaints")

    def retranslate(self) -> None:
        s = self.deps.settings
        self.rules_heading.setText(self.tr("Rules of this market"))
        self.rules.setText(
            "\n".join(
                (
                    self.tr(
                        "1. Every service here is free for job seekers. Nobody may charge you a "
                        "fee, a deposit or money for a uniform or a medical check."
                    ),
                    self.tr("2. Nobody may keep your ID card."),
                    self.tr(
                        "3. Every job here is checked by staff. Pay must not be below the local "
                        "minimum wage."
                    ),
                    self.tr(
                        "4. Agree the pay and the hours before you start. Staff can write down "
                        "what you agreed and both sides sign it."
                    ),
                    self.tr(
                        "5. Older workers, people with a disability and families with a low income "
                        "can ask for priority at the service desk."
                    ),
                )
            )
        )
        self.contact_heading.setText(self.tr("Opening hours and hotline"))
        self.contact.setText(
            self.tr("Open: {hours}\nHotline: {hotline}\nService desk: at the entrance").format(
                hours=s.venue_hours, hotline=s.venue_hotline
            )
        )
        self.process_heading.setText(self.tr("How we handle a complaint"))
        self.process.setText(
            "\n".join(
                (
                    self.tr("1. You tell us what happened. You can stay anonymous."),
                    self.tr("2. You get a receipt with a reference number."),
                    self.tr(
                        "3. Staff look into it within 3 working days and can stop a bad employer "
                        "from posting jobs."
                    ),
                    self.tr("4. If you left a phone number, we call you back with the result."),
                )
            )
        )
        self.complain_hint.setText(
            self.tr("Were you asked for money, not paid, or treated unfairly? Tell us.")
        )
        self.complain_button.setText(self.tr("Make a complaint"))

    def _on_complain_clicked(self) -> None:
        self.deps.nav.go("complaint", ComplaintRequest())
