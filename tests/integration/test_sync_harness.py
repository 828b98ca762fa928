"""Shared parts of the sync integration tests: a real registry subprocess, kiosks, a TCP proxy.

(Named test_sync_* only so it sits with the tests it serves; it holds no tests itself.)
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import require_system
from sqlalchemy import Connection, create_engine, exc, text
from sqlalchemy.engine import make_url

from kiosk import config
from kiosk.domain.model import VENUE_TZ, Employer, PayUnit, Posting, Settlement, StaffRole, Worker
from kiosk.services.container import Services
from kiosk.sync.client import RegistryClient
from kiosk.sync.engine import SyncEngine
from kiosk.sync.enrollment import build_engine, enroll
from registry import admin
from registry.db import Database, upgrade
from registry.store import ensure_epoch

PG_DSN = os.environ.get("KIOSK_TEST_PG_DSN", "")
ROOT = Path(__file__).resolve().parents[2]
REGISTRY_BIN = [sys.executable, "-c", "from registry.cli import main; raise SystemExit(main())"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---------------------------------------------------------------- databases


def _admin_url(dsn: str) -> str:
    return make_url(dsn).set(database="postgres").render_as_string(hide_password=False)


def create_pg_database(prefix: str = "reg") -> str:
    """A throwaway PostgreSQL database (dropped at exit); needs KIOSK_TEST_PG_DSN."""
    require_system(bool(PG_DSN), "KIOSK_TEST_PG_DSN is not set (PostgreSQL tests)")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = create_engine(_admin_url(PG_DSN), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    atexit.register(drop_pg_database, name)
    return make_url(PG_DSN).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(name: str) -> None:
    engine = create_engine(_admin_url(PG_DSN), isolation_level="AUTOCOMMIT")
    with contextlib.suppress(Exception), engine.connect() as conn:
        drop_database_now(conn, name)
    engine.dispose()


def drop_database_now(conn: Connection, name: str) -> None:
    """DROP DATABASE, ending the connections still open to it."""
    try:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    except exc.ProgrammingError:
        # FORCE refuses to end an autovacuum worker busy on a freshly filled database
        # ("must be a member of the role whose process is being terminated"; the test role
        # owns no such process). A plain DROP ends autovacuum itself and waits up to 5 s for
        # any other connection to close.
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


def copy_pg_database(source_url: str, prefix: str = "bak") -> str:
    """A copy of a database (CREATE DATABASE ... TEMPLATE): a backup taken now."""
    source = make_url(source_url).database
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = create_engine(_admin_url(PG_DSN), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
    engine.dispose()
    atexit.register(drop_pg_database, name)
    return make_url(source_url).set(database=name).render_as_string(hide_password=False)


def database_url(kind: str, tmp: Path) -> str:
    if kind == "postgresql":
        return create_pg_database()
    return f"sqlite:///{tmp / f'registry-{uuid.uuid4().hex[:6]}.db'}"


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.system),
]


# ---------------------------------------------------------------- the registry process


@dataclass
class RegistryProcess:
    """`kiosk-registry serve` in a subprocess on 127.0.0.1, killable and restartable."""

    db_url: str
    log: Path
    port: int = field(default_factory=free_port)
    extra: list[str] = field(default_factory=list)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *extra: str) -> RegistryProcess:
        args = [*REGISTRY_BIN, "serve", "--db", self.db_url, "--port", str(self.port), *extra]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"registry exited: {self.log.read_text()[-2000:]}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            time.sleep(0.1)
        raise RuntimeError("registry did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, whatever was in flight is cut off."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Registry:
    """A registry database plus its server, with admin helpers that act on the database."""

    db_url: str
    server: RegistryProcess
    db: Database

    @property
    def url(self) -> str:
        return self.server.url

    def venue(self, name: str = "东城零工市场", region: str = "") -> str:
        return admin.add_venue(self.db, name=name, district="东城区", region=region)

    def code(self, venue_id: str) -> str:
        return admin.enroll_code(self.db, venue_id)

    def records(self, entity: str) -> dict[str, dict[str, Any]]:
        with self.db.read() as session:
            rows = session.connection().execute(
                text("SELECT id, data, version FROM reg_record WHERE entity = :e"), {"e": entity}
            )
            out: dict[str, dict[str, Any]] = {}
            for rid, data, version in rows:
                value = data if isinstance(data, dict) else __import__("json").loads(data)
                out[rid] = dict(value, _version=version)
            return out

    def op_count(self) -> int:
        with self.db.read() as session:
            return int(session.connection().execute(text("SELECT count(*) FROM reg_op")).scalar())


@contextlib.contextmanager
def running_registry(kind: str, tmp: Path, *extra: str) -> Iterator[Registry]:
    url = database_url(kind, tmp)
    db = Database(url)
    upgrade(db)
    ensure_epoch(db)
    server = RegistryProcess(url, tmp / f"registry-{uuid.uuid4().hex[:6]}.log").start(*extra)
    try:
        yield Registry(url, server, db)
    finally:
        server.stop()
        db.dispose()


# ---------------------------------------------------------------- kiosks


class Kiosk:
    """One kiosk: its own data directory and SQLite file, real services, a sync engine."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.home = home
        self.settings = config.load(home, env={})
        self.services = Services.create(self.settings)
        self.engine: SyncEngine | None = None
        # The venue's supervisor on duty: staff actions need a real staff account.
        self.staff_id = self.services.staff.add(
            name="值班主管", role=StaffRole.SUPERVISOR, pin="1357"
        ).id

    def enroll(self, registry_url: str, code: str) -> None:
        done = enroll(self.settings, self.services.db, registry_url, code)
        self.reopen()
        assert self.services.ctx.device_id == done.device_id

    def reopen(self) -> None:
        """Start the kiosk again over the same files (as after enrollment or a crash)."""
        self.close()
        self.settings = config.load(self.home, env={})
        self.services = Services.create(self.settings)
        self.engine = build_engine(self.settings, self.services.db, timeout=10)

    def point_at(self, url: str) -> None:
        """Talk to the registry through another address (a proxy) from now on."""
        assert self.engine is not None
        identity = self.engine.client.identity
        self.engine.client.close()
        self.engine = SyncEngine(self.services.db, RegistryClient(url, identity, timeout=3))

    def sync(self) -> Any:
        assert self.engine is not None
        return self.engine.sync_once()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.client.close()
        self.services.db.close()

    # Domain actions a person at the kiosk or staff desk would take.
    def employer(self, name: str = "顺达物流有限公司") -> Employer:
        return self.services.employers.create(Employer(name=name), actor=self.staff_id)

    def posting(self, employer_id: str, title: str = "物流园装卸工", headcount: int = 3) -> Posting:
        today = self.services.ctx.today()
        return self.services.postings.create(
            Posting(
                employer_id=employer_id, title=title, occupation_code=_occupation(),
                district="东城区", workplace="开发区物流园", pay_amount=Decimal("260"),
                pay_unit=PayUnit.DAY, settlement=Settlement.SAME_DAY, start_date=today,
                end_date=today + timedelta(days=2), headcount=headcount,
                description="装卸货物，日结，包午餐。", contact_name="李经理",
                contact_phone="13900139000",
            ),
            actor=self.staff_id,
        )  # fmt: skip

    def worker(self, phone: str, name: str = "王建国") -> Worker:
        return self.services.workers.register(
            Worker(display_name=name, phone=phone, birth_year=1968, skills=["搬运"]), consent=True
        ).worker

    def table(self, sql: str) -> list[tuple[Any, ...]]:
        with self.services.db.read() as session:
            return [tuple(r) for r in session.connection().execute(text(sql))]

    def outbox_states(self) -> dict[str, int]:
        return dict(self.table("SELECT state, count(*) FROM outbox_op GROUP BY state"))  # type: ignore[arg-type]


def _occupation() -> str:
    from kiosk.domain.catalogue import OCCUPATIONS

    return OCCUPATIONS[0].code


def make_kiosk(registry: Registry, tmp: Path, venue_id: str, name: str) -> Kiosk:
    kiosk = Kiosk(tmp / name)
    kiosk.enroll(registry.url, registry.code(venue_id))
    return kiosk


# ---------------------------------------------------------------- a misbehaving network


class FaultProxy:
    """A TCP proxy between a kiosk and the registry that can misbehave on purpose.

    Modes: "pass" forwards; "drop_response" forwards the request, lets the registry answer,
    then closes the kiosk's socket without the answer; "blackhole" accepts and never answers;
    "503" answers 503 with Retry-After itself; "hold" keeps the registry's answer until
    `release` is set; "delay" sends it `delay_s` late; "cut" sends half of it and closes;
    "duplicate" sends the request to the registry twice (both answered) and passes on one;
    "refuse" closes the connection at once (no network). `chooser`, when set, picks the mode
    of each new connection.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "pass"
        self.once: str | None = None
        self.served: list[str] = []
        self.release = threading.Event()
        self.delay_s = 0.5
        # Requests whose answer the registry sent and the proxy is holding ("hold").
        self.holding = 0
        self.chooser: Callable[[], str] | None = None
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        for s in self._held:
            with contextlib.suppress(OSError):
                s.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            mode = self.once or (self.chooser() if self.chooser else self.mode)
            self.once = None
            self.served.append(mode)
            threading.Thread(target=self._serve, args=(client, mode), daemon=True).start()

    def _serve(self, client: socket.socket, mode: str) -> None:
        if mode == "blackhole":
            self._held.append(client)
            return
        if mode == "refuse":
            client.close()
            return
        request = _read_http(client)
        if mode == "503":
            body = b'{"error":"unavailable","message":"maintenance"}'
            client.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n"
                b"Content-Type: application/json\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n" + body
            )  # fmt: skip
            client.close()
            return
        try:
            response = _exchange(self.target_port, request)
            if mode == "duplicate":
                response = _exchange(self.target_port, request)
        except OSError:
            client.close()  # the registry is down: the kiosk sees the connection close
            return
        if mode == "drop_response":
            # The registry committed and answered; the kiosk never hears it.
            client.close()
            return
        if mode == "hold":
            self.holding += 1
            self.release.wait(60)
        elif mode == "delay":
            time.sleep(self.delay_s)
        elif mode == "cut":
            with contextlib.suppress(OSError):
                client.sendall(response[: max(1, len(response) // 2)])
            client.close()
            return
        if b"\r\nconnection:" not in response.split(b"\r\n\r\n", 1)[0].lower():
            response = response.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
        with contextlib.suppress(OSError):
            client.sendall(response)
        client.close()


def _exchange(port: int, request: bytes) -> bytes:
    upstream = socket.create_connection(("127.0.0.1", port))
    try:
        upstream.sendall(request)
        return _read_http(upstream)
    finally:
        upstream.close()


def _read_http(sock: socket.socket) -> bytes:
    """One HTTP/1.1 message with a Content-Length body (what requests and uvicorn send)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    # Force one request per connection so each one can be treated on its own.
    head = head.replace(b"Connection: keep-alive", b"Connection: close")
    return head + b"\r\n\r\n" + rest


def today() -> date:
    return datetime.now(VENUE_TZ).date()  # the venue's day, as the services see it
