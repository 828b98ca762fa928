"""The on-screen keyboard never covers a screen's main action, and Enter moves on.

The keyboard's own window needs a display (see test_virtual_keyboard.py, under Xvfb); here the
window is told where a keyboard stands, as Qt tells it when one shows.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.complaint_screen import ComplaintScreen
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.flow import ComplaintRequest
from kiosk.ui.register_screen import RegisterScreen
from tests.ui.people import Person

KEYBOARD_PX = 420  # Qt Virtual Keyboard's height on a 1920x1080 screen


def _bottom(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().bottomLeft()).y()


def _keyboard(person: Person) -> float:
    window = person.window
    top = window.height() - KEYBOARD_PX
    window.keyboard.dock(QRectF(0, top, window.width(), KEYBOARD_PX))
    return top


def test_enter_in_the_name_field_moves_on(person: Person) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "13912345678")
    person.type_chinese(screen.name_field, "王建国")
    person.qtbot.keyClick(screen.name_field, Qt.Key.Key_Return)
    person.settle()
    assert screen.current_step() == "work"


def test_the_keyboard_docks_below_every_screens_main_action(person: Person) -> None:
    person.tap_tile("register")
    register = person.on("register")
    assert isinstance(register, RegisterScreen)
    top = _keyboard(person)
    person.qtbot.waitUntil(lambda: _bottom(register.next_button) <= top)
    assert _bottom(register.name_field) <= top

    person.window.go("find_work")
    find = person.on("find_work")
    assert isinstance(find, FindWorkScreen)
    top = _keyboard(person)
    person.qtbot.waitUntil(lambda: _bottom(find.search_button) <= top)

    person.window.go("complaint", ComplaintRequest())
    complaint = person.on("complaint")
    assert isinstance(complaint, ComplaintScreen)
    top = _keyboard(person)
    person.qtbot.waitUntil(lambda: _bottom(complaint.send_button) <= top)

    # The keyboard goes: the screen takes its whole height again.
    person.window.keyboard.dock(QRectF())
    person.qtbot.waitUntil(lambda: _bottom(complaint.send_button) > top)
