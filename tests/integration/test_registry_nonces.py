"""Replay protection under load: nonces written in groups are still each accepted exactly once,
within one registry process and across two (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, database_url
from registry.auth import NonceLog
from registry.db import Database, upgrade

THREADS = 24
PER_THREAD = 20


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_nonce_is_accepted_once_however_requests_interleave(
    backend: str, tmp_path: Path
) -> None:
    db = Database(database_url(backend, tmp_path))
    upgrade(db)
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
