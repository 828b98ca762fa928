"""Initial sync of 10,000 records from a real registry (SQLite, and PostgreSQL when configured).

Also holds the registry/kiosk set-up the other sync benchmarks share.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.figure import Figure
from kiosk import config
from kiosk.services.container import Services
from kiosk.sync.enrollment import build_engine, enroll
from registry import admin
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
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
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
            stdout=log, stderr=subprocess.STDOUT,
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
            proc.wait(10)
            log.close()
            db.dispose()


def kiosk(base: str, db: Database, venue: str, home: Path) -> Services:
    home.mkdir(parents=True, exist_ok=True)
    settings = config.load(home, env={})
    services = Services.create(settings)
    enroll(settings, services.db, base, admin.enroll_code(db, venue))
    return services


def initial_sync(records: int, name: str, budget: float) -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            venue = admin.add_venue(db, name="基准驿站", district="东城区")
            employers = max(1, records // 50)
            seed(db, postings=records - employers - 4, employers=employers)
            services = kiosk(base, db, venue, Path(raw) / "kiosk")
            engine = build_engine(services.settings, services.db)
            assert engine is not None
            started = time.perf_counter()
            report = engine.pull_all()
            elapsed = time.perf_counter() - started
            postings = services.db.engine.connect().execute(
                text("SELECT count(*) FROM posting_fts")
            ).scalar()  # fmt: skip
            engine.client.close()
            services.db.close()
            figures.append(
                Figure(name, elapsed, "s", budget,
                       {"backend": backend, "records": report.pulled, "indexed": postings})
            )  # fmt: skip
    return figures


def run() -> list[Figure]:
    return initial_sync(10_000, "initial_sync_10k_s", 1.5)


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
