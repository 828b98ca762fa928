"""A known worker sees their stored details in the register form, changes them, and that sticks.

Identified by phone on the numeric pad, by a worker card or earlier at this kiosk; chips they
switch off are removed from the record (saving replaces the lists, it does not merge).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import occupation
from kiosk.domain.model import Circumstance, Worker
from kiosk.services.container import Services
from kiosk.ui.flow import IdentifyRequest
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person
from tests.ui.walk import visible_texts

PHONE = "13912345678"
CLEANER = "4-09-08-01"  # 保洁员: 保洁, 清洁, 家政
PORTER = "4-02-06-03"  # 搬运工: 搬运, 装卸, 叉车证


def _tags(code: str) -> list[str]:
    found = occupation(code)
    assert found is not None
    return list(found.skill_tags)


@pytest.fixture
def known(services: Services) -> Worker:
    """A worker who registered last week: cleaner and porter, two areas, free today, over 50."""
    today = services.ctx.today()
    return services.workers.register(
        Worker(
            display_name="王建国",
            phone=PHONE,
            skills=[*_tags(CLEANER), *_tags(PORTER)],
            districts=["东城区", "西城区"],
            available_dates=[today],
            expected_pay=Decimal("250"),
            circumstances=[Circumstance.OLDER_WORKER],
        ),
        consent=True,
    ).worker


def _open_by_phone(person: Person) -> RegisterScreen:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, PHONE)
    person.tap(screen.next_button)
    person.settle()
    return screen


def test_known_worker_sees_stored_details_and_removes_a_skill(
    person: Person, services: Services, known: Worker
) -> None:
    screen = _open_by_phone(person)

    # Straight to their work and areas, as stored: no name to type, nothing merged blindly.
    assert screen.current_step() == "work"
    assert screen.work_chips.selected() == [CLEANER, PORTER]
    assert screen.area_chips.selected() == ["东城区", "西城区"]
    assert screen.heading.text() == "欢迎回来！改好要改的地方，再保存。"

    person.tap(screen.work_chips.chips[PORTER])  # no more carrying
    person.tap(screen.area_chips.chips["西城区"])
    person.tap(screen.area_chips.chips["南城区"])
    person.tap(screen.next_button)

    assert screen.day_chips.selected() == ["0"]
    assert screen.pay_field.text() == "250"
    person.tap(screen.pay_pad.clear_key)
    person.type_on_pad(screen.pay_pad, "300")
    person.tap(screen.next_button)

    assert screen.help_chips.selected() == [Circumstance.OLDER_WORKER.value]
    person.tap(screen.next_button)
    assert screen.current_step() == "consent"
    assert screen.agree_button.text() == "我同意，保存修改"
    person.tap(screen.agree_button)

    result = person.on("result")
    assert isinstance(result, ResultScreen)
    assert result.headline.text() == "您的信息已更新"
    assert result.detail_label.text().endswith("139****5678")
    stored = services.workers.get(known.id)
    assert stored.skills == _tags(CLEANER)
    assert stored.districts == ["东城区", "南城区"]
    assert stored.expected_pay == Decimal("300")
    assert stored.available_dates == [services.ctx.today()]
    assert stored.circumstances == [Circumstance.OLDER_WORKER]
    assert stored.display_name == "王建国"
    assert [w.id for w in services.workers.list()] == [known.id]  # updated, not a second record
    assert person.window.session.worker is not None
    assert person.window.session.worker.id == known.id


def test_the_screen_shows_who_is_updated_masked(person: Person, known: Worker) -> None:
    screen = _open_by_phone(person)
    person.tap(screen.previous_button)
    assert screen.current_step() == "who"
    assert screen.known_label.isVisible()
    assert "139****5678" in screen.known_label.text()
    assert "王**" in screen.known_label.text()
    # Neither the full number nor the full name is anywhere on the screen; nor is the pad.
    shown = [text for _widget, text in visible_texts(person.window)]
    assert not any(PHONE in text or "王建国" in text for text in shown)
    assert not screen.phone_pad.isVisible() and not screen.name_field.isVisible()


def test_removing_every_help_circumstance_clears_them(
    person: Person, services: Services, known: Worker
) -> None:
    screen = _open_by_phone(person)
    person.tap(screen.next_button)
    person.tap(screen.next_button)
    person.tap(screen.help_chips.chips[Circumstance.OLDER_WORKER.value])
    person.tap(screen.next_button)
    person.tap(screen.agree_button)
    person.on("result")
    assert services.workers.get(known.id).circumstances == []


def test_worker_card_opens_the_details(
    person: Person, services: Services, known: Worker, qtbot: QtBot
) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    assert known.card_code
    # A keyboard-wedge scanner types the card code and presses Enter into the focused field.
    qtbot.keyClicks(screen.card_field, known.card_code)
    qtbot.keyClick(screen.card_field, Qt.Key.Key_Return)
    person.settle()
    assert screen.current_step() == "work"
    assert screen.work_chips.selected() == [CLEANER, PORTER]


def test_an_unknown_card_is_explained(person: Person, qtbot: QtBot) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    qtbot.keyClicks(screen.card_field, "NOTACARD")
    qtbot.keyClick(screen.card_field, Qt.Key.Key_Return)
    person.settle()
    assert screen.current_step() == "who"
    assert screen.error_label.isVisible()
    assert screen.editing is None


def test_worker_identified_earlier_goes_straight_to_their_details(
    person: Person, known: Worker
) -> None:
    person.window.go("identify", IdentifyRequest())
    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    person.type_on_pad(identify.pad, PHONE)
    person.tap(identify.continue_button)
    person.on("home")
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    assert screen.current_step() == "work"
    assert screen.area_chips.selected() == ["东城区", "西城区"]


def test_declining_changes_nothing(person: Person, services: Services, known: Worker) -> None:
    screen = _open_by_phone(person)
    person.tap(screen.work_chips.chips[CLEANER])
    for _ in range(3):
        person.tap(screen.next_button)
    person.tap(screen.decline_button)
    person.on("home")
    assert services.workers.get(known.id).skills == known.skills
    assert screen.editing is None and not screen.known_label.isVisible()


def test_idle_wipe_forgets_the_known_worker(person: Person, known: Worker) -> None:
    screen = _open_by_phone(person)
    person.window.wipe()
    assert screen.editing is None
    assert screen.work_chips.selected() == []
    assert screen.phone.text() == ""
