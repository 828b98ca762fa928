"""A downloaded snapshot loads as a pulled page applies: checked against the contract, searchable
by what this kiosk holds, and all or nothing."""

from __future__ import annotations

import io
from typing import Any

import orjson
import pytest
import zstandard
from sqlmodel import select

import builders
from kiosk.services.container import Services
from kiosk.store import snapshot_load
from kiosk.store.search import SearchQuery, search_ids
from kiosk.store.tables import EmployerRow

EMPLOYER = "e0000000-0000-0000-0000-000000000001"


def _line(entity: str, record_id: str, data: dict[str, Any], version: int = 1) -> bytes:
    return orjson.dumps({"entity": entity, "id": record_id, "version": version, "data": data})


def _employer(record_id: str, name: str) -> bytes:
    data = {"id": record_id, "name": name, "kind": "company", "verified": True, "status": "ok"}
    return _line("employer", record_id, data)


def _posting(record_id: str, title: str) -> bytes:
    return _line("posting", record_id, builders.posting_wire(record_id, EMPLOYER, title=title))


def _snapshot(*lines: bytes) -> list[Any]:
    packed = zstandard.ZstdCompressor(level=3).compress(b"\n".join(lines) + b"\n")
    return [lambda: io.BytesIO(packed)]


def _ignore(_done: int) -> None:
    pass


def test_a_snapshot_unreadable_part_way_loads_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot_load, "CHUNK_RECORDS", 2)  # the bad line in the second chunk
    files = _snapshot(
        _employer("e1", "东城物业"), _employer("e2", "西城物业"), _employer("e3", "南城物业"),
        b'{"entity": "employer", "id": "e4", "version": 1, "data": {"id": "e4", "na',
    )  # fmt: skip
    seen: list[int] = []
    with pytest.raises(snapshot_load.SnapshotUnreadable), services.db.write() as session:
        snapshot_load.load(session, files, resync=False, waiting=set(), progress=seen.append)
    assert seen == [2]  # the first chunk was applied in the transaction, then all rolled back
    with services.db.read() as session:
        assert session.exec(select(EmployerRow)).all() == []


def test_a_posting_whose_employer_waits_with_a_local_change_is_found_by_this_kiosks_name(
    services: Services,
) -> None:
    """The snapshot's employer record is kept aside (a local change of it waits to be sent):
    the posting is found by the employer name this kiosk holds, not the snapshot's."""
    with services.db.write() as session:
        session.add(EmployerRow(id=EMPLOYER, name="本地物业公司", venue_id="v"))
    files = _snapshot(_employer(EMPLOYER, "远方集团"), _posting("p1", "会展服务员"))
    with services.db.write() as session:
        snapshot_load.load(
            session, files, resync=False, waiting={("employer", EMPLOYER)}, progress=_ignore
        )
    with services.db.read() as session:
        assert len(search_ids(session, SearchQuery(text="本地物业"))) == 1
        assert search_ids(session, SearchQuery(text="远方集团")) == []
        assert len(search_ids(session, SearchQuery(text="服务员"))) == 1


def test_records_of_a_snapshot_are_checked_as_a_pulled_pages_are(services: Services) -> None:
    """A record breaking the contract is set aside; the rest of the snapshot loads."""
    bad = orjson.loads(_employer("e9", "x"))["data"] | {"kind": 7}
    files = _snapshot(
        _employer(EMPLOYER, "东城物业"), _line("employer", "e9", bad), _posting("p1", "仓库搬运"),
    )  # fmt: skip
    with services.db.write() as session:
        snapshot_load.load(session, files, resync=False, waiting=set(), progress=_ignore)
    with services.db.read() as session:
        assert [e.id for e in session.exec(select(EmployerRow))] == [EMPLOYER]
        assert len(search_ids(session, SearchQuery(text="搬运"))) == 1
