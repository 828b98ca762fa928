"""Tell the registry which pulled records this kiosk had to set aside (issue 14, point 1).

Sent after a pull when the list changed since the last report, so the city sees a bad record
at once and where it reached. Only what identifies the record and which field broke the
contract travels: never a record's values (they may be a worker's personal data).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func
from sqlmodel import col, select

from kiosk.store import sync_state
from kiosk.store.database import Database
from kiosk.store.tables import SetAsideRow
from kiosk.sync import protocol as p
from kiosk.sync import state
from kiosk.sync.client import RegistryClient, RegistryRefused


def current(db: Database) -> p.SetAsideReport:
    """What this kiosk holds aside now, the newest first."""
    with db.read() as session:
        total = session.exec(select(func.count()).select_from(SetAsideRow)).one()
        rows = session.exec(
            select(SetAsideRow.entity, SetAsideRow.id, SetAsideRow.version, SetAsideRow.problem)
            .order_by(col(SetAsideRow.set_aside_at).desc(), col(SetAsideRow.id))
            .limit(p.MAX_SET_ASIDE_REPORTED)
        ).all()
    items = [
        p.SetAsideItem(entity=e[:40], id=i[:64], version=v, problem=problem[:200])
        for e, i, v, problem in rows
    ]
    return p.SetAsideReport(total=int(total), items=items)


def report_if_changed(db: Database, client: RegistryClient) -> bool:
    """Send the list if it changed since it was last sent; True if it was sent now.

    An empty list is sent too once something was reported: the registry then drops this
    kiosk's entries. A registry too old to know the path (404) is not asked again until
    the list changes.
    """
    report = current(db)
    digest = hashlib.sha256(report.model_dump_json().encode()).hexdigest()
    with db.read() as session:
        last = sync_state.get(session, state.SET_ASIDE_REPORTED)
    if digest == last or (not last and not report.total):
        return False
    try:
        client.report_set_aside(report)
    except RegistryRefused as exc:
        if exc.status != 404:
            raise
    with db.write() as session:
        sync_state.put(session, state.SET_ASIDE_REPORTED, digest)
    return True
