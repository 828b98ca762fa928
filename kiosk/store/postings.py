"""Posting rows <-> domain postings, kept in step with the search index."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text
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


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def to_domain(row: PostingRow) -> Posting:
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


def _body(row: PostingRow, employer_name: str) -> str:
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
    search.upsert_index(session, row.num, _body(row, employer.name if employer else ""))
    return row


def insert(session: Session, posting: Posting, *, demo: bool = False) -> PostingRow:
    """Insert a new posting and its search entry (no look-up first: the id is new)."""
    row = PostingRow(**row_values(posting), demo=demo)
    session.add(row)
    session.flush()
    employer = session.get(EmployerRow, posting.employer_id)
    assert row.num is not None
    search.insert_index(session, row.num, _body(row, employer.name if employer else ""))
    return row


def get_row(session: Session, posting_id: str) -> PostingRow | None:
    return session.exec(select(PostingRow).where(PostingRow.id == posting_id)).first()


def by_nums(session: Session, nums: list[int]) -> list[PostingRow]:
    """Rows for search results, kept in the order the search returned them."""
    if not nums:
        return []
    rows = session.exec(select(PostingRow).where(PostingRow.num.in_(nums))).all()  # type: ignore[union-attr]
    by_num = {r.num: r for r in rows}
    return [by_num[n] for n in nums if n in by_num]


def reindex_all(conn: Connection) -> int:
    """Rebuild the whole search index from the posting table (used by migrations and `db check`)."""
    conn.execute(text("DELETE FROM posting_fts"))
    employers = dict(conn.execute(text("SELECT id, name FROM employer")).all())
    count = 0
    with Session(bind=conn) as session:
        for row in session.exec(select(PostingRow)):
            assert row.num is not None
            body = _body(row, employers.get(row.employer_id, ""))
            conn.execute(
                text("INSERT INTO posting_fts(rowid, body) VALUES (:n, :b)"),
                {"n": row.num, "b": body},
            )
            count += 1
    return count

