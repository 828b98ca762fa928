"""Apply a pushed batch in one transaction: exactly once per op, in op_seq order."""

from __future__ import annotations

import time

from sqlmodel import col, select

from kiosk.sync.protocol import Op, OpResult, PushResponse
from registry import rules
from registry.db import Database
from registry.store import Tx
from registry.tables import Device, OpLog


class OpSeqGap(Exception):
    """The batch does not continue where this device left off: resend from `expected`."""

    def __init__(self, expected: int) -> None:
        super().__init__(f"expected op_seq {expected}")
        self.expected = expected


def _stored(row: OpLog | None, op: Op) -> OpResult:
    if row is None:
        # Below the device's starting point (queued before a re-enrollment): nothing stored.
        return OpResult(op_seq=op.op_seq, op_id=op.op_id, status="applied", duplicate=True)
    return OpResult(
        op_seq=row.op_seq,
        op_id=row.op_id,
        status="applied" if row.status == "applied" else "rejected",
        reason=row.reason,
        version=row.version,
        duplicate=True,
    )


def check_contiguous(ops: list[Op], last: int) -> None:
    expected = last + 1
    for op in ops:
        if op.op_seq <= last:
            continue
        if op.op_seq != expected:
            raise OpSeqGap(expected)
        expected += 1


def push(
    db: Database, caller: rules.Caller, ops: list[Op], *, op_delay_s: float = 0.0
) -> PushResponse:
    """Apply new ops, answer duplicates from the op log, refuse a gap before writing anything."""
    ops = sorted(ops, key=lambda o: o.op_seq)
    with db.write() as session:
        stmt = select(Device).where(Device.id == caller.device_id)
        if db.is_postgres:
            # Two copies of one batch in flight: the second waits here, then sees duplicates.
            stmt = stmt.with_for_update()
        device = session.exec(stmt).one()
        last = device.last_op_seq
        check_contiguous(ops, last)
        old_seqs = [o.op_seq for o in ops if o.op_seq <= last]
        stored: dict[int, OpLog] = {}
        if old_seqs:
            rows = session.exec(
                select(OpLog).where(
                    OpLog.device_id == caller.device_id, col(OpLog.op_seq).in_(old_seqs)
                )
            )
            stored = {r.op_seq: r for r in rows}
        tx = Tx(db, session)
        results: list[OpResult] = []
        for op in ops:
            if op.op_seq <= last:
                results.append(_stored(stored.get(op.op_seq), op))
                continue
            results.append(_apply_one(tx, caller, op))
            last = op.op_seq
            if op_delay_s:
                time.sleep(op_delay_s)  # fault injection for tests: a batch that takes a while
        device.last_op_seq = last
        device.last_seen_at = tx.now
        session.add(device)
        tx.finish()
        return PushResponse(results=results, last_op_seq=last)


def _apply_one(tx: Tx, caller: rules.Caller, op: Op) -> OpResult:
    session = tx.session
    touched = dict(tx._changed)
    savepoint = session.begin_nested()
    try:
        rec = rules.apply(tx, caller, op)
    except rules.Rejected as exc:
        # Undo whatever the op began; the batch goes on.
        savepoint.rollback()
        tx._changed = touched
        current = exc.record
        if current is not None:
            session.refresh(current)
        result = OpResult(
            op_seq=op.op_seq,
            op_id=op.op_id,
            status="rejected",
            reason=exc.reason.value,
            record=dict(current.data) if current is not None else None,
            record_version=current.version if current is not None else None,
        )
        status, version = "rejected", None
    else:
        savepoint.commit()
        result = OpResult(op_seq=op.op_seq, op_id=op.op_id, status="applied", version=rec.version)
        status, version = "applied", rec.version
    session.add(
        OpLog(
            device_id=caller.device_id,
            op_seq=op.op_seq,
            op_id=op.op_id,
            entity=op.entity,
            entity_id=op.entity_id,
            action=op.action,
            status=status,
            reason=result.reason,
            version=version,
            payload=op.payload,
            applied_at=tx.now,
        )
    )
    return result
