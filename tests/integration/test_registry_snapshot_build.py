"""A partition's snapshot is an SQLite image of its live records (issue 16), and building it
costs what the partition holds, not what the city holds (a new kiosk's first request is the
snapshot list, and it waited for the build)."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import zstandard
from sqlalchemy import event
from sqlmodel import select

from integration.test_sync_harness import BACKENDS, database_url
from kiosk.domain import snapshot_image
from kiosk.domain.contract import RECORDS, Entity
from registry import admin, snapshot
from registry.db import Database, upgrade
from registry.seed import bulk_insert, employer_data, posting_data, seed
from registry.store import ensure_epoch, venue_partition
from registry.tables import Record, Snapshot

Records = dict[Entity, list[tuple[str, int, dict[str, Any]]]]


def _image(db: Database, partition: str) -> sqlite3.Connection:
    """The partition's snapshot as a kiosk receives it, opened."""
    found = snapshot.ensure(db, [partition])[0]
    data = snapshot.CACHE.get(db, partition, found.sha256)
    assert data is not None
    image = sqlite3.connect(":memory:")
    # The frame says the image's size: a reader allocates it once (no max_output_size needed).
    image.deserialize(zstandard.ZstdDecompressor().decompress(data))
    assert image.execute("PRAGMA user_version").fetchone() == (snapshot_image.IMAGE_VERSION,)
    return image


def _records(db: Database, partition: str) -> Records:
    """Every record in the partition's snapshot, decoded, by entity in table order."""
    image = _image(db, partition)
    try:
        out: Records = {}
        for entity in Entity:
            rows = image.execute(f'SELECT * FROM "{entity.value}"').fetchall()
            out[entity] = [snapshot_image.decode(entity, row) for row in rows]
    finally:
        image.close()
    assert sum(len(v) for v in out.values()) == snapshot.ensure(db, [partition])[0].records
    return out


def _ids(records: Records) -> list[str]:
    return [rid for rows in records.values() for rid, _, _ in rows]


def _as_pulled(entity: Entity, data: dict[str, Any]) -> dict[str, Any]:
    """What a kiosk of this release takes from a record: every contract field it has, and
    None for a nullable one it lacks."""
    return {
        name: data.get(name)
        for name, spec in RECORDS[entity].items()
        if name in data or spec.nullable
    }


def _stored(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    """The registry's own copy of every record (what a pull change would carry)."""
    with db.read() as session:
        rows = session.exec(select(Record.entity, Record.id, Record.data)).all()
    return {(entity, rid): dict(data) for entity, rid, data in rows}


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    registry = Database(database_url(request.param, tmp_path))
    upgrade(registry)
    ensure_epoch(registry)
    yield registry
    registry.dispose()


def test_a_new_venues_snapshot_is_made_without_reading_the_citys_records(db: Database) -> None:
    seed(db, postings=300, employers=10)
    venue = admin.add_venue(db, name="新开驿站", district="东城区")
    asked: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        asked.append(statement)

    records = _records(db, venue_partition(venue))
    # Still an image with every table, all of them empty.
    assert set(records) == set(Entity) and _ids(records) == []
    assert not [s for s in asked if "reg_record" in s]  # nothing of the city's 300 read
    assert snapshot.ensure(db, [venue_partition(venue)])[0].records == 0  # and usable
    event.remove(db.engine, "before_cursor_execute", _note)

    # A venue partition that holds a record has it in its snapshot (rebuilt on demand).
    rid = str(uuid.uuid4())
    data = posting_data(str(uuid.uuid4()), random.Random(1), date.today())
    bulk_insert(db, "posting", [(rid, data)], venue_partition(venue))
    snapshot.build_now(db, [venue_partition(venue)])
    assert _ids(_records(db, venue_partition(venue))) == [rid]


def test_a_snapshot_holds_each_live_record_with_every_field_a_kiosk_takes(db: Database) -> None:
    rng = random.Random(7)
    employers = [(str(uuid.uuid4()), dict(employer_data(i, rng), verified=i == 0)) for i in (0, 1)]
    bulk_insert(db, "employer", employers, "global")
    today = date.today()
    postings = [(str(uuid.uuid4()), posting_data(employers[0][0], rng, today)) for _ in range(3)]
    # A posting saved before valid_through existed: the nullable field it lacks comes as None.
    del postings[0][1]["valid_through"]
    postings[1][1]["skill_tags"] = ["电工", "持证上岗", "夜班"]
    postings[2][1]["flags"] = ["deposit"]
    bulk_insert(db, "posting", postings, "global")
    device = str(uuid.uuid4())
    key = {"device_id": device, "public_key": "a" * 64, "venue_id": "", "revoked_at": None}
    bulk_insert(db, "device_key", [(device, key)], "global")

    records = _records(db, "global")

    stored = _stored(db)
    assert sorted(_ids(records)) == sorted(rid for _, rid in stored)
    for entity in (Entity.DEVICE_KEY, Entity.EMPLOYER, Entity.POSTING):
        # Read back in id order, each with its version and its fields as the registry holds them.
        assert [rid for rid, _, _ in records[entity]] == sorted(
            rid for e, rid in stored if e == entity.value
        )
        for rid, version, data in records[entity]:
            assert version == 1
            assert data == _as_pulled(entity, stored[(entity.value, rid)])
    by_id = {rid: data for rows in records.values() for rid, _, data in rows}
    assert by_id[device] == key  # a device key, known by its device's id
    assert by_id[employers[0][0]]["verified"] is True
    assert by_id[employers[1][0]]["verified"] is False
    assert by_id[postings[0][0]]["valid_through"] is None
    assert by_id[postings[1][0]]["skill_tags"] == ["电工", "持证上岗", "夜班"]
    assert by_id[postings[2][0]]["flags"] == ["deposit"]
    assert isinstance(by_id[postings[2][0]]["pay_cents"], int)


def test_an_erased_worker_is_not_in_the_venues_next_snapshot(db: Database) -> None:
    venue = admin.add_venue(db, name="东城驿站", district="东城区")
    partition = venue_partition(venue)
    kept, erased = str(uuid.uuid4()), str(uuid.uuid4())
    workers = [
        (wid, {"display_name": name, "phone": phone, "venue_id": venue, "skills": ["保洁"],
               "districts": [], "available_dates": [], "languages": ["zh"],
               "circumstances": [], "assistance_grade": 0, "assistance_reasons": [],
               "registered_at": "2026-12-01T08:00:00+00:00", "card_code": ""})
        for wid, name, phone in ((kept, "张三", "13800000001"), (erased, "李四", "13800000002"))
    ]  # fmt: skip
    bulk_insert(db, "worker", workers, partition)
    assert sorted(_ids(_records(db, partition))) == sorted([kept, erased])

    admin.erase_worker(db, erased, "asked at the desk")
    snapshot.build_now(db, [partition])

    records = _records(db, partition)
    assert _ids(records) == [kept]
    # Nothing of the erased worker is left in the image's text either.
    image = _image(db, partition)
    try:
        dump = "\n".join(image.iterdump())
    finally:
        image.close()
    assert erased not in dump and "李四" not in dump and "13800000002" not in dump


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_registry_upgraded_from_json_line_snapshots_serves_images(
    backend: str, tmp_path: Path
) -> None:
    db = Database(database_url(backend, tmp_path))
    try:
        upgrade(db, "0006")
        ensure_epoch(db)
        seed(db, postings=30, employers=3)
        # The snapshot release 0.4.0 stored: JSON lines, this epoch's and current, so usable.
        old = snapshot.build(db, "global")
        lines = b'{"entity": "posting", "id": "x", "version": 1, "data": {}}\n'
        stale = zstandard.ZstdCompressor().compress(lines)
        with db.write() as session:
            session.connection().execute(
                Snapshot.__table__.update().values(  # type: ignore[attr-defined]
                    data=stale, size=len(stale), sha256=hashlib.sha256(stale).hexdigest()
                )
            )

        upgrade(db)

        with db.read() as session:
            assert snapshot.info(session, "global") is None  # dropped, not served
        records = _records(db, "global")  # built again, as an image
        assert len(records[Entity.POSTING]) == 30
        assert snapshot.ensure(db, ["global"])[0].records == old.records
    finally:
        db.dispose()
