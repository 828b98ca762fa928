"""When a running kiosk or board next looks for postings that have expired.

Postings end at the close of their last day at the venue, so the check that matters most is
the one just after midnight venue time; between midnights a posting can also reach its
valid_through cap at any hour, which the regular check catches within EXPIRY_INTERVAL.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from kiosk.domain.model import VENUE_TZ

EXPIRY_INTERVAL = timedelta(minutes=10)
# Timers can fire a little early; a check one second past midnight sees 23:59:59 as past.
MIDNIGHT_MARGIN = timedelta(seconds=1)


def next_expiry_check(now: datetime) -> datetime:
    """The next check after `now` (aware): in EXPIRY_INTERVAL, or at midnight if sooner."""
    local = now.astimezone(VENUE_TZ)
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), VENUE_TZ)
    return min(now + EXPIRY_INTERVAL, midnight.astimezone(now.tzinfo) + MIDNIGHT_MARGIN)
