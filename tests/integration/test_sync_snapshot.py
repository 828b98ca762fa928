"""A new kiosk's first sync from partition snapshots, under faults (issue 16, point 2).

Real registry subprocess, real enrolled keys, a TCP proxy between kiosk and registry that
records every request and can cut or spoil a snapshot download. Each story ends with the
kiosk holding exactly the registry's live records and no op waiting.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from integration.test_sync_harness import (
    BACKENDS,
    PG_DSN,
    Kiosk,
    Registry,
    _exchange,
    _read_http,
    make_kiosk,
    running_registry,
)
from kiosk.sync import protocol as p
from kiosk.sync import snapshot as kiosk_snapshot
from kiosk.sync.client import RegistryUnavailable
from kiosk.sync.progress import Phase, SyncProgress
from registry import admin, store
from registry import snapshot as registry_snapshot
from registry.db import CHANGE_LOG_LOCK
from registry.seed import seed

POSTINGS = 3000

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class SnapshotProxy:
    """Forwards requests to the registry, keeping each one's first line and headers.

    `spoil`, when set, gets the next snapshot-bytes answer (head, body) and returns what the
    kiosk receives instead, and whether to close the connection right after it (a cut).
    """

    def __init__(self, target: Callable[[], int]) -> None:
        self.target = target
        self.requests: list[str] = []
        self.statuses: list[tuple[str, int]] = []
        self.spoil: Callable[[bytes], bytes] | None = None
        self.no_snapshots = False
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            request = _read_http(client)
            head = request.split(b"\r\n\r\n", 1)[0].decode("latin-1")
            self.requests.append(head)
            path = head.split(" ")[1]
            if self.no_snapshots and path.startswith(p.SNAPSHOT_PATH):
                # An older registry: it has no such path.
                client.sendall(
                    b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                    b'Content-Length: 22\r\nConnection: close\r\n\r\n{"detail":"Not Found"}'
                )  # fmt: skip
                return
            try:
                response = _exchange(self.target(), request)
            except OSError:
                return  # the registry is down: the connection just closes
            status = int(response.split(b" ", 2)[1])
            self.statuses.append((path, status))
            spoil = self.spoil
            if spoil is not None and path.startswith(p.SNAPSHOT_PATH + "/"):
                self.spoil = None
                response = spoil(response)
            if b"\r\nconnection:" not in response.split(b"\r\n\r\n", 1)[0].lower():
                response = response.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
            with contextlib.suppress(OSError):
                client.sendall(response)

    def byte_requests(self) -> list[str]:
        return [r for r in self.requests if r.split(" ")[1].startswith(p.SNAPSHOT_PATH + "/")]


def cut_at(fraction: float) -> Callable[[bytes], bytes]:
    """The answer's head and the first `fraction` of its body, then the connection closes."""

    def spoil(response: bytes) -> bytes:
        head, _, body = response.partition(b"\r\n\r\n")
        return head + b"\r\n\r\n" + body[: int(len(body) * fraction)]

    return spoil


def flip_a_byte(response: bytes) -> bytes:
    head, _, body = response.partition(b"\r\n\r\n")
    middle = len(body) // 2
    return head + b"\r\n\r\n" + body[:middle] + bytes([body[middle] ^ 0xFF]) + body[middle + 1 :]


def range_start(request_head: str) -> int | None:
    for line in request_head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "range":
            return int(value.strip().removeprefix("bytes=").split("-")[0])
    return None


def live(registry: Registry, entity: str) -> dict[str, int]:
    with registry.db.read() as session:
        rows = session.connection().execute(
            text("SELECT id, version FROM reg_record WHERE entity = :e AND deleted_at IS NULL"),
            {"e": entity},
        )
        return {str(i): int(v) for i, v in rows}


def assert_kiosk_equals_registry(registry: Registry, kiosk: Kiosk) -> None:
    """Same live postings, employers and workers at the same versions; nothing waiting."""
    for entity, table in (("posting", "posting"), ("employer", "employer"), ("worker", "worker")):
        here = dict(kiosk.table(f"SELECT id, server_version FROM {table} WHERE deleted_at IS NULL"))
        assert here == live(registry, entity), entity
    assert kiosk.outbox_states().get("pending", 0) == 0


@contextlib.contextmanager
def seeded(backend: str, tmp: Path) -> Iterator[Registry]:
    with running_registry(backend, tmp) as registry:
        seed(registry.db, postings=POSTINGS, employers=60)
        yield registry


def proxied_kiosk(registry: Registry, tmp: Path, name: str = "a") -> tuple[Kiosk, SnapshotProxy]:
    kiosk = make_kiosk(registry, tmp, registry.venue(), name)
    proxy = SnapshotProxy(lambda: registry.server.port)
    kiosk.point_at(proxy.url)
    return kiosk, proxy


def part_file(kiosk: Kiosk) -> Path:
    (found,) = (kiosk.home / kiosk_snapshot.DIRECTORY).glob("*.part")
    return found


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_download_cut_at_70_percent_resumes_from_there(backend: str, tmp_path: Path) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        proxy.spoil = cut_at(0.7)
        with pytest.raises(RegistryUnavailable):
            kiosk.sync()
        have = part_file(kiosk).stat().st_size
        (listed,) = [s for s in _snapshots(kiosk) if s.partition == "global"]
        assert 0.6 * listed.bytes < have < 0.8 * listed.bytes
        # What waits on disk is sealed with the data key: not even zstd's frame magic shows.
        assert part_file(kiosk).read_bytes()[:4] != ZSTD_MAGIC
        assert kiosk.engine is not None
        shown: list[SyncProgress] = []
        kiosk.engine.progress = shown.append
        kiosk.sync()
        first, second = proxy.byte_requests()[:2]
        assert range_start(first) is None
        assert range_start(second) == have
        # What the staff page shows: the bytes from where the download resumed, then records.
        downloads = [x for x in shown if x.phase is Phase.DOWNLOAD]
        assert downloads[0].done >= have and downloads[-1].done == downloads[-1].total
        loads = [x for x in shown if x.phase is Phase.LOAD]
        assert loads[-1].done == loads[-1].total >= POSTINGS
        assert (p.SNAPSHOT_PATH + "/" + listed.id, 206) in proxy.statuses
        assert_kiosk_equals_registry(registry, kiosk)
        assert len(live(registry, "posting")) == POSTINGS
        # Loaded, the files holding the venue's data are gone.
        assert not list((kiosk.home / kiosk_snapshot.DIRECTORY).iterdir())
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_registry_restarted_mid_download_serves_the_rest_of_the_same_snapshot(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        proxy.spoil = cut_at(0.5)
        with pytest.raises(RegistryUnavailable):
            kiosk.sync()
        have = part_file(kiosk).stat().st_size
        registry.server.kill()
        with pytest.raises(RegistryUnavailable):
            kiosk.sync()  # the registry is down: the part file waits
        registry.server.start()
        kiosk.sync()
        # The restarted registry serves the same snapshot (it is in the database): the rest.
        cut = proxy.byte_requests()[0].split(" ")[1]
        asked = [r for r in proxy.byte_requests() if r.split(" ")[1] == cut]
        assert range_start(asked[-1]) == have
        assert [s for path, s in proxy.statuses if path == cut] == [200, 206]
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_corrupted_download_is_thrown_away_and_fetched_again(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        proxy.spoil = flip_a_byte
        kiosk.sync()
        first, second = proxy.byte_requests()[:2]
        # The spoilt copy was never resumed from: the second download started over.
        assert range_start(first) is None and range_start(second) is None
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_epoch_during_the_download_ends_with_the_new_snapshot(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        proxy.spoil = cut_at(0.5)
        with pytest.raises(RegistryUnavailable):
            kiosk.sync()
        epoch = store.new_epoch(registry.db)
        kiosk.sync()
        # The half of the old epoch's snapshot was not resumed from.
        assert range_start(proxy.byte_requests()[-1]) is None
        assert kiosk.table("SELECT value FROM sync_state WHERE key = 'registry_epoch'") == [
            (epoch,)
        ]
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_snapshot_older_than_the_tombstones_is_rebuilt_and_the_kiosk_drops_what_went(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        kiosk.sync()
        gone = sorted(live(registry, "posting"))[0]
        # The posting is suspended, later deleted, and its tombstone outlives 180 days: the
        # kiosk's cursor and the snapshot it came from are both older than the horizon.
        admin.suspend_posting(registry.db, gone, "虚假招聘")
        with registry.db.write() as session:
            session.connection().execute(
                text("UPDATE reg_record SET deleted_at = :at WHERE id = :i"),
                {"at": datetime.now(UTC) - timedelta(days=200), "i": gone},
            )
        assert store.prune(registry.db) == 1
        # Life goes on after the horizon (a cursor must name a change the registry still has).
        admin.suspend_posting(registry.db, sorted(live(registry, "posting"))[-1], "重复发布")
        lists_before = _list_requests(proxy)
        report = kiosk.sync()
        assert report.resynced
        assert _list_requests(proxy) > lists_before  # a 410, then the snapshot again
        assert kiosk.table(f"SELECT deleted_at IS NOT NULL FROM posting WHERE id = '{gone}'") == [
            (1,)
        ]
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_unsent_changes_survive_a_snapshot_re_pull_and_are_sent_once(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        worker = kiosk.worker("13900001111")
        kiosk.sync()
        # Offline: the worker's skills change at the kiosk; meanwhile the registry is
        # restored and starts a new epoch, so the next pull is answered 410.
        kiosk.services.workers.update(worker.id, skills=["保洁", "搬运"])
        store.new_epoch(registry.db)
        assert kiosk.engine is not None
        kiosk.engine.pull_all()
        # Loaded from the snapshot, the record with a waiting op kept the local change.
        assert kiosk.services.workers.get(worker.id).skills == ["保洁", "搬运"]
        kiosk.sync()
        assert registry.records("worker")[worker.id]["skills"] == ["保洁", "搬运"]
        assert kiosk.outbox_states() == {"sent": 2}
        assert registry.op_count() == 2
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_registry_without_snapshots_is_pulled_from_the_cursor(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        kiosk, proxy = proxied_kiosk(registry, tmp_path)
        proxy.no_snapshots = True
        assert kiosk.engine is not None
        shown: list[SyncProgress] = []
        kiosk.engine.progress = shown.append
        kiosk.sync()
        # Cursor pages have a total too: the registry says how many changes remain.
        pulls = [x for x in shown if x.phase is Phase.PULL]
        assert pulls[0].total is not None and pulls[0].total >= POSTINGS > pulls[0].done
        assert pulls[-1].done == pulls[-1].total
        assert _list_requests(proxy) == 1
        assert proxy.byte_requests() == []
        assert any(r.split(" ")[1].startswith(p.PULL_PATH) for r in proxy.requests)
        assert_kiosk_equals_registry(registry, kiosk)
        proxy.close()


def _list_requests(proxy: SnapshotProxy) -> int:
    return sum(1 for r in proxy.requests if r.split(" ")[1].split("?")[0] == p.SNAPSHOT_PATH)


def _snapshots(kiosk: Kiosk) -> list[p.SnapshotInfo]:
    assert kiosk.engine is not None
    listed = kiosk.engine.client.snapshots()
    assert listed is not None
    return listed.snapshots


@pytest.mark.parametrize("backend", BACKENDS)
def test_snapshots_are_refreshed_as_changes_arrive_not_per_kiosk(
    backend: str, tmp_path: Path
) -> None:
    with seeded(backend, tmp_path) as registry:
        first, _ = proxied_kiosk(registry, tmp_path, "a")
        second, _ = proxied_kiosk(registry, tmp_path, "b")
        (built,) = [s for s in _snapshots(first) if s.partition == "global"]
        (served,) = [s for s in _snapshots(second) if s.partition == "global"]
        assert served.sha256 == built.sha256  # the second kiosk got the same build
        now = time.time()
        assert registry_snapshot.due(registry.db, now) == []
        admin.suspend_posting(registry.db, sorted(live(registry, "posting"))[0], "虚假招聘")
        # One change: kept until the snapshot is old; then rebuilt with the change in it.
        assert registry_snapshot.due(registry.db, now) == []
        later = now + registry_snapshot.MAX_AGE_S + 1
        assert registry_snapshot.due(registry.db, later) == ["global"]
        (rebuilt,) = registry_snapshot.build_now(registry.db, ["global"])
        assert rebuilt.seq > p.parse_cursor(built.cursor)[1]
        assert rebuilt.records == built.records
        assert registry_snapshot.due(registry.db, later) == []


@pytest.mark.skipif(not PG_DSN, reason="the commit-order trap is PostgreSQL's")
def test_a_snapshot_never_names_a_cursor_past_a_change_still_committing(tmp_path: Path) -> None:
    """PostgreSQL hands out seq values before commit: a snapshot built while a change is
    between its insert and its commit must wait for it, or its cursor would pass over it."""
    with running_registry("postgresql", tmp_path) as registry:
        seed(registry.db, postings=20, employers=2)
        writer = registry.db.engine.connect()
        writer.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGE_LOG_LOCK})
        late = writer.execute(
            text(
                "INSERT INTO reg_change (partition, entity, entity_id, version) "
                "VALUES ('global', 'posting', 'late', 1) RETURNING seq"
            )
        ).scalar()
        got: list[tuple[str, int, str]] = []
        reader = threading.Thread(
            target=lambda: got.append(registry_snapshot._consistent_seq(registry.db))
        )
        reader.start()
        reader.join(1.0)
        assert reader.is_alive() and not got  # waiting for the writer to commit
        writer.commit()
        writer.close()
        reader.join(10)
        assert got[0][1] == late
