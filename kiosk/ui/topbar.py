"""The bar on every screen: back, home, title, who is acting, online, language, size, read aloud."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from kiosk.ui import icons
from kiosk.ui.widgets import button, label

# Each language is offered in its own words, so these two never go through tr().
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class TopBar(QFrame):
    sig_back_clicked = Signal()
    sig_home_clicked = Signal()
    sig_language_chosen = Signal(str)
    sig_elderly_toggled = Signal(bool)
    sig_read_aloud_clicked = Signal()
    sig_done_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("topbar")
        self.back_button = button(role="back", icon_name="back")
        self.back_button.clicked.connect(self.sig_back_clicked)
        self.home_button = button(icon_name="home")
        self.home_button.clicked.connect(self.sig_home_clicked)
        self.title_label = label(role="heading", wrap=False)
        # While a worker is identified: who (masked), and the way to end their turn.
        self.who_label = label(role="who", wrap=False)
        self.done_button = button(role="done", icon_name="check")
        self.done_button.clicked.connect(self.sig_done_clicked)
        self.online_icon = QLabel()
        self.online_label = label(role="indicator", wrap=False)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            lang_button = button(name, role="lang")
            lang_button.setCheckable(True)
            lang_button.clicked.connect(lambda _=False, c=code: self.sig_language_chosen.emit(c))
            self.language_buttons[code] = lang_button
        self.elderly_button = button(role="toggle", icon_name="elderly")
        self.elderly_button.setCheckable(True)
        self.elderly_button.toggled.connect(self.sig_elderly_toggled)
        self.read_button = button(icon_name="speaker")
        self.read_button.clicked.connect(self.sig_read_aloud_clicked)
        self._reading = "idle"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.back_button)
        layout.addWidget(self.home_button)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.who_label)
        layout.addWidget(self.done_button)
        layout.addWidget(self.online_icon)
        layout.addWidget(self.online_label)
        for lang_button in self.language_buttons.values():
            layout.addWidget(lang_button)
        layout.addWidget(self.elderly_button)
        layout.addWidget(self.read_button)
        self.set_online(False)
        self.set_who("")

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.elderly_button.setText(self.tr("Senior mode"))
        self._read_words()
        self._online_words()

    def set_title(self, title: str, at_home: bool) -> None:
        self.title_label.setText(title)
        self.back_button.setVisible(not at_home)
        self.home_button.setVisible(not at_home)

    def set_reading(self, state: str) -> None:
        """What the speaker button offers: read, stop reading, or that reading is unavailable."""
        self._reading = state
        self._read_words()

    def _read_words(self) -> None:
        state = self._reading
        if state == "speaking":
            self.read_button.setText(self.tr("Stop reading"))
        elif state == "unavailable":
            self.read_button.setText(self.tr("Read-aloud unavailable"))
        else:
            self.read_button.setText(self.tr("Read aloud"))
        self.done_button.setText(self.tr("I'm done"))
        self.read_button.setProperty("reading", state)

    def set_who(self, who: str) -> None:
        """Show who is identified ("王** 139****5678"), or nobody ("")."""
        self.who_label.setText(who)
        self.who_label.setVisible(bool(who))
        self.done_button.setVisible(bool(who))

    def set_language(self, code: str) -> None:
        for c, lang_button in self.language_buttons.items():
            lang_button.setChecked(c == code)

    def set_elderly(self, elderly: bool) -> None:
        self.elderly_button.blockSignals(True)
        self.elderly_button.setChecked(elderly)
        self.elderly_button.blockSignals(False)

    def set_online(self, online: bool) -> None:
        # Until the sync client reports a status, the kiosk says "offline": it works the same.
        self._online = online
        self.online_icon.setPixmap(icons.pixmap("online" if online else "offline", 24, "#3d4450"))
        self.online_icon.setFixedSize(QSize(24, 24))
        self.online_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._online_words()

    def _online_words(self) -> None:
        self.online_label.setText(self.tr("Online") if self._online else self.tr("Offline"))
