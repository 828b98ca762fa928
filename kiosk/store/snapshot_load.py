"""Load downloaded partition snapshots into the kiosk's tables, in the caller's transaction.

A snapshot is a zstd-compressed SQLite image (kiosk/domain/snapshot_image.py): one table per
entity, parents first. `unpacked` decompresses each into a file in memory (RAM_DIR, a tmpfs:
the image holds workers' personal data and never touches the disk unencrypted), which the
caller attaches to its write transaction (`Database.write(attach=...)`). Where no such file can
be made the image is kept as bytes and read through the standard library's sqlite3 instead.

Postings going into a kiosk that has none are taken by SQL straight from the attached image
(`posting_bulk`). Every other record is read in large chunks and applied as a pulled page is
(`pulled.apply_pulled`): checked against the contract and set aside if it breaks it, skipped and
kept aside if a local op waits, and in a re-pull the registry's copy wins and what it no longer
has is retired afterwards (the caller, like `SyncEngine._apply_page`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3
import zstandard
from sqlalchemy import exc
from sqlmodel import Session

from kiosk.domain.contract import Entity
from kiosk.domain.snapshot_image import IMAGE_VERSION, SnapshotUnreadable, decode, fields
from kiosk.store import posting_bulk
from kiosk.store.pulled import apply_pulled
from kiosk.store.sync_apply import PulledRecord

CHUNK_RECORDS = 5000
RAM_DIR = Path("/dev/shm")
_PREFIX = "kiosk-snapshot-"
# An image larger than this is refused, not inflated (100,000 postings make about 46 MB).
MAX_IMAGE_BYTES = 1 << 30
_COPY = 1 << 20

Read = Callable[[str, Sequence[Any]], list[Any]]


@dataclass(frozen=True, slots=True)
class Image:
    """One decompressed snapshot: a file in memory to attach as `schema`, or its bytes."""

    schema: str
    path: Path | None
    plain: bytes | None = None


@contextlib.contextmanager
def unpacked(sources: list[Callable[[], BinaryIO]]) -> Iterator[list[Image]]:
    """Each snapshot (`source` opens its plain zstd bytes) decompressed; gone afterwards."""
    folder = _ram_folder()
    try:
        yield [_unpack(source, f"snapshot{i}", folder) for i, source in enumerate(sources)]
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def attachments(images: list[Image]) -> dict[str, Path]:
    """What `Database.write(attach=...)` attaches for `load`."""
    return {image.schema: image.path for image in images if image.path is not None}


def _ram_folder() -> Path | None:
    if not RAM_DIR.is_dir() or not os.access(RAM_DIR, os.W_OK):
        return None
    for stale in RAM_DIR.glob(f"{_PREFIX}*"):
        # A kiosk stopped mid-load (power is the only way out of a transaction) left its images.
        pid = stale.name.removeprefix(_PREFIX).split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=RAM_DIR))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _unpack(source: Callable[[], BinaryIO], schema: str, folder: Path | None) -> Image:
    decompressor = zstandard.ZstdDecompressor(max_window_size=1 << 27)
    try:
        with source() as head:
            size = zstandard.frame_content_size(head.read(18))  # -1: the frame does not say
        room = shutil.disk_usage(folder).free // 2 if folder is not None else 0
        with source() as raw, decompressor.stream_reader(raw, read_size=_COPY) as reader:
            if folder is not None and 0 <= size <= room:
                path = folder / f"{schema}.db"
                with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "wb") as out:
                    _copy(reader, out.write)
                _verify(path)
                return Image(schema, path)
            parts: list[bytes] = []
            _copy(reader, parts.append)
            return Image(schema, None, b"".join(parts))
    except zstandard.ZstdError as error:
        raise SnapshotUnreadable(f"not zstd: {error}") from error


def _verify(path: Path) -> None:
    """An image of our layout: SQLite refuses to attach what is no database at all, and the
    caller must hear SnapshotUnreadable (a registry fault), not a database error."""
    try:
        with contextlib.closing(sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)) as image:
            version = image.execute("PRAGMA user_version").fetchone()[0]
            image.execute("SELECT count(*) FROM sqlite_master").fetchone()  # its schema parses
    except sqlcipher3.Error as error:
        raise SnapshotUnreadable(f"not an image: {error}") from error
    if version != IMAGE_VERSION:
        raise SnapshotUnreadable(f"image layout {version}, not {IMAGE_VERSION}")


def _copy(reader: Any, write: Callable[[bytes], Any]) -> None:
    total = 0
    while block := reader.read(_COPY):
        total += len(block)
        if total > MAX_IMAGE_BYTES:
            raise SnapshotUnreadable("image larger than any registry makes")
        write(block)


def load(
    session: Session,
    images: list[Image],
    *,
    resync: bool,
    waiting: set[tuple[str, str]],
    progress: Callable[[int], None],
) -> int:
    """Apply every record of `images` (in order); returns how many rows changed."""
    changed = done = 0
    for image in images:
        with _reader(session, image) as read:
            tables = _tables(read)
            for entity in Entity:
                if entity.value not in tables:
                    continue
                only: list[int] | None = None
                if entity is Entity.POSTING and image.path is not None and not resync:
                    taken = _bulk(session, image, waiting, partial(_after, progress, done))
                    if taken is not None:
                        changed += taken.inserted
                        done += taken.inserted
                        if not taken.refused:
                            continue
                        only = taken.refused
                for chunk in _records(read, entity, tables[entity.value], only):
                    changed += apply_pulled(session, chunk, resync=resync, waiting=waiting)
                    done += len(chunk)
                    progress(done)
    return changed


def _after(progress: Callable[[int], None], base: int, n: int) -> None:
    progress(base + n)


def _bulk(
    session: Session,
    image: Image,
    waiting: set[tuple[str, str]],
    progress: Callable[[int], None],
) -> posting_bulk.Taken | None:
    """The postings by SQL, into a kiosk without postings only (no merging, nothing to retire)."""
    conn = session.connection()
    if image.path is None or conn.exec_driver_sql("SELECT 1 FROM posting LIMIT 1").first():
        return None
    return posting_bulk.take(session, image.schema, image.path, waiting=waiting, progress=progress)


@contextlib.contextmanager
def _reader(session: Session, image: Image) -> Iterator[Read]:
    """Statements over the image (written with `{s}` for its schema), as lists of rows."""
    if image.path is not None:
        conn = session.connection()

        def attached(sql: str, params: Sequence[Any]) -> list[Any]:
            return list(conn.exec_driver_sql(sql.format(s=image.schema), tuple(params)))

        yield attached
        return
    memory = sqlite3.connect(":memory:")
    try:
        memory.deserialize(image.plain or b"")

        def held(sql: str, params: Sequence[Any]) -> list[Any]:
            return memory.execute(sql.format(s="main"), tuple(params)).fetchall()

        yield held
    finally:
        memory.close()


def _tables(read: Read) -> dict[str, set[str]]:
    """The image's tables and their columns; SnapshotUnreadable if it is no image of ours."""
    try:
        version = read("PRAGMA {s}.user_version", ())[0][0]
        names = [r[0] for r in read("SELECT name FROM {s}.sqlite_master WHERE type = 'table'", ())]
        if version != IMAGE_VERSION:
            raise SnapshotUnreadable(f"image layout {version}, not {IMAGE_VERSION}")
        return {
            name: {str(c[1]) for c in read(f"PRAGMA {{s}}.table_info('{name}')", ())}
            for name in names
            if name in set(Entity)
        }
    except (sqlite3.Error, exc.DBAPIError) as error:
        raise SnapshotUnreadable(f"not an image: {error}") from error


def _records(
    read: Read, entity: Entity, present: set[str], only: list[int] | None
) -> Iterator[list[PulledRecord]]:
    """The entity's records in chunks, as pulled records (`only`: these rowids)."""
    picked = ", ".join(f'"{f.name}"' if f.name in present else "NULL" for f in fields(entity))
    where = " AND rowid IN (SELECT value FROM json_each(?))" if only is not None else ""
    sql = (
        f'SELECT rowid, "version", {picked} FROM {{s}}."{entity.value}"'
        f" WHERE rowid > ?{where} ORDER BY rowid LIMIT {CHUNK_RECORDS}"
    )
    extra = [json.dumps(only)] if only is not None else []
    after = 0
    while True:
        try:
            rows = read(sql, [after, *extra])
        except (sqlite3.Error, exc.DBAPIError) as error:
            raise SnapshotUnreadable(f"{entity.value}: {error}") from error
        if not rows:
            return
        after = rows[-1][0]
        yield [_record(entity, row[1:]) for row in rows]


def _record(entity: Entity, row: Sequence[Any]) -> PulledRecord:
    record_id, version, data = decode(entity, row)
    if type(version) is not int or not record_id:
        raise SnapshotUnreadable(f"{entity.value}: a row without id or version")
    return PulledRecord(entity.value, record_id, version, data)
