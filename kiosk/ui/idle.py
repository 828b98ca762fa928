"""Privacy at a shared kiosk: after inactivity a countdown with "continue", then a full wipe."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.widgets import button, label

# Events that mean a person is still there.
_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)
COUNTDOWN_S = 10
# Elderly mode means no time pressure: three times as long before asking, and longer to answer.
ELDERLY_FACTOR = 3


class IdleWatcher(QObject):
    """Watches every input event of the application; says when nobody has touched it."""

    sig_idle = Signal()

    def __init__(self, timeout_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.sig_idle)
        self.timeout_s = timeout_s
        self.set_relaxed(False)

    def set_relaxed(self, relaxed: bool) -> None:
        factor = ELDERLY_FACTOR if relaxed else 1
        self._timer.setInterval(max(1, self.timeout_s) * 1000 * factor)
        self.poke()

    def poke(self) -> None:
        if self.timeout_s > 0:
            self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.poke()
        return False


class CountdownOverlay(QWidget):
    """Covers the window with "Are you still there?" and counts down to the wipe.

    Opaque (see style.py): it shows while nobody may be at the kiosk, and a see-through cover
    left the full phone number readable to whoever walked up next.
    """

    sig_continue_clicked = Signal()
    sig_expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.countdown_s = COUNTDOWN_S
        self._left = 0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        box = QFrame()
        box.setObjectName("overlaybox")
        box.setMaximumWidth(900)
        self.question = label(role="title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds_label = label(role="big")
        self.seconds_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.why = label()
        self.why.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = button(role="primary")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        for widget in (self.question, self.seconds_label, self.why, self.continue_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def start(self, seconds: int) -> None:
        self._left = seconds
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._show_seconds()
        self.show()
        self.raise_()
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.why.setText(self.tr("To protect your details, the screen will be cleared."))
        self.continue_button.setText(self.tr("Continue"))
        self._show_seconds()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_seconds(self) -> None:
        self.seconds_label.setText(self.tr("{n} s").format(n=max(0, self._left)))

    def _on_tick_timeout(self) -> None:
        self._left -= 1
        self._show_seconds()
        if self._left <= 0:
            self.stop()
            self.sig_expired.emit()

    def _on_continue_clicked(self) -> None:
        self.stop()
        self.sig_continue_clicked.emit()
