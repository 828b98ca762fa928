"""The database file at rest: private to its user, encrypted (SQLCipher), plain files upgraded.

SQLCipher encrypts every page of the database file, its WAL and its backups with AES-256, so the
personal data in them (names, phones, circumstances, complaints, contacts, and the outbox's
copies of them) is unreadable without the key (kiosk/datakey.py). It was chosen over encrypting
fields one by one because search, phone lookups and sync keep working on plain values in
memory: the search and sync budgets hold (DESIGN section 7), and no record's copy anywhere in the
file (outbox payloads, audit details, FTS index) can be forgotten.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PLAIN_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class UnreadableDatabase(Exception):
    """The file exists but this key does not open it (another kiosk's key, or a lost one)."""


def raw_key(key: bytes) -> str:
    """The key as SQLCipher takes a raw 256-bit key (no passphrase stretching at each open)."""
    return f"x'{key.hex()}'"


def connect(path: Path, key: bytes, **kwargs: Any) -> Any:
    """A DB-API connection to an encrypted file: every tool and test that opens one comes here."""
    conn = sqlcipher3.connect(str(path), **kwargs)
    # SQLCipher also writes its errors to stderr (a wrong key: "hmac check failed"); the
    # exception says it, and the command line prints one line.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{raw_key(key)}"')
    return conn


def create_private(path: Path) -> None:
    """An empty file only its owner can read, before SQLite writes into it (SQLite uses 0644).

    SQLite gives the WAL and shared-memory files the permissions of their database file.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def prepare(path: Path, key: bytes) -> None:
    """Make the folder and file private; encrypt a plain file from the previous release in place."""
    path.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path.parent, PRIVATE_DIR)
    if not path.exists():
        create_private(path)
        return
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        if candidate.exists():
            os.chmod(candidate, PRIVATE_FILE)
    with path.open("rb") as f:
        header = f.read(len(PLAIN_HEADER))
    if header == PLAIN_HEADER:
        _encrypt_in_place(path, key)
    elif header:
        _check_key(path, key)


def _check_key(path: Path, key: bytes) -> None:
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise UnreadableDatabase(f"{path}: cannot be opened with this data key") from exc
    finally:
        conn.close()


def _encrypt_in_place(path: Path, key: bytes) -> None:
    """A plain database (made before encryption) becomes an encrypted one, losing nothing.

    The encrypted copy is written beside it and renamed over it only when complete: a power cut
    on the way leaves the plain file, which the next start encrypts again.
    """
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    create_private(partial)
    plain = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        # Fold the WAL in and leave rollback-journal mode, so no plain WAL outlives the file.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode=DELETE")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f'ATTACH DATABASE ? AS encrypted KEY "{raw_key(key)}"', (str(partial),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    for side in SIDE_FILES:
        if path.with_name(path.name + side).exists():
            partial.unlink()
            raise UnreadableDatabase(f"{path}: in use by another program; stop it and start again")
    _fsync(partial)
    os.replace(partial, path)
    _fsync(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
