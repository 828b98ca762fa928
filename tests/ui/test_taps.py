"""A bounced or double tap does nothing: real clicks 90 ms apart, as a shaky finger makes them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

import builders
from kiosk.domain.catalogue import OCCUPATIONS
from kiosk.services.container import Services
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.register_screen import RegisterScreen
from tests.ui.people import Person

DOUBLE_TAP_GAP_MS = 90


def test_a_double_tap_on_next_does_not_skip_the_work_step(person: Person, qtbot: QtBot) -> None:
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "13912345678")
    person.type_chinese(screen.name_field, "王建国")
    person.qtbot.waitUntil(lambda: person.window.tap_guard.accepts(screen.next_button))

    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.wait(DOUBLE_TAP_GAP_MS)
    QTest.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    person.settle()

    assert screen.current_step() == "work"
    assert screen.work_chips.isVisible()


def test_a_double_tap_on_the_find_work_tile_switches_on_no_filter(
    person: Person, services: Services, qtbot: QtBot
) -> None:
    employer = builders.employer(services)
    for occ in OCCUPATIONS:
        services.postings.create(
            builders.posting(
                employer.id,
                title=f"{occ.name_zh}招工",
                occupation_code=occ.code,
                skill_tags=list(occ.skill_tags[:1]),
                pay_amount=Decimal("300"),
            )
        )
    window = person.window
    tile = window.home_screen.tiles["find"]
    person.qtbot.waitUntil(lambda: window.tap_guard.accepts(tile))
    spot = tile.mapTo(window, tile.rect().center())

    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.wait(DOUBLE_TAP_GAP_MS)
    under = window.childAt(spot)
    assert under is not None
    QTest.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(window, spot))

    screen = person.on("find_work")
    assert isinstance(screen, FindWorkScreen)
    chips = (screen.when_chips, screen.pay_chips, screen.occupation_chips, screen.district_chips)
    assert [group.selected() for group in chips] == [[], [], [], []]
    assert screen.model.total == len(OCCUPATIONS)


def test_digits_typed_again_and_again_all_arrive(person: Person) -> None:
    """A pad key is meant to be tapped repeatedly: "00" must not lose a zero."""
    person.tap_tile("register")
    screen = person.on("register")
    assert isinstance(screen, RegisterScreen)
    person.type_on_pad(screen.phone_pad, "13900000000")
    assert screen.phone.text() == "13900000000"
