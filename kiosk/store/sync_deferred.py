"""Records a pull met while a local op of them waited, kept until the push is answered."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, delete, select

from kiosk.store.sync_apply import PulledRecord
from kiosk.store.tables import SyncDeferredRow


def keep(session: Session, records: Iterable[PulledRecord]) -> None:
    """Remember the newest copy of each record a pull had to skip."""
    for rec in records:
        row = session.get(SyncDeferredRow, (rec.entity, rec.id))
        if row is not None and row.version >= rec.version:
            continue
        if row is None:
            row = SyncDeferredRow(entity=rec.entity, id=rec.id, version=rec.version)
        row.version, row.deleted, row.data = rec.version, rec.deleted, rec.data
        session.add(row)
    session.flush()


def settle(
    session: Session, *, waiting: set[tuple[str, str]], made: dict[tuple[str, str], int]
) -> list[PulledRecord]:
    """Take out the copies whose ops are all answered; return those to apply.

    `made` is the registry's version after each answered op. A copy older than that predates
    the push, whose own change comes at a later pull: it is dropped, not applied.
    """
    rows = [r for r in session.exec(select(SyncDeferredRow)) if (r.entity, r.id) not in waiting]
    fresh = [
        PulledRecord(r.entity, r.id, r.version, dict(r.data), r.deleted)
        for r in rows
        if r.version >= made.get((r.entity, r.id), 0)
    ]
    for row in rows:
        session.delete(row)
    session.flush()
    return fresh


def forget(session: Session) -> None:
    """A full re-pull numbers versions anew: older copies mean nothing any more."""
    session.exec(delete(SyncDeferredRow))
