"""PostgreSQL: the change log is commit-ordered under concurrent pushers; registries scale out."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from conftest import require_system

from integration.test_sync_harness import (
    PG_DSN,
    Registry,
    RegistryProcess,
    make_kiosk,
    running_registry,
)
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.client import RegistryClient
from kiosk.sync.enrollment import signed_request
from registry import admin

pytestmark = pytest.mark.system

PUSHERS = 8
BATCHES = 12
PER_BATCH = 10


def _device(registry: Registry, venue: str) -> RegistryClient:
    identity = DeviceIdentity.generate("pending")
    answer = admin.enroll(
        registry.db,
        signed_request(identity, registry.code(venue)),
    )
    return RegistryClient(registry.url, identity.with_device_id(answer.device_id), timeout=30)


def test_one_puller_sees_every_change_of_many_pushers_exactly_once(tmp_path: Path) -> None:
    require_system(bool(PG_DSN), "KIOSK_TEST_PG_DSN is not set (PostgreSQL tests)")
    with running_registry("postgresql", tmp_path) as registry:
        venue = registry.venue()
        pushers = [_device(registry, venue) for _ in range(PUSHERS)]
        puller = _device(registry, venue)
        created: set[str] = set()
        seen: list[tuple[str, int]] = []
        done = threading.Event()
        errors: list[BaseException] = []

        def push(client: RegistryClient) -> None:
            try:
                seq = 0
                for _ in range(BATCHES):
                    ops = []
                    for _ in range(PER_BATCH):
                        seq += 1
                        eid = str(uuid.uuid4())
                        created.add(eid)
                        ops.append(p.Op(op_seq=seq, op_id=str(uuid.uuid4()), entity="employer",
                                        entity_id=eid, action="create",
                                        payload={"id": eid, "name": f"公司{eid[:6]}"}))  # fmt: skip
                    answer = client.push(ops)
                    assert all(r.status == "applied" for r in answer.results)
            except BaseException as exc:
                errors.append(exc)

        def pull() -> None:
            cursor = ""
            while True:
                finished = done.is_set()
                page = puller.pull(cursor, limit=37)
                seen.extend((c.id, c.version) for c in page.records if c.entity == "employer")
                cursor = page.cursor
                if finished and not page.more:
                    return

        reader = threading.Thread(target=pull)
        reader.start()
        writers = [threading.Thread(target=push, args=(c,)) for c in pushers]
        for w in writers:
            w.start()
        for w in writers:
            w.join(120)
        done.set()
        reader.join(120)
        assert not errors
        ids = [i for i, _ in seen]
        assert len(ids) == len(set(ids)), "a change was delivered twice"
        assert set(ids) == created, f"missed {len(created - set(ids))} changes"
        assert len(created) == PUSHERS * BATCHES * PER_BATCH


def test_two_registry_processes_on_one_database_converge(tmp_path: Path) -> None:
    require_system(bool(PG_DSN), "KIOSK_TEST_PG_DSN is not set (PostgreSQL tests)")
    with running_registry("postgresql", tmp_path) as first:
        second_server = RegistryProcess(first.db_url, tmp_path / "second.log").start()
        second = Registry(first.db_url, second_server, first.db)
        try:
            venue = first.venue()
            kiosks = [
                make_kiosk(first if i % 2 == 0 else second, tmp_path, venue, f"k{i}")
                for i in range(4)
            ]
            employer = kiosks[0].employer()
            kiosks[0].sync()
            for round_no in range(3):
                for i, kiosk in enumerate(kiosks):
                    kiosk.sync()
                    kiosk.posting(employer.id, title=f"第{round_no}轮岗位{i}")
                    kiosk.worker(f"1360000{round_no}{i:03d}")
            # One the registry has: kiosk 1's last posting is still unsent (and "SELECT id" with
            # no order reads the id index, so any of them could come first).
            synced = "SELECT id FROM posting WHERE server_version > 0 ORDER BY num LIMIT 1"
            suspended = kiosks[1].table(synced)[0][0]
            admin.suspend_posting(first.db, suspended, "x")
            for _ in range(2):
                for kiosk in kiosks:
                    kiosk.sync()
            reference = kiosks[0].table(
                "SELECT id, status, server_version FROM posting ORDER BY id"
            )
            assert len(reference) == 12
            assert [s for i, s, _ in reference if i == suspended] == ["suspended"]
            for kiosk in kiosks[1:]:
                assert kiosk.table(
                    "SELECT id, status, server_version FROM posting ORDER BY id"
                ) == (reference)
                assert kiosk.table("SELECT phone FROM worker ORDER BY phone") == kiosks[0].table(
                    "SELECT phone FROM worker ORDER BY phone"
                )
            assert len(first.records("worker")) == 12
            for kiosk in kiosks:
                kiosk.close()
        finally:
            second_server.stop()
