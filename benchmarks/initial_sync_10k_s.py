"""Initial sync of 10,000 records from a real registry (SQLite, and PostgreSQL when configured).

A new kiosk's first sync end to end: the partition snapshots downloaded, loaded with the
search index, and the cursor pull that follows them. The registry has built its snapshots
beforehand, as it does in the background while changes arrive. Also holds the registry and
kiosk set-up and the TCP link the other sync benchmarks share.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from benchmarks.figure import Figure
from kiosk import config
from kiosk.services.container import Services
from kiosk.sync.enrollment import build_engine, enroll
from registry import admin, snapshot
from registry.db import Database, upgrade
from registry.seed import seed
from registry.store import ensure_epoch

PG_ENV = "KIOSK_TEST_PG_DSN"


def backends() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _database(backend: str, tmp: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp / 'registry.db'}"
        return
    dsn = make_url(os.environ[PG_ENV])
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin_engine = create_engine(dsn.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield dsn.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin_engine.connect() as conn:
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except ProgrammingError:  # an autovacuum worker FORCE may not end: DROP ends it
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin_engine.dispose()


@contextlib.contextmanager
def registry(backend: str, tmp: Path, *serve_args: str) -> Iterator[tuple[str, Database]]:
    """A migrated registry database and `kiosk-registry serve [serve_args]` on it: (url,
    database)."""
    with _database(backend, tmp) as url:
        db = Database(url)
        upgrade(db)
        ensure_epoch(db)
        port = _free_port()
        log = (tmp / "registry.log").open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", "registry.cli", "serve", "--db", url, "--port", str(port),
             *serve_args],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                with contextlib.suppress(requests.RequestException):
                    if requests.get(base + "/health", timeout=1).ok:
                        break
                time.sleep(0.1)
            yield base, db
        finally:
            proc.terminate()
            try:
                # Requests still queued are answered first; on a loaded machine that can take
                # a while, and the figure is already measured.
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # its serving processes too
                proc.wait(10)
            log.close()
            db.dispose()


def kiosk(base: str, db: Database, venue: str, home: Path) -> Services:
    home.mkdir(parents=True, exist_ok=True)
    settings = config.load(home, env={})
    services = Services.create(settings)
    enroll(settings, services.db, base, admin.enroll_code(db, venue))
    return services


class Link:
    """A TCP proxy standing for the network: counts the bytes each way and, if given a rate,
    delivers them as a link of that many bits a second each way with `rtt_s` round trip."""

    def __init__(self, target_port: int, *, bits_per_s: float = 0.0, rtt_s: float = 0.0) -> None:
        self.target_port = target_port
        self.bits_per_s = bits_per_s
        self.one_way_s = rtt_s / 2
        self.bytes = {"up": 0, "down": 0}
        self._free_at = {"up": 0.0, "down": 0.0}
        self._lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def total(self) -> int:
        return self.bytes["up"] + self.bytes["down"]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for src, dst, way in ((client, upstream, "up"), (upstream, client, "down")):
                threading.Thread(target=self._pump, args=(src, dst, way), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, way: str) -> None:
        """Bytes from src to dst, each arriving when the link would have delivered it."""
        due: list[tuple[float, int, bytes]] = []
        ready = threading.Condition()
        done = threading.Event()

        def deliver() -> None:
            while True:
                with ready:
                    while not due and not done.is_set():
                        ready.wait()
                    if not due:
                        break
                    at, _, data = due[0]
                    wait = at - time.monotonic()
                    if wait > 0:
                        ready.wait(wait)
                        continue
                    heapq.heappop(due)
                with contextlib.suppress(OSError):
                    dst.sendall(data)
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)

        sender = threading.Thread(target=deliver, daemon=True)
        sender.start()
        n = 0
        while True:
            try:
                data = src.recv(16384)
            except OSError:
                data = b""
            if not data:
                break
            now = time.monotonic()
            with self._lock:
                self.bytes[way] += len(data)
                sent = max(now, self._free_at[way])
                if self.bits_per_s:
                    sent += len(data) * 8 / self.bits_per_s
                self._free_at[way] = sent
            with ready:
                n += 1
                heapq.heappush(due, (sent + self.one_way_s, n, data))
                ready.notify()
        with ready:
            done.set()
            ready.notify()
        sender.join()


def first_sync(
    backend: str, records: int, measure: Callable[[str, Path, Database, str], dict[str, float]]
) -> dict[str, float]:
    """A registry of `records` records with its snapshots built and a kiosk enrolled; then
    `measure(registry_url, tmp, db, venue)`."""
    with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
        venue = admin.add_venue(db, name="基准驿站", district="东城区")
        employers = max(1, records // 50)
        seed(db, postings=records - employers - 4, employers=employers)
        return measure(base, Path(raw), db, venue)


def timed_first_sync(
    base: str, tmp: Path, db: Database, venue: str, *, via: str = ""
) -> dict[str, float]:
    """Enroll a kiosk, let the registry build its snapshots, time its first sync (through
    `via`, a proxy's address, if given)."""
    services = kiosk(base, db, venue, tmp / "kiosk")
    snapshot.build_now(db, snapshot.all_partitions(db))
    _warm_registry(base, db, venue, tmp / "other-kiosk")
    engine = build_engine(services.settings, services.db)
    assert engine is not None
    if via:
        engine.client.base_url = via
    started = time.perf_counter()
    report = engine.pull_all()
    elapsed = time.perf_counter() - started
    postings = services.db.engine.connect().execute(
        text("SELECT count(*) FROM posting_fts")
    ).scalar()  # fmt: skip
    engine.client.close()
    services.db.close()
    return {"elapsed": elapsed, "records": report.pulled, "indexed": int(postings or 0)}


def _warm_registry(base: str, db: Database, venue: str, home: Path) -> None:
    """Another kiosk lists the snapshots and pulls a page first, untimed. A city's registry has
    answered many kiosks before a new one comes; a process's first answers (its database
    connections and compiled statements made, about 40 ms here) are not the new kiosk's cost.
    The snapshot's bytes are not fetched: the new kiosk's download may well be the first."""
    other = kiosk(base, db, venue, home)
    engine = build_engine(other.settings, other.db)
    assert engine is not None
    engine.client.snapshots()
    engine.client.pull("", limit=10)
    engine.client.close()
    other.db.close()


def initial_sync(records: int, name: str, budget: float) -> list[Figure]:
    figures = []
    for backend in backends():
        got = first_sync(backend, records, timed_first_sync)
        figures.append(
            Figure(name, got["elapsed"], "s", budget,
                   {"backend": backend, "records": got["records"], "indexed": got["indexed"]})
        )  # fmt: skip
    return figures


def run() -> list[Figure]:
    return initial_sync(10_000, "initial_sync_10k_s", 0.4)


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
