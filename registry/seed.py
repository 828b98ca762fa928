"""Demo data straight into the registry (and bulk loading for benchmarks)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS
from kiosk.domain.model import VENUE_TZ
from registry.db import CHANGE_LOG_LOCK, Database
from registry.store import utcnow
from registry.tables import ChangeLog, Record

BRANDS = ["安居", "顺达", "恒通", "佳美", "和盛", "鑫源", "康华", "天润", "宏图", "金桥"]
KINDS = ["物业服务有限公司", "物流有限公司", "家政服务中心", "餐饮管理有限公司", "保安服务有限公司"]
PLACES = ["万达广场", "人民医院", "开发区物流园", "世纪花园小区", "会展中心", "滨江公园"]
COURSES = [("保洁员技能培训", "cleaning"), ("叉车司机培训（考证）", "logistics"),
           ("家政服务员培训", "housekeeping"), ("养老护理员培训", "care")]  # fmt: skip


@dataclass(slots=True, frozen=True)
class SeedCounts:
    employers: int
    postings: int
    courses: int


def bulk_insert(
    db: Database, entity: str, items: Sequence[tuple[str, dict[str, Any]]], partition: str
) -> None:
    """Many new records in one transaction, logged like any other change."""
    now = utcnow()
    stamp = now.isoformat()
    with db.write() as session:
        for start in range(0, len(items), 5000):
            chunk = items[start : start + 5000]
            records = [
                {"entity": entity, "id": rid, "version": 1, "partitions": partition,
                 "venue_id": str(data.get("venue_id", "")), "origin_device": "",
                 "data": dict(data, id=rid, origin_device="", created_at=stamp,
                              updated_at=stamp),
                 "lookup": None, "card_code": None, "created_at": now, "updated_at": now}
                for rid, data in chunk
            ]  # fmt: skip
            session.execute(insert(Record), records)
        db.lock(session, CHANGE_LOG_LOCK)
        for start in range(0, len(items), 5000):
            chunk = items[start : start + 5000]
            logs = [
                {"partition": partition, "entity": entity, "entity_id": rid, "version": 1}
                for rid, _ in chunk
            ]
            session.execute(insert(ChangeLog), logs)


def employer_data(i: int, rng: random.Random) -> dict[str, Any]:
    return {"name": f"{rng.choice(BRANDS)}{rng.choice(KINDS)}{i}", "kind": "company",
            "licence_no": "", "phone": "", "verified": rng.random() < 0.5, "status": "ok",
            "warnings": 0, "venue_id": ""}  # fmt: skip


def posting_data(employer_id: str, rng: random.Random, today: date) -> dict[str, Any]:
    occ = rng.choice(OCCUPATIONS)
    district = rng.choice(DISTRICTS).name_zh
    place = rng.choice(PLACES)
    start = today + timedelta(days=rng.randint(0, 5))
    pay_unit = rng.choice(["day", "day", "hour"])
    pay = rng.randint(200, 400) if pay_unit == "day" else rng.randint(25, 50)
    return {
        "employer_id": employer_id, "title": f"{place}招{occ.name_zh}", "occupation_code": occ.code,
        "skill_tags": list(occ.skill_tags[:2]),
        "description": f"{place}{occ.name_zh}，日结，包午餐。",
        "requirements": "", "district": district, "workplace": f"{district}{place}",
        "pay_cents": pay * 100, "pay_unit": pay_unit, "settlement": "same_day",
        "start_date": start.isoformat(), "end_date": (start + timedelta(days=2)).isoformat(),
        "start_time": "08:00:00", "end_time": "17:00:00", "headcount": rng.randint(1, 10),
        "filled": 0, "meals": "包午餐", "transport": "", "deductions": "", "contact_name": "王经理",
        "contact_phone": "13800138000", "status": "open", "flags": [],
        "valid_through": (start + timedelta(days=3)).isoformat() + "T00:00:00+00:00",
        "source_channel": "registry", "venue_id": "", "review_note": "",
    }  # fmt: skip


def seed(db: Database, *, postings: int = 200, employers: int = 30, seed: int = 1) -> SeedCounts:
    """Employers, open postings and training courses for the whole city (partition global)."""
    rng = random.Random(seed)
    today = datetime.now(VENUE_TZ).date()  # the venues' day (China time), not the server's
    emps = [(str(uuid.UUID(int=rng.getrandbits(128))), employer_data(i, rng))
            for i in range(max(1, employers))]  # fmt: skip
    bulk_insert(db, "employer", emps, "global")
    posts = [
        (str(uuid.UUID(int=rng.getrandbits(128))), posting_data(rng.choice(emps)[0], rng, today))
        for _ in range(postings)
    ]
    bulk_insert(db, "posting", posts, "global")
    courses = [
        (str(uuid.UUID(int=rng.getrandbits(128))),
         {"title": title, "provider": "市职业技能培训中心", "category": cat, "skill_tags": [],
          "starts_on": (today + timedelta(days=7)).isoformat(),
          "ends_on": (today + timedelta(days=14)).isoformat(), "schedule": "周一至周五 9:00-16:00",
          "place": "市职业技能培训中心", "seats": 30, "subsidy_text": "符合条件者可申领培训补贴"})
        for title, cat in COURSES
    ]  # fmt: skip
    bulk_insert(db, "training_course", courses, "global")
    return SeedCounts(employers=len(emps), postings=len(posts), courses=len(courses))
