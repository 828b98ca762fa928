"""Posting rows <-> domain postings, kept in step with the search index."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from kiosk.domain.catalogue import occupation
from kiosk.domain.model import (
    Channel,
    PayUnit,
    Posting,
    PostingStatus,
    ScreeningFlag,
    Settlement,
)
from kiosk.store import search
from kiosk.store.tables import EmployerRow, PostingRow

REINDEX_BATCH = 2000


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


HOURS_PER_DAY = 8


def day_rate_cents(amount: Decimal, unit: PayUnit) -> int:
    if unit is PayUnit.DAY:
        return to_cents(amount)
    if unit is PayUnit.HOUR:
        return to_cents(amount * HOURS_PER_DAY)
    return 0  # a piece rate says nothing about a day's pay


def to_domain(row: Any) -> Posting:
    """A domain posting from a PostingRow or a Core result row with the same columns."""
    return Posting(
        id=row.id,
        employer_id=row.employer_id,
        title=row.title,
        occupation_code=row.occupation_code,
        skill_tags=list(row.skill_tags),
        description=row.description,
        requirements=row.requirements,
        district=row.district,
        workplace=row.workplace,
        pay_amount=from_cents(row.pay_cents),
        pay_unit=PayUnit(row.pay_unit),
        settlement=Settlement(row.settlement),
        start_date=row.start_date,
        end_date=row.end_date,
        start_time=row.start_time,
        end_time=row.end_time,
        headcount=row.headcount,
        filled=row.filled,
        meals=row.meals,
        transport=row.transport,
        deductions=row.deductions,
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        status=PostingStatus(row.status),
        flags=[ScreeningFlag(**f) for f in row.flags],
        valid_through=row.valid_through,
        source_channel=Channel(row.source_channel),
        venue_id=row.venue_id,
        review_note=row.review_note,
        created_at=row.created_at,
        updated_at=row.updated_at,
        origin_device=row.origin_device,
        server_version=row.server_version,
    )


def row_values(p: Posting) -> dict[str, Any]:
    """Column values of a domain posting (everything but the row number)."""
    return {
        "id": p.id,
        "employer_id": p.employer_id,
        "title": p.title,
        "occupation_code": p.occupation_code,
        "skill_tags": list(p.skill_tags),
        "description": p.description,
        "requirements": p.requirements,
        "district": p.district,
        "workplace": p.workplace,
        "pay_cents": to_cents(p.pay_amount),
        "day_rate_cents": day_rate_cents(p.pay_amount, p.pay_unit),
        "pay_unit": p.pay_unit.value,
        "settlement": p.settlement.value,
        "start_date": p.start_date,
        "end_date": p.end_date,
        "start_time": p.start_time,
        "end_time": p.end_time,
        "headcount": p.headcount,
        "filled": p.filled,
        "meals": p.meals,
        "transport": p.transport,
        "deductions": p.deductions,
        "contact_name": p.contact_name,
        "contact_phone": p.contact_phone,
        "status": p.status.value,
        "flags": [{"code": f.code, "field": f.field, "detail": f.detail} for f in p.flags],
        "valid_through": p.valid_through,
        "source_channel": p.source_channel.value,
        "venue_id": p.venue_id,
        "review_note": p.review_note,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
        "origin_device": p.origin_device,
        "server_version": p.server_version,
    }


def index_body(row: Any, employer_name: str) -> str:
    """The search text of a posting row (ORM or Core) and its employer's name."""
    occ = occupation(row.occupation_code)
    names = (occ.name_zh, occ.name_en) if occ else ()
    return search.posting_body(
        title=row.title,
        description=row.description,
        skill_tags=list(row.skill_tags),
        employer_name=employer_name,
        district=row.district,
        workplace=row.workplace,
        occupation_names=names,
    )


def save(session: Session, posting: Posting, *, demo: bool = False) -> PostingRow:
    """Insert or update a posting and its search entry in the caller's transaction."""
    row = session.exec(select(PostingRow).where(PostingRow.id == posting.id)).first()
    values = row_values(posting)
    if row is None:
        row = PostingRow(**values, demo=demo)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.add(row)
    session.flush()
    employer = session.get(EmployerRow, posting.employer_id)
    assert row.num is not None
    search.upsert_index(session, row.num, index_body(row, employer.name if employer else ""))
    return row


def insert(session: Session, posting: Posting, *, employer_name: str, demo: bool = False) -> int:
    """Insert a new posting and its search entry; returns its row number.

    A Core insert: seeding and first syncs add postings by the hundred thousand.
    """
    table = PostingRow.__table__  # type: ignore[attr-defined]
    values = row_values(posting)
    result = session.connection().execute(table.insert(), {**values, "demo": demo})
    key = result.inserted_primary_key
    assert key is not None
    num = int(key[0])
    body = index_body(posting, employer_name)
    search.insert_index(session, num, body)
    return num


def get_row(session: Session, posting_id: str) -> PostingRow | None:
    return session.exec(select(PostingRow).where(PostingRow.id == posting_id)).first()


def by_nums(session: Session, nums: list[int]) -> list[Posting]:
    """Postings for search results, in the order the search returned them.

    Reads plain Core rows: building ORM objects for a page of results cost more than the search.
    """
    if not nums:
        return []
    table = PostingRow.__table__  # type: ignore[attr-defined]
    rows = session.connection().execute(sa_select(table).where(table.c.num.in_(nums)))
    by_num = {r.num: r for r in rows}
    return [to_domain(by_num[n]) for n in nums if n in by_num]


def reindex_all(conn: Connection) -> int:
    """Rebuild the whole search index from the posting table (used by migrations and `db check`).

    Rows are read in batches as plain rows: ORM objects for 100,000 postings took a kiosk's
    upgrade (migration 0010) to 590 MB and 11 s.
    """
    conn.execute(text("DELETE FROM posting_fts"))
    employers: dict[str, str] = {
        row[0]: row[1] for row in conn.execute(text("SELECT id, name FROM employer"))
    }
    table = PostingRow.__table__  # type: ignore[attr-defined]
    rows = conn.execution_options(yield_per=REINDEX_BATCH).execute(sa_select(table))
    count = 0
    for batch in rows.partitions():
        bodies = [(r.num, index_body(r, employers.get(r.employer_id, ""))) for r in batch]
        search.insert_index_rows(conn, bodies)
        count += len(bodies)
    return count
