"""The kiosk's watchers see each event in their order: the idle watcher before the tap guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.shell import KioskShell
from tests.ui.people import Person


def test_a_tap_the_guard_drops_still_keeps_the_kiosk_awake(
    kiosk: KioskShell, person: Person
) -> None:
    person.tap_tile("find")
    screen = person.on("find_work")
    assert isinstance(screen, FindWorkScreen)
    window = kiosk.window
    person.qtbot.waitUntil(lambda: window.tap_guard.accepts(screen.clear_button))
    window.idle.pause()  # the countdown to the privacy wipe stopped, as if it were running out

    window.tap_guard.screen_changed()  # a page just appeared: the next tap was aimed at the last
    assert not window.tap_guard.accepts(screen.clear_button)
    QTest.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)

    # Dropped, yet a person touched the kiosk: the countdown starts again from the beginning.
    assert window.idle._timer.isActive()
