"""Registration keeps what was typed: one way back, leaving asks first, consent shows what is
kept, and registering on the way to a job starts with its trade and area."""

from __future__ import annotations

import builders
from kiosk.services.container import Services
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.job_detail_screen import JobDetailScreen
from kiosk.ui.register_screen import RegisterScreen
from tests.ui.people import Person

PHONE = "13912345678"
CLEANER = "4-09-08-01"


def _who(person: Person) -> RegisterScreen:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, PHONE)
    person.type_chinese(screen.name_field, "王建国")
    return screen


def test_back_is_one_action_that_keeps_every_step(person: Person) -> None:
    screen = _who(person)
    assert not hasattr(screen, "previous_button")  # the top bar's Back is the only one
    person.tap(screen.next_button)
    person.settle()
    person.tap(screen.work_chips.chips[CLEANER])
    person.tap(screen.area_chips.chips["东城区"])
    person.tap(screen.next_button)
    assert screen.current_step() == "time"

    person.back()
    assert screen.current_step() == "work"
    assert screen.work_chips.selected() == [CLEANER]
    person.back()
    assert screen.current_step() == "who"
    assert screen.phone.text() == PHONE and screen.name_field.text() == "王建国"
    assert person.window.current_screen() is screen


def test_leaving_mid_way_asks_first(person: Person) -> None:
    screen = _who(person)
    person.back()  # at the first step: leaving the screen would lose the phone and name
    assert "不保存就离开吗" in person.answer(yes=False)
    assert person.window.current_screen() is screen
    assert screen.phone.text() == PHONE and screen.name_field.text() == "王建国"

    person.tap(person.window.topbar.home_button)
    assert "不保存就离开吗" in person.answer(yes=True)
    person.on("home")
    person.tap_tile("register")
    person.on("register")
    assert screen.phone.text() == "" and screen.name_field.text() == ""


def test_the_consent_step_lists_what_will_be_stored(person: Person) -> None:
    screen = _who(person)
    person.tap(screen.next_button)
    person.settle()
    person.tap(screen.work_chips.chips[CLEANER])
    person.tap(screen.area_chips.chips["东城区"])
    person.tap(screen.next_button)
    person.tap(screen.day_chips.chips["0"])
    person.type_on_pad(screen.pay_pad, "250")
    person.tap(screen.next_button)
    person.tap(screen.next_button)
    assert screen.current_step() == "consent"
    summary = screen.summary_label.text()
    assert summary.splitlines() == [
        "手机：139****5678",
        "姓名：王建国",
        "会做的工作：保洁员",
        "能去的地区：东城区",
        "有空的日子：今天",
        "期望工资：250元/天",
    ]
    assert screen.summary_label.isVisible()


def test_registering_from_a_job_starts_with_its_trade_and_area(
    person: Person, services: Services
) -> None:
    employer = builders.employer(services, verified=True)
    posting = services.postings.create(
        builders.posting(employer.id, occupation_code=CLEANER, district="南城区")
    )
    person.window.go("job_detail", posting.id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.interest_button)
    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    person.tap(identify.register_button)
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    assert screen.work_chips.selected() == [CLEANER]
    assert screen.area_chips.selected() == ["南城区"]
    assert not screen.unsaved()  # nothing typed yet: leaving need not ask
