"""A complaint's receipt promises an answer within three working days."""

from __future__ import annotations

from datetime import date

from kiosk.domain.complaint_rules import answer_by


def test_three_working_days_skip_the_weekend() -> None:
    assert answer_by(date(2026, 12, 7)) == date(2026, 12, 10)  # Monday -> Thursday
    assert answer_by(date(2026, 12, 10)) == date(2026, 12, 15)  # Thursday -> Tuesday
    assert answer_by(date(2026, 12, 12)) == date(2026, 12, 16)  # Saturday -> Wednesday
