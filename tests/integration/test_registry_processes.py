"""A registry for a province (issue 16, point 4): several processes behind one address on one
PostgreSQL, restarted or killed while kiosks pull, push and long-poll."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from conftest import require_system

from integration.test_sync_faults import _assert_converged, sync_until_quiet
from integration.test_sync_harness import (
    PG_DSN,
    REGISTRY_BIN,
    ROOT,
    FaultProxy,
    Kiosk,
    Registry,
    RegistryProcess,
    create_pg_database,
    make_kiosk,
    running_registry,
)
from kiosk.sync import protocol as p
from kiosk.sync import state
from kiosk.sync.client import RegistryClient, RegistryRefused, RegistryUnavailable
from registry import admin

KIOSKS = 4
READY = b"Application startup complete"


def _require_pg() -> None:
    require_system(bool(PG_DSN), "KIOSK_TEST_PG_DSN is not set (PostgreSQL tests)")


def _client(kiosk: Kiosk, url: str) -> RegistryClient:
    assert kiosk.engine is not None
    return RegistryClient(url, kiosk.engine.client.identity, timeout=30)


def _serving_processes(server: RegistryProcess) -> list[int]:
    """The pids of the processes uvicorn's supervisor runs (its multiprocessing children)."""
    assert server.proc is not None
    pid = server.proc.pid
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [
        int(c) for c in children
        if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()
    ]  # fmt: skip


def _wait_until(check: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _started(server: RegistryProcess) -> int:
    return server.log.read_bytes().count(READY)


def _signal_one(server: RegistryProcess, sig: signal.Signals) -> None:
    """Stop the oldest serving process with `sig`; return once its replacement serves."""
    victim = _serving_processes(server)[0]
    started = _started(server)
    os.kill(victim, sig)
    _wait_until(lambda: _started(server) > started, "a new registry process")
    assert victim not in _serving_processes(server)


def _reload(server: RegistryProcess) -> None:
    """SIGHUP to the supervisor (the unit's reload): every process replaced, one at a time."""
    assert server.proc is not None
    old = set(_serving_processes(server))
    started = _started(server)
    server.proc.send_signal(signal.SIGHUP)
    _wait_until(lambda: _started(server) >= started + len(old), "new registry processes")
    _wait_until(lambda: not old & set(_serving_processes(server)), "the old processes gone")


@contextlib.contextmanager
def _two_processes(tmp_path: Path) -> Iterator[Registry]:
    """`kiosk-registry serve --workers 2` on a throwaway PostgreSQL database, both serving."""
    _require_pg()
    with running_registry("postgresql", tmp_path, "--workers", "2", "--log-level", "info") as reg:
        _wait_until(lambda: _started(reg.server) >= 2, "both registry processes")
        yield reg


def test_an_sqlite_registry_refuses_to_serve_with_several_processes(tmp_path: Path) -> None:
    """SQLite has one writer: a second process would only queue on its lock (or corrupt
    nothing but wait); the operator is told so at once instead of a registry that half-works."""
    run = subprocess.run(
        [*REGISTRY_BIN, "serve", "--db", f"sqlite:///{tmp_path / 'r.db'}", "--workers", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode != 0
    assert "--workers above 1 needs PostgreSQL" in run.stderr


def test_pool_settings_past_what_postgresql_allows_are_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An operator's pool settings: a value that is not a number stops `serve` with one line
    naming the setting; processes x pool beyond PostgreSQL's max_connections is warned about
    at start (the registry still serves)."""
    _require_pg()
    url = create_pg_database()
    monkeypatch.setenv("KIOSK_REGISTRY_POOL_SIZE", "ten")
    run = subprocess.run([*REGISTRY_BIN, "serve", "--db", url], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert run.returncode == 2
    assert "KIOSK_REGISTRY_POOL_SIZE must be a whole number" in run.stderr
    assert "Traceback" not in run.stderr
    monkeypatch.setenv("KIOSK_REGISTRY_POOL_SIZE", "200")
    server = RegistryProcess(url, tmp_path / "big.log").start("--workers", "2")
    try:
        assert "can exceed PostgreSQL's" in server.log.read_text()
    finally:
        server.stop()


def test_a_request_replayed_on_another_registry_process_is_refused(tmp_path: Path) -> None:
    """A signed pull answered by process A, sent again word for word to process B, is a
    replay: B refuses it (the nonce lives in the shared database, not in A's memory)."""
    _require_pg()
    with running_registry("postgresql", tmp_path) as first:
        second = RegistryProcess(first.db_url, tmp_path / "second.log").start()
        try:
            kiosk = make_kiosk(first, tmp_path, first.venue(), "k")
            client = _client(kiosk, first.url)
            path = f"{p.PULL_PATH}?cursor=&limit=10"
            headers = client.signed_headers("GET", path, b"")
            headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
            assert requests.get(first.url + path, headers=headers, timeout=10).status_code == 200
            replayed = requests.get(second.url + path, headers=headers, timeout=10)
            assert replayed.status_code == 401
            assert replayed.json()["error"] == p.ApiErrorCode.NONCE_REUSED.value
            client.close()
            kiosk.close()
        finally:
            second.stop()


def test_a_device_revoked_is_refused_at_its_next_request_by_every_registry_process(
    tmp_path: Path,
) -> None:
    """Both processes have served the kiosk (each keeps what never changes about a device in
    memory); an operator revokes it: its very next request is refused by either process."""
    _require_pg()
    with running_registry("postgresql", tmp_path) as first:
        second = RegistryProcess(first.db_url, tmp_path / "second.log").start()
        try:
            kiosk = make_kiosk(first, tmp_path, first.venue(), "k")
            client = _client(kiosk, first.url)

            def pull(url: str) -> requests.Response:
                path = f"{p.PULL_PATH}?cursor=&limit=10"
                headers = client.signed_headers("GET", path, b"")
                headers[p.HEADER_PROTOCOL] = str(p.PROTOCOL_VERSION)
                return requests.get(url + path, headers=headers, timeout=10)

            assert [pull(first.url).status_code, pull(second.url).status_code] == [200, 200]
            assert client.identity is not None
            admin.revoke_device(first.db, client.identity.device_id)
            for url in (second.url, first.url):
                refused = pull(url)
                assert refused.status_code == 403
                assert refused.json()["error"] == p.ApiErrorCode.DEVICE_REVOKED.value
            client.close()
            kiosk.close()
        finally:
            second.stop()


def test_a_stopping_registry_answers_its_long_polls_at_once(tmp_path: Path) -> None:
    """A kiosk long-polling (wait 25 s) when its registry process is told to stop gets an
    empty page within seconds, and the process is gone as soon: a restart is not held up
    for the length of every open poll, and the kiosk sees an answer, not a cut connection."""
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k")
        client = _client(kiosk, registry.url)
        caught_up = client.pull("")
        assert not caught_up.more
        cursor = caught_up.cursor
        answered: list[tuple[float, int]] = []

        def poll() -> None:
            page = client.pull(cursor, wait=25)
            answered.append((time.monotonic(), len(page.records)))

        poller = threading.Thread(target=poll)
        poller.start()
        time.sleep(1.5)  # the poll is in the registry's hands, waiting for a change
        assert registry.server.proc is not None
        asked = time.monotonic()
        registry.server.proc.send_signal(signal.SIGTERM)
        registry.server.proc.wait(10)
        stopped = time.monotonic() - asked
        poller.join(30)
        assert answered, "the long poll got no answer"
        assert answered[0][1] == 0
        assert answered[0][0] - asked < 5
        assert stopped < 5
        client.close()
        kiosk.close()


@contextlib.contextmanager
def _synced_behind_a_proxy(tmp_path: Path) -> Iterator[tuple[Registry, Kiosk, FaultProxy]]:
    """A registry, a kiosk that has synced once, then reaches it through a fault proxy."""
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k")
        kiosk.sync()
        proxy = FaultProxy(registry.server.port)
        kiosk.point_at(proxy.url)
        try:
            yield registry, kiosk, proxy
        finally:
            proxy.close()
            kiosk.close()


def test_a_pull_that_meets_a_closing_connection_goes_again_at_once(tmp_path: Path) -> None:
    """The instant a registry process stops, a kept-alive connection closes under a request
    already on its way: the kiosk's pull goes once more at once on a new connection and the
    kiosk notices nothing (no error, nothing to retry later)."""
    with _synced_behind_a_proxy(tmp_path) as (_registry, kiosk, proxy):
        assert kiosk.engine is not None
        proxy.once = "refuse"  # the next connection closes before any answer
        kiosk.engine.pull_all()
        assert proxy.served[:2] == ["refuse", "pass"]
        assert state.read(kiosk.services.db).last_error == ""


@pytest.mark.parametrize("lost", ["refuse", "drop_response"])
def test_a_push_that_meets_a_closing_connection_goes_again_and_counts_once(
    tmp_path: Path, lost: str
) -> None:
    """The same for a push, whether the connection closed before the registry read it
    ("refuse") or after it applied the batch and before the answer came back
    ("drop_response"): sent again at once, signed anew; the registry answers the repeat from
    its op log, so the posting is there once and the kiosk notices nothing."""
    with _synced_behind_a_proxy(tmp_path) as (registry, kiosk, proxy):
        assert kiosk.engine is not None
        posting = kiosk.posting(kiosk.employer().id, title="夜班装卸工")
        ops = registry.op_count()
        proxy.once = lost
        report = kiosk.engine.push_pending()
        assert proxy.served[:2] == [lost, "pass"]
        assert report.pushed == 2 and report.rejected == 0
        assert registry.op_count() == ops + 2  # the employer and the posting, each once
        assert posting.id in registry.records("posting")
        assert state.read(kiosk.services.db).last_error == ""
        assert kiosk.outbox_states().get("pending", 0) == 0


class _Working:
    """Kiosks pushing new postings, syncing and long-polling, each in its own thread."""

    def __init__(self, kiosks: list[Kiosk]) -> None:
        self.kiosks = kiosks
        self.errors: list[str] = []
        self.rounds = [0] * len(kiosks)
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._work, args=(i,), daemon=True) for i in range(len(kiosks))
        ]

    def _work(self, index: int) -> None:
        kiosk = self.kiosks[index]
        assert kiosk.engine is not None
        employer = kiosk.employer(name=f"第{index}物流公司")
        while not self.stop.is_set():
            kiosk.posting(employer.id, title=f"装卸工{index}-{uuid.uuid4().hex[:8]}")
            try:
                kiosk.engine.sync_once()
                kiosk.engine.pull_all(wait=1.0)
            except Exception as exc:  # what a kiosk would have noticed
                self.errors.append(f"{kiosk.home.name}: {type(exc).__name__}: {exc}")
            self.rounds[index] += 1

    def __enter__(self) -> _Working:
        for thread in self.threads:
            thread.start()
        _wait_until(lambda: min(self.rounds) >= 2, "kiosks at work")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(60)

    def more_rounds(self, n: int = 3) -> None:
        """Each kiosk gets `n` more rounds done (its syncs went through the new process)."""
        goal = [r + n for r in self.rounds]
        _wait_until(lambda: all(r >= g for r, g in zip(self.rounds, goal, strict=True)),
                    "kiosks working after the restart")  # fmt: skip


def _assert_all_equal_the_registry(registry: Registry, kiosks: list[Kiosk]) -> None:
    sync_until_quiet(kiosks)
    _assert_converged(registry, kiosks)
    for kiosk in kiosks:
        status = state.read(kiosk.services.db)
        assert status.ops_waiting == 0
        assert status.last_error == "", f"{kiosk.home.name}: {status.last_error}"


def test_kiosks_notice_nothing_when_registry_processes_restart_while_they_pull(
    tmp_path: Path,
) -> None:
    """Two registry processes behind one address; four kiosks push, pull and long-poll while
    each process in turn is stopped (SIGTERM) and the supervisor starts a new one, then both
    are replaced one at a time (SIGHUP, `systemctl reload`). No kiosk
    meets an error at any moment, and afterwards every kiosk equals the registry: no record
    lost or doubled, no op waiting, no last_error."""
    with _two_processes(tmp_path) as registry:
        venue = registry.venue()
        kiosks = [make_kiosk(registry, tmp_path, venue, f"k{i}") for i in range(KIOSKS)]
        with _Working(kiosks) as work:
            for _ in range(2):
                _signal_one(registry.server, signal.SIGTERM)
                work.more_rounds()
            _reload(registry.server)
            work.more_rounds()
        assert work.errors == []
        _assert_all_equal_the_registry(registry, kiosks)
        for kiosk in kiosks:
            kiosk.close()


def test_kiosks_recover_when_a_registry_process_is_killed(tmp_path: Path) -> None:
    """SIGKILL of one of two registry processes while kiosks work: what it held is cut off
    (a kiosk may see that request fail), the supervisor starts a new one, and the kiosks
    carry on to equal the registry with nothing waiting and no error left."""
    with _two_processes(tmp_path) as registry:
        venue = registry.venue()
        kiosks = [make_kiosk(registry, tmp_path, venue, f"k{i}") for i in range(KIOSKS)]
        with _Working(kiosks) as work:
            _signal_one(registry.server, signal.SIGKILL)
            work.more_rounds()
        _assert_all_equal_the_registry(registry, kiosks)
        for kiosk in kiosks:
            kiosk.close()


def test_dropped_database_connections_are_replaced_before_use(tmp_path: Path) -> None:
    """PostgreSQL restarted under the registry (every server connection ends): the next
    syncs succeed, without a 503 from a dead pooled connection (pool_pre_ping)."""
    with _two_processes(tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k")
        employer = kiosk.employer()
        for _ in range(4):  # connections in both processes' pools
            kiosk.sync()
        with registry.db.engine.connect() as conn:
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            conn.commit()
        for i in range(6):
            kiosk.posting(employer.id, title=f"重连后岗位{i}")
            try:
                kiosk.sync()
            except (RegistryRefused, RegistryUnavailable) as exc:
                pytest.fail(f"sync failed after the database restarted: {exc}")
        _assert_all_equal_the_registry(registry, [kiosk])
        kiosk.close()
