"""When staff may act on a posting: open now, and how many of its places are still free.

Check-in, candidates, the lottery, referrals and negotiation records all ask these two
questions, so a posting that is pending review, rejected, closed, filled, suspended or past its
date is refused the same way whichever screen or command asks (issue 12, point 1).
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import VENUE_TZ, ApplicationStatus, PostingStatus

# Applications that take one of a posting's places: a referral is sent to the employer to be
# hired, so it holds the place until it is withdrawn or turns into a hire (or a no-show).
HOLDING_PLACES = frozenset({ApplicationStatus.REFERRED, ApplicationStatus.HIRED})

EXPIRED = "expired"  # the refusal's reason for an open posting whose date has passed


def refusal(
    *, status: str, valid_through: datetime | None, end_date: date, now: datetime
) -> str | None:
    """Why a posting cannot be acted on at `now` (its status, or "expired"), None if it can."""
    if status != PostingStatus.OPEN.value:
        return status
    # An open posting whose date has passed is expired even before the expiry job has run.
    if valid_through is not None and valid_through < now:
        return EXPIRED
    if end_date < now.astimezone(VENUE_TZ).date():
        return EXPIRED
    return None


def require_open(
    *, posting_id: str, status: str, valid_through: datetime | None, end_date: date, now: datetime
) -> None:
    """POSTING_NOT_OPEN (with the reason as `status`) unless the posting is open now."""
    reason = refusal(status=status, valid_through=valid_through, end_date=end_date, now=now)
    if reason is not None:
        raise DomainError(ErrorCode.POSTING_NOT_OPEN, "posting_id", id=posting_id, status=reason)


def places_left(*, headcount: int, referred: int, hired: int, filled: int) -> int:
    """Headcount minus the places referrals and hires hold.

    `filled` is the posting's hire count as synced (hires made at other venues count too), so
    the larger of it and the hires known here is taken.
    """
    return max(0, headcount - referred - max(hired, filled))


def require_place(left: int, *, posting_id: str) -> None:
    if left <= 0:
        raise DomainError(ErrorCode.NO_PLACES_LEFT, "posting_id", id=posting_id)
