"""A known worker sees their stored details in the register form, changes them, and that sticks.

Identified by phone on the numeric pad, by a worker card or earlier at this kiosk; chips they
switch off are removed from the record (saving replaces the lists, it does not merge).
Anyone can type a phone number, so the help circumstances they declared (disability, low
income...) are never shown: that step starts empty, and only a new answer changes them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import occupation
from kiosk.domain.model import AssistanceGrade, Circumstance, Worker
from kiosk.services.container import Services
from kiosk.ui import texts
from kiosk.ui.flow import IdentifyRequest
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.register_screen import NONE_APPLY, STEPS, RegisterScreen
from kiosk.ui.result_screen import ResultScreen
from kiosk.ui.widgets import Chip
from tests.ui.people import Person
from tests.ui.walk import visible_texts

PHONE = "13912345678"
OTHER_PHONE = "13700001111"
STORED = [Circumstance.OLDER_WORKER, Circumstance.DISABILITY, Circumstance.LOW_INCOME_FAMILY]
PRIVACY_NOTE = (
    "您以前的回答不在这里显示，以保护您的隐私。只有要修改时才需要重新选择，新选的会代替以前的回答。"
)
CLEANER = "4-09-08-01"  # 保洁员: 保洁, 清洁, 家政
PORTER = "4-02-06-03"  # 搬运工: 搬运, 装卸, 叉车证


def _tags(code: str) -> list[str]:
    found = occupation(code)
    assert found is not None
    return list(found.skill_tags)


@pytest.fixture
def known(services: Services) -> Worker:
    """Registered last week: cleaner and porter, two areas, free today, over 50, with a
    disability, in a low-income family."""
    today = services.ctx.today()
    return services.workers.register(
        Worker(
            display_name="王建国",
            phone=PHONE,
            skills=[*_tags(CLEANER), *_tags(PORTER)],
            districts=["东城区", "西城区"],
            available_dates=[today],
            expected_pay=Decimal("250"),
            circumstances=STORED,
        ),
        consent=True,
    ).worker


def _open_by_phone(person: Person, phone: str = PHONE) -> RegisterScreen:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, phone)
    person.tap(screen.next_button)
    person.settle()
    assert "是您吗" in person.answer(yes=True)
    return screen


def _to_help_step(person: Person, screen: RegisterScreen) -> None:
    while screen.current_step() != "help":
        person.tap(screen.next_button)


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

    # Their circumstances are not shown, and not answering keeps them.
    assert screen.help_chips.selected() == []
    assert screen.help_skip.text() == "不用修改？直接点“下一步”，以前的回答保持不变。"
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
    assert stored.circumstances == STORED
    assert stored.assistance_grade is AssistanceGrade.INTENSIVE
    assert stored.display_name == "王建国"
    assert [w.id for w in services.workers.list()] == [known.id]  # updated, not a second record
    assert person.window.session.worker is not None
    assert person.window.session.worker.id == known.id


def test_the_screen_shows_who_is_updated_masked(person: Person, known: Worker) -> None:
    screen = _open_by_phone(person)
    person.back()
    assert screen.current_step() == "who"
    assert screen.known_label.isVisible()
    assert "139****5678" in screen.known_label.text()
    assert "王**" in screen.known_label.text()
    # Neither the full number nor the full name is anywhere on the screen; nor is the pad.
    shown = [text for _widget, text in visible_texts(person.window)]
    assert not any(PHONE in text or "王建国" in text for text in shown)
    assert not screen.phone_pad.isVisible() and not screen.name_field.isVisible()


def test_stored_help_circumstances_appear_nowhere(person: Person, known: Worker) -> None:
    screen = _open_by_phone(person)
    person.back()
    # The words of each circumstance may show only as a chip to choose, never a chosen one.
    words = {texts.circumstance_text(c) for c in Circumstance} | {c.value for c in Circumstance}
    for step in STEPS:
        assert screen.current_step() == step
        for widget, text in visible_texts(person.window):
            if any(word in text for word in words):
                assert isinstance(widget, Chip), (step, text)
                assert screen.help_chips.chips.get(widget.key) is widget, (step, text)
                assert not widget.isChecked(), (step, text)
        if step == "help":
            assert screen.help_chips.selected() == []
            assert screen.help_clear.selected() == []
            assert screen.help_private.isVisible()
            assert screen.help_private.text() == PRIVACY_NOTE
            assert screen.help_clear.chips[NONE_APPLY].isVisible()
        if step != "consent":
            person.tap(screen.next_button)


def _help_step_as_seen(person: Person, phone: str) -> list[tuple[str, bool]]:
    """Every word of the help step and whether it is chosen, then leave without saving."""
    screen = _open_by_phone(person, phone)
    _to_help_step(person, screen)
    seen = [
        (text, isinstance(widget, Chip) and widget.isChecked())
        for widget, text in visible_texts(screen)
    ]
    person.tap(screen.next_button)
    person.tap(screen.decline_button)
    person.on("home")
    person.tap(person.window.topbar.done_button)  # their turn ends; the next person types
    return seen


def test_the_help_step_is_the_same_whatever_is_stored(
    person: Person, services: Services, known: Worker
) -> None:
    # Nothing on it, not even the "none of these apply any more" chip, tells a stranger
    # whether the person whose number they typed has declared anything.
    services.workers.register(Worker(display_name="李四", phone=OTHER_PHONE), consent=True)
    assert _help_step_as_seen(person, PHONE) == _help_step_as_seen(person, OTHER_PHONE)


def test_none_of_these_any_more_clears_them(
    person: Person, services: Services, known: Worker
) -> None:
    screen = _open_by_phone(person)
    _to_help_step(person, screen)
    clear = screen.help_clear.chips[NONE_APPLY]
    assert clear.text() == "以上都不符合我了"
    # A circumstance and "none of these" contradict each other: the last tap wins.
    person.tap(screen.help_chips.chips[Circumstance.DISABILITY.value])
    person.tap(clear)
    assert screen.help_chips.selected() == [] and clear.isChecked()
    assert screen.help_skip.text() == "保存后，您以前的回答会被删除。"
    person.tap(screen.next_button)
    person.tap(screen.agree_button)
    person.on("result")
    stored = services.workers.get(known.id)
    assert stored.circumstances == []
    assert stored.assistance_grade is AssistanceGrade.NONE
    assert stored.skills == known.skills  # the rest as it was


def test_a_new_answer_replaces_the_stored_one(
    person: Person, services: Services, known: Worker
) -> None:
    screen = _open_by_phone(person)
    _to_help_step(person, screen)
    clear = screen.help_clear.chips[NONE_APPLY]
    person.tap(clear)
    person.tap(screen.help_chips.chips[Circumstance.LONG_TERM_UNEMPLOYED.value])
    assert not clear.isChecked()
    assert screen.help_skip.text() == "保存后，您新选的会代替以前的回答。"
    person.tap(screen.next_button)
    person.tap(screen.agree_button)
    person.on("result")
    stored = services.workers.get(known.id)
    assert stored.circumstances == [Circumstance.LONG_TERM_UNEMPLOYED]
    assert stored.assistance_grade is AssistanceGrade.ATTENTION


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
    assert "王** 139****5678" in person.answer(yes=True)  # a card, too, can be someone else's
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
    person.settle()
    person.answer(yes=True)
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
    _to_help_step(person, screen)
    person.tap(screen.help_clear.chips[NONE_APPLY])
    person.window.wipe()
    assert screen.editing is None
    assert screen.work_chips.selected() == []
    assert screen.help_clear.selected() == [] and not screen.help_clear.isVisibleTo(screen)
    assert screen.phone.text() == ""
