"""The SQLite file: pragmas for power cuts, migrations on old files, crash safety of the outbox."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

import builders
from kiosk import config
from kiosk.domain.model import PostingStatus, Worker
from kiosk.services.container import Services
from kiosk.store import maintenance, migrate, postings
from kiosk.store.database import Database
from kiosk.store.search import SearchQuery
from kiosk.store.tables import EmployerRow, OutboxOpRow, PostingRow


def test_a_file_searched_before_the_index_lost_its_copy_still_finds_and_follows_edits(
    tmp_path: Path,
) -> None:
    """Migration 0010: the search index of a 0009 file is rebuilt content-less; its postings
    are still found, an edited one by its new words only, and the index keeps no text."""
    db = Database(tmp_path / "old.db")
    migrate.upgrade(db, "0009")
    old = builders.posting(
        "e1", id="p1", title="物流园搬运工", skill_tags=[], description="装卸货物",
        start_date=date(2099, 1, 1), end_date=date(2099, 1, 2), status=PostingStatus.OPEN,
    )  # fmt: skip
    with db.write() as session:
        session.add(EmployerRow(id="e1", name="顺达物流", venue_id="v"))
        session.flush()
        postings.save(session, old)
    db.close()
    settings = config.load(tmp_path / "home", env={})
    settings.home.mkdir()
    (tmp_path / "old.db").rename(settings.database_path)
    services = Services.create(settings)
    try:
        assert [c.posting.id for c in services.postings.search(SearchQuery(text="搬运"))] == ["p1"]
        with services.db.write() as session:
            postings.save(session, dataclasses.replace(old, title="小区保洁员"))
        assert services.postings.search(SearchQuery(text="搬运")) == []
        assert [c.posting.id for c in services.postings.search(SearchQuery(text="保洁"))] == ["p1"]
        with services.db.read() as session:
            kept = session.connection().execute(text("SELECT body FROM posting_fts")).all()
        assert kept == [(None,)]
    finally:
        services.db.close()


def test_a_worker_who_registers_while_the_kiosk_loads_its_jobs_waits_and_is_saved(
    services: Services,
) -> None:
    """A first sync (or a re-pull) loads a snapshot in one write transaction: 100,000 postings
    hold the lock about six seconds on a 2-core kiosk. A registration meanwhile waits for it
    instead of failing with "Something went wrong" after five."""
    loading = threading.Event()

    def load() -> None:
        with services.db.write(durable=False, bulk=True) as session:
            session.connection().exec_driver_sql("DELETE FROM sync_deferred")  # takes the lock
            loading.set()
            time.sleep(6.5)

    loader = threading.Thread(target=load)
    loader.start()
    assert loading.wait(10)
    try:
        done = services.workers.register(
            Worker(display_name="王", phone="13812345678"), consent=True
        )
    finally:
        loader.join()
    assert services.workers.get(done.worker.id) is not None


def test_pragmas_protect_confirmed_writes(services: Services) -> None:
    with services.db.read() as session:
        conn = session.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_a_failed_unit_of_work_leaves_nothing(services: Services) -> None:
    try:
        with services.db.write() as session:
            session.add(OutboxOpRow(entity="posting", entity_id="x", action="create"))
            session.flush()
            raise RuntimeError("power went out")
    except RuntimeError:
        pass
    with services.db.read() as session:
        assert session.exec(select(OutboxOpRow)).all() == []


def test_an_old_database_file_upgrades_in_place(tmp_path: Path) -> None:
    """A file made before the search index existed keeps its postings and becomes searchable."""
    db = Database(tmp_path / "old.db")
    migrate.upgrade(db, "0001")
    with db.write() as session:
        # What an older kiosk wrote: rows, and no search index yet.
        session.add(EmployerRow(id="e1", name="顺达物流", venue_id="v"))
        session.flush()
        old = builders.posting(
            "e1",
            id="p1",
            title="物流园搬运工",
            skill_tags=[],
            description="装卸货物",
            start_date=date(2099, 1, 1),
            end_date=date(2099, 1, 2),
            status=PostingStatus.OPEN,
        )
        session.add(PostingRow(**postings.row_values(old)))
    assert migrate.current_revision(db) == "0001"
    db.close()

    settings = config.load(tmp_path / "home", env={})
    settings.home.mkdir()
    (tmp_path / "old.db").rename(settings.database_path)
    services = Services.create(settings)
    try:
        assert migrate.current_revision(services.db) == migrate.head_revision(services.db)
        found = services.postings.search(SearchQuery(text="搬运"))
        assert [c.posting.id for c in found] == ["p1"]
        assert found[0].employer_name == "顺达物流"
    finally:
        services.db.close()


WRITER = textwrap.dedent(
    """
    import sys
    from kiosk import config
    from kiosk.services.container import Services
    sys.path.insert(0, sys.argv[2])
    import builders
    services = Services.create(config.load(sys.argv[1], env={}))
    employer = builders.employer(services)
    print("ready", flush=True)
    n = 0
    while True:
        services.postings.create(builders.posting(employer.id, title=f"搬运工 {n}"))
        n += 1
    """
)


def test_a_process_killed_mid_write_leaves_an_intact_database_whose_outbox_matches(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    tests_dir = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home), str(tests_dir)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    db = Database(home / "kiosk.db")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # let it write a while, then pull the plug
            with db.read() as session:
                if (
                    session.connection().execute(text("SELECT count(*) FROM posting")).scalar_one()
                    >= 40
                ):
                    break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)

        report = maintenance.check(db)
        assert report.ok, report.problems
        with db.read() as session:
            postings = {r.id for r in session.exec(select(PostingRow))}
            ops = session.exec(select(OutboxOpRow).where(OutboxOpRow.entity == "posting")).all()
        assert len(postings) >= 40
        assert sorted(op.entity_id for op in ops) == sorted(postings)
        seqs = [op.op_seq for op in ops]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    finally:
        if proc.poll() is None:
            proc.kill()
        db.close()


def test_the_schema_head_constant_matches_the_migrations(services: Services) -> None:
    assert migrate.head_revision(services.db) == migrate.HEAD
    assert migrate.current_revision(services.db) == migrate.HEAD


def test_the_migrations_build_exactly_the_tables(tmp_path: Path) -> None:
    """A column added to tables.py without a migration (or the reverse) fails here, not on a
    kiosk that upgrades in the field."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    db = Database(tmp_path / "fresh.db")
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    db.close()
    # The search index is an FTS5 virtual table (and its shadow tables) the models do not hold.
    extra = [
        d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("posting_fts"))
    ]
    extra = [d for d in extra if not (d[0] == "remove_table" and d[1].name == "alembic_version")]
    assert extra == []
