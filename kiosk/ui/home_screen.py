"""Home: six big icon-and-word tiles, one for each thing a worker comes to do."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout

from kiosk.ui import icons
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.style import TILE_COLOURS
from kiosk.ui.widgets import label

# (key, icon, screen to open, argument)
STAFF_TAPS = 5
STAFF_TAP_WINDOW_S = 3.0

TILES = (
    ("find", "search", "find_work", None),
    ("urgent", "urgent", "find_work", "urgent"),
    ("register", "person", "register", None),
    ("training", "training", "training", None),
    ("help", "help", "help", None),
    ("venue", "map", "venue", None),
)


class HomeScreen(Screen):
    name = "home"
    sig_tile_chosen = Signal(str)
    sig_first_paint = Signal()

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self._painted = False
        self.welcome = label(role="title")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Staff enter staff mode by tapping the venue name five times within three seconds:
        # nothing on the screen invites a walk-in to try, and the PIN guards it anyway.
        self._staff_taps: list[float] = []
        self.welcome.installEventFilter(self)
        self.hint = label(role="hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fault = label(role="error")
        self.fault.hide()
        self.tiles: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for i, (key, icon_name, target, arg) in enumerate(TILES):
            tile = QToolButton()
            tile.setProperty("role", "tile")
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setIcon(icons.icon(icon_name, "#ffffff", 160))
            tile.setIconSize(QSize(112, 112))
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.setStyleSheet(f"background: {TILE_COLOURS[i]};")
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.clicked.connect(
                lambda _=False, k=key, t=target, a=arg: self._on_tile_clicked(k, t, a)
            )
            grid.addWidget(tile, i // 3, i % 3)
            self.tiles[key] = tile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.welcome)
        layout.addWidget(self.hint)
        layout.addWidget(self.fault)
        layout.addLayout(grid, 1)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.welcome and event.type() == QEvent.Type.MouseButtonRelease:
            now = time.monotonic()
            self._staff_taps = [t for t in self._staff_taps if now - t < STAFF_TAP_WINDOW_S]
            self._staff_taps.append(now)
            if len(self._staff_taps) >= STAFF_TAPS:
                self._staff_taps.clear()
                self.deps.nav.go("staff")
        return super().eventFilter(watched, event)

    def title(self) -> str:
        return self.deps.settings.venue_name

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome! What would you like to do?"))
        self.hint.setText(
            self.tr("Tap a picture. Everything here is free. Tap the speaker to hear this page.")
        )
        self.fault.setText(
            self.tr("This kiosk is not working right now. Please go to the service desk.")
        )
        words = {
            "find": self.tr("Find work"),
            "urgent": self.tr("Urgent today"),
            "register": self.tr("Register or\nupdate my details"),
            "training": self.tr("Training"),
            "help": self.tr("Help and\ncomplaints"),
            "venue": self.tr("Venue guide"),
        }
        for key, word in words.items():
            self.tiles[key].setText(word)

    def show_fault(self) -> None:
        """The database could not be opened: say so instead of tiles that do nothing."""
        self.fault.show()

    def theme_changed(self) -> None:
        size = 96 if self.deps.prefs.elderly else 112
        for tile in self.tiles.values():
            tile.setIconSize(QSize(size, size))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_first_paint.emit()

    def _on_tile_clicked(self, key: str, target: str, arg: str | None) -> None:
        self.sig_tile_chosen.emit(key)
        self.deps.nav.go(target, arg)
