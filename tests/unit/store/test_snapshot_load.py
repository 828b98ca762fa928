"""A downloaded snapshot loads as a pulled page applies: checked against the contract, searchable
by what this kiosk holds, and all or nothing; its postings taken by SQL end up exactly as they
would one by one, and no unencrypted copy of it outlives the load."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pytest
import zstandard
from sqlmodel import select

import builders
from kiosk import config
from kiosk.domain import snapshot_image
from kiosk.domain.contract import Entity
from kiosk.domain.snapshot_image import SnapshotUnreadable
from kiosk.services.container import Services
from kiosk.store import posting_bulk, posting_indexes, snapshot_load
from kiosk.store.pulled import apply_pulled
from kiosk.store.search import SearchQuery, search_ids
from kiosk.store.sync_apply import PulledRecord
from kiosk.store.tables import EmployerRow, PostingRow, SetAsideRow

EMPLOYER = "e0000000-0000-0000-0000-000000000001"
Record = builders.Record


def _employer(record_id: str, name: str) -> Record:
    data = {"id": record_id, "name": name, "kind": "company", "verified": True, "status": "ok"}
    return ("employer", record_id, 1, data)


def _posting(record_id: str, title: str = "会展服务员", **overrides: Any) -> Record:
    data = builders.posting_wire(record_id, EMPLOYER, title=title)
    return ("posting", record_id, 1, data | overrides)


def _source(packed: bytes) -> Callable[[], BinaryIO]:
    return lambda: io.BytesIO(packed)


def _load(
    services: Services,
    records: list[Record] | None = None,
    *,
    packed: bytes | None = None,
    waiting: frozenset[tuple[str, str]] = frozenset(),
    progress: Callable[[int], None] | None = None,
) -> int:
    """As the engine loads a first sync's snapshot: indexes deferred, the image attached."""
    data = packed if packed is not None else builders.snapshot_image(records or [])
    with (
        snapshot_load.unpacked([_source(data)]) as images,
        services.db.write(attach=snapshot_load.attachments(images)) as session,
    ):
        posting_indexes.defer_if_empty(session.connection())
        changed = snapshot_load.load(
            session, images, resync=False, waiting=set(waiting),
            progress=progress or (lambda _done: None),
        )  # fmt: skip
        posting_indexes.build_missing(session.connection())
    return changed


def _no_memory_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ram = tmp_path / "ram"
    ram.mkdir()
    monkeypatch.setattr(snapshot_load, "RAM_DIR", ram)
    return ram


def test_a_snapshot_that_is_no_image_loads_nothing_and_leaves_no_copy(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = _no_memory_copies(tmp_path, monkeypatch)
    garbage = zstandard.ZstdCompressor(write_content_size=True).compress(b"not a database" * 99)
    for packed in (garbage, builders.snapshot_image([_employer("e1", "东城物业")], layout=99),
                   _malformed_schema()):  # fmt: skip
        with pytest.raises(SnapshotUnreadable):
            _load(services, packed=packed)
        assert list(ram.iterdir()) == []
    with services.db.read() as session:
        assert session.exec(select(EmployerRow)).all() == []


def _malformed_schema() -> bytes:
    """An image whose schema SQLite cannot read (so it will not attach it)."""
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE employer (version, id)")
    plain.execute("PRAGMA user_version = 1")
    plain.execute("PRAGMA writable_schema = ON")
    plain.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE employer (' WHERE type = 'table'")
    plain.commit()
    return zstandard.ZstdCompressor(write_content_size=True).compress(plain.serialize())


def test_rows_of_a_table_without_the_contracts_columns_are_set_aside(services: Services) -> None:
    """An employer table of an id alone: its rows break the contract (no name), so they wait
    set aside, shown to staff, and nothing of them is loaded."""
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE employer (version, id)")  # a table without the contract's columns
    plain.execute("INSERT INTO employer VALUES (1, 'e1')")
    plain.execute("PRAGMA user_version = 1")
    plain.commit()
    packed = zstandard.ZstdCompressor(write_content_size=True).compress(plain.serialize())
    changed = _load(services, packed=packed)  # a row without a name is set aside, not loaded
    assert changed == 0
    with services.db.read() as session:
        assert session.exec(select(EmployerRow)).all() == []
        assert [r.id for r in session.exec(select(SetAsideRow))] == ["e1"]


def test_a_posting_whose_employer_waits_with_a_local_change_is_found_by_this_kiosks_name(
    services: Services,
) -> None:
    """The snapshot's employer record is kept aside (a local change of it waits to be sent):
    the posting is found by the employer name this kiosk holds, not the snapshot's."""
    with services.db.write() as session:
        session.add(EmployerRow(id=EMPLOYER, name="本地物业公司", venue_id="v"))
    _load(
        services, [_employer(EMPLOYER, "远方集团"), _posting("p1")],
        waiting=frozenset({("employer", EMPLOYER)}),
    )  # fmt: skip
    with services.db.read() as session:
        assert len(search_ids(session, SearchQuery(text="本地物业"))) == 1
        assert search_ids(session, SearchQuery(text="远方集团")) == []
        assert len(search_ids(session, SearchQuery(text="服务员"))) == 1


def test_records_of_a_snapshot_are_checked_as_a_pulled_pages_are(services: Services) -> None:
    """A record breaking the contract is set aside; the rest of the snapshot loads."""
    bad = _employer("e9", "x")[3] | {"kind": 7}
    _load(services, [_employer(EMPLOYER, "东城物业"), ("employer", "e9", 1, bad),
                     _posting("p1", "仓库搬运")])  # fmt: skip
    with services.db.read() as session:
        assert [e.id for e in session.exec(select(EmployerRow))] == [EMPLOYER]
        assert len(search_ids(session, SearchQuery(text="搬运"))) == 1


# A snapshot's postings in every shape the registry may send: the usual ones (taken by SQL) and
# those the SQL reading leaves to the one-by-one path, which then decides.
_AWKWARD = [
    _posting("p-hour", "钟点保洁", pay_unit="hour", pay_cents=3000),
    _posting("p-piece", "计件包装", pay_unit="piece", pay_cents=50, start_time=None, end_time=None),
    _posting("p-flagged", "夜班保安", flags=[{"rule": "pay_low", "note": "低于最低工资"}]),
    _posting("p-beijing-time", "搬家", created_at="2026-11-25T21:52:42.850990+08:00"),
    _posting("p-whole-second", "厨工", updated_at="2026-11-25T13:52:42+00:00"),
    _posting("p-bad-unit", "月结司机", pay_unit="month"),
    _posting("p-no-employer", "洗碗工", employer_id="e0000000-0000-0000-0000-00000000dead"),
    _posting("p-waiting", "本地修改中"),
    _posting("p-no-description", "快递分拣", description=None),
    _posting("p-long-tag", "话务员", skill_tags=["电" * 300]),
    _posting("p-number-title", 5, skill_tags="配送", employer_id=["not", "an", "id"]),
    _posting("p-tags-no-json", "送水工", skill_tags="配送"),
    # What the search text is made of: tags in order, one blank; an occupation code with
    # spaces (the catalogue finds it) and one it does not know; Latin words.
    _posting("p-tags", "装卸工", skill_tags=["搬运", "", "forklift 叉车"]),
    _posting("p-code-spaced", "保洁员", occupation_code=" 4-03-02-05 "),
    _posting("p-code-unknown", "Odd jobs 杂工", occupation_code="9-99"),
] + [_posting(f"p{i:03}", f"会展服务员{i}") for i in range(30)]
_WAITING = frozenset({("posting", "p-waiting")})


def _one_by_one(services: Services, records: list[Record]) -> None:
    """The records as an image carries them (a null where the field may not be null is the
    field absent), applied one by one as a pulled page is."""
    carried = []
    for entity, record_id, version, data in records:
        row = snapshot_image.encode(Entity(entity), version, data)
        carried.append(
            PulledRecord(entity, record_id, version, snapshot_image.decode(Entity(entity), row)[2])
        )
    with services.db.write() as session:
        posting_indexes.defer_if_empty(session.connection())
        apply_pulled(session, carried, resync=False, waiting=set(_WAITING))
        posting_indexes.build_missing(session.connection())


def _assert_as_one_by_one(services: Services, records: list[Record], home: Path) -> None:
    """What `services` holds is what a kiosk holds that applied `records` one by one."""
    other = Services.create(config.load(home, env={}))
    try:
        _one_by_one(other, records)
        assert _stored(services) == _stored(other)
    finally:
        other.db.close()


def _stored(services: Services) -> tuple[list[Any], list[Any], dict[str, int], list[Any]]:
    """Postings, set-aside records, search hits and every word the search index holds of each
    posting, where; asserting on the way that the index holds exactly the stored postings (an
    entry left behind by a refused row would be found as whichever posting takes its number
    next)."""
    columns = [c.name for c in PostingRow.__table__.columns if c.name != "num"]  # type: ignore[attr-defined]
    with services.db.read() as session:
        conn = session.connection()
        rows = sorted(conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM posting").all())
        aside = sorted(conn.exec_driver_sql("SELECT entity, id, problem FROM sync_set_aside").all())
        indexed = [n for (n,) in conn.exec_driver_sql("SELECT rowid FROM posting_fts ORDER BY 1")]
        assert indexed == [n for (n,) in conn.exec_driver_sql("SELECT num FROM posting ORDER BY 1")]
        found = {
            word: len(search_ids(session, SearchQuery(text=word)))
            for word in (
                "保洁",
                "包装",
                "保安",
                "搬家",
                "厨工",
                "东城物业",
                "服务员",
                "分拣",
                "话务",
            )
        }
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, posting_fts, instance)"
        )
        words = sorted(
            conn.exec_driver_sql(
                "SELECT p.id, w.term, w.offset FROM temp.words w JOIN posting p ON p.num = w.doc"
            ).all()
        )
    return rows, aside, found, words


def test_postings_taken_by_sql_are_stored_and_found_exactly_as_one_by_one(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = _no_memory_copies(tmp_path, monkeypatch)
    records = [_employer(EMPLOYER, "东城物业"), *_AWKWARD]
    taken: list[posting_bulk.Taken | None] = []
    real_take = posting_bulk.take

    def watched(*args: Any, **kwargs: Any) -> posting_bulk.Taken | None:
        taken.append(real_take(*args, **kwargs))
        return taken[-1]

    monkeypatch.setattr(posting_bulk, "take", watched)
    seen: list[int] = []
    _load(services, records, waiting=_WAITING, progress=seen.append)
    _assert_as_one_by_one(services, records, tmp_path / "other")
    # Most went in by SQL; the awkward ones the one-by-one way, which stored or set them aside.
    assert taken and taken[0] is not None
    # Image rows 3, 4, 6, 7, 8, 10, 11 and 12: flagged, Beijing time, a month's pay, no
    # employer, a local op waiting, an overlong tag, nothing the right type, tags that are no
    # JSON. The other 37 (a piece rate, a whole second too) by SQL.
    assert (taken[0].inserted, taken[0].refused) == (37, [3, 4, 6, 7, 8, 10, 11, 12])
    _rows, aside, found, _words = _stored(services)
    assert [(e, i) for e, i, _ in aside] == [
        ("posting", "p-bad-unit"), ("posting", "p-long-tag"), ("posting", "p-no-employer"),
        ("posting", "p-number-title"), ("posting", "p-tags-no-json"),
    ]  # fmt: skip
    assert found["保安"] == found["搬家"] == found["分拣"] == 1
    assert seen == sorted(seen) and seen[-1] == len(records)  # every record dealt with
    assert list(ram.iterdir()) == []


def test_without_a_memory_directory_the_image_is_read_in_memory_and_loads_the_same(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_load, "RAM_DIR", tmp_path / "no-such-directory")
    records = [_employer(EMPLOYER, "东城物业"), *_AWKWARD]
    _load(services, records, waiting=_WAITING)
    _assert_as_one_by_one(services, records, tmp_path / "other")


def test_an_image_with_one_posting_twice_still_loads_it_once(services: Services) -> None:
    twice = _posting("p1", "仓库搬运")
    _load(services, [_employer(EMPLOYER, "东城物业"), twice, _posting("p2"), twice])
    with services.db.read() as session:
        assert sorted(p.id for p in session.exec(select(PostingRow))) == ["p1", "p2"]
        assert len(search_ids(session, SearchQuery(text="搬运"))) == 1


def test_a_plain_image_left_by_a_kiosk_stopped_mid_load_is_removed_at_the_next_load(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Power is the only way out of a load's transaction: the next load deletes what a dead
    process left in memory, and leaves a living one's alone."""
    ram = _no_memory_copies(tmp_path, monkeypatch)
    stale = ram / f"kiosk-snapshot-{_ended_pid()}-x1"
    living = ram / f"kiosk-snapshot-{os.getppid()}-x2"
    for folder in (stale, living):
        folder.mkdir()
        (folder / "snapshot0.db").write_bytes(b"plain personal data")
    _load(services, [_employer(EMPLOYER, "东城物业")])
    assert sorted(p.name for p in ram.iterdir()) == [living.name]


def _ended_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid
