"""Privacy: an idle kiosk counts down, then wipes a half-filled form and goes home."""

from __future__ import annotations

from kiosk.domain.model import Worker
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.shell import KioskShell
from tests.ui.people import Person


def _quick_idle(kiosk: KioskShell) -> None:
    # The venue's timeout is 60 s; a test waits one second, and one more for the countdown.
    kiosk.window.idle.timeout_s = 1
    kiosk.window.idle.set_relaxed(False)
    kiosk.window.overlay.countdown_s = 1


def test_idle_countdown_wipes_a_half_filled_form(person: Person, kiosk: KioskShell) -> None:
    kiosk.window.session.identify(Worker(display_name="王", phone="13812345678"))
    kiosk.prefs.set_language("en")
    _quick_idle(kiosk)
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "1391234")
    person.type_chinese(screen.name_field, "王建国")

    person.qtbot.waitUntil(lambda: kiosk.window.overlay.isVisible(), timeout=4000)
    with person.qtbot.waitSignal(kiosk.window.sig_wiped, timeout=4000):
        pass
    assert kiosk.window.current_screen().name == "home"
    assert screen.phone.text() == "" and screen.name_field.text() == ""
    assert screen.current_step() == "who"
    assert kiosk.window.session.worker is None
    assert kiosk.prefs.language == "zh_CN"  # the next person starts in the default language


def test_continue_keeps_everything(person: Person, kiosk: KioskShell) -> None:
    _quick_idle(kiosk)
    kiosk.window.overlay.countdown_s = 30
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "139")
    person.qtbot.waitUntil(lambda: kiosk.window.overlay.isVisible(), timeout=4000)
    person.tap(kiosk.window.overlay.continue_button)
    assert not kiosk.window.overlay.isVisible()
    assert screen.phone.text() == "139"
    assert kiosk.window.current_screen() is screen


def test_filters_and_search_are_wiped(person: Person, kiosk: KioskShell) -> None:
    person.tap_tile("find")
    screen = person.on("find_work")
    person.type_chinese(screen.search_box, "保洁")  # type: ignore[attr-defined]
    person.tap(screen.district_chips.chips["东城区"])  # type: ignore[attr-defined]
    kiosk.window.wipe()
    assert screen.search_box.text() == ""  # type: ignore[attr-defined]
    assert screen.district_chips.selected() == []  # type: ignore[attr-defined]


def test_the_countdown_hides_the_number_typed_under_it(person: Person, kiosk: KioskShell) -> None:
    """Whoever walks up to an unattended countdown reads nothing of the last person's number."""
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    window = kiosk.window
    spot = screen.phone.rect().translated(screen.phone.mapTo(window, screen.phone.rect().topLeft()))
    window.overlay.start(30)
    person.qtbot.waitUntil(window.overlay.isVisible)

    def seen(phone: str) -> object:
        screen.phone.setText(phone)
        return window.grab(spot).toImage()

    # Were anything of the number visible, two numbers would look different under the cover.
    assert seen("13912345678") == seen("13800000000")
    window.overlay.stop()
    assert seen("13912345678") != seen("13800000000")
