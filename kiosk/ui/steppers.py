"""Numbers, dates and times a finger can change: a field between large − and + buttons.

Qt's spin boxes and date edits step with two arrows of about 15x15 px stacked in the field's
corner: far below the 60 px touch target of DESIGN.md section 6, and easy to miss on a kiosk.
A stepper hides them (style role "stepped") and puts a full-size button on each side; the field
stays the same QSpinBox / QDateEdit / QTimeEdit, so screens read and set values as before, and a
desk PC with a keyboard can still type into it. A tap on a date opens its calendar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from kiosk.ui.widgets import button

# Holding a button steps again after this long, then this often: a year from 1990 to 1960
# takes about three seconds of holding instead of thirty taps.
REPEAT_DELAY_MS = 400
REPEAT_INTERVAL_MS = 90
CALENDAR_SIZE = (480, 400)  # its day cells about 60 px, like every other target


class Stepper(QWidget):
    """`editor` between a "−" and a "+" button that call `step(-1)` and `step(+1)`."""

    def __init__(self, editor: QAbstractSpinBox, step: Callable[[int], None]) -> None:
        super().__init__()
        self.editor = editor
        self.calendar: QCalendarWidget | None = None  # a date's tap-open calendar
        self._step = step
        # Hidden by the style sheet, not by NoButtons: with a style sheet and NoButtons, Qt
        # gives the spin box's text field a width of one pixel (the number disappears).
        editor.setProperty("role", "stepped")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)  # the value between its − and +
        self.minus = button("−")
        self.plus = button("+")
        for b, direction in ((self.minus, -1), (self.plus, 1)):
            b.setProperty("role", "step")
            b.setAutoRepeat(True)
            b.setAutoRepeatDelay(REPEAT_DELAY_MS)
            b.setAutoRepeatInterval(REPEAT_INTERVAL_MS)
            b.clicked.connect(lambda _=False, d=direction: self._step(d))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.minus)
        layout.addWidget(editor, 1)
        layout.addWidget(self.plus)
        # As wide as its value needs: a stepper stretched across a row is far to reach across.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


def number_stepper(editor: QSpinBox) -> Stepper:
    return Stepper(editor, editor.stepBy)


def date_stepper(editor: QDateEdit) -> Stepper:
    """One day earlier or later per tap; a tap on the date itself opens a calendar."""
    # Qt's own popup stays for its calendar icon (the sign that a calendar is there).
    editor.setCalendarPopup(True)
    _finger_sized(editor.calendarWidget())
    tap = _TapCalendar(editor)
    editor.lineEdit().installEventFilter(tap)
    stepper = Stepper(editor, lambda days: editor.setDate(editor.date().addDays(days)))
    stepper.calendar = tap.calendar
    return stepper


def time_stepper(editor: QTimeEdit, minutes: int = 30) -> Stepper:
    """Half an hour per tap, landing on the half hour (08:10 goes to 08:30, then 09:00)."""

    def step(direction: int) -> None:
        now = editor.time()
        total = now.hour() * 60 + now.minute()
        snapped = (total // minutes) * minutes
        if direction > 0:
            target = snapped + minutes
        else:
            target = snapped - minutes if snapped == total else snapped
        target = max(0, min(24 * 60 - minutes, target))
        editor.setTime(QTime(target // 60, target % 60))

    return Stepper(editor, step)


class _TapCalendar(QObject):
    """A finger-sized calendar that opens when a date edit's text is tapped.

    Qt's own popup opens only from the small arrow at the field's edge; this one opens from
    anywhere on the date, below it, and closes on the day chosen (or a tap elsewhere).
    """

    def __init__(self, editor: QDateEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.calendar = QCalendarWidget(editor)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        _finger_sized(self.calendar)
        self.calendar.clicked.connect(self._on_calendar_clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._editor.isEnabled():
            self.open()
        return False

    def open(self) -> None:
        editor, calendar = self._editor, self.calendar
        calendar.setDateRange(editor.minimumDate(), editor.maximumDate())
        calendar.setSelectedDate(editor.date())
        calendar.adjustSize()
        spot = editor.mapToGlobal(QPoint(0, editor.height()))
        screen = editor.screen().availableGeometry()
        # Below the field if it fits, else above it; never off the screen's edge.
        if spot.y() + calendar.height() > screen.bottom():
            spot.setY(editor.mapToGlobal(QPoint(0, 0)).y() - calendar.height())
        spot.setX(max(screen.left(), min(spot.x(), screen.right() - calendar.width())))
        spot.setY(max(screen.top(), spot.y()))
        calendar.move(spot)
        calendar.show()

    def _on_calendar_clicked(self, day: QDate) -> None:
        self._editor.setDate(day)
        self.calendar.hide()


def _finger_sized(calendar: QCalendarWidget) -> None:
    calendar.setMinimumSize(*CALENDAR_SIZE)
    # Week numbers mean nothing to anyone here, and their column narrows the days.
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
