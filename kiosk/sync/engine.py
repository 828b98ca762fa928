"""One kiosk's sync: push the outbox, pull and apply pages, recover from gaps and restores."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from kiosk.domain.snapshot_image import SnapshotUnreadable
from kiosk.store import outbox, posting_indexes, snapshot_load, sync_deferred, sync_state
from kiosk.store import resync as resync_store
from kiosk.store.database import Database
from kiosk.store.pulled import apply_pulled
from kiosk.store.sync_apply import (
    PulledRecord,
    apply_records,
    drop_refused,
    pending_keys,
    with_parents,
)
from kiosk.store.tables import OutboxOpRow
from kiosk.sync import protocol as p
from kiosk.sync import set_aside_report, state
from kiosk.sync import snapshot as snapshots
from kiosk.sync.client import PulledPage, RegistryClient, RegistryRefused, RegistryUnavailable
from kiosk.sync.gc_pause import collector_paused
from kiosk.sync.progress import Phase, ProgressSink, ignore

MAX_GAP_RETRIES = 3
# First syncs from snapshots one pull_all tries (a snapshot rebuilt or a new epoch during the
# download costs one); after that it continues with cursor pulls.
MAX_SNAPSHOT_TRIES = 3
log = logging.getLogger(__name__)
T = TypeVar("T")
OUTBOX = OutboxOpRow.__table__  # type: ignore[attr-defined]
_MARK_OP = (
    OUTBOX.update()
    .where(OUTBOX.c.op_seq == bindparam("seq"))
    .values(state=bindparam("new_state"), result=bindparam("new_result"))
)


@dataclass(slots=True)
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    resynced: bool = False


class SyncStuck(Exception):
    """The registry wants ops this kiosk no longer has: staff must look (shown as a stall)."""


class SyncEngine:
    """Push and pull against one registry; each step is its own kiosk transaction."""

    def __init__(
        self,
        db: Database,
        client: RegistryClient,
        *,
        batch: int = p.DEFAULT_BATCH,
        page: int = p.DEFAULT_PAGE,
        catch_up_page: int = p.MAX_PAGE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.client = client
        self.batch = batch
        self.page = page
        self.catch_up_page = catch_up_page
        self.clock = clock
        # Where a long sync has got (U sets it from the runner and the CLI).
        self.progress: ProgressSink = ignore
        # The registry has no snapshots (an older one): cursor pulls only, from now on.
        self.snapshots_missing = False
        # The WAL left by a large pull is copied into the file after the pull returns, by a
        # thread of its own (see `_checkpoint_soon`).
        self._copy_lock = threading.Lock()
        self._copying: threading.Thread | None = None
        self._copy_again = False

    # ------------------------------------------------------------------ push

    def push_pending(self) -> SyncReport:
        """Send every pending op in batches; stops when the outbox is empty.

        Batches go one at a time, in op_seq order. While the registry applies one, the next
        is read from the outbox; once it answers, the next goes out and the answer is recorded
        meanwhile (the registry keeps the result of a batch recorded late; a kiosk that stops
        before recording sends it again and gets the stored results).
        """
        report = SyncReport()
        gaps = 0
        self._load_clock()
        self._requeue_orphans()
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            ops = self._pending_ops(after=0)
            sending = self._send(pool, ops)
            while sending is not None:
                following = self._pending_ops(after=ops[-1].op_seq)
                try:
                    answer = sending.result()
                except RegistryRefused as exc:
                    if exc.code != p.ApiErrorCode.OP_SEQ_GAP or exc.expected_op_seq is None:
                        raise
                    gaps += 1
                    if gaps > MAX_GAP_RETRIES or not self.rewind(exc.expected_op_seq):
                        raise SyncStuck(f"registry expects op {exc.expected_op_seq}") from exc
                    ops = self._pending_ops(after=0)
                    sending = self._send(pool, ops)
                    continue
                ops, sending = following, self._send(pool, following)
                pushed, rejected = self._record_results(answer)
                report.pushed += pushed
                report.rejected += rejected
        return report

    def _requeue_orphans(self) -> None:
        """Creates a restored registry refused for a parent it has since got back go again."""
        with self.db.read() as session:
            due = resync_store.orphans_due(session, reason=p.RejectReason.PARENT_MISSING.value)
        if due:
            with self.db.write() as session:
                resync_store.requeue(session, due)

    def _send(self, pool: ThreadPoolExecutor, ops: list[p.Op]) -> Future[p.PushResponse] | None:
        return pool.submit(self._push_batch, ops) if ops else None

    def _pending_ops(self, *, after: int) -> list[p.Op]:
        with self.db.read() as session:
            return [_to_op(r) for r in outbox.pending(session, limit=self.batch, after=after)]

    def _push_batch(self, ops: list[p.Op]) -> p.PushResponse:
        return self._call(lambda: self.client.push(ops))

    def _record_results(self, answer: p.PushResponse) -> tuple[int, int]:
        """Mark ops sent or rejected, all in one transaction with the registry's truths.

        Core statements (one read, one executemany): ORM rows one by one cost more than the
        whole registry round trip for a batch of 200.
        """
        pushed = rejected = 0
        truths: list[PulledRecord] = []
        # The registry's version of each record after its answered ops.
        made: dict[tuple[str, str], int] = {}
        refused: list[tuple[str, str]] = []
        results = {r.op_seq: r for r in answer.results}
        updates: list[dict[str, Any]] = []
        with self.db.write() as session:
            conn = session.connection()
            rows = conn.execute(
                sa_select(OUTBOX.c.op_seq, OUTBOX.c.op_id, OUTBOX.c.entity, OUTBOX.c.entity_id)
                .where(OUTBOX.c.op_seq.in_(sorted(results)))
            ).all()  # fmt: skip
            for op_seq, op_id, entity, entity_id in rows:
                result = results[op_seq]
                if op_id != result.op_id:
                    continue
                if result.status == "applied":
                    new_state = outbox.SENT
                    pushed += 1
                    if result.version is not None:
                        key = (entity, entity_id)
                        made[key] = max(made.get(key, 0), result.version)
                else:
                    new_state = outbox.REJECTED
                    rejected += 1
                    if result.record is not None and result.record_version is not None:
                        truth = PulledRecord(entity, str(result.record.get("id", entity_id)),
                                             result.record_version, result.record)  # fmt: skip
                        truths.append(truth)
                        key = (entity, truth.id)
                        made[key] = max(made.get(key, 0), truth.version)
                        if truth.id != entity_id:
                            refused.append((entity, entity_id))
                updates.append(
                    {
                        "seq": op_seq,
                        "new_state": new_state,
                        "new_result": result.model_dump(exclude={"record"}, exclude_none=True),
                    }
                )
            if updates:
                conn.execute(_MARK_OP, updates)
            if refused:
                # A create refused as a duplicate of another record never existed at the
                # registry: the local copy goes, the registry's record shows instead.
                drop_refused(session, refused)
            waiting = pending_keys(session)
            if truths:
                # Show the registry's version of what it refused, unless newer local edits wait.
                apply_records(session, with_parents(session, truths), force=True, skip=waiting)
            # What a pull skipped while these ops waited (its cursor has moved past it).
            deferred = sync_deferred.settle(session, waiting=waiting, made=made)
            if deferred:
                apply_records(session, with_parents(session, deferred), force=True, skip=waiting)
            sync_state.put(session, state.LAST_PUSH_AT, state.stamp(self.clock()))
            self._contact(session)
        return pushed, rejected

    def rewind(self, from_seq: int) -> bool:
        """Ops the registry lost (a restored backup): send them again from `from_seq`."""
        with self.db.write() as session:
            result = session.execute(
                update(OutboxOpRow)
                .where(
                    col(OutboxOpRow.op_seq) >= from_seq,
                    col(OutboxOpRow.state).in_([outbox.SENT, outbox.REJECTED]),
                )
                .values(state=outbox.PENDING)
            )
            first = session.exec(
                select(func.min(OutboxOpRow.op_seq)).where(OutboxOpRow.state == outbox.PENDING)
            ).one()
        moved: int = result.rowcount  # type: ignore[attr-defined]
        return moved > 0 or (first is not None and first == from_seq)

    # ------------------------------------------------------------------ pull

    def pull_all(self, *, wait: float = 0.0, max_pages: int = 100000) -> SyncReport:
        """Pull and apply pages until caught up; a 410 starts a full re-pull.

        While one page is applied the next is already being fetched (the registry's page
        read and the kiosk's apply then overlap): an initial sync takes about half as long.
        A prefetched page is used only if its cursor is still the stored one.
        """
        report = SyncReport()
        self._load_clock()
        with (
            ExitStack() as catching_up,
            ThreadPoolExecutor(1, thread_name_prefix="sync-prefetch") as pool,
        ):
            ahead: tuple[str, Future[PulledPage]] | None = None
            paused = False
            size = self.page
            tries = 0
            pulled = snapshots.Throttled(self.progress, Phase.PULL, None)
            for _ in range(max_pages):
                with self.db.read() as session:
                    cursor = sync_state.get(session, state.CURSOR)
                if not cursor and tries < MAX_SNAPSHOT_TRIES and not self.snapshots_missing:
                    # A new kiosk, or a re-pull after a 410: from snapshots if the registry
                    # has them, then on with cursor pulls from where they stop.
                    tries += 1
                    loaded = self._first_sync()
                    if loaded is not None:
                        report.pulled += loaded
                        ahead = None
                        continue
                try:
                    if ahead is not None and ahead[0] == cursor:
                        page = ahead[1].result()
                    else:
                        # A page of the usual size: small enough that applying can start
                        # soon, while the large pages that follow are fetched ahead.
                        page = self._pull_page(cursor, wait, self.page)
                except RegistryRefused as exc:
                    if exc.status != 410:
                        raise
                    self._start_resync()
                    report.resynced = True
                    ahead = None
                    continue
                ahead = None
                if page.more:
                    # Catching up (a first sync, a re-pull, or far behind): pages grow to as
                    # large as the registry allows, fewer round trips and transactions.
                    if not paused:
                        catching_up.enter_context(collector_paused())  # see gc_pause
                        paused = True
                    # Doubling from the usual size: the first large page is on its way before
                    # the small one is applied, and the kiosk seldom waits for one.
                    size = min(self.catch_up_page, size * 2)
                    nxt = pool.submit(self._pull_page, page.cursor, 0.0, size)
                    ahead = (page.cursor, nxt)
                # Lost ops first: a re-pull must not retire the records they will send again.
                self._check_lost_ops(page.last_op_seq)
                report.pulled += self._apply_page(page)
                done = pulled.value.done + len(page.records)
                pulled(done, done + (page.remaining or 0), final=not page.more)
                if not page.more:
                    break
                # The WAL is copied into the database file while the next page is applied
                # (a passive checkpoint does not block the writer): less left for the end.
                self._checkpoint_soon()
                wait = 0.0
        if report.pulled:
            # Pages are committed without automatic checkpoints (see Database.write).
            self._checkpoint_soon()
        return report

    def _checkpoint_soon(self) -> None:
        """Copy the WAL into the database file in the background.

        The records are committed and readable already: the copy is housekeeping (10 MB for
        10,000 postings) that the kiosk need not wait for, but must not leave to SQLite's
        automatic checkpoint, which would make the next small commit, perhaps a tap, pay it.
        """
        with self._copy_lock:
            # Asked while a copy runs (a page applied meanwhile): that thread copies once more.
            self._copy_again = True
            if self._copying is None:
                # Not a daemon: a kiosk that stops waits for the copy (a fraction of a second).
                self._copying = threading.Thread(target=self._copy_wal, name="sync-checkpoint")
                self._copying.start()

    def _copy_wal(self) -> None:
        while True:
            with self._copy_lock:
                if not self._copy_again:
                    self._copying = None
                    return
                self._copy_again = False
            try:
                self.db.checkpoint()
            except Exception:  # the database closed meanwhile: the next pull's copy does it
                log.warning("WAL copy after a pull failed", exc_info=True)

    def _first_sync(self) -> int | None:
        """Load the device's partitions' snapshots in one transaction and set the cursor
        where they stop; the number of rows changed, or None to go on with cursor pulls."""
        listed = self._call(self.client.snapshots)
        if listed is None or any(s.format != p.SNAPSHOT_FORMAT for s in listed.snapshots):
            # A registry without snapshots, or one before 0.5.0 (JSON lines): cursor pulls.
            self.snapshots_missing = True
            return None
        if not listed.snapshots or len({s.epoch for s in listed.snapshots}) > 1:
            return None  # nothing to load, or a new epoch between two partitions' builds
        # Lost ops first: a re-pull must not retire the records they will send again.
        self._check_lost_ops(listed.last_op_seq)
        data_dir = self.db.path.parent
        try:
            files = self._call(
                lambda: snapshots.fetch_all(
                    self.client, data_dir, listed.snapshots, self.progress, key=self.db.key
                )
            )
        except snapshots.SnapshotChanged:
            return None  # rebuilt since the list: the next try lists again
        except snapshots.SnapshotCorrupt as exc:
            self.note_error(str(exc), answered=True)
            return None
        # The lowest cursor: each partition's changes after its own are pulled again, which
        # changes nothing for those already in its snapshot.
        cursor = min((s.cursor for s in listed.snapshots), key=lambda c: p.parse_cursor(c)[1])
        loading = snapshots.Throttled(
            self.progress, Phase.LOAD, sum(s.records for s in listed.snapshots)
        )
        try:
            with (
                snapshot_load.unpacked([f.open for f in files]) as images,
                collector_paused(),
                self.db.write(
                    durable=False, bulk=True, attach=snapshot_load.attachments(images)
                ) as session,
            ):
                # Into an empty kiosk: indexes are built once, after the last record.
                posting_indexes.defer_if_empty(session.connection())
                resync = sync_state.get(session, state.RESYNC) == "1"
                changed = snapshot_load.load(
                    session, images, resync=resync, waiting=pending_keys(session),
                    progress=loading,
                )  # fmt: skip
                sync_state.put(session, state.CURSOR, cursor)
                sync_state.put(session, state.EPOCH, listed.snapshots[0].epoch)
                partitions = sorted(s.partition for s in listed.snapshots)
                sync_state.put(session, state.PARTITIONS, ",".join(partitions))
                if resync:
                    resync_store.retire_unseen(session)
                    sync_state.put(session, state.RESYNC, "")
                posting_indexes.build_missing(session.connection())
                sync_state.put(session, state.LAST_PULL_AT, state.stamp(self.clock()))
                self._contact(session)
        except SnapshotUnreadable as exc:
            self.note_error(f"snapshot unreadable: {exc}", answered=True)
            snapshots.discard_all(data_dir)
            return None
        loading(loading.value.done, final=True)
        snapshots.discard_all(data_dir)
        return changed

    def _pull_page(self, cursor: str, wait: float, limit: int) -> PulledPage:
        return self._call(lambda: self.client.pull(cursor, limit=limit, wait=wait))

    def _apply_page(self, page: PulledPage) -> int:
        # Not fsynced: a page lost to a power cut goes with its cursor and is pulled again.
        with self.db.write(durable=False, bulk=True) as session:
            if page.more:
                # Catching up into an empty kiosk: indexes are built once, after the last page.
                posting_indexes.defer_if_empty(session.connection())
            resync = sync_state.get(session, state.RESYNC) == "1"
            n = apply_pulled(session, page.records, resync=resync, waiting=pending_keys(session))
            sync_state.put(session, state.CURSOR, page.cursor)
            sync_state.put(session, state.EPOCH, page.epoch)
            sync_state.put(session, state.PARTITIONS, ",".join(page.partitions))
            if resync and not page.more:
                resync_store.retire_unseen(session)
                sync_state.put(session, state.RESYNC, "")
            if not page.more:
                posting_indexes.build_missing(session.connection())
            sync_state.put(session, state.LAST_PULL_AT, state.stamp(self.clock()))
            self._contact(session)
        return n

    def _start_resync(self) -> None:
        """Forget the cursor and re-pull everything; unsent ops stay queued and go out later."""
        with self.db.write() as session:
            sync_state.put(session, state.CURSOR, "")
            sync_state.put(session, state.RESYNC, "1")
            resync_store.forget_seen(session)
            sync_deferred.forget(session)

    def _check_lost_ops(self, registry_last: int) -> None:
        with self.db.read() as session:
            top = session.exec(
                select(func.max(OutboxOpRow.op_seq)).where(
                    col(OutboxOpRow.state).in_([outbox.SENT, outbox.REJECTED])
                )
            ).one()
        if top is not None and top > registry_last:
            self.rewind(registry_last + 1)

    # ------------------------------------------------------------------ both

    def sync_once(self) -> SyncReport:
        """Push, pull, and push again if the pull showed the registry lost some ops."""
        first = self.push_pending()
        pulled = self.pull_all()
        set_aside_report.report_if_changed(self.db, self.client)
        second = self.push_pending()
        return SyncReport(
            pushed=first.pushed + second.pushed,
            pulled=pulled.pulled,
            rejected=first.rejected + second.rejected,
            resynced=pulled.resynced,
        )

    def lookup_worker(self, *, phone: str = "", card: str = "") -> str | None:
        """Fetch another venue's worker on demand and keep a local copy; returns the id."""
        self._load_clock()
        found = self._call(lambda: self.client.lookup_worker(phone=phone, card=card))
        if found is None:
            return None
        worker_id = str(found.worker["id"])
        with self.db.write() as session:
            # Forced: a copy retired by a re-pull (not in this venue's partitions) comes back.
            record = PulledRecord("worker", worker_id, found.version, found.worker)
            apply_records(session, [record], force=True)
        return worker_id

    def note_error(self, message: str, *, answered: bool) -> None:
        with self.db.write() as session:
            sync_state.put(session, state.LAST_ERROR, message[:300])
            if answered:
                sync_state.put(session, state.LAST_CONTACT_AT, state.stamp(self.clock()))

    def _contact(self, session: Session) -> None:
        sync_state.put(session, state.LAST_CONTACT_AT, state.stamp(self.clock()))
        sync_state.put(session, state.LAST_ERROR, "")

    def _load_clock(self) -> None:
        """The clock offset and the registry's key as stored (the other thread may have
        learnt the offset since)."""
        with self.db.read() as session:
            self.client.clock_offset = state.clock_offset(session)
            self.client.registry_key = sync_state.get(session, state.REGISTRY_KEY)

    def _learn_clock(self, offset: float) -> None:
        self.client.clock_offset = offset
        with self.db.write() as session:
            sync_state.put(session, state.CLOCK_OFFSET, f"{offset:.3f}")

    def _call(self, fn: Callable[[], T], *, again: bool = True) -> T:
        try:
            return fn()
        except RegistryUnavailable as exc:
            self.note_error(str(exc), answered=False)
            raise
        except RegistryRefused as exc:
            if exc.clock_offset is not None and again:
                # Our clock is off and the registry said (and signed) by how much: once more
                # with the corrected time (issue 14, point 6).
                self._learn_clock(exc.clock_offset)
                return self._call(fn, again=False)
            if exc.status not in (409, 410):
                self.note_error(f"{exc.status} {exc.code}", answered=True)
            raise


def _to_op(row: OutboxOpRow) -> p.Op:
    assert row.op_seq is not None
    return p.Op(
        op_seq=row.op_seq,
        op_id=row.op_id,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        payload=row.payload,
        base_version=row.base_version,
    )
