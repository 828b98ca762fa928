"""The hash-chained audit log: append in the acting transaction, verify the whole chain."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from kiosk.domain.model import utcnow
from kiosk.store.jsonable import canonical, jsonable
from kiosk.store.tables import AuditEventRow

GENESIS = "0" * 64


def _hash(
    prev: str, at: datetime, actor: str, action: str, subject: str, detail: dict[str, Any]
) -> str:
    body = canonical([prev, at.isoformat(), actor, action, subject, detail])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEventRow:
    last = session.exec(
        select(AuditEventRow.hash).order_by(col(AuditEventRow.seq).desc()).limit(1)
    ).first()
    prev = last or GENESIS
    # Second precision: what SQLite returns must hash the same as what was written.
    at = utcnow().replace(microsecond=0)
    clean = jsonable(detail or {})
    row = AuditEventRow(
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        detail=clean,
        prev_hash=prev,
        hash=_hash(prev, at, actor, action, subject, clean),
    )
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    events: int
    first_bad_seq: int | None = None


def verify(session: Session) -> ChainCheck:
    prev = GENESIS
    count = 0
    for row in session.exec(select(AuditEventRow).order_by(col(AuditEventRow.seq))):
        count += 1
        expected = _hash(prev, row.at, row.actor, row.action, row.subject, row.detail)
        if row.prev_hash != prev or row.hash != expected:
            return ChainCheck(ok=False, events=count, first_bad_seq=row.seq)
        prev = row.hash
    return ChainCheck(ok=True, events=count)
