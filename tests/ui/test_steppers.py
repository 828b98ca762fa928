"""Steppers: a number, date or time changed by large − and + buttons a finger can hit."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QSpinBox, QTimeEdit
from pytestqt.qtbot import QtBot

from kiosk.ui.steppers import date_stepper, number_stepper, time_stepper


def _tap(qtbot: QtBot, widget: object, times: int = 1) -> None:
    for _ in range(times):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_number_steps_by_one_and_stops_at_its_limits(qtbot: QtBot) -> None:
    spin = QSpinBox()
    spin.setRange(1, 3)
    stepper = number_stepper(spin)
    qtbot.addWidget(stepper)
    _tap(qtbot, stepper.plus, 4)
    assert spin.value() == 3
    _tap(qtbot, stepper.minus)
    assert spin.value() == 2


def test_a_date_moves_a_day_per_tap_across_a_month_end(qtbot: QtBot) -> None:
    edit = QDateEdit(QDate(2026, 11, 29))
    stepper = date_stepper(edit)
    qtbot.addWidget(stepper)
    _tap(qtbot, stepper.plus, 3)
    assert edit.date() == QDate(2026, 12, 2)
    _tap(qtbot, stepper.minus)
    assert edit.date() == QDate(2026, 12, 1)


def test_a_time_moves_by_half_hours_and_lands_on_them(qtbot: QtBot) -> None:
    edit = QTimeEdit(QTime(8, 10))
    stepper = time_stepper(edit)
    qtbot.addWidget(stepper)
    _tap(qtbot, stepper.plus)
    assert edit.time() == QTime(8, 30)
    _tap(qtbot, stepper.plus)
    assert edit.time() == QTime(9, 0)
    edit.setTime(QTime(8, 10))
    _tap(qtbot, stepper.minus)
    assert edit.time() == QTime(8, 0)
    _tap(qtbot, stepper.minus)
    assert edit.time() == QTime(7, 30)
    edit.setTime(QTime(0, 0))
    _tap(qtbot, stepper.minus)
    assert edit.time() == QTime(0, 0)  # never wraps round to the evening before
    edit.setTime(QTime(23, 45))
    _tap(qtbot, stepper.plus)
    assert edit.time() == QTime(23, 30)


def test_holding_a_button_keeps_stepping(qtbot: QtBot) -> None:
    spin = QSpinBox()
    spin.setRange(1930, 2015)
    spin.setValue(1990)
    stepper = number_stepper(spin)
    qtbot.addWidget(stepper)
    stepper.show()
    qtbot.mousePress(stepper.minus, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: spin.value() <= 1985, timeout=3000)
    qtbot.mouseRelease(stepper.minus, Qt.MouseButton.LeftButton)
    assert not stepper.minus.isDown()  # let go: the repeat stops with the press


def test_a_tap_on_the_date_opens_its_calendar(qtbot: QtBot) -> None:
    edit = QDateEdit(QDate(2026, 12, 6))
    stepper = date_stepper(edit)
    qtbot.addWidget(stepper)
    stepper.show()
    _tap(qtbot, edit.lineEdit())
    calendar = stepper.calendar
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.width() >= 480 and calendar.selectedDate() == QDate(2026, 12, 6)
    calendar.clicked.emit(QDate(2026, 12, 24))  # what a tap on a day sends
    assert edit.date() == QDate(2026, 12, 24)
    assert not calendar.isVisible()
