"""The on-screen keyboard docks below the screen: it never covers the screen's main action (下一步,
搜索, 提交), and a tap anywhere else, or Enter, puts it away; nobody has to find its small hide key.

Qt Virtual Keyboard is a window of its own over the bottom of the screen. While it shows, the
window's content gets a bottom margin as tall as the part the keyboard covers, so the screen
lays itself out above it; the field being typed in is scrolled into sight. The keyboard takes
600 of 1080 lines, so the numeric pads (useless while typing words) and what a screen marked
with `aside_while_typing` step aside meanwhile, and pages are only as tall as the one shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from kiosk.ui.widgets import NumericPad

# The most of the window the keyboard may take (Qt Virtual Keyboard: 600 of 1080 lines).
MAX_COVERED = 0.6
# A widget property: hide this while the keyboard is up (a card scanner's prompt, say).
ASIDE_WHILE_TYPING = "aside_while_typing"
_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyboardDock(QObject):
    """Installed on the application by the shell, next to the tap guard and the idle watcher."""

    def __init__(self, window: QWidget, body: QLayout) -> None:
        super().__init__(window)
        self._window = window
        self._body = body
        self.covered_px = 0
        self._aside: list[QWidget] = []
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._on_keyboard_changed)
        method.keyboardRectangleChanged.connect(self._on_keyboard_changed)

    def dock(self, keyboard: QRectF) -> None:
        """Make room above `keyboard` (window coordinates; empty when it is away)."""
        height = self._window.height()
        covered = 0 if keyboard.isEmpty() else int(max(0.0, height - keyboard.top()))
        # While it slides in, Qt may report the keyboard over the whole screen: a margin that
        # tall would make the window grow past the screen (and never shrink back).
        covered = min(covered, int(height * MAX_COVERED))
        if covered == self.covered_px:
            return
        self.covered_px = covered
        # Room first shrinks what is shown, then the margin takes the room: in the other order
        # the window's minimum height outgrows the screen and the window grows past it.
        if covered:
            self._set_pads_aside(True)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        margins = self._body.contentsMargins()
        margins.setBottom(covered)
        self._body.setContentsMargins(margins)
        self._body.activate()
        if not covered:
            self._set_pads_aside(False)
        self._show_focused_field()

    def _set_pads_aside(self, aside: bool) -> None:
        if aside and not self._aside:
            self._aside = [
                w
                for w in self._window.findChildren(QWidget)
                if w.isVisible() and (isinstance(w, NumericPad) or w.property(ASIDE_WHILE_TYPING))
            ]
            for widget in self._aside:
                widget.hide()
        elif not aside:
            for widget in self._aside:
                widget.show()
            self._aside = []

    def put_away(self) -> None:
        QGuiApplication.inputMethod().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self.covered_px:
            # A tap on anything but a text field means the typing is over.
            if _ours_but_not_text(watched, self._window):
                self.put_away()
        elif (
            kind == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and isinstance(watched, QLineEdit)
        ):
            # Enter in a one-line field moves on (each screen acts on returnPressed): the
            # keyboard goes with it, so the next step shows whole.
            self.put_away()
        return False

    def _on_keyboard_changed(self) -> None:
        method = QGuiApplication.inputMethod()
        self.dock(method.keyboardRectangle() if method.isVisible() else QRectF())

    def _show_focused_field(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self._window:
            return
        parent = focus.parentWidget()
        while parent is not None:
            area = parent.parentWidget()
            if isinstance(area, QScrollArea):
                area.ensureWidgetVisible(focus)
                return
            parent = area


def _ours_but_not_text(watched: QObject, window: QWidget) -> bool:
    """A widget of the kiosk window that is no text field (a multi-line field's taps reach
    its viewport, so that counts as the field)."""
    if not isinstance(watched, QWidget) or watched.window() is not window:
        return False
    return not isinstance(watched, _TEXT_INPUTS) and not isinstance(
        watched.parentWidget(), _TEXT_INPUTS
    )
