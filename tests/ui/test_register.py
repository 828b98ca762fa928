"""A new worker registers through the consent screen; declining stores nothing."""

from __future__ import annotations

from decimal import Decimal

from kiosk.domain.model import Circumstance
from kiosk.services.container import Services
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person

PHONE = "13912345678"


def _fill_form(person: Person) -> RegisterScreen:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, PHONE)
    person.type_chinese(screen.name_field, "王建国")
    person.tap(screen.next_button)
    person.settle()  # the kiosk first checks whether it knows this number
    assert screen.current_step() == "work"
    person.tap(screen.work_chips.chips["4-09-08-01"])  # 保洁员
    person.tap(screen.area_chips.chips["东城区"])
    person.tap(screen.next_button)
    person.tap(screen.day_chips.chips["0"])  # I'm free today
    person.type_on_pad(screen.pay_pad, "250")
    person.tap(screen.next_button)
    # Nothing stored to hide or clear yet: no privacy note, no "none of these any more".
    assert not screen.help_private.isVisible() and not screen.help_clear.isVisible()
    person.tap(screen.help_chips.chips[Circumstance.OLDER_WORKER.value])
    person.tap(screen.next_button)
    assert screen.current_step() == "consent"
    return screen


def test_new_worker_registers_after_consent(person: Person, services: Services) -> None:
    screen = _fill_form(person)
    assert services.workers.find_by_phone(PHONE) is None  # nothing stored before consent
    person.tap(screen.agree_button)

    result = person.on("result")
    assert isinstance(result, ResultScreen)
    assert "138" not in result.detail_label.text()
    assert result.detail_label.text().endswith("139****5678")
    assert result.card_button.isVisible()
    worker = services.workers.find_by_phone(PHONE)
    assert worker is not None
    assert worker.display_name == "王建国"
    assert "保洁" in worker.skills
    assert worker.districts == ["东城区"]
    assert worker.available_dates == [services.ctx.today()]
    assert worker.expected_pay == Decimal("250")
    assert worker.circumstances == [Circumstance.OLDER_WORKER]
    assert worker.consent_at is not None
    assert person.window.session.worker is not None

    # The worker card is queued for printing, and the worker is sent to the desk for it.
    person.tap(result.card_button)
    person.qtbot.waitUntil(lambda: result.slip_label.isVisible())
    from kiosk.store import print_jobs

    with services.db.read() as session:
        assert [j.kind for j in print_jobs.jobs(session)] == ["worker_card"]


def test_declining_consent_stores_nothing(person: Person, services: Services) -> None:
    screen = _fill_form(person)
    person.tap(screen.decline_button)
    person.on("home")
    assert services.workers.find_by_phone(PHONE) is None
    assert screen.phone.text() == "" and screen.name_field.text() == ""


def test_a_wrong_phone_is_explained_before_going_on(person: Person) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "1234")
    person.type_chinese(screen.name_field, "李")
    person.tap(screen.next_button)
    person.settle()
    assert screen.current_step() == "who"
    assert screen.phone_entry.message.text() == "还差 7 位：手机号是 11 位。"


def test_a_new_number_without_a_name_is_asked_for_the_name(person: Person) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, PHONE)
    person.tap(screen.next_button)
    person.settle()
    assert screen.current_step() == "who"
    assert screen.error_label.isVisible()
    assert screen.name_field.isVisible()
