"""A person at the kiosk: taps buttons, types on the numeric pad, waits for the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.screen import Screen
from kiosk.ui.shell import KioskShell
from kiosk.ui.widgets import NumericPad

# A ceiling, not a sleep: waits end as soon as the screen is ready. CI gives the suite two
# cores, and a loaded one took 3-7 s for what takes 0.3 s alone: 5 s timed out now and then.
TIMEOUT_MS = 15_000


class Person:
    def __init__(self, qtbot: QtBot, kiosk: KioskShell) -> None:
        self.qtbot = qtbot
        self.kiosk = kiosk
        self.window = kiosk.window

    def tap(self, widget: QWidget) -> None:
        # A widget added to a shown layout appears on the next pass of the event loop.
        self.qtbot.waitUntil(widget.isVisible, timeout=TIMEOUT_MS)
        if isinstance(widget, QAbstractButton):
            assert widget.isEnabled(), f"{widget.text()!r} is disabled"
        self.tap_at(widget)

    def tap_at(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """Tap as a person does: not while a new screen appears, nor the same key twice at once."""
        guard = self.window.tap_guard
        spot = QPointF(widget.mapToGlobal(pos if pos is not None else widget.rect().center()))
        self.qtbot.waitUntil(lambda: guard.accepts(widget, spot), timeout=TIMEOUT_MS)
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def answer(self, yes: bool = True) -> str:
        """Answer the question covering the screen ("Is this you?"); returns what it asked."""
        question = self.window.question
        self.qtbot.waitUntil(question.isVisible, timeout=TIMEOUT_MS)
        asked = f"{question.question_label.text()} {question.detail_label.text()}"
        self.tap(question.yes_button if yes else question.no_button)
        self.settle()
        return asked

    def back(self) -> None:
        """The top bar's Back."""
        self.tap(self.window.topbar.back_button)

    def tap_tile(self, key: str) -> None:
        self.tap(self.window.home_screen.tiles[key])
        self.settle()

    def type_chinese(self, widget: QWidget, text: str) -> None:
        """Chinese arrives as the pinyin keyboard commits it: an input method event per word."""
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    def type_on_pad(self, pad: NumericPad, digits: str) -> None:
        for digit in digits:
            self.tap(pad.keys[digit])

    def settle(self) -> None:
        """Wait until every background job has come back to the screen."""
        self.qtbot.waitUntil(lambda: self.kiosk.runner.pending == 0, timeout=TIMEOUT_MS)

    def on(self, name: str) -> Screen:
        """Wait until screen `name` is showing, and return it."""
        self.qtbot.waitUntil(lambda: self.window.current_screen().name == name, timeout=TIMEOUT_MS)
        self.settle()
        return self.window.current_screen()
