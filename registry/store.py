"""Records and the commit-ordered change log: every registry write goes through a `Tx`."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Connection, Text, and_, bindparam, cast, delete, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from kiosk.domain.contract import Entity
from kiosk.sync.protocol import TOMBSTONE_DAYS, change_tag
from registry.bulk import insert_rows
from registry.db import CHANGE_LOG_LOCK, Database
from registry.tables import ChangeLog, Meta, Record, RecordVersion

EPOCH = "epoch"
HORIZON = "tombstone_horizon"
# Workers keep their past versions: the base a field-level merge diffs against.
VERSIONED = frozenset({Entity.WORKER})


def utcnow() -> datetime:
    return datetime.now(UTC)


def venue_partition(venue_id: str) -> str:
    return f"venue:{venue_id}"


RECORD = Record.__table__  # type: ignore[attr-defined]
VERSION = RecordVersion.__table__  # type: ignore[attr-defined]
CHANGE = ChangeLog.__table__  # type: ignore[attr-defined]
_REC_COLUMNS = (
    "entity", "id", "version", "data", "partitions", "venue_id", "origin_device", "lookup",
    "card_code", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
_REC_SELECT = sa_select(*(RECORD.c[name] for name in _REC_COLUMNS))
# Built once: composing a statement per call was a fair share of a pushed op's cost.
_GET = _REC_SELECT.where(RECORD.c.entity == bindparam("e"), RECORD.c.id == bindparam("i"))
_FIND = (
    _REC_SELECT.where(
        RECORD.c.entity == bindparam("e"), RECORD.c.lookup == bindparam("k"),
        RECORD.c.deleted_at.is_(None),
    )
    .order_by(RECORD.c.created_at)
    .limit(1)
)  # fmt: skip
_GET_LOCKED = _GET.with_for_update()
_INSERT = RECORD.insert()
_UPDATE = (
    RECORD.update()
    .where(RECORD.c.entity == bindparam("e"), RECORD.c.id == bindparam("i"))
    .values(
        data=bindparam("data"), version=bindparam("version"),
        updated_at=bindparam("updated_at"), deleted_at=bindparam("deleted_at"),
        partitions=bindparam("partitions"), lookup=bindparam("lookup"),
        card_code=bindparam("card_code"),
    )
)  # fmt: skip
_FIND_LOCKED = _FIND.with_for_update()


@dataclass(slots=True, eq=False)
class Rec:
    """One registry record as a transaction sees it (plain object: no ORM unit of work).

    Within a `Tx` each record is one object, as in an identity map: a change made through
    one reference is seen through every other.
    """

    entity: str
    id: str
    version: int
    data: dict[str, Any]
    partitions: str
    venue_id: str = ""
    origin_device: str = ""
    lookup: str | None = None
    card_code: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass
class Tx:
    """One registry transaction; changes are logged at `finish`, just before commit.

    Statements are SQLAlchemy Core on the session's connection: the ORM's per-object
    bookkeeping (and its savepoint snapshots) cost milliseconds per op in a push batch.
    """

    db: Database
    session: Session
    now: datetime = field(default_factory=utcnow)
    _changed: dict[tuple[str, str], Rec] = field(default_factory=dict)
    _cache: dict[tuple[str, str], Rec] = field(default_factory=dict)
    # Keys known to be absent (checked in bulk by `prefetch_absent`); dropped on insert.
    _absent: set[tuple[str, str]] = field(default_factory=set)
    # Writes not yet sent: (statement, params, entity, lookup or None for an update).
    _pending: list[tuple[Any, dict[str, Any], str, str | None]] = field(default_factory=list)
    # Natural keys known to have no live record (SQLite only: see `prefetch_lookups`).
    _no_lookup: set[tuple[str, str]] = field(default_factory=set)
    _op_start: int | None = None
    _op_savepoint: Any = None
    # Advisory locks taken before any op's savepoint (`lock_all`): held to the commit.
    _locked: set[str] = field(default_factory=set)

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    # Writes are held back and sent in bulk (executemany) when a read could see them or at
    # `finish`. An op (`begin_op`/`end_op`) gets a savepoint only if its own writes must be
    # sent before it ends; otherwise undoing it is dropping its held writes.

    def begin_op(self) -> None:
        self._op_start = len(self._pending)
        self._op_savepoint = None

    def end_op(self, *, ok: bool) -> None:
        start, savepoint = self._op_start, self._op_savepoint
        self._op_start = self._op_savepoint = None
        if savepoint is not None:
            if ok:
                savepoint.commit()
            else:
                savepoint.rollback()
        if not ok and start is not None:
            del self._pending[start:]

    def flush_writes(self) -> None:
        if not self._pending:
            return
        start = self._op_start
        if start is not None and start < len(self._pending):
            self._send(self._pending[:start])
            del self._pending[:start]
            self._op_start = 0
            if self._op_savepoint is None:
                self._op_savepoint = self.conn.begin_nested()
        self._send(self._pending)
        self._pending.clear()
        if self._op_start is not None:
            self._op_start = 0

    def _send(self, writes: list[tuple[Any, dict[str, Any], str, str | None]]) -> None:
        conn = self.conn
        i = 0
        while i < len(writes):
            stmt = writes[i][0]
            j = i
            while j < len(writes) and writes[j][0] is stmt:
                j += 1
            params = [w[1] for w in writes[i:j]]
            if stmt is _INSERT:
                insert_rows(conn, RECORD, params)
            else:
                conn.execute(stmt, params)
            i = j

    def _flush_for(self, entity: str, lookup: str | None) -> bool:
        """Send held writes a lookup by natural key might need to see; True if it did."""
        for _stmt, _params, e, k in self._pending:
            if e == entity and (k is None or k == lookup):
                self.flush_writes()
                return True
        return False

    def _rec(self, row: Any) -> Rec:
        key = (row.entity, row.id)
        have = self._cache.get(key)
        if have is not None:
            return have
        rec = Rec(*row)
        self._cache[key] = rec
        return rec

    def get(self, entity: str, record_id: str) -> Rec | None:
        key = (entity, record_id)
        have = self._cache.get(key)
        if have is not None:
            return have
        if key in self._absent:
            return None
        self.flush_writes()
        # Read-modify-write under READ COMMITTED (PostgreSQL) needs the row locked.
        stmt = _GET_LOCKED if self.db.is_postgres else _GET
        row = self.conn.execute(stmt, {"e": entity, "i": record_id}).first()
        return None if row is None else self._rec(row)

    def prefetch_absent(self, keys: Iterable[tuple[str, str]]) -> None:
        """Learn in one query which of `keys` the registry does not hold (a batch of creates)."""
        wanted = {k for k in keys if k not in self._cache}
        if not wanted:
            return
        self.flush_writes()
        by_entity: dict[str, set[str]] = {}
        for entity, record_id in wanted:
            by_entity.setdefault(entity, set()).add(record_id)
        found: set[tuple[str, str]] = set()
        for entity, ids in by_entity.items():
            stmt = sa_select(RECORD.c.id).where(
                RECORD.c.entity == entity, RECORD.c.id.in_(sorted(ids))
            )
            found.update((entity, i) for (i,) in self.conn.execute(stmt))
        self._absent |= wanted - found

    def lock(self, name: str) -> None:
        """An advisory lock on `name` until the commit (PostgreSQL; SQLite writers are serial)."""
        if name not in self._locked:
            self.db.lock(self.session, name)

    def lock_all(self, names: Iterable[str]) -> None:
        """Take a batch's locks up front, in one statement and one global order.

        Only before the first op: a lock taken inside an op's savepoint would be released if
        that op were rolled back, so only these are remembered as held.
        """
        assert self._op_start is None, "lock_all inside an op"
        wanted = set(names) - self._locked
        self.db.lock_many(self.session, wanted)
        self._locked |= wanted

    def prefetch_lookups(self, entity: str, keys: Iterable[str], *, lock: str = "") -> None:
        """Learn in one query which natural keys have no live record yet.

        On SQLite writers are serial, so nobody else can add one before this commits. On
        PostgreSQL only keys whose lock (`lock` + key) this transaction holds are learnt:
        nobody else can add a record under them until the commit.
        """
        wanted = {k for k in keys if k}
        if self.db.is_postgres:
            wanted = {k for k in wanted if lock and lock + k in self._locked}
        if not wanted:
            return
        self.flush_writes()
        stmt = sa_select(RECORD.c.lookup).where(
            RECORD.c.entity == entity, RECORD.c.lookup.in_(sorted(wanted)),
            RECORD.c.deleted_at.is_(None),
        )  # fmt: skip
        found = {k for (k,) in self.conn.execute(stmt)}
        self._no_lookup |= {(entity, k) for k in wanted - found}

    def forget(self) -> None:
        """Drop what this transaction remembers of records (after a savepoint rollback)."""
        self._cache.clear()
        self._absent.clear()
        self._no_lookup.clear()

    def reload(self, rec: Rec) -> Rec | None:
        self._cache.pop((rec.entity, rec.id), None)
        return self.get(rec.entity, rec.id)

    def find(self, entity: str, *, lookup: str) -> Rec | None:
        if self._flush_for(entity, lookup):
            self._no_lookup.discard((entity, lookup))
        elif (entity, lookup) in self._no_lookup:
            return None
        stmt = _FIND_LOCKED if self.db.is_postgres else _FIND
        row = self.conn.execute(stmt, {"e": entity, "k": lookup}).first()
        return None if row is None else self._rec(row)

    def find_card(self, entity: str, card_code: str) -> Rec | None:
        self.flush_writes()
        stmt = _REC_SELECT.where(
            RECORD.c.entity == entity, RECORD.c.card_code == card_code,
            RECORD.c.deleted_at.is_(None),
        )  # fmt: skip
        row = self.conn.execute(stmt.limit(1)).first()
        return None if row is None else self._rec(row)

    def insert(
        self,
        entity: str,
        record_id: str,
        data: dict[str, Any],
        *,
        partitions: Iterable[str],
        venue_id: str = "",
        origin_device: str = "",
        lookup: str | None = None,
        card_code: str | None = None,
    ) -> Rec:
        body = dict(data, id=record_id, origin_device=origin_device)
        body.setdefault("created_at", self.now.isoformat())
        body["updated_at"] = self.now.isoformat()
        rec = Rec(
            entity=entity,
            id=record_id,
            version=1,
            data=body,
            partitions=" ".join(sorted(set(partitions))),
            venue_id=venue_id,
            origin_device=origin_device,
            lookup=lookup,
            card_code=card_code or None,
            created_at=self.now,
            updated_at=self.now,
        )
        row = {name: getattr(rec, name) for name in _REC_COLUMNS}
        # Inserted with its lookup key: a held insert is seen by `find` of that key only.
        self._pending.append((_INSERT, row, entity, lookup or ""))
        key = (entity, record_id)
        self._absent.discard(key)
        if lookup:
            # The key has a record now, even once this insert is sent and out of `_pending`.
            self._no_lookup.discard((entity, lookup))
        self._cache[key] = rec
        self._touch(rec)
        return rec

    def update(
        self,
        rec: Rec,
        changes: dict[str, Any],
        *,
        add_partitions: Iterable[str] = (),
        deleted: bool = False,
    ) -> Rec:
        """Apply field changes and bump the version (always: the kiosks must see the result)."""
        data = dict(rec.data)
        data.update(changes)
        data["updated_at"] = self.now.isoformat()
        rec.data = data
        rec.version += 1
        rec.updated_at = self.now
        if deleted:
            rec.deleted_at = self.now
        parts = set(rec.partitions.split()) | set(add_partitions)
        rec.partitions = " ".join(sorted(parts))
        values = {
            "e": rec.entity, "i": rec.id, "data": rec.data, "version": rec.version,
            "updated_at": rec.updated_at, "deleted_at": rec.deleted_at,
            "partitions": rec.partitions, "lookup": rec.lookup, "card_code": rec.card_code,
        }  # fmt: skip
        self._pending.append((_UPDATE, values, rec.entity, None))
        if rec.lookup:
            # An update may give the record a new key (a corrected phone).
            self._no_lookup.discard((rec.entity, rec.lookup))
        self._touch(rec)
        return rec

    def add_partitions(self, rec: Rec, partitions: Iterable[str]) -> None:
        """Publish a record to more partitions (a worker served by a second venue)."""
        have = set(rec.partitions.split())
        if set(partitions) - have:
            self.update(rec, {}, add_partitions=partitions)

    def version_data(self, entity: str, record_id: str, version: int) -> dict[str, Any] | None:
        self.flush_writes()
        row = self.conn.execute(
            sa_select(VERSION.c.data).where(
                VERSION.c.entity == entity, VERSION.c.id == record_id,
                VERSION.c.version == version,
            )
        ).first()  # fmt: skip
        return dict(row[0]) if row is not None else None

    def _touch(self, rec: Rec) -> None:
        self._changed[(rec.entity, rec.id)] = rec

    def finish(self) -> None:
        """Write the change log: under one advisory lock, so seq order equals commit order.

        PostgreSQL hands out sequence values before commit; without the lock a reader past
        `seq > cursor` could miss a row that commits later with a smaller seq.
        """
        self.flush_writes()
        if not self._changed:
            return
        self.session.flush()
        conn = self.conn
        history = [
            {"entity": r.entity, "id": r.id, "version": r.version, "data": r.data}
            for r in self._changed.values()
            if r.entity in VERSIONED
        ]
        insert_rows(conn, VERSION, history)
        rows = [
            {"partition": p, "entity": r.entity, "entity_id": r.id, "version": r.version}
            for r in self._changed.values()
            for p in r.partitions.split()
        ]
        self.db.lock(self.session, CHANGE_LOG_LOCK)
        insert_rows(conn, CHANGE, rows)
        self._changed.clear()


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def put_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        row = Meta(key=key, value=value)
    else:
        row.value = value
    session.add(row)


def ensure_epoch(db: Database) -> str:
    with db.write() as session:
        db.lock(session, "epoch")
        epoch = get_meta(session, EPOCH)
        if epoch is None:
            epoch = uuid.uuid4().hex[:16]
            put_meta(session, EPOCH, epoch)
        return epoch


def new_epoch(db: Database) -> str:
    """Start a new epoch (after restoring a backup): every kiosk re-pulls from the start."""
    with db.write() as session:
        epoch = uuid.uuid4().hex[:16]
        put_meta(session, EPOCH, epoch)
        return epoch


_quoted = encode_basestring  # a JSON string literal, in C


# Built once (the partitions an expanding parameter): composing it per poll was a fifth of
# a poll's registry CPU.
_PAGE = (
    sa_select(
        CHANGE.c.seq, CHANGE.c.entity, CHANGE.c.entity_id, CHANGE.c.version, CHANGE.c.partition,
        RECORD.c.version, RECORD.c.deleted_at.is_not(None), cast(RECORD.c.data, Text),
    )
    .join(RECORD, and_(RECORD.c.entity == CHANGE.c.entity, RECORD.c.id == CHANGE.c.entity_id))
    .where(CHANGE.c.seq > bindparam("after"),
           CHANGE.c.partition.in_(bindparam("parts", expanding=True)))
    .order_by(CHANGE.c.seq)
    .limit(bindparam("rows"))
)  # fmt: skip


def read_changes(
    conn: Connection, partitions: list[str], after: int, limit: int
) -> tuple[list[str], int, str, bool]:
    """A page after `after` as JSON `Change` objects, the last seq, its tag, more to come.

    Record data is passed through as stored JSON text: decoding and re-encoding every record
    was most of the time an initial sync of 100,000 records spent in the registry.
    """
    # Core rows, not ORM ones: a catch-up page is thousands of them.
    rows = conn.execute(_PAGE, {"after": after, "parts": partitions, "rows": limit + 1}).all()
    more = len(rows) > limit
    rows = rows[:limit]
    if not rows:
        return [], after, "", more
    changes: list[str] = []
    seen: set[tuple[str, str]] = set()
    for seq, entity, entity_id, _, _, version, deleted, data in rows:
        # The join gives the record as it is now; once per page is enough.
        if (entity, entity_id) in seen:
            continue
        seen.add((entity, entity_id))
        changes.append(
            f'{{"seq": {seq}, "entity": {_quoted(entity)}, "id": {_quoted(entity_id)}, '
            f'"version": {version}, "deleted": {"true" if deleted else "false"}, '
            f'"data": {data}}}'
        )
    seq, entity, entity_id, log_version, partition = rows[-1][:5]
    return changes, seq or after, change_tag(entity, entity_id, log_version, partition), more


def tag_at(session: Session, seq: int) -> str | None:
    """The tag of the change row at seq, or None if this database has no such row."""
    log = session.get(ChangeLog, seq)
    if log is None:
        return None
    return change_tag(log.entity, log.entity_id, log.version, log.partition)


def prune(db: Database, now: datetime | None = None) -> int:
    """Forget tombstones older than 180 days; cursors from before them then get 410."""
    cutoff = (now or utcnow()) - timedelta(days=TOMBSTONE_DAYS)
    with db.write() as session:
        old = list(
            session.exec(
                select(Record.entity, Record.id).where(
                    col(Record.deleted_at).is_not(None), col(Record.deleted_at) < cutoff
                )
            )
        )
        if not old:
            return 0
        horizon = int(get_meta(session, HORIZON) or 0)
        for entity, record_id in old:
            top = session.exec(
                select(func.max(ChangeLog.seq)).where(
                    ChangeLog.entity == entity, ChangeLog.entity_id == record_id
                )
            ).one()
            horizon = max(horizon, int(top or 0))
            session.execute(
                delete(ChangeLog).where(
                    col(ChangeLog.entity) == entity, col(ChangeLog.entity_id) == record_id
                )
            )
            session.execute(
                delete(RecordVersion).where(
                    col(RecordVersion.entity) == entity, col(RecordVersion.id) == record_id
                )
            )
            session.execute(
                delete(Record).where(col(Record.entity) == entity, col(Record.id) == record_id)
            )
        put_meta(session, HORIZON, str(horizon))
        return len(old)
