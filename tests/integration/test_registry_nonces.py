"""Replay protection under load: nonces written in groups are still each accepted exactly once,
within one registry process and across two (SQLite and PostgreSQL); and a nonce is on disk
before its request is answered, so no crash or power cut lets the request be replayed."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import event, insert

from integration.test_sync_harness import BACKENDS, database_url, make_kiosk, running_registry
from kiosk.sync import protocol as p
from registry import admin
from registry.auth import DeviceUnknown, NonceLog
from registry.db import Database, upgrade
from registry.tables import Device

THREADS = 24
PER_THREAD = 20


def _enrolled(db: Database, *device_ids: str) -> None:
    """Device rows as enrollment writes them (a nonce is remembered only for a known device)."""
    venue = admin.add_venue(db, name="东城零工市场", district="东城区")
    now = datetime.now(UTC)
    rows = [
        {"id": d, "venue_id": venue, "public_key": f"key-{d}", "enrolled_at": now}
        for d in device_ids
    ]
    with db.write() as session:
        session.execute(insert(Device), rows)


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_nonce_is_accepted_once_however_requests_interleave(
    backend: str, tmp_path: Path
) -> None:
    db = Database(database_url(backend, tmp_path))
    upgrade(db)
    _enrolled(db, "dev-0", "dev-1", "dev-2")
    # Two logs on one database: two registry processes behind one load balancer.
    logs = [NonceLog(db), NonceLog(Database(db.url))]
    now = datetime.now(UTC)
    accepted: list[tuple[str, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def client(n: int) -> None:
        start.wait()
        for i in range(PER_THREAD):
            # Every nonce is sent by three threads (replays racing the original), half of
            # them through the other process; devices share nonce strings on purpose.
            device, nonce = f"dev-{i % 3}", f"nonce-{(n // 3) * PER_THREAD + i:06d}"
            if logs[(n + i) % 2].remember(device, nonce, now):
                with lock:
                    accepted.append((device, nonce))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        distinct = {
            (f"dev-{i % 3}", f"nonce-{(n // 3) * PER_THREAD + i:06d}")
            for n in range(THREADS)
            for i in range(PER_THREAD)
        }
        assert sorted(accepted) == sorted(distinct)  # each once, none lost
        # And a later replay of any of them is refused.
        assert not logs[0].remember("dev-0", "nonce-000000", now)
        assert not logs[1].remember("dev-0", "nonce-000000", now)
    finally:
        for log in logs:
            log.db.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_request_replayed_after_the_registry_was_killed_right_after_answering_is_refused(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        assert kiosk.engine is not None
        path = f"{p.WORKER_LOOKUP_PATH}?phone=13900000001"
        headers = kiosk.engine.client.signed_headers("GET", path, b"")
        first = requests.get(registry.url + path, headers=headers, timeout=10)
        assert first.status_code == 404  # answered: nobody has that phone
        registry.server.kill()  # SIGKILL right after answering
        registry.server.start()
        again = requests.get(registry.url + path, headers=headers, timeout=10)
        assert (again.status_code, again.json()["error"]) == (401, "nonce_reused")
        kiosk.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_nonce_is_on_disk_before_its_request_is_answered(backend: str, tmp_path: Path) -> None:
    """Issue 14, point 10. A SIGKILL of the registry loses no committed row either way; a power
    cut (of the registry's disk, or of PostgreSQL) loses commits that were not flushed: the
    nonce's commit must be one that waits for the disk, as a push's does."""
    db = Database(database_url(backend, tmp_path))
    upgrade(db)
    _enrolled(db, "dev-1")
    seen: list[str] = []

    @event.listens_for(db.engine, "commit")
    def _durability(conn: Any) -> None:
        # What this very commit waits for, read on its own connection just before it.
        cursor = conn.connection.dbapi_connection.cursor()
        if db.is_postgres:
            cursor.execute("SHOW synchronous_commit")
        else:
            cursor.execute("PRAGMA synchronous")
        seen.append(str(cursor.fetchone()[0]))
        cursor.close()

    try:
        assert NonceLog(db).remember("dev-1", "nonce-on-disk-1", datetime.now(UTC))
        # SQLite: 2 is FULL (fsync at every commit); PostgreSQL: on (the WAL flushed).
        assert seen == (["on"] if db.is_postgres else ["2"])
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_device_the_database_no_longer_holds_is_refused_though_a_process_knew_it(
    backend: str, tmp_path: Path
) -> None:
    """A registry process keeps a device's key once read; a backup restored without that
    device must still refuse it: the nonce's transaction reads the device row each time."""
    db = Database(database_url(backend, tmp_path))
    upgrade(db)
    _enrolled(db, "dev-1")
    log = NonceLog(db)
    try:
        assert log.remember("dev-1", "nonce-before-restore", datetime.now(UTC))
        with db.write() as session:
            session.execute(Device.__table__.delete())  # type: ignore[attr-defined]
        with pytest.raises(DeviceUnknown):
            log.remember("dev-1", "nonce-after-restore", datetime.now(UTC))
    finally:
        db.dispose()
