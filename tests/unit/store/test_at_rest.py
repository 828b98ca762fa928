"""Personal data on a stolen kiosk: the database, its WAL and backups are encrypted and private."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

import builders
from kiosk import config
from kiosk.domain.model import Circumstance, ComplaintCategory, ComplaintTarget
from kiosk.services.container import Services
from kiosk.store import at_rest, maintenance
from kiosk.store.search import SearchQuery

NAME = "欧阳慧珍"
PHONE = "13912345678"
COMPLAINT = "老板拖欠三天工资不给"
CONTACT = "13787654321"
SECRETS = [NAME.encode(), PHONE.encode(), COMPLAINT.encode(), CONTACT.encode(), b"low_income"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill(services: Services) -> None:
    """A registered worker with circumstances, a complaint with a contact and a posting."""
    services.workers.register(
        builders.worker(
            display_name=NAME, phone=PHONE, circumstances=[Circumstance.LOW_INCOME_FAMILY]
        ),
        consent=True,
    )
    services.complaints.file(
        target=ComplaintTarget.VENUE,
        category=ComplaintCategory.UNPAID_WAGES,
        text=COMPLAINT,
        contact_phone=CONTACT,
    )
    employer = builders.employer(services)
    services.postings.create(builders.posting(employer.id, title="物流园搬运工"))


def leaks(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [s for s in SECRETS if s in data]


def test_a_stolen_database_wal_and_backup_show_no_name_phone_or_complaint(
    settings: config.Settings, tmp_path: Path
) -> None:
    services = Services.create(settings)
    try:
        fill(services)
        db_file = settings.database_path
        wal = db_file.with_name(db_file.name + "-wal")
        assert wal.stat().st_size > 0  # the newest writes are still in the WAL
        backup = maintenance.backup(services.db, tmp_path / "usb" / "kiosk-backup.db")
        for path in (db_file, wal, backup):
            assert leaks(path) == [], path.name
        # SQLCipher leaves temporary files (a big sort) unencrypted: they must stay in memory.
        with services.db.read() as session:
            assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
        # ...and the kiosk itself still finds the worker by phone and the posting by words.
        found = services.workers.find_by_phone("139 1234 5678")
        assert found is not None and found.display_name == NAME
        assert [c.posting.title for c in services.postings.search(SearchQuery(text="搬运"))] == [
            "物流园搬运工"
        ]
    finally:
        services.db.close()


def test_a_backup_opens_only_with_the_data_key(settings: config.Settings, tmp_path: Path) -> None:
    services = Services.create(settings)
    try:
        fill(services)
        backup = maintenance.backup(services.db, tmp_path / "kiosk-backup.db")
        key = services.db.key
    finally:
        services.db.close()
    conn = at_rest.connect(backup, key)
    assert conn.execute("SELECT display_name FROM worker").fetchall() == [(NAME,)]
    conn.close()
    with pytest.raises(at_rest.UnreadableDatabase):
        at_rest.prepare(backup, bytes(32))


def test_the_data_directory_its_files_backups_and_the_key_are_private_under_a_022_umask(
    settings: config.Settings, tmp_path: Path
) -> None:
    settings.home.chmod(0o755)  # as the previous release left it
    services = Services.create(settings)
    try:
        fill(services)
        backup = maintenance.backup(services.db, tmp_path / "kiosk-backup.db")
        db_file = settings.database_path
        files = [db_file, backup, *(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm"))]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(settings.home) == 0o700
        key = settings.data_key_path
        assert mode(key) == 0o600 and mode(key.parent) == 0o700
        assert settings.home not in key.parents  # a copy of the data directory lacks the key
    finally:
        services.db.close()


def test_a_plain_database_from_the_previous_release_is_encrypted_in_place_without_loss(
    settings: config.Settings,
) -> None:
    services = Services.create(settings)
    fill(services)
    key = services.db.key
    services.db.close()
    # The previous release's file: the same rows, unencrypted (SQLCipher's own way to decrypt).
    db_file = settings.database_path
    plain = db_file.with_name("plain.db")
    conn = at_rest.connect(db_file, key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    plain.chmod(0o644)
    plain.replace(db_file)
    assert leaks(db_file) != []

    services = Services.create(settings)
    try:
        assert leaks(db_file) == []
        assert mode(db_file) == 0o600
        found = services.workers.find_by_phone(PHONE)
        assert found is not None and found.display_name == NAME
        assert Circumstance.LOW_INCOME_FAMILY in found.circumstances
        assert len(services.postings.search(SearchQuery(text="搬运"))) == 1
        assert maintenance.check(services.db).ok
    finally:
        services.db.close()


def test_a_plain_database_left_with_a_wal_by_a_power_cut_keeps_its_last_commit(
    settings: config.Settings, tmp_path: Path
) -> None:
    services = Services.create(settings)
    fill(services)
    key = services.db.key
    services.db.close()
    db_file = settings.database_path
    plain = tmp_path / "plain.db"
    conn = at_rest.connect(db_file, key)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    # The previous release's last commit sits in the WAL when the power goes: copy the file
    # and its WAL while the writer still has them open.
    writer = sqlite3.connect(plain, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE worker SET display_name = ?", ("欧阳慧珍二",))
    shutil.copyfile(plain, db_file)
    shutil.copyfile(plain.with_name("plain.db-wal"), db_file.with_name("kiosk.db-wal"))
    writer.close()
    assert b"\xe4\xba\x8c" in db_file.with_name("kiosk.db-wal").read_bytes()  # 二, in the WAL

    services = Services.create(settings)
    try:
        found = services.workers.find_by_phone(PHONE)
        assert found is not None and found.display_name == "欧阳慧珍二"
        for path in settings.home.iterdir():
            assert leaks(path) == [], path.name
    finally:
        services.db.close()
