"""The rule "a posting can be acted on" inside a unit of work, and the postings pickers offer.

Every session action on a posting (employer check-in, candidates, lottery, referral, hire,
negotiation record) goes through `open_posting`, so no caller can act on a posting that is not
open now; `places_left` is the one count of free places, used by referrals and the lottery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from kiosk.domain import actionable
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import VENUE_TZ, ApplicationStatus, PayUnit, PostingStatus
from kiosk.store import postings as posting_store
from kiosk.store.tables import ApplicationRow, EmployerRow, PostingRow


@dataclass(slots=True, frozen=True)
class PostingChoice:
    """A posting as a picker shows it: enough to tell four "保洁员" rows apart."""

    id: str
    title: str
    employer_id: str
    employer_name: str
    pay_amount: Decimal
    pay_unit: PayUnit
    start_date: date
    end_date: date
    places_left: int


def open_posting(session: Session, posting_id: str, *, now: datetime) -> PostingRow:
    """The posting's row if it can be acted on now; NOT_FOUND or POSTING_NOT_OPEN otherwise."""
    row = posting_store.get_row(session, posting_id)
    if row is None or row.deleted_at is not None:
        raise DomainError(ErrorCode.NOT_FOUND, "posting_id", id=posting_id)
    actionable.require_open(
        posting_id=row.id,
        status=row.status,
        valid_through=row.valid_through,
        end_date=row.end_date,
        now=now,
    )
    return row


def places_left(session: Session, row: PostingRow) -> int:
    """Headcount minus the places referrals and hires hold (see kiosk.domain.actionable)."""
    counts = dict(
        session.exec(
            select(ApplicationRow.status, func.count())
            .where(
                ApplicationRow.posting_id == row.id,
                col(ApplicationRow.status).in_([s.value for s in actionable.HOLDING_PLACES]),
            )
            .group_by(ApplicationRow.status)
        ).all()
    )
    return actionable.places_left(
        headcount=row.headcount,
        referred=counts.get(ApplicationStatus.REFERRED.value, 0),
        hired=counts.get(ApplicationStatus.HIRED.value, 0),
        filled=row.filled,
    )


def require_place(session: Session, row: PostingRow) -> None:
    """NO_PLACES_LEFT when referrals and hires already hold every place."""
    actionable.require_place(places_left(session, row), posting_id=row.id)


def choices(
    session: Session, *, now: datetime, employer_ids: list[str] | None = None
) -> list[PostingChoice]:
    """Postings open now (of these employers, if given), by employer and title."""
    today = now.astimezone(VENUE_TZ).date()
    stmt = (
        select(PostingRow, EmployerRow.name)
        .join(EmployerRow, col(EmployerRow.id) == col(PostingRow.employer_id))
        .where(
            PostingRow.status == PostingStatus.OPEN.value,
            col(PostingRow.deleted_at).is_(None),
            col(PostingRow.end_date) >= today,
            or_(col(PostingRow.valid_through).is_(None), col(PostingRow.valid_through) >= now),
        )
        .order_by(col(EmployerRow.name), col(PostingRow.title), col(PostingRow.start_date))
    )
    if employer_ids is not None:
        stmt = stmt.where(col(PostingRow.employer_id).in_(employer_ids))
    return [
        PostingChoice(
            id=row.id,
            title=row.title,
            employer_id=row.employer_id,
            employer_name=name,
            pay_amount=posting_store.from_cents(row.pay_cents),
            pay_unit=PayUnit(row.pay_unit),
            start_date=row.start_date,
            end_date=row.end_date,
            places_left=places_left(session, row),
        )
        for row, name in session.exec(stmt).all()
    ]
