"""Records kiosks had to set aside (they broke the sync contract when pulled): the city's list.

A kiosk never lets one bad record stop its pull (DESIGN 9); it keeps the record aside and
says so here, so whoever runs the registry finds and mends it instead of learning of it from
a venue's phone call. Each report replaces the device's last one: what a kiosk no longer
holds aside (the registry sent a good version) leaves the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import col, select

from kiosk.sync import protocol as p
from registry.db import Database
from registry.rules import Caller
from registry.store import utcnow
from registry.tables import SetAsideRecord, Venue


def record(db: Database, who: Caller, report: p.SetAsideReport) -> int:
    """Replace what `who` last reported; returns how many records it holds aside now."""
    now = utcnow()
    # The same record twice in one report is kept once (the last word counts).
    items = {(i.entity, i.id): i for i in report.items}
    with db.write() as session:
        session.connection().execute(
            delete(SetAsideRecord).where(col(SetAsideRecord.device_id) == who.device_id)
        )
        for (entity, record_id), item in items.items():
            session.add(
                SetAsideRecord(
                    device_id=who.device_id, entity=entity, record_id=record_id,
                    venue_id=who.venue_id, version=item.version, problem=item.problem,
                    reported_at=now,
                )
            )  # fmt: skip
    return len(items)


@dataclass(frozen=True, slots=True)
class Reported:
    venue: str
    device_id: str
    entity: str
    record_id: str
    version: int
    problem: str
    reported_at: datetime


def listing(db: Database) -> list[Reported]:
    """Every record some kiosk holds aside, by record (the same bad record at many kiosks
    shows once per kiosk: how far it reached)."""
    found = []
    with db.read() as session:
        rows = session.exec(
            select(SetAsideRecord, Venue.name)
            .join(Venue, col(Venue.id) == SetAsideRecord.venue_id, isouter=True)
            .order_by(col(SetAsideRecord.entity), col(SetAsideRecord.record_id),
                      col(SetAsideRecord.device_id))
        ).all()  # fmt: skip
        for row, name in rows:
            found.append(
                Reported(name or row.venue_id, row.device_id, row.entity, row.record_id,
                         row.version, row.problem, row.reported_at)
            )  # fmt: skip
    return found
