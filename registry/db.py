"""The registry's database: engine for SQLite or PostgreSQL, units of work, locks, migrations."""

from __future__ import annotations

import hashlib
import os
import select
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection
from sqlmodel import Session

ENV_DB = "KIOSK_REGISTRY_DB"
# PostgreSQL connections each registry process keeps (pool size) and may open beyond them
# under a burst (overflow). A process runs its blocking work on 8 threads and its polls on 6
# (registry/app.py WORKER_THREADS, POLL_THREADS), each holding one connection at a time
# (the nonce writer's is its caller's): 10 + 5 covers them. Every process has its own pool,
# so processes x (size + overflow) plus a few for admin commands must stay under the server's
# max_connections (100 by default: up to 5 processes at the defaults).
ENV_POOL_SIZE = "KIOSK_REGISTRY_POOL_SIZE"
ENV_POOL_OVERFLOW = "KIOSK_REGISTRY_POOL_OVERFLOW"
POOL_SIZE, POOL_OVERFLOW = 10, 5
SQLITE_BUSY_MS = 10000
# The one advisory lock every change-log writer takes: change-log order == commit order.
CHANGE_LOG_LOCK = 0x6B696F736B


def default_url() -> str:
    path = Path(platformdirs.user_data_dir("gig-registry", appauthor=False)) / "registry.db"
    return f"sqlite:///{path}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_DB) or default_url()


def _sqlite_connect(dbapi_connection: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # Each write transaction chooses its durability (see `_sqlite_begin`); FULL by default.
    cur.execute("PRAGMA synchronous=FULL")
    record.info["synchronous"] = "FULL"
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    mode = options.get("sqlite_begin", "DEFERRED")
    # A push answered "applied" must survive a power cut: FULL, as on the kiosks, and so must
    # a request's nonce row (a lost one lets the request be replayed). NORMAL (WAL) is for
    # bookkeeping that may lose its last commits on a power cut, never on a crash. Set per
    # transaction: pooled connections are shared by both kinds.
    # Reads leave the setting as it is; a write changes it only when it differs (each
    # statement is a trip through the driver, and a poll is mostly such trips).
    if mode != "DEFERRED":
        sync = "FULL" if options.get("durable", True) else "NORMAL"
        if conn.info.get("synchronous") != sync:
            conn.exec_driver_sql(f"PRAGMA synchronous={sync}")
            conn.info["synchronous"] = sync
    conn.exec_driver_sql(f"BEGIN {mode}")


def json_text(value: Any) -> str:
    """JSON columns as UTF-8 text (escaped, the Chinese of a pull page was twice the bytes to
    send and to parse), written by orjson: json.dumps was a tenth of a push batch's time."""
    return orjson.dumps(value).decode()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000},
            pool_size=20,
            max_overflow=40,
            json_serializer=json_text,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    size, overflow = pool_limits()
    engine = create_engine(url, pool_size=size, max_overflow=overflow, json_serializer=json_text)
    event.listen(engine, "checkout", _drop_if_closed)
    return engine


_CLOSED = select.POLLIN | select.POLLPRI | select.POLLERR | select.POLLHUP


def _drop_if_closed(
    dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
) -> None:
    """A connection the server dropped (PostgreSQL restarted, an idle timeout) is replaced
    before a request uses it, not answered as a 503.

    A server that ends a session says so (an error message, then the socket closes), so an
    idle connection with anything to read is a dropped one: found without a round trip.
    pool_pre_ping's `SELECT 1` at every checkout was a quarter of a poll's database trips.
    The pool reconnects the entry when this raises.
    """
    try:
        fd = dbapi_connection.fileno()
    except Exception as exc:  # closed on our side: the driver refuses to name its socket
        raise DisconnectionError("connection closed") from exc
    poll = select.poll()
    poll.register(fd, _CLOSED)
    if poll.poll(0):
        raise DisconnectionError("the server ended this connection")


def pool_limits(env: Mapping[str, str] = os.environ) -> tuple[int, int]:
    """(pool size, overflow) per process for PostgreSQL, from the environment or the defaults."""
    return _count(env, ENV_POOL_SIZE, POOL_SIZE, 1), _count(
        env, ENV_POOL_OVERFLOW, POOL_OVERFLOW, 0
    )


class SettingError(ValueError):
    """A setting from the environment the registry cannot use (said to the operator)."""


def _count(env: Mapping[str, str], name: str, default: int, least: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < least:
        raise SettingError(f"{name} must be a whole number of at least {least}, not {raw!r}")
    return int(raw)


def connection_budget(db: Database) -> int | None:
    """Connections PostgreSQL lets ordinary roles open (max_connections less the reserved
    ones), or None on SQLite."""
    if not db.is_postgres:
        return None
    with db.engine.connect() as conn:
        total = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
        reserved = int(conn.exec_driver_sql("SHOW superuser_reserved_connections").scalar_one())
    return total - reserved


class Database:
    """Owns one engine; a write is one transaction, a read sees one snapshot."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """One write transaction; `durable=False` for bookkeeping a power cut may lose
        (request nonces): no fsync at commit on SQLite, no WAL flush wait on PostgreSQL."""
        with self.engine.connect() as conn:
            # SQLite: take the write lock up front so concurrent writers queue, not fail.
            conn.execution_options(sqlite_begin="IMMEDIATE", durable=durable)
            with Session(bind=conn, expire_on_commit=False) as s:
                try:
                    if self.is_postgres and not durable:
                        s.connection().exec_driver_sql("SET LOCAL synchronous_commit = off")
                    yield s
                    s.commit()
                except BaseException:
                    s.rollback()
                    raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as s:
            yield s
            s.rollback()

    @contextmanager
    def statements(self) -> Iterator[Connection]:
        """A connection for reads each of which stands alone (no snapshot shared between
        them): on PostgreSQL outside a transaction, without a BEGIN and a ROLLBACK trip.

        Under READ COMMITTED each statement sees its own snapshot anyway; a poll's reads
        are two statements, and the transaction around them was half its trips.
        """
        with self.engine.connect() as conn:
            if self.is_postgres:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn
            conn.rollback()

    def lock(self, session: Session, key: str | int) -> None:
        """A transaction-scoped lock on a name (PostgreSQL); SQLite writers are serial anyway."""
        if not self.is_postgres:
            return
        number = lock_number(key)
        session.connection().execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})

    def lock_many(self, session: Session, keys: Iterable[str | int]) -> None:
        """Several locks in one round trip, taken in number order.

        One fixed order for every transaction: two batches that need the same names cannot
        each hold one and wait for the other (a deadlock PostgreSQL would break by failing one).
        """
        if not self.is_postgres:
            return
        numbers = sorted({lock_number(k) for k in keys})
        if numbers:
            # A function scan over the array visits its elements in order.
            session.connection().execute(_LOCK_MANY, {"ks": numbers})

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "registry:migrations")
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema up to date (run by `serve` at start and by the admin commands)."""
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        if db.is_postgres:
            # Two registry processes starting together must not both run the migration.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGE_LOG_LOCK + 1})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


_LOCK_MANY = text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:ks AS bigint[])) AS k")


def lock_number(key: str | int) -> int:
    """The advisory lock number of a name: 64 bits of its SHA-256."""
    if isinstance(key, int):
        return key
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
