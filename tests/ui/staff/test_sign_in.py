"""Staff sign-in through the PIN pad: a wrong PIN counts down to a lockout; idle signs out."""

from __future__ import annotations

from kiosk.services.container import Services
from kiosk.services.staff import MAX_FAILED_ATTEMPTS
from tests.ui.staff.conftest import STAFF, Desk


def test_sign_in_with_the_pin_pad_shows_the_staff_tools(desk: Desk) -> None:
    assert not desk.mode.header.isVisible()
    desk.sign_in(*STAFF)
    assert desk.mode.current().name == "staff.menu"
    assert STAFF[0] in desk.mode.who.text()
    # A plain staff member cannot open the supervisor's review queue.
    assert not desk.mode.page("staff.menu").tools["staff.review"].isEnabled()  # type: ignore[attr-defined]


def test_wrong_pins_lock_the_account_and_say_so(desk: Desk, services: Services) -> None:
    page = desk.mode.sign_in
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        desk.sign_in(STAFF[0], "9999")
        assert page.message.property("role") == "error"
        assert not desk.mode.ctx.signed_in
    assert "1" in page.message.text()  # one try left
    desk.sign_in(STAFF[0], "9999")
    locked_words = page.message.text()
    desk.sign_in(*STAFF)  # even the right PIN is refused while locked
    assert not desk.mode.ctx.signed_in
    assert desk.mode.current() is page
    assert page.message.text() == locked_words or ":" in page.message.text()
    assert page.pin_field.text() == ""


def test_idle_and_leaving_sign_the_staff_member_out(desk: Desk) -> None:
    desk.sign_in(*STAFF)
    desk.mode.ctx.idle.sig_idle.emit()
    assert not desk.mode.ctx.signed_in
    assert desk.mode.current() is desk.mode.sign_in
    assert desk.mode.sign_in.message.isVisible()
    desk.sign_in(*STAFF)
    assert desk.mode.ctx.signed_in
    desk.window.home()
    desk.settle()
    assert not desk.mode.ctx.signed_in
    desk.window.go("staff")
    assert desk.mode.current() is desk.mode.sign_in


def test_five_taps_on_the_venue_name_open_staff_mode(desk: Desk) -> None:
    desk.window.home()
    desk.settle()
    home = desk.window.home_screen
    for _ in range(4):
        desk.tap(home.welcome)
    assert desk.window.current_screen() is home  # four taps are just a person tapping
    desk.tap(home.welcome)
    desk.settle()
    assert desk.window.current_screen().name == "staff"
    assert desk.mode.current() is desk.mode.sign_in


def test_the_kiosk_idle_wipe_waits_for_signed_in_staff(desk: Desk) -> None:
    desk.sign_in(*STAFF)
    desk.window.idle.sig_idle.emit()  # the walk-in timeout passes while staff work
    assert not desk.window.overlay.running and desk.mode.ctx.signed_in
    assert desk.window.topbar.title_label.text() == desk.mode.current().title()
    desk.mode.sign_out("user")
    desk.settle()
    desk.window.idle.sig_idle.emit()
    assert desk.window.overlay.running  # signed out: the privacy countdown applies again
