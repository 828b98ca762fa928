"""Venue guide: where things are in the hall, the opening hours and how to get help."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.ui import icons
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import card_frame, label

# (key, icon) for each place in the hall, in the order a newcomer walks past them.
PLACES = (
    ("desk", "help"),
    ("zone", "people"),
    ("tables", "rules"),
    ("training", "training"),
    ("print", "printer"),
    ("board", "board"),
)


class VenueScreen(Screen):
    name = "venue"

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.venue_label = label(role="title")
        self.info = label()
        self.place_names: dict[str, QLabel] = {}
        self.place_words: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setSpacing(18)
        for i, (key, icon_name) in enumerate(PLACES):
            frame = card_frame()
            row = QHBoxLayout(frame)
            row.setContentsMargins(18, 14, 18, 14)
            picture = QLabel()
            picture.setPixmap(icons.pixmap(icon_name, 64, "#0b5fa5"))
            picture.setFixedSize(QSize(72, 72))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QVBoxLayout()
            self.place_names[key] = label(role="heading")
            self.place_words[key] = label()
            text.addWidget(self.place_names[key])
            text.addWidget(self.place_words[key])
            row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(text, 1)
            grid.addWidget(frame, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.venue_label)
        layout.addWidget(self.info)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Venue guide")

    def retranslate(self) -> None:
        s = self.deps.settings
        self.venue_label.setText(s.venue_name)
        address = s.venue_address or self.tr("Ask at the service desk")
        self.info.setText(
            self.tr("Address: {address}    Open: {hours}    Hotline: {hotline}").format(
                address=address, hours=s.venue_hours, hotline=s.venue_hotline
            )
        )
        names = {
            "desk": self.tr("Service desk"),
            "zone": self.tr("Docking zone"),
            "tables": self.tr("Talking tables"),
            "training": self.tr("Training room"),
            "print": self.tr("Slip printer"),
            "board": self.tr("Job board"),
        }
        words = {
            "desk": self.tr(
                "At the entrance. Staff help you register, print slips and take complaints."
            ),
            "zone": self.tr("Wait here for employers. Listen for your number."),
            "tables": self.tr(
                "When your number is called, go to the table shown on the board "
                "and agree the terms."
            ),
            "training": self.tr("Upstairs. Free courses with certificates."),
            "print": self.tr("Under this screen. Take your slip when it prints."),
            "board": self.tr("The big screen shows today's jobs and the numbers called."),
        }
        for key in names:
            self.place_names[key].setText(names[key])
            self.place_words[key].setText(words[key])
