"""Property: kiosks doing random work through a faulty network converge, every op exactly once."""

from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import text

from integration.test_sync_harness import FaultProxy, Kiosk, Registry, running_registry
from kiosk.domain.errors import DomainError
from kiosk.domain.model import ApplicationStatus, PostingStatus
from kiosk.sync.client import RegistryClient, RegistryUnavailable
from kiosk.sync.engine import SyncEngine

KIOSKS = 3
PHONES = [f"1350000000{i}" for i in range(5)]
ENTITIES = ("employer", "posting", "worker", "application")
# CI size; outside CI e.g. KIOSK_PROPERTY_EXAMPLES=200 KIOSK_PROPERTY_STEPS=40 (issue 14).
EXAMPLES = int(os.environ.get("KIOSK_PROPERTY_EXAMPLES", "8"))
STEPS = int(os.environ.get("KIOSK_PROPERTY_STEPS", "25"))
_names = itertools.count()


class KioskFleet(RuleBasedStateMachine):
    """Several kiosks of one venue, each syncing through a proxy that can drop or refuse."""

    registry: ClassVar[Registry]
    proxy: ClassVar[FaultProxy]
    tmp: ClassVar[Path]

    @initialize()
    def setup(self) -> None:
        venue = self.registry.venue(f"驿站{next(_names)}")
        self.kiosks: list[Kiosk] = []
        for _ in range(KIOSKS):
            kiosk = Kiosk(self.tmp / f"k{next(_names)}")
            kiosk.enroll(self.registry.url, self.registry.code(venue))
            assert kiosk.engine is not None
            client = RegistryClient(self.proxy.url, kiosk.engine.client.identity, timeout=5)
            kiosk.engine.client.close()
            kiosk.engine = SyncEngine(kiosk.services.db, client, batch=7, page=11, catch_up_page=11)
            kiosk.employer_id = kiosk.employer(f"公司{next(_names)}").id  # type: ignore[attr-defined]
            self.kiosks.append(kiosk)

    def teardown(self) -> None:
        for kiosk in getattr(self, "kiosks", []):
            kiosk.close()

    @rule(k=st.integers(0, KIOSKS - 1))
    def post_job(self, k: int) -> None:
        kiosk = self.kiosks[k]
        kiosk.posting(kiosk.employer_id, headcount=2)  # type: ignore[attr-defined]

    @rule(k=st.integers(0, KIOSKS - 1), phone=st.sampled_from(PHONES))
    def register_worker(self, k: int, phone: str) -> None:
        self.kiosks[k].worker(phone)

    @rule(k=st.integers(0, KIOSKS - 1), skill=st.sampled_from(["叉车", "保洁", "电工"]))
    def edit_worker(self, k: int, skill: str) -> None:
        kiosk = self.kiosks[k]
        rows = kiosk.table("SELECT id FROM worker WHERE merged_into IS NULL ORDER BY id LIMIT 1")
        if rows:
            kiosk.services.workers.update(rows[0][0], skills=[skill])

    @rule(
        k=st.integers(0, KIOSKS - 1),
        status=st.sampled_from([PostingStatus.CLOSED, PostingStatus.SUSPENDED, PostingStatus.OPEN]),
        pick=st.integers(0, 5),
    )
    def move_posting(self, k: int, status: PostingStatus, pick: int) -> None:
        kiosk = self.kiosks[k]
        rows = kiosk.table("SELECT id FROM posting ORDER BY id")
        if rows:
            with contextlib.suppress(DomainError):
                kiosk.services.postings.transition(
                    rows[pick % len(rows)][0], status, actor=kiosk.staff_id
                )

    @rule(k=st.integers(0, KIOSKS - 1), pick=st.integers(0, 5), hire=st.booleans())
    def apply_for_job(self, k: int, pick: int, hire: bool) -> None:
        kiosk = self.kiosks[k]
        workers = kiosk.table("SELECT id FROM worker WHERE merged_into IS NULL ORDER BY id")
        postings = kiosk.table("SELECT id FROM posting WHERE status = 'open' ORDER BY id")
        if not workers or not postings:
            return
        try:
            app = kiosk.services.applications.express_interest(
                worker_id=workers[pick % len(workers)][0],
                posting_id=postings[pick % len(postings)][0],
                print_slip=False,
            ).application
            if hire:
                kiosk.services.applications.set_status(
                    app.id, ApplicationStatus.HIRED, actor=kiosk.staff_id
                )
        except DomainError:
            pass

    @rule(k=st.integers(0, KIOSKS - 1), fault=st.sampled_from([None, "drop_response", "503"]))
    def sync(self, k: int, fault: str | None) -> None:
        self.proxy.once = fault
        with contextlib.suppress(RegistryUnavailable):
            self.kiosks[k].sync()
        self.proxy.once = None

    def check_converged(self) -> None:
        for _ in range(2):
            for kiosk in self.kiosks:
                kiosk.sync()
        for kiosk in self.kiosks:
            self._exactly_once(kiosk)
            for entity in ENTITIES:
                assert self._local(kiosk, entity) == self._remote(kiosk, entity), entity

    def _exactly_once(self, kiosk: Kiosk) -> None:
        local = dict(kiosk.table("SELECT op_id, state FROM outbox_op"))
        assert "pending" not in local.values()
        assert kiosk.engine is not None and kiosk.engine.client.identity is not None
        with self.registry.db.read() as session:
            rows = (
                session.connection()
                .execute(
                    text("SELECT op_id, status FROM reg_op WHERE device_id = :d"),
                    {"d": kiosk.engine.client.identity.device_id},
                )
                .all()
            )
        remote = [(op_id, status) for op_id, status in rows]
        assert len(remote) == len({op_id for op_id, _ in remote}), "an op applied twice"
        assert {op_id: "sent" if s == "applied" else "rejected" for op_id, s in remote} == local

    def _local(self, kiosk: Kiosk, entity: str) -> dict[str, Any]:
        return dict(kiosk.table(f"SELECT id, server_version FROM {entity}"))

    def _remote(self, kiosk: Kiosk, entity: str) -> dict[str, Any]:
        parts = set(kiosk.table("SELECT value FROM sync_state WHERE key = 'partitions'")[0][0]
                    .split(","))  # fmt: skip
        with self.registry.db.read() as session:
            rows = (
                session.connection()
                .execute(
                    text("SELECT id, version, partitions FROM reg_record WHERE entity = :e"),
                    {"e": entity},
                )
                .all()
            )
        return {rid: v for rid, v, ps in rows if set(ps.split()) & parts}


def test_kiosks_converge_and_apply_every_op_exactly_once(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        proxy = FaultProxy(registry.server.port)
        KioskFleet.registry, KioskFleet.proxy, KioskFleet.tmp = registry, proxy, tmp_path

        class Checked(KioskFleet):
            def teardown(self) -> None:
                try:
                    if hasattr(self, "kiosks"):
                        self.check_converged()
                finally:
                    super().teardown()

        try:
            run_state_machine_as_test(
                Checked,
                settings=settings(
                    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
                    suppress_health_check=list(HealthCheck),
                ),
            )  # fmt: skip
        finally:
            proxy.close()
