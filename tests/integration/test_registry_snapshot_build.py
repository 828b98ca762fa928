"""Building a partition's snapshot costs what the partition holds, not what the city holds
(issue 16: a new kiosk's first request is the snapshot list, and it waited for the build)."""

from __future__ import annotations

import io
import json
import random
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import zstandard
from sqlalchemy import event

from integration.test_sync_harness import BACKENDS, database_url
from registry import admin, snapshot
from registry.db import Database, upgrade
from registry.seed import bulk_insert, posting_data, seed
from registry.store import ensure_epoch, venue_partition


def _records(db: Database, partition: str) -> list[dict[str, Any]]:
    found = snapshot.ensure(db, [partition])[0]
    data = snapshot.CACHE.get(db, partition, found.sha256)
    assert data is not None
    text = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read().decode()
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == found.records
    return lines


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_venues_snapshot_is_made_without_reading_the_citys_records(
    backend: str, tmp_path: Path
) -> None:
    db = Database(database_url(backend, tmp_path))
    upgrade(db)
    ensure_epoch(db)
    seed(db, postings=300, employers=10)
    venue = admin.add_venue(db, name="新开驿站", district="东城区")
    asked: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        asked.append(statement)

    try:
        assert _records(db, venue_partition(venue)) == []
        assert not [s for s in asked if "reg_record" in s]  # nothing of the city's 300 read
        assert snapshot.ensure(db, [venue_partition(venue)])[0].records == 0  # and usable

        # A venue partition that holds a record has it in its snapshot (rebuilt on demand).
        rid = str(uuid.uuid4())
        data = posting_data(str(uuid.uuid4()), random.Random(1), date.today())
        bulk_insert(db, "posting", [(rid, data)], venue_partition(venue))
        snapshot.build_now(db, [venue_partition(venue)])
        assert [r["id"] for r in _records(db, venue_partition(venue))] == [rid]
    finally:
        db.dispose()
