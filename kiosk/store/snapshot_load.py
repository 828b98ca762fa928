"""Load downloaded partition snapshots into the kiosk's tables, in the caller's transaction.

A snapshot is zstd-compressed JSON lines, one record each (`entity`, `id`, `version`,
`data`: a pull change without seq and tombstone flag), parents first. It is decompressed and
parsed as a stream and applied in large chunks through `sync_apply.apply_records`, so 100,000
records never sit in memory as JSON, as dicts and as rows at once. Records with a local op
waiting are skipped and kept aside until the push is answered, as a pulled page's are; in a
re-pull the registry's copy wins and what it no longer has is retired afterwards (the caller,
like `SyncEngine._apply_page`).
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, cast

import orjson
import zstandard
from sqlmodel import Session

from kiosk.store.pulled import apply_pulled
from kiosk.store.sync_apply import Prepared, PulledRecord

CHUNK_RECORDS = 5000


class SnapshotUnreadable(Exception):
    """A verified snapshot whose content is not records: a registry fault, never applied."""


def records(source: Callable[[], BinaryIO]) -> Iterator[PulledRecord]:
    """The records of one snapshot file (`source` opens its plain bytes), read as a stream."""
    with source() as raw:
        # A window larger than the registry ever uses (level 3, no long mode) is refused.
        decompressor = zstandard.ZstdDecompressor(max_window_size=1 << 25)
        reader = decompressor.stream_reader(raw, read_size=1 << 20)
        for line in io.BufferedReader(reader, buffer_size=1 << 20):
            if line.strip():
                yield _record(line)


def _record(line: bytes) -> PulledRecord:
    try:
        c: Any = orjson.loads(line)
        entity, record_id, version, data = c["entity"], c["id"], c["version"], c["data"]
    except (ValueError, KeyError, TypeError) as exc:
        raise SnapshotUnreadable(str(exc)[:200]) from exc
    if not (
        type(entity) is str and type(record_id) is str and type(version) is int
        and type(data) is dict
    ):  # fmt: skip
        raise SnapshotUnreadable(f"bad record {line[:80]!r}")
    return PulledRecord(entity, record_id, version, data)


def load(
    session: Session,
    files: list[Callable[[], BinaryIO]],
    *,
    resync: bool,
    waiting: set[tuple[str, str]],
    progress: Callable[[int], None],
) -> int:
    """Apply every record of `files` (in order); returns how many rows changed.

    A reader thread decrypts, decompresses, parses and checks the next chunk, and makes its
    postings' search text, while this thread's SQLite statements write the chunk before it
    (each one step, without the GIL: see sqlite_rows). That pure Python work is half of a
    first sync's, and the two cores share it.
    """
    changed = done = 0
    with _read_ahead(files) as chunks:
        for chunk, prepared in chunks:
            changed += apply_pulled(
                session, chunk, resync=resync, waiting=waiting, prepared=prepared
            )
            done += len(chunk)
            progress(done)
    return changed


Chunk = tuple[list[PulledRecord], Prepared]
_END = object()


@contextmanager
def _read_ahead(files: list[Callable[[], BinaryIO]]) -> Iterator[Iterator[Chunk]]:
    """The files' records in chunks, read and prepared by a thread two chunks ahead.

    An error there (an unreadable snapshot) is raised here, at the chunk it stopped; leaving
    the block early stops the thread.
    """
    ahead: queue.Queue[object] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        names: dict[str, str] = {}  # employers met so far, for their postings' search text
        chunk: list[PulledRecord] = []
        prepared = Prepared()
        try:
            for source in files:
                for rec in records(source):
                    prepared.add(rec, names)
                    chunk.append(rec)
                    if len(chunk) >= CHUNK_RECORDS:
                        if not put((chunk, prepared)):
                            return
                        chunk, prepared = [], Prepared()
            if chunk and not put((chunk, prepared)):
                return
            put(_END)
        except BaseException as exc:  # handed to the applying thread, raised there
            put(exc)

    def chunks() -> Iterator[Chunk]:
        while True:
            item = ahead.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield cast(Chunk, item)

    reader = threading.Thread(target=read, name="snapshot-reader", daemon=True)
    reader.start()
    try:
        yield chunks()
    finally:
        stop.set()
        reader.join()
