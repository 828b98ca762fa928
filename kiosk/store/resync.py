"""A full re-pull (after a 410) retires the local copies of records the registry let go.

A kiosk whose cursor outlived the registry's tombstones (180 days), or that syncs with a
registry restored from an older backup, never sees some deletions as changes. It re-pulls
everything of its partitions; what it held from the registry and did not get back is then
marked deleted here (and a worker's personal data wiped), unless a local change of it still
waits to be sent.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session, SQLModel, select

from kiosk.domain.model import utcnow
from kiosk.store import outbox
from kiosk.store.sqlite_rows import sqlite_converter, utc_text
from kiosk.store.sync_apply import TABLES, WORKER_ERASED, PulledRecord
from kiosk.store.tables import OutboxOpRow, ResyncSeenRow, WorkerRow

SEEN = ResyncSeenRow.__tablename__


def forget_seen(session: Session) -> None:
    """A re-pull starts (again) from the beginning."""
    session.connection().exec_driver_sql(f"DELETE FROM {SEEN}")


def remember(session: Session, records: Iterable[PulledRecord]) -> None:
    """The records of one re-pulled page, in that page's transaction."""
    rows = [(r.entity, r.id) for r in records if r.entity in TABLES]
    if rows:
        session.connection().exec_driver_sql(
            f"INSERT OR IGNORE INTO {SEEN} (entity, id) VALUES (?, ?)", rows
        )


def renumber(session: Session, records: Iterable[PulledRecord]) -> None:
    """Records a re-pull skipped for a waiting local op take the registry's version number.

    A restored registry numbers versions anew: the old number, kept, could outrank every
    version the registry sends from now on, and the kiosk would never take one of them.
    """
    for rec in records:
        table = TABLES.get(rec.entity)
        if table is None or "server_version" not in table.__table__.columns:  # type: ignore[attr-defined]
            continue
        key = "device_id" if rec.entity == "device_key" else "id"
        session.connection().execute(
            text(f"UPDATE {table.__tablename__} SET server_version = :v WHERE {key} = :i"),
            {"v": rec.version, "i": rec.id},
        )


def retire_unseen(session: Session) -> int:
    """At the end of a re-pull: mark deleted what the registry did not send back.

    Only rows the registry once confirmed (server_version > 0) and that have no pending op:
    a record made here and not yet sent is this kiosk's to send, not the registry's to drop.
    Every row the registry did not send back loses its version number (0): after a restore
    the registry may hand it back, re-sent by a kiosk, as version 1, and that must win
    (issue 14, point 4: the kiosks kept the tombstone of a record they then got back).
    """
    conn = session.connection()
    stamp = utc_text(utcnow())
    retired = 0
    for entity, table in TABLES.items():
        columns = table.__table__.columns  # type: ignore[attr-defined]
        if "deleted_at" not in columns or "server_version" not in columns:
            continue
        sets = ["deleted_at = :stamp", "server_version = 0"]
        params: dict[str, object] = {"stamp": stamp, "e": entity, "pending": outbox.PENDING}
        if table is WorkerRow:
            for i, (name, value) in enumerate(WORKER_ERASED.items()):
                convert = sqlite_converter(columns[name].type)
                sets.append(f"{name} = :w{i}")
                params[f"w{i}"] = convert(value) if convert and value is not None else value
        result = conn.execute(
            text(
                f"UPDATE {table.__tablename__} SET {', '.join(sets)} "
                "WHERE deleted_at IS NULL AND server_version > 0 "
                f"AND id NOT IN (SELECT id FROM {SEEN} WHERE entity = :e) "
                "AND id NOT IN (SELECT entity_id FROM outbox_op "
                "WHERE entity = :e AND state = :pending)"
            ),
            params,
        )
        retired += int(result.rowcount or 0)
        # Kept for the op that waits to send it again: numbered by the registry once it has it.
        conn.execute(
            text(
                f"UPDATE {table.__tablename__} SET server_version = 0 "
                "WHERE server_version > 0 "
                f"AND id NOT IN (SELECT id FROM {SEEN} WHERE entity = :e)"
            ),
            {"e": entity},
        )
    forget_seen(session)
    return retired


def orphans_due(session: Session, *, reason: str) -> list[int]:
    """Creates refused for a missing parent whose parents are back: their op_seqs.

    A restored registry lacks what kiosks sent after its backup; each kiosk sends its own
    again, in no order between kiosks. A post for an employer another kiosk made is refused
    (`reason`: parent missing) if it arrives first. Once this kiosk holds the parent as the
    registry's again (server_version > 0), the create is due to go once more.
    """
    rows = session.exec(
        select(OutboxOpRow).where(
            OutboxOpRow.state == outbox.REJECTED, OutboxOpRow.action == "create"
        )
    ).all()
    due = []
    for op in rows:
        if op.result.get("reason") != reason or op.result.get("requeued"):
            continue
        table = TABLES.get(op.entity)
        if table is not None and _parents_back(session, table, op.payload) and op.op_seq:
            due.append(op.op_seq)
    return due


def requeue(session: Session, op_seqs: list[int]) -> None:
    """Queue those creates again as new ops; each refused one stays, marked with its successor."""
    for op_seq in op_seqs:
        op = session.get(OutboxOpRow, op_seq)
        if op is None or op.result.get("requeued"):
            continue
        again = outbox.record(
            session, entity=op.entity, entity_id=op.entity_id, action="create", payload=op.payload
        )
        op.result = dict(op.result, requeued=again.op_seq)
        session.add(op)


def _parents_back(session: Session, table: type[SQLModel], payload: dict[str, object]) -> bool:
    """Every parent the payload names is held as the registry's (confirmed, not deleted)."""
    foreign_keys = table.__table__.foreign_keys  # type: ignore[attr-defined]
    for fk in foreign_keys:
        value = payload.get(fk.parent.name)
        if value in (None, ""):
            continue
        parent = fk.column.table
        if "server_version" not in parent.columns or "deleted_at" not in parent.columns:
            continue
        found = session.connection().execute(
            text(
                f"SELECT 1 FROM {parent.name} WHERE {fk.column.name} = :v "
                "AND server_version > 0 AND deleted_at IS NULL"
            ),
            {"v": value},
        )
        if found.first() is None:
            return False
    return True
