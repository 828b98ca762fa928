"""Staff-mode fixtures: the kiosk in staff mode with real staff accounts, and a person at it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.model import Employer, StaffUser
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.mode import StaffMode
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.staff_screen import StaffScreen
from tests.ui.people import TIMEOUT_MS, Person

STAFF = ("小王", "1357")
SUPERVISOR = ("李主管", "8642")


class Desk(Person):
    """A staff member at the staff screen: signs in on the PIN pad and opens tools."""

    @property
    def mode(self) -> StaffMode:
        screen = self.window.screens["staff"]
        assert isinstance(screen, StaffScreen)
        return screen.mode

    def sign_in(self, name: str, pin: str) -> None:
        page = self.mode.sign_in
        page.name_field.setText(name)
        self.type_on_pad(page.pad, pin)
        self.tap(page.sign_in_button)
        self.settle()

    def open(self, name: str, arg: object = None) -> StaffPage:
        self.mode.go(name, arg)
        self.settle()
        page = self.mode.current()
        assert page.name == name
        return page

    def tap_row(self, rows: QListWidget, index: int) -> None:
        """Tap a line of a list, where a person would: on the line itself."""
        item = rows.item(index)
        assert item is not None, f"no line {index}"
        self.tap_at(rows.viewport(), rows.visualItemRect(item).center())

    def lines(self, rows: QListWidget) -> list[str]:
        return [rows.item(i).text() for i in range(rows.count())]

    def wait(self, condition: object) -> None:
        self.qtbot.waitUntil(condition, timeout=TIMEOUT_MS)  # type: ignore[arg-type]


@pytest.fixture
def desk(
    qtbot: QtBot, kiosk: KioskShell, staff_id: str, supervisor_id: str, admin: StaffUser
) -> Desk:
    kiosk.window.go("staff")
    person = Desk(qtbot, kiosk)
    person.on("staff")
    return person


@pytest.fixture
def employer(services: Services, admin: StaffUser) -> Employer:
    return services.employers.create(
        Employer(name="好运保洁公司", phone="13900001111"), actor=admin.id
    )
