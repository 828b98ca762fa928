"""Valid domain objects for tests, with the fields a test cares about overridable."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import zstandard

from kiosk.domain import snapshot_image as snapshot_layout
from kiosk.domain.contract import Entity
from kiosk.domain.model import (
    VENUE_TZ,
    Employer,
    EmployerKind,
    PayUnit,
    Posting,
    Settlement,
    Worker,
)
from kiosk.services.container import Services


def employer(services: Services, **overrides: Any) -> Employer:
    values: dict[str, Any] = {"name": "安居物业服务有限公司", "kind": EmployerKind.COMPANY}
    values.update(overrides)
    return services.employers.create(Employer(**values))


def venue_today() -> date:
    """The venue's day (China time), which the services check dates against: a day ahead of
    UTC from 16:00 UTC, when `date.today()` on a UTC machine is already "in the past"."""
    return datetime.now(VENUE_TZ).date()


def posting(employer_id: str, **overrides: Any) -> Posting:
    today = venue_today()
    values: dict[str, Any] = {
        "employer_id": employer_id,
        "title": "世纪花园小区保洁员",
        "occupation_code": "4-09-08-01",
        "skill_tags": ["保洁"],
        "description": "小区公共区域清扫，包午餐，日结。",
        "district": "东城区",
        "workplace": "东城区世纪花园小区",
        "pay_amount": Decimal("220"),
        "pay_unit": PayUnit.DAY,
        "settlement": Settlement.SAME_DAY,
        "start_date": today + timedelta(days=1),
        "end_date": today + timedelta(days=2),
        "start_time": time(8, 0),
        "end_time": time(17, 0),
        "headcount": 3,
        "contact_name": "王经理",
        "contact_phone": "13812345678",
    }
    values.update(overrides)
    return Posting(**values)


def worker(**overrides: Any) -> Worker:
    values: dict[str, Any] = {
        "display_name": "李建国",
        "phone": "13900001111",
        "birth_year": 1968,
        "skills": ["保洁"],
        "districts": ["东城区"],
    }
    values.update(overrides)
    return Worker(**values)


def posting_wire(record_id: str, employer_id: str, **overrides: Any) -> dict[str, Any]:
    """A posting as the registry sends it (a pull page's or snapshot line's `data`)."""
    data: dict[str, Any] = {
        "id": record_id, "employer_id": employer_id, "title": "会展服务员",
        "occupation_code": "4-03-02-05", "skill_tags": ["服务员"], "description": "包午餐",
        "district": "东城区", "workplace": "东城区会展中心", "pay_cents": 20000,
        "pay_unit": "day", "settlement": "same_day", "start_date": "2026-11-25",
        "end_date": "2026-11-27", "start_time": "08:00:00", "end_time": "17:00:00",
        "headcount": 5, "filled": 0, "status": "open", "flags": [],
        "valid_through": "2026-11-28T00:00:00+00:00", "source_channel": "registry",
        "created_at": "2026-11-25T13:52:42.850990+00:00",
        "updated_at": "2026-11-25T13:52:42.850990+00:00",
    }  # fmt: skip
    return data | overrides


Record = tuple[str, str, int, dict[str, Any]]


def snapshot_image(records: list[Record], *, layout: int = 0) -> bytes:
    """A registry's snapshot as downloaded (zstd SQLite image) of (entity, id, version, data)
    records, in the order given; `layout` other than 0 writes that user_version instead."""
    db = sqlite3.connect(":memory:")
    for entity in Entity:
        db.execute(snapshot_layout.create_sql(entity))
    for entity_name, record_id, version, data in records:
        entity = Entity(entity_name)
        key = snapshot_layout.key_field(entity)
        row = snapshot_layout.encode(entity, version, data | {key: record_id})
        db.execute(snapshot_layout.insert_sql(entity), row)
    db.execute(f"PRAGMA user_version = {layout or snapshot_layout.IMAGE_VERSION}")
    db.commit()
    plain = db.serialize()
    db.close()
    return zstandard.ZstdCompressor(level=3, write_content_size=True).compress(plain)
