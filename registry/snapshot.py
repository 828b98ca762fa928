"""Per-partition snapshots: a new kiosk loads one instead of replaying every change.

A snapshot is an SQLite database image of a partition's live records (tombstones left out),
one table per entity in the layout kiosk/domain/snapshot_image.py declares (a kiosk loads it
with SQLite's own INSERT ... SELECT, not value by value), zstd-compressed; with the cursor it
is consistent with: every change at or below its seq is in it. Records read after that seq
may be newer, which is harmless: the kiosk pulls from the cursor afterwards and re-applying
changes nothing.

Snapshots live in the database (every registry process serves the same one, a restart keeps
it) and are rebuilt as changes arrive, never per kiosk: `refresh_due` in the background when
a partition changed enough or long enough ago, `ensure` on demand when a partition has none
usable, `kiosk-registry snapshot build` by hand. One builder at a time across processes.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson
import zstandard
from sqlalchemy import Connection, Text, bindparam, cast, delete, func, text
from sqlalchemy import select as sa_select
from sqlmodel import Session

from kiosk.domain import snapshot_image
from kiosk.domain.contract import Entity
from kiosk.sync import protocol as p
from registry import store
from registry.db import CHANGE_LOG_LOCK, Database, lock_number
from registry.tables import ChangeLog, Record, Snapshot

# zstd level 3: the image of 100,000 seeded postings (46 MB) compresses to 63 bytes a posting
# in 0.09 s on this machine; level 6 reaches 56 bytes in 0.3 s, level 9 53 bytes in 0.5 s,
# level 19 40 bytes in 40 s. Building the image costs more: about 2.6 s for 100,000, most
# of it snapshot_image.encode's per-value Python (JSON lines were 60 bytes a posting and
# 0.75 s to build, but cost the kiosk that work at every first sync).
LEVEL = 3
# A snapshot is rebuilt when its partition has this many changes after it, or any change and
# it is this old; the background check looks this often.
MAX_CHANGES = 2000
MAX_AGE_S = 300.0
CHECK_EVERY_S = 15.0
READ_BATCH = 2000
BUILD_LOCK = lock_number("registry-snapshot-build")
# Compressed snapshots kept in each process's memory (a province's venues each have one).
CACHE_SIZE = 16

_SNAP = Snapshot.__table__  # type: ignore[attr-defined]
_REC = Record.__table__  # type: ignore[attr-defined]
_LOG = ChangeLog.__table__  # type: ignore[attr-defined]
_META_COLUMNS = [c for c in _SNAP.c if c.name != "data"]


@dataclass(frozen=True, slots=True)
class Info:
    """A snapshot's description, without its bytes."""

    partition: str
    epoch: str
    seq: int
    tag: str
    records: int
    size: int
    sha256: str
    built_at: Any

    @property
    def id(self) -> str:
        return snapshot_id(self.partition)

    def to_wire(self) -> p.SnapshotInfo:
        return p.SnapshotInfo(
            id=self.id, partition=self.partition, epoch=self.epoch,
            cursor=p.make_cursor(self.epoch, self.seq, self.tag), records=self.records,
            bytes=self.size, sha256=self.sha256, format=p.SNAPSHOT_FORMAT,
        )  # fmt: skip


def snapshot_id(partition: str) -> str:
    """The path name of a partition's snapshot (partitions hold ':', ids stay URL-plain)."""
    return hashlib.sha256(partition.encode()).hexdigest()[:16]


# ------------------------------------------------------------------ reading


def info(session: Session, partition: str) -> Info | None:
    row = session.connection().execute(
        sa_select(*_META_COLUMNS).where(_SNAP.c.partition == partition)
    ).first()  # fmt: skip
    return None if row is None else Info(*row)


def usable(session: Session, found: Info | None) -> bool:
    """Loadable now: this epoch's, and its cursor not older than the tombstone horizon."""
    if found is None:
        return False
    epoch = store.get_meta(session, store.EPOCH) or ""
    horizon = int(store.get_meta(session, store.HORIZON) or 0)
    return found.epoch == epoch and (found.seq >= horizon or horizon == 0)


class _Cache:
    """The newest compressed snapshots by (partition, sha256): a download of several
    megabytes in ranges must not read the blob from the database for each range."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[str, str], bytes] = OrderedDict()

    def get(self, db: Database, partition: str, sha256: str) -> bytes | None:
        key = (partition, sha256)
        with self._lock:
            data = self._items.get(key)
            if data is not None:
                self._items.move_to_end(key)
                return data
        with db.read() as session:
            row = session.connection().execute(
                sa_select(_SNAP.c.data).where(
                    _SNAP.c.partition == partition, _SNAP.c.sha256 == sha256
                )
            ).first()  # fmt: skip
        if row is None:
            return None
        data = bytes(row[0])
        with self._lock:
            self._items[key] = data
            while len(self._items) > CACHE_SIZE:
                self._items.popitem(last=False)
        return data


CACHE = _Cache()


_REMAINING = sa_select(func.count()).where(
    _LOG.c.partition.in_(bindparam("parts", expanding=True)), _LOG.c.seq > bindparam("after")
)


def remaining(conn: Connection, partitions: list[str], after: int) -> int:
    """Changes of `partitions` after seq `after` (a pull answer's `remaining`)."""
    count = conn.execute(_REMAINING, {"parts": partitions, "after": after}).scalar()
    return int(count or 0)


# ------------------------------------------------------------------ building

_build_lock = threading.Lock()


@contextmanager
def _builder(db: Database, *, wait: bool) -> Iterator[bool]:
    """The one builder across threads and processes; yields False if busy and not `wait`.

    PostgreSQL: a session-level advisory lock on a connection of its own, held for the whole
    build (the build itself commits on other connections). SQLite: one process's threads
    queue here; two processes on one SQLite file could both build, which wastes only time.
    """
    if not _build_lock.acquire(blocking=wait):
        yield False
        return
    try:
        if not db.is_postgres:
            yield True
            return
        with db.engine.connect() as conn:
            fn = "pg_advisory_lock" if wait else "pg_try_advisory_lock"
            got = conn.execute(text(f"SELECT {fn}(:k)"), {"k": BUILD_LOCK}).scalar()
            conn.commit()
            if wait or got:
                try:
                    yield True
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": BUILD_LOCK})
                    conn.commit()
            else:
                yield False
    finally:
        _build_lock.release()


def _consistent_seq(db: Database) -> tuple[str, int, str]:
    """(epoch, seq, tag) such that every change at or below seq is committed.

    Change-log writers hold CHANGE_LOG_LOCK from their insert to their commit (store.Tx.finish):
    once this transaction holds it, no writer is between inserting and committing, so the
    newest seq it then reads has nothing uncommitted below it (PostgreSQL hands out sequence
    values before commit: the plain max(seq) could pass over a row that commits later).
    Held only for this one read, never during the build.
    """
    with db.write(durable=False) as session:
        db.lock(session, CHANGE_LOG_LOCK)
        conn = session.connection()
        seq = int(conn.execute(sa_select(func.max(_LOG.c.seq))).scalar() or 0)
        tag = store.tag_at(session, seq) if seq else ""
        epoch = store.get_meta(session, store.EPOCH) or ""
    return epoch, seq, tag or ""


_ANY_CHANGE = sa_select(_LOG.c.seq).where(_LOG.c.partition == bindparam("p")).limit(1)


def _rows(db: Database, partition: str) -> Iterator[tuple[Entity, list[tuple[Any, ...]]]]:
    """The partition's live records as image rows, READ_BATCH at a time, one entity after
    another (Entity's order, parents first), each entity's by id."""
    padded = f"% {partition} %"
    spaced = " " + _REC.c.partitions + " "
    with db.read() as session:
        conn = session.connection().execution_options(stream_results=True, yield_per=READ_BATCH)
        if conn.execute(_ANY_CHANGE, {"p": partition}).first() is None:
            # Every record in a partition has logged a change to it (a pruned tombstone's
            # record goes with its changes): none logged, none to read. A new venue's
            # partition is empty, and scanning every record for it was a first kiosk's
            # snapshot list waiting 50 ms with 10,000 postings (it grows with the city).
            return
        for entity in Entity:
            # The JSON as text, parsed by orjson: the dialects' own JSON decoding took 0.77 s
            # for 100,000 postings on SQLite (orjson 0.47 s), 1.06 s on PostgreSQL (0.66 s).
            stmt = (
                sa_select(_REC.c.id, _REC.c.version, cast(_REC.c.data, Text))
                .where(_REC.c.entity == entity.value, _REC.c.deleted_at.is_(None),
                       spaced.like(padded))
                .order_by(_REC.c.id)
            )  # fmt: skip
            for chunk in conn.execute(stmt).partitions(READ_BATCH):
                rows: list[tuple[Any, ...]] = []
                for record_id, version, text_data in chunk:
                    data = orjson.loads(text_data)
                    # The row's key is the record's, as a pull change carries it.
                    data[snapshot_image.key_field(entity)] = record_id
                    rows.append(snapshot_image.encode(entity, version, data))
                yield entity, rows


def _image(db: Database, partition: str) -> tuple[bytes, int]:
    """The partition's snapshot image (snapshot_image's layout) and its number of records."""
    image = sqlite3.connect(":memory:")
    try:
        for entity in Entity:
            image.execute(snapshot_image.create_sql(entity))
        count = 0
        for entity, rows in _rows(db, partition):
            image.executemany(snapshot_image.insert_sql(entity), rows)
            count += len(rows)
        image.execute(f"PRAGMA user_version = {snapshot_image.IMAGE_VERSION}")
        image.commit()
        return image.serialize(), count
    finally:
        image.close()


def build(db: Database, partition: str) -> Info:
    """Build and store the partition's snapshot now (the caller holds the builder)."""
    epoch, seq, tag = _consistent_seq(db)
    raw, count = _image(db, partition)
    # The content size in the frame lets a reader allocate the image once.
    data = zstandard.ZstdCompressor(level=LEVEL, write_content_size=True).compress(raw)
    sha256 = hashlib.sha256(data).hexdigest()
    built = Info(partition, epoch, seq, tag, count, len(data), sha256, store.utcnow())
    with db.write() as session:
        conn = session.connection()
        conn.execute(delete(_SNAP).where(_SNAP.c.partition == partition))
        conn.execute(_SNAP.insert(), dict(_row(built), data=data))
    return built


def _row(found: Info) -> dict[str, Any]:
    return {c.name: getattr(found, c.name) for c in _META_COLUMNS}


def ensure(db: Database, partitions: list[str]) -> list[Info]:
    """A usable snapshot of each partition, building the missing ones once (other requests
    wait for that build and then find it)."""
    with db.read() as session:
        found = {x: info(session, x) for x in partitions}
        missing = [x for x in partitions if not usable(session, found[x])]
    if missing:
        with _builder(db, wait=True):
            for partition in missing:
                with db.read() as session:
                    have = info(session, partition)
                    if usable(session, have):
                        found[partition] = have  # built meanwhile by another process
                        continue
                found[partition] = build(db, partition)
    return [f for f in found.values() if f is not None]


def due(db: Database, now: float | None = None) -> list[str]:
    """Partitions whose snapshot should be rebuilt: another epoch, past the tombstone
    horizon, or changed (MAX_CHANGES changes, or any change and older than MAX_AGE_S)."""
    now = time.time() if now is None else now
    out: list[str] = []
    with db.read() as session:
        conn = session.connection()
        rows = conn.execute(sa_select(*_META_COLUMNS)).all()
        for row in rows:
            found = Info(*row)
            if not usable(session, found):
                out.append(found.partition)
                continue
            changed = conn.execute(
                sa_select(func.count()).select_from(
                    sa_select(_LOG.c.seq)
                    .where(_LOG.c.partition == found.partition, _LOG.c.seq > found.seq)
                    .limit(MAX_CHANGES)
                    .subquery()
                )
            ).scalar() or 0  # fmt: skip
            old = now - found.built_at.timestamp() > MAX_AGE_S
            if changed >= MAX_CHANGES or (changed and old):
                out.append(found.partition)
    return out


def refresh_due(db: Database) -> list[str]:
    """Rebuild what `due` names, unless another process is building (it will see to it)."""
    names = due(db)
    if not names:
        return []
    with _builder(db, wait=False) as mine:
        if not mine:
            return []
        # Again under the lock: another process may have rebuilt them since.
        names = due(db)
        for partition in names:
            build(db, partition)
    return names


def all_partitions(db: Database) -> list[str]:
    """Every partition that has had a change (what `kiosk-registry snapshot build` builds)."""
    with db.read() as session:
        rows = session.connection().execute(sa_select(_LOG.c.partition).distinct())
        return sorted(str(r[0]) for r in rows)


def build_now(db: Database, partitions: list[str]) -> list[Info]:
    """Build the named partitions now, waiting for any other builder first."""
    with _builder(db, wait=True):
        return [build(db, x) for x in partitions]
