"""Bounced and double taps never reach anything: one guard for every screen of the window.

A finger that bounces on a touchscreen, or an older hand that taps twice to be sure, sent the
second tap to whatever the first tap had just put there: a 90 ms double tap on 下一步 skipped
a registration step, and one on the 找工作 tile switched on the chip under it (issue 13).

Touch reaches Qt widgets as mouse events synthesised from the touch (no kiosk widget takes
touch events itself), so watching mouse presses covers the finger and the staff desk's mouse.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QStackedWidget, QWidget

# A second tap on the same control this soon after the first ended is a bounce or a double tap.
BOUNCE_MS = 400
# Keys meant to be tapped again and again (pad digits, auto-repeating steppers: "00" in a phone
# number) only lose a true bounce; no hand taps the same key twice this fast on purpose.
REPEAT_BOUNCE_MS = 120
# A tap this soon after a screen (or a page of a screen) appeared was aimed at the one before.
SETTLE_MS = 350
# On a list (not a button) a second tap counts as a bounce only this close to the first: the
# next line of a list is a new choice, however quick.
BOUNCE_RADIUS_PX = 48
# A press that travels further than this before release was a drag or a flick, not a tap: the
# next flick of a list must not be lost.
TAP_SLOP_PX = 24

_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})


def repeatable(widget: QWidget) -> None:
    """Mark a key that people tap repeatedly on purpose (see REPEAT_BOUNCE_MS)."""
    widget.setProperty("repeatable", True)


class TapGuard(QObject):
    """An application event filter that drops the presses (and their releases) of unwanted taps."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._changed_at = -math.inf
        self._last_target: QObject | None = None
        self._last_tap_end = -math.inf
        self._last_pos = QPointF()
        # The tap in progress: its first receiver, where it was pressed, and whether it is dropped.
        self._pressed_on: QObject | None = None
        self._pressed_at = QPointF()
        self._press_stamp = -1
        self._dropping = False

    def screen_changed(self) -> None:
        """Something new appeared under the finger: taps wait SETTLE_MS."""
        self._changed_at = self._clock.elapsed()

    def accepts(self, target: QObject, at: QPointF | None = None) -> bool:
        """Would a tap on `target` (at global position `at`, if known) arriving now reach it?"""
        now = self._clock.elapsed()
        if now - self._changed_at < SETTLE_MS:
            return False
        if target is not self._last_target:
            return True
        far = at is not None and (at - self._last_pos).manhattanLength() > BOUNCE_RADIUS_PX
        if far and not isinstance(target, QAbstractButton):
            return True
        window = REPEAT_BOUNCE_MS if _is_repeatable(target) else BOUNCE_MS
        return now - self._last_tap_end >= window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            if isinstance(watched, QWidget) and isinstance(watched.parentWidget(), QStackedWidget):
                self.screen_changed()
            return False
        if kind in _PRESSES and isinstance(event, QMouseEvent):
            if self._pressed_on is not None and event.timestamp() == self._press_stamp:
                # The same press passed on to a parent, or the double-click made of it.
                return self._dropping
            self._pressed_on, self._press_stamp = watched, event.timestamp()
            self._pressed_at = event.globalPosition()
            self._dropping = not self.accepts(watched, self._pressed_at)
            return self._dropping
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if self._pressed_on is None:
                return False
            dropped, target = self._dropping, self._pressed_on
            self._pressed_on, self._dropping = None, False
            moved = (event.globalPosition() - self._pressed_at).manhattanLength()
            if dropped and target is self._last_target:
                # A third quick tap is as unwanted as the second: the window runs from the last.
                self._last_tap_end = self._clock.elapsed()
            elif not dropped and moved <= TAP_SLOP_PX:
                self._last_target, self._last_tap_end = target, self._clock.elapsed()
                self._last_pos = self._pressed_at
            return dropped
        return False


def _is_repeatable(target: QObject) -> bool:
    if isinstance(target, QAbstractButton) and target.autoRepeat():
        return True
    return bool(target.property("repeatable"))
