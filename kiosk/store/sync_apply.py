"""Apply records pulled from the registry to the kiosk's tables, idempotently."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from itertools import groupby
from typing import Any, cast

from sqlalchemy import JSON, Date, DateTime, Time, delete, func, tuple_, update
from sqlmodel import Session, SQLModel, col, select

from kiosk.domain import contract
from kiosk.domain.contract import Entity
from kiosk.domain.model import PayUnit, utcnow
from kiosk.store import outbox, search, sqlite_rows
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
    SetAsideRow,
    SkillWishRow,
    TrainingCourseRow,
    VenueRow,
    WorkerRow,
)
from kiosk.store.types import UTCDateTime

log = logging.getLogger(__name__)

# Parents before children: a page is applied in this order, so foreign keys always hold.
TABLES: dict[str, type[SQLModel]] = {
    Entity.VENUE: VenueRow,
    Entity.DEVICE_KEY: DeviceKeyRow,
    Entity.EMPLOYER: EmployerRow,
    Entity.TRAINING_COURSE: TrainingCourseRow,
    Entity.WORKER: WorkerRow,
    Entity.POSTING: PostingRow,
    Entity.MATCH_SESSION: MatchSessionRow,
    Entity.APPLICATION: ApplicationRow,
    Entity.ENROLLMENT: EnrollmentRow,
    Entity.CHECK_IN: CheckInRow,
    Entity.NEGOTIATION: NegotiationRow,
    Entity.ASSISTANCE_CASE: AssistanceCaseRow,
    Entity.FOLLOW_UP: FollowUpRow,
    Entity.COMPLAINT: ComplaintRow,
    Entity.SKILL_WISH: SkillWishRow,
}
RANK = {name: i for i, name in enumerate(TABLES)}
# Natural keys: a pulled row wins over a local row that the registry refused as a duplicate.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "application": ("worker_id", "posting_id"),
    "enrollment": ("course_id", "worker_id"),
}
LOCAL_ONLY = frozenset({"num", "demo"})
# What a kiosk keeps of a worker the registry erased (the worker's right to erasure): the id,
# so records pointing at it stay whole, and nothing personal.
WORKER_ERASED: dict[str, Any] = {
    "display_name": "", "phone": "", "birth_year": None, "skills": [], "districts": [],
    "available_dates": [], "expected_pay_cents": None, "languages": [], "circumstances": [],
    "assistance_grade": 0, "assistance_reasons": [], "card_code": "", "consent_at": None,
}  # fmt: skip


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
    if rec.deleted and table is WorkerRow:
        values.update(WORKER_ERASED)
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
    A record that breaks the sync contract is set aside instead (see `set_aside`), and so is
    one whose parent is set aside: the rest still apply.
    """
    skip = pending_keys(session) if skip is None else skip
    wanted = [r for r in records if r.entity in TABLES and (r.entity, r.id) not in skip]
    todo = sorted(_keep_or_set_aside(session, wanted), key=lambda r: RANK[r.entity])
    changed = 0
    for entity, group in groupby(todo, key=lambda r: r.entity):
        if entity == "posting":
            changed += _apply_postings(session, list(group), force=force)
        else:
            changed += _apply_others(session, entity, list(group), force=force)
    _scrub_erased(session, [r.id for r in todo if r.entity == "worker" and r.deleted])
    return changed + _retake(session, todo, force=force, skip=skip)


def _problem(rec: PulledRecord) -> contract.Problem | None:
    # A tombstone keeps only what records pointing at it need (an erased worker's id).
    return contract.check(Entity(rec.entity), rec.data, partial=rec.deleted)


def _keep_or_set_aside(session: Session, recs: list[PulledRecord]) -> list[PulledRecord]:
    """The records this kiosk can apply; the others go to the set-aside table.

    Parents come before children in `TABLES`, so a child meets its parent's fate first: a
    record whose parent is set aside (now or earlier), or neither here nor on its way, waits
    beside it, or its foreign key would stop the page.
    """
    aside: dict[tuple[str, str], tuple[PulledRecord, str]] = {}
    for rec in recs:
        problem = _problem(rec)
        if problem is not None:
            aside[(rec.entity, rec.id)] = (rec, str(problem))
    arriving = {(r.entity, r.id) for r in recs} - set(aside)
    waiting = _set_aside_keys(session)
    # What a record may not point at: what waits aside and does not arrive whole now.
    blocked = (waiting | set(aside)) - arriving
    linked = [
        (rec, _links(rec))
        for rec in sorted(recs, key=lambda r: RANK[r.entity])
        if (rec.entity, rec.id) in arriving
    ]
    reachable = arriving | _present_parents(session, linked, arriving)
    kept: list[PulledRecord] = []
    for rec, links in linked:
        why = _parent_problem(links, blocked, reachable) if links else None
        if why is not None:
            aside[(rec.entity, rec.id)] = (rec, why)
            blocked.add((rec.entity, rec.id))
            continue
        kept.append(rec)
    if aside:
        _set_aside(session, list(aside.values()))
    if waiting:
        _release(session, [(r.entity, r.id) for r in kept])
    return kept


Link = tuple[str, Any, str]
# How a record that waits for its parent says so (after "field: "), for the sync page.
SET_ASIDE_PARENT, MISSING_PARENT = "set aside", "missing"
PARENT_PROBLEMS = frozenset({SET_ASIDE_PARENT, MISSING_PARENT})


def _links(rec: PulledRecord) -> list[Link]:
    """(field, the parent column its foreign key names, the value) of each link `rec` has."""
    data = rec.data
    return [
        (name, column, str(data[name]))
        for name, column in foreign_keys(rec.entity)
        if data.get(name) is not None
    ]


def _present_parents(
    session: Session, linked: list[tuple[PulledRecord, list[Link]]], arriving: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """The parents the records point at that this kiosk holds already (one query per link)."""
    wanted: dict[Any, set[str]] = {}
    for _rec, links in linked:
        for _name, column, value in links:
            if (column.table.name, value) not in arriving:
                wanted.setdefault(column, set()).add(value)
    found: set[tuple[str, str]] = set()
    for column, values in wanted.items():
        ordered = sorted(values)
        for start in range(0, len(ordered), 500):
            rows = session.connection().execute(
                select(column).where(column.in_(ordered[start : start + 500]))
            )
            found.update((column.table.name, str(v)) for (v,) in rows)
    return found


def _parent_problem(
    links: list[Link], blocked: set[tuple[str, str]], reachable: set[tuple[str, str]]
) -> str | None:
    for name, column, value in links:
        if (column.table.name, value) in blocked:
            return f"{name}: {SET_ASIDE_PARENT}"
        if (column.table.name, value) not in reachable:
            return f"{name}: {MISSING_PARENT}"
    return None


def _held_parent(rec: PulledRecord, held: set[tuple[str, str]]) -> str | None:
    """The foreign key of `rec` that names one of `held`, if any."""
    for name, column, value in _links(rec):
        if (column.table.name, value) in held:
            return str(name)
    return None


def retake_children(
    session: Session, entity: str, ids: list[str], *, skip: set[tuple[str, str]]
) -> int:
    """Records set aside for want of one of these records (just inserted) are applied now."""
    return _retake(session, [PulledRecord(entity, i, 0, {}) for i in ids], force=False, skip=skip)


@cache
def foreign_keys(entity: str) -> tuple[tuple[str, Any], ...]:
    """(field, the parent column its foreign key names) of each link an entity's rows have."""
    # In column order: a set's order would name a different field on each run.
    table = TABLES[entity].__table__  # type: ignore[attr-defined]
    return tuple((c.name, fk.column) for c in table.columns for fk in c.foreign_keys)


def _set_aside_keys(session: Session) -> set[tuple[str, str]]:
    rows = session.exec(select(SetAsideRow.entity, SetAsideRow.id))
    return {(e, i) for e, i in rows}


def _set_aside(session: Session, recs: list[tuple[PulledRecord, str]]) -> None:
    """Keep what could not be applied, as it came, with why (field names only in the log)."""
    for rec, problem in recs:
        log.warning("pulled %s %s set aside: %s", rec.entity, rec.id, problem)
        row = session.get(SetAsideRow, (rec.entity, rec.id))
        if row is None:
            row = SetAsideRow(entity=rec.entity, id=rec.id, version=rec.version, problem=problem)
        row.version, row.data, row.problem, row.set_aside_at = (
            rec.version,
            rec.data,
            problem,
            utcnow(),
        )
        session.add(row)
    session.flush()


def _release(session: Session, keys: list[tuple[str, str]]) -> None:
    """A record that arrives whole again leaves the set-aside table."""
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        session.connection().execute(
            delete(SetAsideRow).where(
                tuple_(col(SetAsideRow.entity), col(SetAsideRow.id)).in_(chunk)
            )
        )


def _retake(
    session: Session, applied: list[PulledRecord], *, force: bool, skip: set[tuple[str, str]]
) -> int:
    """Records set aside only for a parent that has now arrived whole are applied too."""
    if not applied or not _set_aside_keys(session):
        return 0
    parents = {(r.entity, r.id) for r in applied}
    waiting = [
        PulledRecord(row.entity, row.id, row.version, row.data)
        for row in session.exec(select(SetAsideRow))
        if row.entity in TABLES
    ]
    ready = [
        r for r in waiting
        if _problem(r) is None and _held_parent(r, parents) is not None
    ]  # fmt: skip
    return apply_records(session, ready, force=force, skip=skip) if ready else 0


@dataclass(slots=True, frozen=True)
class SetAside:
    """A pulled record set aside, as staff see it: its kind, a name and what was wrong."""

    entity: str
    id: str
    label: str
    problem: str


def set_aside(session: Session, *, limit: int = 50) -> tuple[int, list[SetAside]]:
    """How many pulled records wait set aside, and the newest of them."""
    total = session.exec(select(func.count()).select_from(SetAsideRow)).one()
    rows = session.exec(
        select(SetAsideRow).order_by(col(SetAsideRow.set_aside_at).desc()).limit(limit)
    )
    return int(total), [SetAside(r.entity, r.id, _label(r), r.problem) for r in rows]


def _label(row: SetAsideRow) -> str:
    """What staff know the record by, nothing personal: a posting's or employer's name."""
    for name in ("title", "name", "reference"):
        value = row.data.get(name)
        if isinstance(value, str) and value and row.entity != Entity.WORKER:
            return value[:40]
    return row.id[:8]


def _scrub_erased(session: Session, worker_ids: list[str]) -> None:
    """Ops already sent for an erased worker keep no copy of the personal data they carried."""
    for start in range(0, len(worker_ids), 500):
        session.connection().execute(
            update(OutboxOpRow)
            .where(
                col(OutboxOpRow.entity) == "worker",
                col(OutboxOpRow.entity_id).in_(worker_ids[start : start + 500]),
                col(OutboxOpRow.state) != outbox.PENDING,
            )
            .values(payload={})
        )


def _apply_others(session: Session, entity: str, recs: list[PulledRecord], *, force: bool) -> int:
    """Records new to this kiosk go in as one bulk insert; the rest are merged one by one.

    Entities with a natural key take the slow path: a local row the registry refused as a
    duplicate must give way first.
    """
    table = TABLES[entity]
    if entity in NATURAL_KEYS:
        return sum(_upsert(session, rec, force=force) for rec in recs)
    known = _known_ids(session, table, [r.id for r in recs])
    fresh = {r.id: r for r in recs if r.id not in known}
    if fresh:
        _bulk_insert(session, table, list(fresh.values()))
    rest = [r for r in recs if r.id in known]
    return len(fresh) + sum(_upsert(session, rec, force=force) for rec in rest)


def _known_ids(session: Session, table: type[SQLModel], ids: list[str]) -> set[str]:
    key = "device_id" if table is DeviceKeyRow else "id"
    sql = f"SELECT {key} FROM {table.__tablename__}"
    return {i for (i,) in _in_json(session.connection(), sql, key, ids)}


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


def with_parents(session: Session, records: list[PulledRecord]) -> list[PulledRecord]:
    """The records whose parents (the rows their foreign keys name) this kiosk has.

    A refused op's truth may point at a record of another venue this kiosk has not pulled yet
    (the worker it registered again, whom the registry merged); it arrives with its parents at
    the next pull, in order.
    """
    kept = []
    for rec in records:
        table = TABLES.get(rec.entity)
        if table is None:
            continue
        foreign_keys = table.__table__.foreign_keys  # type: ignore[attr-defined]
        if all(_has(session, fk.column, rec.data.get(fk.parent.name)) for fk in foreign_keys):
            kept.append(rec)
    return kept


def _has(session: Session, column: Any, value: Any) -> bool:
    """A foreign key's value is empty or names a row this kiosk holds."""
    if value is None:
        return True
    found = session.connection().execute(select(column).where(column == value).limit(1))
    return found.first() is not None


def drop_refused(session: Session, records: list[tuple[str, str]]) -> None:
    """Delete local records whose create the registry refused for another one it holds.

    Only records with a natural key (an application, a sign-up): the registry refused them as
    a second one for the same worker and posting or course. The natural-key match of
    `_drop_conflicting` misses one whose worker was a duplicate the registry merged (another
    id for the same person), so the refused record is named here by its own id.
    """
    for entity, record_id in records:
        table = TABLES.get(entity)
        if entity not in NATURAL_KEYS or table is None:
            continue
        row = session.get(table, record_id)
        if row is not None:
            session.delete(row)
    session.flush()


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
    fresh: dict[str, PulledRecord] = {}
    changed = 0
    for rec in recs:
        if rec.id not in existing:
            fresh[rec.id] = rec
            continue
        if not force and existing[rec.id] >= rec.version:
            continue
        row = posting_store.get_row(session, rec.id)
        assert row is not None
        for key, value in row_values(PostingRow, rec).items():
            setattr(row, key, value)
        posting_store.save(session, posting_store.to_domain(row), demo=row.demo)
        changed += 1
    if fresh:
        _insert_postings(session, list(fresh.values()))
    return changed + len(fresh)


def _insert_postings(session: Session, recs: list[PulledRecord]) -> None:
    conn = session.connection()
    top: int = conn.exec_driver_sql("SELECT coalesce(max(num), 0) FROM posting").scalar_one()
    # `num` is the rowid: numbering the new rows here is what SQLite would do, and gives the
    # search index its rowids without reading the rows back.
    nums = iter(range(top + 1, top + len(recs) + 1))

    def prepare(values: dict[str, Any]) -> None:
        values["num"] = next(nums)
        values["day_rate_cents"] = day_rate_cents(int(values["pay_cents"]), values["pay_unit"])

    merged = _bulk_insert(session, PostingRow, recs, prepare)
    employers = {m["employer_id"] for m in merged}
    names = dict(_in_json(conn, "SELECT id, name FROM employer", "id", employers))
    bodies = [
        (m["num"], posting_store.index_body(_Fields(m), names.get(m["employer_id"], "")))
        for m in merged
    ]
    search.insert_index_rows(conn, bodies)


class _Fields:
    """A row's values (a dict) read as attributes, for `index_body`, without copying them."""

    __slots__ = ("_values",)

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        return self._values[name]


@cache
def day_rate_cents(pay_cents: int, pay_unit: str) -> int:
    """The pay sort key, derived locally (the registry does not send it); pay figures repeat."""
    return posting_store.day_rate_cents(posting_store.from_cents(pay_cents), PayUnit(pay_unit))


def _in_json(conn: Any, sql: str, key: str, keys: Iterable[str]) -> list[Any]:
    """Rows of `sql` (a SELECT without WHERE) whose column `key` is one of `keys`.

    One statement for any number of keys (on the key's index), the list travelling as one JSON
    parameter: IN lists of a few hundred bound values cost SQLAlchemy more to build than
    SQLite to answer.
    """
    query = f"{sql} WHERE {key} IN (SELECT value FROM json_each(?))"
    return list(conn.exec_driver_sql(query, (json.dumps(list(keys)),)))


def _bulk_insert(
    session: Session,
    table: type[SQLModel],
    recs: list[PulledRecord],
    prepare: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Insert records the kiosk does not have yet, all at once; returns their rows.

    Each row is the record's JSON over the table's defaults, with the fields this kiosk
    keeps for itself (`LOCAL_ONLY`) and the server's version and tombstone.
    """
    defaults = fresh_defaults(table)
    local, key = _defaults(table)[2:]
    columns = set(sqlite_rows.column_names(table))
    rows: list[dict[str, Any]] = []
    for rec in recs:
        values = {**defaults, **rec.data, **local}
        values[key] = rec.id
        if rec.deleted and table is WorkerRow:
            values.update(WORKER_ERASED)
        if "server_version" in columns:
            values["server_version"] = rec.version
        if "deleted_at" in columns and rec.deleted and not values.get("deleted_at"):
            values["deleted_at"] = utcnow().isoformat()
        if prepare is not None:
            prepare(values)
        rows.append(values)
    sqlite_rows.insert_rows(session, table, rows)
    return rows


def fresh_defaults(table: type[SQLModel]) -> dict[str, Any]:
    """The values (JSON form) a record's absent optional fields take in `table`."""
    fixed, factories, _local, _key = _defaults(table)
    # Factory defaults (a timestamp, a fresh list) are made once per page, never once per
    # process: a record without `created_at` is stamped when its page arrives.
    return {**fixed, **{n: sqlite_rows.json_form(make()) for n, make in factories.items()}}


@cache
def _defaults(
    table: type[SQLModel],
) -> tuple[dict[str, Any], dict[str, Callable[[], Any]], dict[str, Any], str]:
    """(fixed defaults of optional fields, their default factories, local-only fields' fixed
    defaults, the key column)."""
    names = set(sqlite_rows.column_names(table))
    optional = {n: f for n, f in table.model_fields.items() if not f.is_required() and n in names}
    factories = {
        n: cast(Callable[[], Any], f.default_factory)
        for n, f in optional.items()
        if f.default_factory is not None
    }
    fixed = {
        n: sqlite_rows.json_form(f.get_default()) for n, f in optional.items() if n not in factories
    }
    local = {n: fixed[n] for n in LOCAL_ONLY if n in fixed}
    return fixed, factories, local, "device_id" if table is DeviceKeyRow else "id"


def _posting_versions(session: Session, ids: list[str]) -> dict[str, int]:
    """Local server_version of the postings among `ids` that this kiosk already has.

    Looked up on the unique index: a full scan per page made an initial sync of 100,000
    postings quadratic.
    """
    rows = _in_json(session.connection(), "SELECT id, server_version FROM posting", "id", ids)
    return {i: int(v or 0) for i, v in rows}
