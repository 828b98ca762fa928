"""A pulled record that breaks the contract is set aside; the rest of its page applies."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from kiosk.services.container import Services
from kiosk.store.sync_apply import PulledRecord, apply_records, set_aside
from kiosk.store.tables import ApplicationRow, PostingRow

EMPLOYER = "e0000000-0000-0000-0000-000000000001"
WORKER = "w0000000-0000-0000-0000-000000000001"


def _posting(pid: str, **changes: Any) -> PulledRecord:
    data = {
        "id": pid, "employer_id": EMPLOYER, "title": f"保洁员 {pid[:4]}",
        "occupation_code": "4-09-08-01", "district": "东城区", "workplace": "世纪花园",
        "pay_cents": 22000, "pay_unit": "day", "settlement": "same_day",
        "start_date": "2026-12-07", "end_date": "2026-12-08", "headcount": 3, "status": "open",
    }  # fmt: skip
    data.update(changes)
    return PulledRecord("posting", pid, 1, data)


def _parents() -> list[PulledRecord]:
    return [
        PulledRecord("employer", EMPLOYER, 1, {"id": EMPLOYER, "name": "安居物业"}),
        PulledRecord("worker", WORKER, 1, {"id": WORKER, "display_name": "李", "phone": "1"}),
    ]


def _application(aid: str, posting_id: str) -> PulledRecord:
    data = {"id": aid, "worker_id": WORKER, "posting_id": posting_id, "status": "interested"}
    return PulledRecord("application", aid, 1, data)


def _ids(services: Services, table: Any) -> set[str]:
    with services.db.read() as session:
        return set(session.exec(select(table.id)))


def test_a_bad_posting_and_its_application_wait_aside_while_the_page_applies(
    services: Services,
) -> None:
    bad = _posting("p-bad-0000", start_date="not-a-date", pay_cents="abc")
    page = [
        *_parents(), _posting("p-good-000"), bad, _posting("p-also-000"),
        _application("a-bad-0000", "p-bad-0000"), _application("a-good-000", "p-good-000"),
    ]  # fmt: skip
    with services.db.write() as session:
        apply_records(session, page)
    assert _ids(services, PostingRow) == {"p-good-000", "p-also-000"}
    assert _ids(services, ApplicationRow) == {"a-good-000"}
    with services.db.read() as session:
        total, shown = set_aside(session)
    assert total == 2
    problems = {s.id: (s.label, s.problem) for s in shown}
    assert problems["p-bad-0000"] == ("保洁员 p-ba", "pay_cents: not an integer")
    assert problems["a-bad-0000"][1] == "posting_id: set aside"

    # The registry mends the posting: it applies, and the application that waited for it too.
    fixed = _posting("p-bad-0000")
    with services.db.write() as session:
        apply_records(session, [PulledRecord(fixed.entity, fixed.id, 2, fixed.data)])
    assert "p-bad-0000" in _ids(services, PostingRow)
    assert "a-bad-0000" in _ids(services, ApplicationRow)
    with services.db.read() as session:
        assert set_aside(session) == (0, [])


def test_a_record_whose_parent_never_came_waits_for_it_instead_of_stopping_the_pull(
    services: Services,
) -> None:
    orphan = _application("a-orph-000", "p-late-000")
    with services.db.write() as session:
        apply_records(session, [*_parents(), _posting("p-good-000"), orphan])
    assert _ids(services, ApplicationRow) == set()
    with services.db.read() as session:
        assert [(s.id, s.problem) for s in set_aside(session)[1]] == [
            ("a-orph-000", "posting_id: missing")
        ]
    with services.db.write() as session:
        apply_records(session, [_posting("p-late-000")])
    assert _ids(services, ApplicationRow) == {"a-orph-000"}
    with services.db.read() as session:
        assert set_aside(session) == (0, [])
