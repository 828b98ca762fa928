"""A registry transaction's shortcuts (prefetched absences, batch locks, bulk inserts) never
hide a record the same transaction wrote: on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from integration.test_sync_harness import BACKENDS, database_url
from registry.db import Database, upgrade
from registry.store import Tx, ensure_epoch

PHONE = "13700001111"
LOCK = "worker-phone:"


def _db(backend: str, tmp: Path) -> Database:
    db = Database(database_url(backend, tmp))
    upgrade(db)
    ensure_epoch(db)
    return db


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_key_learnt_absent_is_found_once_inserted_and_sent(backend: str, tmp_path: Path) -> None:
    """Two registrations of one phone in one batch: the second must see the first, even when
    the first insert has already been sent to the database by an unrelated read."""
    db = _db(backend, tmp_path)
    try:
        with db.write() as session:
            tx = Tx(db, session)
            tx.lock_all([LOCK + PHONE])
            tx.prefetch_lookups("worker", [PHONE], lock=LOCK)
            assert tx.find("worker", lookup=PHONE) is None
            first = tx.insert("worker", "w-1", {"phone": PHONE}, partitions=["global"],
                              lookup=PHONE)  # fmt: skip
            tx.flush_writes()  # as a read of another record would
            found = tx.find("worker", lookup=PHONE)
            assert found is not None and found.id == first.id
            tx.finish()
        with db.read() as session:
            rows = (
                session.connection()
                .execute(text("SELECT id, version FROM reg_record WHERE entity = 'worker'"))
                .all()
            )
            changes = (
                session.connection()
                .execute(text("SELECT entity_id FROM reg_change WHERE entity = 'worker'"))
                .all()
            )
        assert [tuple(r) for r in rows] == [("w-1", 1)]
        assert [tuple(r) for r in changes] == [("w-1",)]
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_corrected_phone_is_not_taken_for_free(backend: str, tmp_path: Path) -> None:
    db = _db(backend, tmp_path)
    try:
        with db.write() as session:
            tx = Tx(db, session)
            other = "13900002222"
            tx.lock_all([LOCK + PHONE, LOCK + other])
            tx.prefetch_lookups("worker", [PHONE, other], lock=LOCK)
            rec = tx.insert("worker", "w-1", {"phone": PHONE}, partitions=["global"],
                            lookup=PHONE)  # fmt: skip
            tx.flush_writes()
            rec.lookup = other
            tx.update(rec, {"phone": other})
            tx.flush_writes()
            found = tx.find("worker", lookup=other)
            assert found is not None and found.id == "w-1"
            tx.finish()
    finally:
        db.dispose()
