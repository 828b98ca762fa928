"""The SQLite engine with the pragmas a power cut demands, and units of work over it.

The file is encrypted with SQLCipher (every page of the database, its WAL and its backups) by
a key kept outside the data directory (kiosk/datakey.py), and private to the kiosk's user.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlmodel import Session, create_engine

from kiosk import config, datakey
from kiosk.store import at_rest, sqlite_rows

# How long a write waits for another to finish. A snapshot's load (a first sync, a re-pull)
# is one transaction: 100,000 postings hold the lock about six seconds on a 2-core kiosk, and
# a worker's registration meanwhile must wait for it (on the task lane, the screen responsive),
# not fail. Nothing else holds it for more than a page's apply.
BUSY_TIMEOUT_MS = 30_000
# Decrypted page cache per connection (SQLite's default is 2 MB). With SQLCipher a page read
# from the OS is decrypted and its HMAC checked (~8 us), where a plain file's page was a copy.
# Measured over 100,000 postings (benchmarks/search_p95_ms's queries, CPU time): 16 MB answers
# as fast as 64 MB (p95 ~10 ms), 8 MB and less 30-50% slower; a kiosk's RSS grows by what its
# cache holds (rss_mb_100k_postings: 64 MB of it took the kiosk from 97 to 157 MB).
CACHE_KIB = 16 * 1024
# A bulk write's cache while it runs (see `Database.write`), given back when it ends. A first
# sync of 100,000 postings (about 90 MB of pages) then builds its six posting indexes from the
# cache, not from decrypted WAL pages: 0.47 s instead of 0.85 (CPU, kiosk apply alone).
BULK_CACHE_KIB = 128 * 1024
WAL_AUTOCHECKPOINT_PAGES = 1000  # SQLite's own default


def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" hook below emit BEGIN itself (pysqlite's own handling is lazy).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed commit survives a power cut, not just a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # SQLCipher does not encrypt temporary files (sorts, temp B-trees): keep them in memory,
    # as its build's default does, whatever a later pragma or build says.
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()
    sqlite_rows.register_functions(dbapi_connection)


def _on_begin(conn: Any) -> None:
    # Writers take the lock up front: two deferred transactions that both upgrade to writing
    # would make one fail at once with SQLITE_BUSY instead of waiting for busy_timeout.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, key: bytes) -> Engine:
    at_rest.prepare(path, key)
    engine = create_engine(
        # The dialect's first act on every connection is `PRAGMA key` with this raw key (no
        # passphrase stretching: the key is already 256 random bits).
        URL.create("sqlite+pysqlcipher", password=at_rest.raw_key(key), database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # The file's own pool (pysqlcipher's default is one connection per thread), handing
        # out the connection used last: its page cache is the warm one, and the others' stay
        # small instead of each filling CACHE_KIB.
        poolclass=QueuePool,
        pool_use_lifo=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """Owns the engine of one encrypted SQLite file; hands out read and write units of work."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        """`key` defaults to the data key of the data directory the file is in (its settings)."""
        self.path = path
        self.key = key or datakey.load_or_create(config.load(path.parent).data_key_path)
        self.engine = make_engine(path, self.key)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # Closing (not rolling back) ends the read: rollback would expire what was loaded.
        with self.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def write(
        self, *, durable: bool = True, bulk: bool = False, attach: Mapping[str, Path] | None = None
    ) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back everything on an error.

        `durable=False` skips the fsync of this commit (synchronous=NORMAL for it alone): only
        for data that can be fetched again, like a pulled page stored with its own cursor. WAL
        keeps such a commit atomic; a power cut may undo it, and the kiosk then re-pulls it.
        `bulk=True` leaves the WAL un-checkpointed: with SQLite's automatic checkpoint each
        commit of a large sync page copied and fsynced the database again; the caller runs
        one `checkpoint` after its last bulk write. It also gives the transaction a larger
        page cache: a sync page of thousands of postings touches index pages all over a
        100 MB file and would read (and decrypt) most of them again for every page. The cache
        shrinks back afterwards (SQLite frees the pages above the limit).
        `attach` names plain (unencrypted) database files to attach, by schema name, for the
        transaction's statements to read (a snapshot image): SQLite attaches only outside a
        transaction, and the files are detached again when it ends.
        """
        with self.engine.connect() as conn, _attached(conn, attach or {}):
            raw = conn.connection.dbapi_connection
            assert raw is not None
            if not durable:
                raw.execute("PRAGMA synchronous=NORMAL")
            if bulk:
                raw.execute("PRAGMA wal_autocheckpoint=0")
                raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
            try:
                conn.execution_options(sqlite_begin="IMMEDIATE")
                with Session(bind=conn, expire_on_commit=False) as s:
                    try:
                        yield s
                        s.commit()
                    except BaseException:
                        s.rollback()
                        raise
            finally:
                if not durable:
                    raw.execute("PRAGMA synchronous=FULL")
                if bulk:
                    raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
                    raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

    def checkpoint(self) -> None:
        """Copy the WAL into the database file now (as far as readers allow), off the UI thread.

        Otherwise the next small commit, perhaps a tap on the touchscreen, would pay for it.
        """
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _attached(conn: Any, files: Mapping[str, Path]) -> Iterator[None]:
    """`files` attached to the connection while the block runs, and detached again."""
    raw = conn.connection.dbapi_connection
    done: list[str] = []
    try:
        for schema, path in files.items():
            # KEY '': a plain file; without it SQLCipher would read it with this file's key.
            raw.execute(f"ATTACH DATABASE ? AS {schema} KEY ''", (str(path),))
            done.append(schema)
        yield
    finally:
        for schema in done:
            try:
                raw.execute(f"DETACH DATABASE {schema}")
            except Exception:  # (sqlcipher3's own error classes)
                conn.invalidate()  # never hand out a connection with another file attached
                break


def open_kiosk_database(settings: config.Settings) -> Database:
    """The kiosk's database file with its data key: how every command, process and test opens it.

    The key is made on a development machine's first start; an installed kiosk's comes from root.
    """
    return Database(settings.database_path, datakey.load_or_create(settings.data_key_path))
