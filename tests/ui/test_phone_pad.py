"""The phone pad says what is wrong beside the number, never moves its keys, and a message
goes once the number is right."""

from __future__ import annotations

from PySide6.QtCore import QRect

from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.widgets import NumericPad
from tests.ui.people import Person


def _keys(pad: NumericPad) -> list[QRect]:
    window = pad.window()
    return [QRect(key.mapTo(window, key.rect().topLeft()), key.size()) for key in pad.keys.values()]


def test_too_short_is_explained_beside_the_number_and_clears_when_fixed(person: Person) -> None:
    person.window.go("identify")
    screen = person.on("identify")
    assert isinstance(screen, IdentifyScreen)
    keys_before = _keys(screen.pad)
    person.type_on_pad(screen.pad, "13912")
    person.tap(screen.continue_button)
    message = screen.phone_entry.message
    assert message.text() == "还差 6 位：手机号是 11 位。"
    # Beside the number: on its row, not somewhere across the screen.
    field = screen.phone
    assert (
        abs(
            message.mapTo(screen, message.rect().center()).y()
            - field.mapTo(screen, field.rect().center()).y()
        )
        < field.height() // 2
    )
    assert _keys(screen.pad) == keys_before

    person.type_on_pad(screen.pad, "3456")
    assert message.text() == "还差 2 位：手机号是 11 位。"
    person.type_on_pad(screen.pad, "78")
    assert message.text() == ""  # the number is right: no stale word beside it
    assert _keys(screen.pad) == keys_before


def test_a_twelfth_digit_is_explained_and_the_keys_stay_put(person: Person) -> None:
    person.window.go("identify")
    screen = person.on("identify")
    assert isinstance(screen, IdentifyScreen)
    keys_before = _keys(screen.pad)
    person.type_on_pad(screen.pad, "139123456789")
    assert screen.phone.text() == "13912345678"
    assert screen.phone_entry.message.text() == "手机号只有 11 位。请点“删除”改正。"
    assert _keys(screen.pad) == keys_before
    person.tap(screen.pad.delete_key)
    person.type_on_pad(screen.pad, "9")
    assert screen.phone.text() == "13912345679"
    assert screen.phone_entry.message.text() == ""


def test_a_wrong_start_is_explained(person: Person) -> None:
    person.window.go("identify")
    screen = person.on("identify")
    assert isinstance(screen, IdentifyScreen)
    person.type_on_pad(screen.pad, "12345678901")
    person.tap(screen.continue_button)
    assert screen.phone_entry.message.text() == "这不是手机号：手机号以 13 到 19 开头。"


def test_a_message_in_registration_never_moves_the_keys(person: Person) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    keys_before = _keys(screen.phone_pad)
    person.type_on_pad(screen.phone_pad, "13912345678")
    person.tap(screen.next_button)  # no name yet
    person.settle()
    assert screen.error_label.isVisible()
    assert _keys(screen.phone_pad) == keys_before
