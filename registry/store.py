"""Records and the commit-ordered change log: every registry write goes through a `Tx`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Text, and_, cast, delete, func, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from kiosk.sync.protocol import TOMBSTONE_DAYS, change_tag
from registry.db import CHANGE_LOG_LOCK, Database
from registry.tables import ChangeLog, Meta, Record, RecordVersion

EPOCH = "epoch"
HORIZON = "tombstone_horizon"
# Workers keep their past versions: the base a field-level merge diffs against.
VERSIONED = frozenset({"worker"})


def utcnow() -> datetime:
    return datetime.now(UTC)


def venue_partition(venue_id: str) -> str:
    return f"venue:{venue_id}"


@dataclass
class Tx:
    """One registry transaction; changes are logged at `finish`, just before commit."""

    db: Database
    session: Session
    now: datetime = field(default_factory=utcnow)
    _changed: dict[tuple[str, str], Record] = field(default_factory=dict)

    def get(self, entity: str, record_id: str) -> Record | None:
        stmt = select(Record).where(Record.entity == entity, Record.id == record_id)
        if self.db.is_postgres:
            # Read-modify-write under READ COMMITTED needs the row locked.
            stmt = stmt.with_for_update()
        return self.session.exec(stmt).first()

    def find(self, entity: str, *, lookup: str) -> Record | None:
        stmt = select(Record).where(
            Record.entity == entity, Record.lookup == lookup, col(Record.deleted_at).is_(None)
        )
        if self.db.is_postgres:
            stmt = stmt.with_for_update()
        return self.session.exec(stmt.order_by(col(Record.created_at))).first()

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
    ) -> Record:
        body = dict(data, id=record_id, origin_device=origin_device)
        body.setdefault("created_at", self.now.isoformat())
        body["updated_at"] = self.now.isoformat()
        rec = Record(
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
        self.session.add(rec)
        self._touch(rec)
        return rec

    def update(
        self,
        rec: Record,
        changes: dict[str, Any],
        *,
        add_partitions: Iterable[str] = (),
        deleted: bool = False,
    ) -> Record:
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
        self.session.add(rec)
        self._touch(rec)
        return rec

    def add_partitions(self, rec: Record, partitions: Iterable[str]) -> None:
        """Publish a record to more partitions (a worker served by a second venue)."""
        have = set(rec.partitions.split())
        if set(partitions) - have:
            self.update(rec, {}, add_partitions=partitions)

    def version_data(self, entity: str, record_id: str, version: int) -> dict[str, Any] | None:
        row = self.session.get(RecordVersion, (entity, record_id, version))
        return dict(row.data) if row else None

    def _touch(self, rec: Record) -> None:
        self._changed[(rec.entity, rec.id)] = rec

    def finish(self) -> None:
        """Write the change log: under one advisory lock, so seq order equals commit order.

        PostgreSQL hands out sequence values before commit; without the lock a reader past
        `seq > cursor` could miss a row that commits later with a smaller seq.
        """
        if not self._changed:
            return
        self.session.flush()
        history = [
            {"entity": r.entity, "id": r.id, "version": r.version, "data": r.data}
            for r in self._changed.values()
            if r.entity in VERSIONED
        ]
        if history:
            self.session.execute(insert(RecordVersion), history)
        rows = [
            {"partition": p, "entity": r.entity, "entity_id": r.id, "version": r.version}
            for r in self._changed.values()
            for p in r.partitions.split()
        ]
        self.db.lock(self.session, CHANGE_LOG_LOCK)
        self.session.execute(insert(ChangeLog), rows)
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


def read_changes(
    session: Session, partitions: list[str], after: int, limit: int
) -> tuple[list[str], int, str, bool]:
    """A page after `after` as JSON `Change` objects, the last seq, its tag, more to come.

    Record data is passed through as stored JSON text: decoding and re-encoding every record
    was most of the time an initial sync of 100,000 records spent in the registry.
    """
    stmt = (
        sa_select(
            col(ChangeLog.seq), col(ChangeLog.entity), col(ChangeLog.entity_id),
            col(ChangeLog.version), col(ChangeLog.partition), col(Record.version),
            col(Record.deleted_at), cast(col(Record.data), Text),
        )
        .join(Record, and_(col(Record.entity) == ChangeLog.entity,
                           col(Record.id) == ChangeLog.entity_id))
        .where(col(ChangeLog.seq) > after, col(ChangeLog.partition).in_(partitions))
        .order_by(col(ChangeLog.seq))
        .limit(limit + 1)
    )  # fmt: skip
    rows = list(session.execute(stmt).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    changes: list[str] = []
    seen: set[tuple[str, str]] = set()
    last, tag = after, ""
    for seq, entity, entity_id, log_version, partition, version, deleted_at, data in rows:
        last, tag = seq, change_tag(entity, entity_id, log_version, partition)
        # The join gives the record as it is now; once per page is enough.
        if (entity, entity_id) in seen:
            continue
        seen.add((entity, entity_id))
        head = json.dumps(
            {"seq": seq, "entity": entity, "id": entity_id, "version": version,
             "deleted": deleted_at is not None}
        )  # fmt: skip
        changes.append(f'{head[:-1]}, "data": {data}}}')
    return changes, last, tag, more


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
