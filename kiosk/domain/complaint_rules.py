"""When a complaint filed at the kiosk gets its answer: the promise its receipt makes."""

from __future__ import annotations

from datetime import date, timedelta

# Staff look at every complaint within this many working days (the venue's service promise).
ANSWER_WORKING_DAYS = 3
_SATURDAY = 5


def answer_by(filed_on: date) -> date:
    """The last day of the answer period: `ANSWER_WORKING_DAYS` working days after filing.

    Weekends do not count. Public holidays are not known here, so a promise made before one
    is a day or two short; staff answer early rather than late.
    """
    day, left = filed_on, ANSWER_WORKING_DAYS
    while left:
        day += timedelta(days=1)
        if day.weekday() < _SATURDAY:
            left -= 1
    return day
