"""Deletes travel as tombstones: an erased worker is wiped on every kiosk, and a kiosk that
was away longer than the tombstones are kept re-pulls (410) and retires what it missed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from integration.test_sync_harness import BACKENDS, Kiosk, Registry, make_kiosk, running_registry
from registry import admin, store

PHONE = "13612345678"
OTHER = "13687654321"


def _registry_text(registry: Registry) -> str:
    """Every row of every registry table, as text: where a phone number could hide."""
    out: list[str] = []
    with registry.db.read() as session:
        conn = session.connection()
        for table in inspect(conn).get_table_names():
            out += [str(tuple(row)) for row in conn.execute(text(f"SELECT * FROM {table}"))]
    return "\n".join(out)


def _kiosk_text(kiosk: Kiosk) -> str:
    tables = [t for (t,) in kiosk.table("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(
        str(row) for t in tables if not str(t).startswith("posting_fts") for row in kiosk.table(
            f'SELECT * FROM "{t}"'
        )
    )  # fmt: skip


def _live_phones(kiosk: Kiosk) -> list[str]:
    rows = kiosk.table("SELECT phone FROM worker WHERE deleted_at IS NULL AND merged_into IS NULL")
    return sorted(str(phone) for (phone,) in rows)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_erased_worker_is_wiped_on_every_kiosk(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        gone = a.worker(PHONE, name="王建国")
        a.worker(OTHER, name="李秀英")
        a.sync()
        b.sync()
        assert b.services.workers.find_by_phone(PHONE) is not None

        erased = admin.erase_worker(registry.db, gone.id, "the worker asked")
        assert erased == [gone.id]
        a.sync()
        b.sync()

        assert PHONE not in _registry_text(registry)
        assert "王建国" not in _registry_text(registry)
        for kiosk in (a, b):
            assert kiosk.services.workers.find_by_phone(PHONE) is None
            assert PHONE not in _kiosk_text(kiosk)
            sql = f"SELECT display_name, deleted_at FROM worker WHERE id = '{gone.id}'"
            [(name, deleted)] = kiosk.table(sql)
            assert name == "" and deleted is not None
            assert _live_phones(kiosk) == [OTHER]

        # The same person may come back: a new registration, not blocked by the tombstone.
        back = b.worker(PHONE, name="王建国")
        assert back.id != gone.id
        b.sync()
        a.sync()
        live = {r["phone"] for r in registry.records("worker").values() if r.get("phone")}
        assert live == {PHONE, OTHER}
        assert _live_phones(a) == sorted([PHONE, OTHER])
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_kiosk_behind_the_tombstones_resyncs_and_retires_what_it_missed(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        gone = a.worker(PHONE)
        a.worker(OTHER, name="李秀英")
        a.sync()
        b.sync()
        # b goes offline for half a year; meanwhile a worker registers there...
        waiting = b.worker("13600000009", name="赵六")
        # ...and the registry erases a worker, and later forgets the tombstone.
        admin.erase_worker(registry.db, gone.id, "the worker asked")
        assert store.prune(registry.db, now=store.utcnow() + timedelta(days=181)) == 1

        report = b.sync()

        assert report.resynced  # the registry answered 410 and b re-pulled everything
        assert b.outbox_states().get("pending", 0) == 0
        assert b.services.workers.find_by_phone(PHONE) is None
        assert PHONE not in _kiosk_text(b)
        phones = {r["phone"] for r in registry.records("worker").values() if r.get("phone")}
        assert phones == {OTHER, "13600000009"}
        assert _live_phones(b) == sorted(phones)
        assert b.services.workers.find_by_phone("13600000009").id == waiting.id  # type: ignore[union-attr]
        # A second sync has nothing left to do.
        again = b.sync()
        assert not again.resynced and again.pushed == 0
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_quiet_venue_is_not_sent_round_in_re_pulls_by_another_venues_old_tombstone(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        west = registry.venue("西城零工市场", region="西城区")
        east = registry.venue("东城零工市场", region="东城区")
        quiet = make_kiosk(registry, tmp_path, west, "quiet")
        busy = make_kiosk(registry, tmp_path, east, "busy")
        gone = busy.worker(PHONE)
        busy.sync()
        quiet.sync()
        # At the busy venue a worker is erased and another registers; nothing changes at the
        # quiet one. Half a year on, the registry forgets the tombstone.
        admin.erase_worker(registry.db, gone.id, "the worker asked")
        busy.worker(OTHER, name="李秀英")
        busy.sync()
        assert store.prune(registry.db, now=store.utcnow() + timedelta(days=181)) == 1
        assert quiet.engine is not None
        # By cursor pages, as from a registry without snapshots (a snapshot's cursor is the
        # newest change of all already). The horizon is the registry's, not a venue's: the
        # quiet kiosk may re-pull once (it cannot be told the tombstone was not its own),
        # and then it is done.
        quiet.engine.snapshots_missing = True
        quiet.engine.pull_all(max_pages=20)
        again = quiet.engine.pull_all(max_pages=20)
        assert not again.resynced
        assert quiet.table("SELECT value FROM sync_state WHERE key = 'last_error'") in ([], [("",)])
        quiet.close()
        busy.close()
