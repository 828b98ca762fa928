"""The transactional outbox: each synced change leaves an op row in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from kiosk.store.jsonable import jsonable
from kiosk.store.tables import OutboxOpRow

PENDING = "pending"
SENT = "sent"
REJECTED = "rejected"


def record(
    session: Session,
    *,
    entity: str,
    entity_id: str,
    action: str,
    payload: dict[str, Any],
    base_version: int | None = None,
) -> OutboxOpRow:
    """Queue one op. `op_seq` is the row's autoincrement key: per device, strictly increasing."""
    op = OutboxOpRow(
        entity=entity,
        entity_id=entity_id,
        action=action,
        payload=jsonable(payload),
        base_version=base_version,
    )
    session.add(op)
    session.flush()
    return op


def pending(session: Session, *, limit: int = 200, after: int = 0) -> list[OutboxOpRow]:
    """The first `limit` ops waiting to be sent, in op_seq order, from after op_seq `after`."""
    stmt = (
        select(OutboxOpRow)
        .where(OutboxOpRow.state == PENDING, col(OutboxOpRow.op_seq) > after)
        .order_by(col(OutboxOpRow.op_seq))
        .limit(limit)
    )
    return list(session.exec(stmt))


def count_by_state(session: Session) -> dict[str, int]:
    stmt = select(OutboxOpRow.state, func.count()).group_by(OutboxOpRow.state)
    return {state: int(n) for state, n in session.exec(stmt)}


def ops_for(session: Session, entity: str, entity_id: str) -> list[OutboxOpRow]:
    stmt = (
        select(OutboxOpRow)
        .where(OutboxOpRow.entity == entity, OutboxOpRow.entity_id == entity_id)
        .order_by(col(OutboxOpRow.op_seq))
    )
    return list(session.exec(stmt))
