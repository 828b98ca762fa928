"""The sync contract holds the kiosk's tables and mappers equal to it."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, cast

import pytest
from sqlalchemy import JSON
from sqlalchemy.types import TypeDecorator
from sqlmodel import select

import builders
from kiosk.domain import contract as c
from kiosk.domain.model import ComplaintCategory, ComplaintTarget, StaffUser
from kiosk.services.container import Services
from kiosk.services.seed import seed
from kiosk.store import sync_apply
from kiosk.store.jsonable import jsonable
from kiosk.store.tables import OutboxOpRow

# Kept by the kiosk for itself, never sent: the rowid, demo data, the derived pay sort key.
KIOSK_ONLY = frozenset({"num", "demo", "day_rate_cents"})
# What each kind is stored as: a Python type of the column, or JSON.
KINDS: dict[c.Kind, type] = {
    c.Kind.TEXT: str, c.Kind.INT: int, c.Kind.BOOL: bool, c.Kind.DATE: date, c.Kind.TIME: time,
    c.Kind.DATETIME: datetime, c.Kind.TEXT_LIST: list, c.Kind.TERMS: dict, c.Kind.FLAGS: list,
}  # fmt: skip


def _stored_as(column: Any) -> type:
    kind = column.type
    if isinstance(kind, JSON):
        return list
    return cast(type, (kind.impl if isinstance(kind, TypeDecorator) else kind).python_type)


def test_every_synced_entity_has_one_table_and_its_columns_are_the_contract() -> None:
    assert set(sync_apply.TABLES) == set(c.Entity)
    for entity, table in sync_apply.TABLES.items():
        spec = c.RECORDS[c.Entity(entity)]
        columns = {col.name: col for col in table.__table__.columns if col.name not in KIOSK_ONLY}  # type: ignore[attr-defined]
        assert set(columns) == set(spec), entity
        for name, column in columns.items():
            field = spec[name]
            stored = _stored_as(column)
            assert stored is KINDS[field.kind] or (stored is list and field.kind is c.Kind.TERMS), (
                entity, name,
            )  # fmt: skip
            assert column.nullable == field.nullable or column.primary_key, (entity, name)
            model_field = table.model_fields[name]
            if name not in ("id", "device_id"):
                # A column without a default must come with every record, and the other way.
                assert model_field.is_required() == field.required, (entity, name)


def _payloads(services: Services) -> list[OutboxOpRow]:
    with services.db.read() as session:
        return list(session.exec(select(OutboxOpRow)))


def test_what_the_kiosk_pushes_keeps_the_contract(services: Services, admin: StaffUser) -> None:
    employer = builders.employer(services)
    posting = services.postings.create(builders.posting(employer.id), actor=admin.id)
    worker = services.workers.register(builders.worker(), consent=True).worker
    app = services.applications.express_interest(worker_id=worker.id, posting_id=posting.id)
    services.applications.record_hire(app.application.id, actor=admin.id)
    services.complaints.file(
        target=ComplaintTarget.POSTING, target_id=posting.id, text="要交押金",
        category=ComplaintCategory.FEE_CHARGED, contact_phone="13812345678",
    )  # fmt: skip
    case = services.assistance.open_case(worker_id=worker.id, plan="每周回访", actor=admin.id)
    services.assistance.add_follow_up(case_id=case.id, note="电话回访", due_on=None, actor=admin.id)
    services.assistance.close_case(case.id, outcome="已就业", actor=admin.id)
    ops = _payloads(services)
    assert {op.entity for op in ops} >= {
        "employer", "posting", "worker", "application", "complaint", "assistance_case", "follow_up"
    }  # fmt: skip
    for op in ops:
        entity = c.entity_of(op.entity)
        assert entity is not None, op.entity
        assert set(op.payload) - set(c.RECORDS[entity]) - set(c.TRANSITION_EXTRAS) <= KIOSK_ONLY
        fields = {k: v for k, v in op.payload.items() if k not in c.TRANSITION_EXTRAS}
        problem = c.check(entity, fields, partial=op.action != "create")
        assert problem is None, (op.entity, op.action, str(problem))
        for name in set(op.payload) & set(c.TRANSITION_EXTRAS):
            assert c.check_extra(name, op.payload[name]) is None


def test_every_row_the_kiosk_stores_keeps_the_contract(services: Services) -> None:
    seed(services, postings=60, workers=20)
    with services.db.read() as session:
        for entity, table in sync_apply.TABLES.items():
            for row in session.exec(select(table)):
                values: dict[str, Any] = jsonable(row.model_dump())
                problem = c.check(c.Entity(entity), values)
                assert problem is None, (entity, str(problem))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start_date", "not-a-date"), ("pay_cents", "abc"), ("valid_through", "soon"),
        ("pay_unit", "fortnight"), ("title", {"zh": "保洁"}), ("description", "长" * 20_000),
        ("headcount", 10**30), ("skill_tags", ["保洁"] * 500), ("title", ""),
    ],
)  # fmt: skip
def test_a_posting_with_a_wrong_field_breaks_the_contract(field: str, value: Any) -> None:
    good = _good_posting()
    assert c.check(c.Entity.POSTING, good) is None
    problem = c.check(c.Entity.POSTING, dict(good, **{field: value}))
    assert problem is not None and problem.field == field


def _good_posting() -> dict[str, Any]:
    return {
        "id": "p1", "employer_id": "e1", "title": "保洁员", "occupation_code": "4-09-08-01",
        "district": "东城区", "workplace": "世纪花园", "pay_cents": 22000, "pay_unit": "day",
        "settlement": "same_day", "start_date": "2026-12-07", "end_date": "2026-12-08",
        "headcount": 3, "status": "open", "valid_through": None, "skill_tags": ["保洁"],
    }  # fmt: skip


def test_a_missing_required_field_breaks_a_record_but_not_a_partial_change() -> None:
    posting = _good_posting()
    del posting["title"]
    assert str(c.check(c.Entity.POSTING, posting)) == "title: required"
    assert c.check(c.Entity.POSTING, {"status": "open"}, partial=True) is None
    assert c.check(c.Entity.POSTING, {"status": "gone"}, partial=True) is not None
