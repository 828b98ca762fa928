"""The SQLite file: pragmas for power cuts, migrations on old files, crash safety of the outbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from kiosk import config
from kiosk.services.container import Services
from kiosk.store import maintenance, migrate
from kiosk.store.database import Database
from kiosk.store.search import SearchQuery
from kiosk.store.tables import OutboxOpRow, PostingRow


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
        conn = session.connection()
        conn.execute(text(
            "INSERT INTO employer (id, name, kind, licence_no, verified, phone, status, warnings,"
            " venue_id, created_at, updated_at, origin_device, server_version)"
            " VALUES ('e1', '顺达物流', 'company', '', 1, '', 'ok', 0, 'v', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 'd', 0)"))
        conn.execute(text(
            "INSERT INTO posting (id, employer_id, title, occupation_code, skill_tags, description,"
            " requirements, district, workplace, pay_cents, pay_unit, settlement, start_date,"
            " end_date, headcount, filled, meals, transport, deductions, contact_name,"
            " contact_phone, status, flags, source_channel, venue_id, review_note, demo,"
            " created_at, updated_at, origin_device, server_version)"
            " VALUES ('p1', 'e1', '物流园搬运工', '4-02-06-03', '[]', '装卸货物', '', '东城区', '物流园',"
            " 25000, 'day', 'same_day', '2099-01-01', '2099-01-02', 5, 0, '', '', '', '', '',"
            " 'open', '[]', 'staff', 'v', '', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00',"
            " 'd', 0)"))
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
        stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    db = Database(home / "kiosk.db")
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # let it write a while, then pull the plug
            with db.read() as session:
                if session.connection().execute(text("SELECT count(*) FROM posting")).scalar_one() >= 40:
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
