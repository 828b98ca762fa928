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
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import orjson
import zstandard
from sqlmodel import Session

from kiosk.store.pulled import apply_pulled
from kiosk.store.sync_apply import PulledRecord

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
    """Apply every record of `files` (in order); returns how many rows changed."""
    changed = done = 0
    chunk: list[PulledRecord] = []

    def apply() -> None:
        nonlocal changed, done
        changed += apply_pulled(session, chunk, resync=resync, waiting=waiting)
        done += len(chunk)
        progress(done)
        chunk.clear()

    for source in files:
        for rec in records(source):
            chunk.append(rec)
            if len(chunk) >= CHUNK_RECORDS:
                apply()
    if chunk:
        apply()
    return changed
