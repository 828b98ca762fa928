"""When the running kiosk looks for expired postings: every 10 minutes and just after midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.domain.expiry import EXPIRY_INTERVAL, next_expiry_check
from kiosk.domain.model import VENUE_TZ


def test_during_the_day_the_next_check_is_ten_minutes_away() -> None:
    now = datetime(2026, 12, 6, 14, 0, tzinfo=VENUE_TZ).astimezone(UTC)
    assert next_expiry_check(now) == now + EXPIRY_INTERVAL


def test_near_midnight_the_next_check_is_just_after_midnight_at_the_venue() -> None:
    now = datetime(2026, 12, 6, 23, 55, tzinfo=VENUE_TZ).astimezone(UTC)
    check = next_expiry_check(now).astimezone(VENUE_TZ)
    assert check.date() == datetime(2026, 12, 7).date()
    assert (check.hour, check.minute) == (0, 0)
    # A posting's last moment (23:59:59 on its last day) is past when that check runs.
    assert check > datetime(2026, 12, 6, 23, 59, 59, tzinfo=VENUE_TZ)
    assert check - now.astimezone(VENUE_TZ) < timedelta(minutes=6)
