"""Additive changes work both ways: a field one side does not know is ignored, not refused."""

from __future__ import annotations

from sqlmodel import select

from kiosk.domain import contract
from kiosk.domain.contract import Entity
from kiosk.services.container import Services
from kiosk.store.sync_apply import PulledRecord, apply_records, set_aside
from kiosk.store.tables import PostingRow

EMPLOYER = "e0000000-0000-0000-0000-000000000002"


def _posting(**extra: object) -> dict[str, object]:
    return {
        "id": "p-newer-00", "employer_id": EMPLOYER, "title": "保洁员",
        "occupation_code": "4-09-08-01", "district": "东城区", "workplace": "世纪花园",
        "pay_cents": 22000, "pay_unit": "day", "settlement": "same_day",
        "start_date": "2026-12-07", "end_date": "2026-12-08", "headcount": 3, "status": "open",
        **extra,
    }  # fmt: skip


def test_a_record_from_a_newer_registry_with_a_field_this_kiosk_does_not_know_applies(
    services: Services,
) -> None:
    page = [
        PulledRecord("employer", EMPLOYER, 1, {"id": EMPLOYER, "name": "安居物业"}),
        PulledRecord("posting", "p-newer-00", 1, _posting(shuttle_bus_stop="东门", rating=4.5)),
    ]
    with services.db.write() as session:
        apply_records(session, page)
    with services.db.read() as session:
        titles = list(session.exec(select(PostingRow.title)))
        total, _ = set_aside(session)
    assert titles == ["保洁员"] and total == 0


def test_the_registry_reads_a_newer_kiosks_payload_by_the_fields_it_knows() -> None:
    data = _posting(shuttle_bus_stop="东门")
    assert contract.check(Entity.POSTING, data) is None
    assert "shuttle_bus_stop" not in contract.known_fields(Entity.POSTING, data)
