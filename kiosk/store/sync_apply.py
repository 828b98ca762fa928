"""Apply records pulled from the registry to the kiosk's tables, idempotently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from itertools import groupby
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import JSON, Date, DateTime, Dialect, Time, func, text
from sqlmodel import Session, SQLModel, col, select

from kiosk.domain.model import utcnow
from kiosk.store import outbox
from kiosk.store import postings as posting_store
from kiosk.store.tables import (
    ApplicationRow,
    AssistanceCaseRow,
    CheckInRow,
    ComplaintRow,
    DeviceKeyRow,
    EmployerRow,
    EnrollmentRow,
    FollowUpRow,
    MatchSessionRow,
    NegotiationRow,
    OutboxOpRow,
    PostingRow,
    SkillWishRow,
    TrainingCourseRow,
    VenueRow,
    WorkerRow,
)
from kiosk.store.types import UTCDateTime

# Parents before children: a page is applied in this order, so foreign keys always hold.
TABLES: dict[str, type[SQLModel]] = {
    "venue": VenueRow,
    "device_key": DeviceKeyRow,
    "employer": EmployerRow,
    "training_course": TrainingCourseRow,
    "worker": WorkerRow,
    "posting": PostingRow,
    "match_session": MatchSessionRow,
    "application": ApplicationRow,
    "enrollment": EnrollmentRow,
    "check_in": CheckInRow,
    "negotiation": NegotiationRow,
    "assistance_case": AssistanceCaseRow,
    "follow_up": FollowUpRow,
    "complaint": ComplaintRow,
    "skill_wish": SkillWishRow,
}
RANK = {name: i for i, name in enumerate(TABLES)}
# Natural keys: a pulled row wins over a local row that the registry refused as a duplicate.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "application": ("worker_id", "posting_id"),
    "enrollment": ("course_id", "worker_id"),
    "complaint": ("reference",),
}
LOCAL_ONLY = frozenset({"num", "demo"})


@dataclass(slots=True, frozen=True)
class PulledRecord:
    """One record as the registry holds it now (a page entry or a rejected op's truth)."""

    entity: str
    id: str
    version: int
    data: dict[str, Any]
    deleted: bool = False


def _parse_datetime(raw: Any) -> Any:
    if raw is None or isinstance(raw, datetime):
        return raw
    value = datetime.fromisoformat(str(raw))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _parse(kind: Any, raw: Any) -> Any:
    if raw is None:
        return None
    if isinstance(kind, UTCDateTime | DateTime):
        return _parse_datetime(raw)
    if isinstance(kind, Date) and isinstance(raw, str):
        return date.fromisoformat(raw[:10])
    if isinstance(kind, Time) and isinstance(raw, str):
        return time.fromisoformat(raw)
    return raw


@cache
def _columns(table: type[SQLModel]) -> dict[str, Any]:
    return {
        c.name: c.type
        for c in table.__table__.columns  # type: ignore[attr-defined]
        if c.name not in LOCAL_ONLY
    }


def row_values(table: type[SQLModel], rec: PulledRecord) -> dict[str, Any]:
    """Column values of a pulled record: known columns only, typed, with the server fields."""
    values: dict[str, Any] = {}
    columns = _columns(table)
    data = rec.data
    for name, kind in columns.items():
        if name not in data:
            continue
        raw = data[name]
        values[name] = raw if raw is None or isinstance(kind, JSON) else _parse(kind, raw)
    if "server_version" in columns:
        values["server_version"] = rec.version
    if "deleted_at" in columns:
        values["deleted_at"] = _parse_datetime(rec.data.get("deleted_at")) or (
            utcnow() if rec.deleted else None
        )
    if table is DeviceKeyRow:
        values["device_id"] = rec.id
    else:
        values["id"] = rec.id
    return values


def pending_keys(session: Session) -> set[tuple[str, str]]:
    """Records with local changes not yet pushed: a pull must not overwrite them."""
    rows = session.exec(
        select(OutboxOpRow.entity, OutboxOpRow.entity_id).where(OutboxOpRow.state == outbox.PENDING)
    )
    return {(e, i) for e, i in rows}


def apply_records(
    session: Session,
    records: Iterable[PulledRecord],
    *,
    force: bool = False,
    skip: set[tuple[str, str]] | None = None,
) -> int:
    """Upsert records newer than the local copy; returns how many rows changed.

    `force` applies the registry's copy even at the same version (the truth after a refused op).
    """
    skip = pending_keys(session) if skip is None else skip
    todo = sorted(
        (r for r in records if r.entity in TABLES and (r.entity, r.id) not in skip),
        key=lambda r: RANK[r.entity],
    )
    changed = 0
    for entity, group in groupby(todo, key=lambda r: r.entity):
        if entity == "posting":
            changed += _apply_postings(session, list(group), force=force)
        else:
            changed += sum(_upsert(session, rec, force=force) for rec in group)
    return changed


def _current_version(row: Any) -> int:
    return int(getattr(row, "server_version", 0) or 0)


def _upsert(session: Session, rec: PulledRecord, *, force: bool) -> int:
    table = TABLES[rec.entity]
    row = session.get(table, rec.id)
    if row is not None and not force and _current_version(row) >= rec.version:
        return 0
    values = row_values(table, rec)
    if row is None:
        _drop_conflicting(session, rec.entity, table, values)
        session.add(table(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
        session.add(row)
    session.flush()
    return 1


def _drop_conflicting(
    session: Session, entity: str, table: type[SQLModel], values: dict[str, Any]
) -> None:
    """A local row the registry refused as a duplicate gives way to the registry's row."""
    key = NATURAL_KEYS.get(entity)
    if not key or any(k not in values for k in key):
        return
    stmt = select(table)
    for name in key:
        stmt = stmt.where(getattr(table, name) == values[name])
    for other in session.exec(stmt):
        if other.id != values["id"]:  # type: ignore[attr-defined]
            session.delete(other)
    session.flush()


def _apply_postings(session: Session, recs: list[PulledRecord], *, force: bool) -> int:
    """Postings keep the search index in step; new ones go in as one bulk insert."""
    if not recs:
        return 0
    existing = _posting_versions(session, [r.id for r in recs])
    fresh: dict[str, dict[str, Any]] = {}
    changed = 0
    for rec in recs:
        values = row_values(PostingRow, rec)
        if rec.id not in existing:
            fresh[rec.id] = values
            continue
        if not force and existing[rec.id] >= rec.version:
            continue
        row = posting_store.get_row(session, rec.id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
        posting_store.save(session, posting_store.to_domain(row), demo=row.demo)
        changed += 1
    if fresh:
        _insert_postings(session, list(fresh.values()))
    return changed + len(fresh)


def _insert_postings(session: Session, rows: list[dict[str, Any]]) -> None:
    full = [{**_posting_defaults(), **r} for r in rows]
    top = session.exec(select(func.coalesce(func.max(PostingRow.num), 0))).one()
    # A driver-level executemany with the column types' own bind processors: ORM objects
    # row by row, or even Core's per-row parameter handling, would dominate an initial sync.
    conn = session.connection()
    sql, columns, processors = _posting_insert(conn.dialect)
    params = [
        tuple(
            proc(r[n]) if proc is not None else r[n]
            for n, proc in zip(columns, processors, strict=True)
        )
        for r in full
    ]
    conn.exec_driver_sql(sql, params)
    names = dict(
        session.exec(
            select(EmployerRow.id, EmployerRow.name).where(
                col(EmployerRow.id).in_({r["employer_id"] for r in rows})
            )
        ).all()
    )
    by_id = {r["id"]: r for r in full}
    # Rows just inserted are the ones numbered above the previous maximum.
    found = session.exec(select(PostingRow.id, PostingRow.num).where(col(PostingRow.num) > top))
    nums = {i: int(n or 0) for i, n in found}
    bodies = [
        {
            "n": nums[pid],
            "b": posting_store.index_body(
                cast(PostingRow, SimpleNamespace(**values)), names.get(values["employer_id"], "")
            ),
        }
        for pid, values in by_id.items()
    ]
    session.connection().execute(
        text("INSERT INTO posting_fts(rowid, body) VALUES (:n, :b)"), bodies
    )


def _posting_versions(session: Session, ids: list[str]) -> dict[str, int]:
    """Local server_version of the postings among `ids` that this kiosk already has.

    IN lists of a few hundred ids on the unique index: a full scan per page made an initial
    sync of 100,000 postings quadratic.
    """
    out: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        rows = session.exec(
            select(PostingRow.id, PostingRow.server_version).where(
                col(PostingRow.id).in_(ids[start : start + 500])
            )
        )
        out.update((i, int(v or 0)) for i, v in rows)
    return out


@cache
def _posting_insert(dialect: Dialect) -> tuple[str, list[str], list[Any]]:
    """INSERT for every posting column but `num`, in the dialect's own value formats."""
    table = PostingRow.__table__  # type: ignore[attr-defined]
    columns = [c for c in table.columns if c.name != "num"]
    names = [c.name for c in columns]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    return sql, names, processors


@cache
def _posting_defaults() -> dict[str, Any]:
    return PostingRow(
        employer_id="", title="", occupation_code="", district="", workplace="", pay_cents=0,
        pay_unit="day", settlement="same_day", start_date=date.min, end_date=date.min,
        headcount=1,
    ).model_dump(exclude={"num", "id", "created_at", "updated_at"})  # fmt: skip
