"""Apply a pushed batch in one transaction: exactly once per op, in op_seq order."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select

from kiosk.domain.contract import Entity
from kiosk.sync.protocol import Op, OpResult, PushResponse
from registry import rules
from registry.bulk import insert_rows
from registry.db import Database
from registry.store import Tx
from registry.tables import Device, OpLog

DEVICE = Device.__table__  # type: ignore[attr-defined]
OPLOG = OpLog.__table__  # type: ignore[attr-defined]


class OpSeqGap(Exception):
    """The batch does not continue where this device left off: resend from `expected`."""

    def __init__(self, expected: int) -> None:
        super().__init__(f"expected op_seq {expected}")
        self.expected = expected


def _stored(tx: Tx, caller: rules.Caller, row: Any | None, op: Op) -> OpResult:
    if row is None:
        # Below the device's starting point (queued before a re-enrollment): nothing stored.
        return OpResult(op_seq=op.op_seq, op_id=op.op_id, status="applied", duplicate=True)
    applied = row.status == "applied"
    # A refusal sent again carries the registry's record, as its first answer did.
    truth = None if applied else rules.refused_truth(tx, caller, op, row.reason)
    return OpResult(
        op_seq=row.op_seq,
        op_id=row.op_id,
        status="applied" if applied else "rejected",
        reason=row.reason,
        version=row.version,
        duplicate=True,
        record=dict(truth.data) if truth is not None else None,
        record_version=truth.version if truth is not None else None,
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
    """Apply new ops, answer duplicates from the op log, refuse a gap before writing anything.

    Every op is undone alone if rejected (its held writes dropped, or its savepoint rolled
    back when it had to send them early): a rejected op leaves no trace but its op-log row;
    the op log, the device's `last_op_seq` and the change log are written in bulk at the end
    of the one batch transaction. Core statements throughout: the ORM's unit of work cost
    several milliseconds per op.
    """
    ops = sorted(ops, key=lambda o: o.op_seq)
    with db.write(durable=True) as session:
        conn = session.connection()
        stmt = select(DEVICE.c.last_op_seq).where(DEVICE.c.id == caller.device_id)
        if db.is_postgres:
            # Two copies of one batch in flight: the second waits here, then sees duplicates.
            stmt = stmt.with_for_update()
        last = int(conn.execute(stmt).scalar_one())
        check_contiguous(ops, last)
        old_seqs = [o.op_seq for o in ops if o.op_seq <= last]
        stored: dict[int, Any] = {}
        if old_seqs:
            rows = conn.execute(
                select(OPLOG).where(
                    OPLOG.c.device_id == caller.device_id, OPLOG.c.op_seq.in_(old_seqs)
                )
            )
            stored = {r.op_seq: r for r in rows}
        tx = Tx(db, session)
        fresh = [o for o in ops if o.op_seq > last]
        # Creates of ids the registry has never seen need no per-op existence query.
        tx.prefetch_absent((o.entity, o.entity_id) for o in fresh if o.action == "create")
        phones = {str(o.payload.get("phone") or "") for o in fresh if o.entity == Entity.WORKER}
        phones.discard("")
        # Every phone lock of the batch in one statement (PostgreSQL), then one query for
        # which phones are new: per op, that was two round trips.
        tx.lock_all(rules.WORKER_PHONE_LOCK + phone for phone in phones)
        tx.prefetch_lookups(Entity.WORKER, phones, lock=rules.WORKER_PHONE_LOCK)
        results: list[OpResult] = []
        log: list[dict[str, Any]] = []
        for op in ops:
            if op.op_seq <= last:
                results.append(_stored(tx, caller, stored.get(op.op_seq), op))
                continue
            result = _apply_one(tx, op, caller)
            results.append(result)
            log.append(_log_row(caller, op, result, tx))
            last = op.op_seq
            if op_delay_s:
                time.sleep(op_delay_s)  # fault injection for tests: a batch that takes a while
        if log:
            insert_rows(conn, OPLOG, log)
            conn.execute(
                DEVICE.update()
                .where(DEVICE.c.id == caller.device_id)
                .values(last_op_seq=last, last_seen_at=tx.now)
            )
        tx.finish()
        return PushResponse(results=results, last_op_seq=last)


def _log_row(caller: rules.Caller, op: Op, result: OpResult, tx: Tx) -> dict[str, Any]:
    return {
        "device_id": caller.device_id,
        "op_seq": op.op_seq,
        "op_id": op.op_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "action": op.action,
        "status": result.status,
        "reason": result.reason,
        "version": result.version,
        "payload": op.payload,
        "applied_at": tx.now,
    }


def _apply_one(tx: Tx, op: Op, caller: rules.Caller) -> OpResult:
    touched = dict(tx._changed)
    tx.begin_op()  # the op's own savepoint (see Tx.begin_op)
    try:
        rec = rules.apply(tx, caller, op)
    except rules.Rejected as exc:
        # Undo whatever the op began; the batch goes on.
        tx.end_op(ok=False)
        # Records the op changed in memory are stale now: read them again.
        tx.forget()
        tx._changed = {}
        for entity, record_id in touched:
            again = tx.get(entity, record_id)
            if again is not None:
                tx._changed[(entity, record_id)] = again
        current = tx.reload(exc.record) if exc.record is not None else None
        if current is not None:
            for partition in exc.publish_to:
                rules.publish(tx, current, partition)  # kept: outside the undone savepoint
        return OpResult(
            op_seq=op.op_seq,
            op_id=op.op_id,
            status="rejected",
            reason=exc.reason.value,
            detail=exc.detail or None,
            record=dict(current.data) if current is not None else None,
            record_version=current.version if current is not None else None,
        )
    except BaseException:
        tx.end_op(ok=False)
        raise
    tx.end_op(ok=True)
    return OpResult(op_seq=op.op_seq, op_id=op.op_id, status="applied", version=rec.version)
