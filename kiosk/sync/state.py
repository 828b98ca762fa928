"""Names of the sync facts kept in the kiosk's sync_state table, and the status snapshot."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from kiosk.store import outbox, sync_state
from kiosk.store.database import Database
from kiosk.store.tables import OutboxOpRow
from kiosk.sync.protocol import ApiErrorCode

CURSOR = "pull_cursor"
EPOCH = "registry_epoch"
RESYNC = "resync_in_progress"
REGISTRY_URL = "registry_url"
VENUE_ID = "venue_id"
PARTITIONS = "partitions"
LAST_PUSH_AT = "last_push_at"
LAST_PULL_AT = "last_pull_at"
LAST_CONTACT_AT = "last_contact_at"
LAST_ERROR = "last_error"
# Seconds the kiosk adds to its own clock when it signs (learnt from the registry's signed time).
CLOCK_OFFSET = "clock_offset_s"
# The registry's key for signed times, pinned at enrollment.
REGISTRY_KEY = "registry_key"
# A digest of the set-aside list last reported to the registry (kiosk/sync/set_aside_report.py).
SET_ASIDE_REPORTED = "set_aside_reported"
# No successful push for this long while ops wait and the registry answers: a stall.
STALL_AFTER_S = 300.0
# The registry counts as "online" if it answered this recently.
ONLINE_WITHIN_S = 120.0


@dataclass(slots=True, frozen=True)
class RejectedOp:
    op_seq: int
    entity: str
    entity_id: str
    action: str
    reason: str


@dataclass(slots=True, frozen=True)
class SyncStatus:
    """What staff see about sync: a plain snapshot, safe to hand to any thread."""

    enrolled: bool
    device_id: str
    online: bool
    last_sync_at: datetime | None
    last_push_at: datetime | None
    ops_waiting: int
    rejected: tuple[RejectedOp, ...] = field(default_factory=tuple)
    rejected_count: int = 0
    stalled: bool = False
    last_error: str = ""
    # How far the kiosk's clock is behind the registry's (negative: ahead), as last learnt.
    clock_offset_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.online and not self.stalled

    @property
    def needs_update(self) -> bool:
        """The registry does not serve this kiosk's sync protocol: one side needs an update.

        Its changes stay queued; the refusal is the last error until an answer succeeds.
        """
        return ApiErrorCode.PROTOCOL_UNSUPPORTED.value in self.last_error


def stamp(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).isoformat()


def parse_stamp(raw: str) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None


def read(db: Database, now: float | None = None) -> SyncStatus:
    """The status as staff see it now, in a read transaction of its own."""
    with db.read() as session:
        return snapshot(session, now=time.time() if now is None else now)


def snapshot(session: Session, *, now: float, max_rejected: int = 50) -> SyncStatus:
    """Read the status from the database alone (the CLI has no running sync to ask)."""
    device_id = sync_state.get(session, sync_state.DEVICE_ID)
    counts = outbox.count_by_state(session)
    waiting = counts.get(outbox.PENDING, 0)
    rejected_rows = session.exec(
        select(OutboxOpRow)
        .where(OutboxOpRow.state == outbox.REJECTED)
        .order_by(col(OutboxOpRow.op_seq).desc())
        .limit(max_rejected)
    ).all()
    rejected = tuple(
        RejectedOp(
            op_seq=r.op_seq or 0, entity=r.entity, entity_id=r.entity_id, action=r.action,
            reason=str(r.result.get("reason", "")),
        )
        for r in rejected_rows
    )  # fmt: skip
    last_push = parse_stamp(sync_state.get(session, LAST_PUSH_AT))
    last_pull = parse_stamp(sync_state.get(session, LAST_PULL_AT))
    contact = parse_stamp(sync_state.get(session, LAST_CONTACT_AT))
    error = sync_state.get(session, LAST_ERROR)
    now_dt = datetime.fromtimestamp(now, UTC)
    online = bool(contact and (now_dt - contact).total_seconds() <= ONLINE_WITHIN_S and not error)
    oldest = session.exec(
        select(func.min(OutboxOpRow.created_at)).where(OutboxOpRow.state == outbox.PENDING)
    ).one()
    stalled = False
    if waiting and contact and (now_dt - contact).total_seconds() <= ONLINE_WITHIN_S:
        # Measured from the later of the last good push and the oldest waiting op.
        since = (
            max(d for d in (last_push, oldest) if d is not None) if (last_push or oldest) else None
        )
        stalled = since is not None and (now_dt - since).total_seconds() >= STALL_AFTER_S
    syncs = [d for d in (last_push, last_pull) if d is not None]
    return SyncStatus(
        enrolled=bool(device_id) and not device_id.startswith("local-"),
        device_id=device_id,
        online=online,
        last_sync_at=max(syncs) if syncs else None,
        last_push_at=last_push,
        ops_waiting=waiting,
        rejected=rejected,
        rejected_count=counts.get(outbox.REJECTED, 0),
        stalled=stalled,
        last_error=error,
        clock_offset_s=clock_offset(session),
    )


def clock_offset(session: Session) -> float:
    raw = sync_state.get(session, CLOCK_OFFSET)
    return float(raw) if raw else 0.0
