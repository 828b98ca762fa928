"""The screens are translated once per language, staff mode's words included.

Each pass of LanguageChange over the window retranslates every screen on the UI thread; with a
first sync under way it stretched to a visible freeze. Staff mode installing its own catalogue
beside the kiosk's used to send a second pass: when the screens were built, and after every
language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff_screen import StaffScreen
from tests.ui.people import Person


class LanguageChanges(QObject):
    """Counts the LanguageChange events that reach one widget."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_a_starting_kiosk_translates_its_screens_once(
    qtbot: QtBot, settings: config.Settings, services: Services
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = KioskShell(app, settings)
    shell.window.show()
    changes = LanguageChanges()
    shell.window.installEventFilter(changes)
    try:
        shell.attach(services)  # the screens, staff mode among them, are built here
        QCoreApplication.sendPostedEvents()
        assert changes.count == 0
        staff = shell.window.screens["staff"]
        assert isinstance(staff, StaffScreen)
        assert staff.mode.menu_button.text() == "菜单"
    finally:
        shell.window.removeEventFilter(changes)
        shell.close()
        shell.translations.switch("en")  # as the kiosk fixture leaves the application


def test_switching_language_retranslates_the_screens_once_staff_words_included(
    kiosk: KioskShell, person: Person
) -> None:
    screen = kiosk.window.screens["find_work"]
    changes = LanguageChanges()
    screen.installEventFilter(changes)
    staff = kiosk.window.screens["staff"]
    assert isinstance(staff, StaffScreen)
    assert staff.mode.menu_button.text() == "菜单"  # staff mode starts in the kiosk's language

    # Whatever the kiosk's start-up left queued: no second pass for a catalogue added late.
    QCoreApplication.sendPostedEvents()
    assert changes.count == 0

    person.tap(kiosk.window.topbar.language_buttons["en"])
    QCoreApplication.sendPostedEvents()
    assert changes.count == 1
    assert staff.mode.menu_button.text() == "Menu"
    screen.removeEventFilter(changes)
