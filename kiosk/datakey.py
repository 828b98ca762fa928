"""The key that encrypts the kiosk's data at rest: a root-only file kept outside the data directory.

A stolen kiosk's data directory (or a backup copied off it) is unreadable without this file. On
an installed kiosk it is /etc/gig-kiosk/data.key, made by root before the first start and handed
to the service by systemd (LoadCredential=); a development run makes one in its config directory
on first start. Stdlib only: the CLI, services and tests read it the same way.

`python -m kiosk.datakey FILE` makes the key if there is none (gig-kiosk-datakey.service runs it
as root before the kiosk's first start).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from pathlib import Path

KEY_BYTES = 32
FILE_NAME = "data.key"
SYSTEM_DIR = Path("/etc/gig-kiosk")


class DataKeyError(Exception):
    """The key file exists but cannot be used (wrong size, unreadable)."""


def load_or_create(path: Path) -> bytes:
    """The key in `path`, made (random, 0600 in a 0700 folder) if there is none yet."""
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    except PermissionError as exc:  # root's key, read by another user outside the service
        raise DataKeyError(f"{path}: not readable by this user (run as root)") from exc
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secrets.token_bytes(KEY_BYTES))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        # link, not rename: two first starts at once must not end with two different keys,
        # one of which already encrypted a database.
        os.link(partial, path)
    except FileExistsError:
        pass
    finally:
        partial.unlink()
    _fsync_dir(path.parent)
    return _read(path)


def _read(path: Path) -> bytes:
    with path.open("rb") as f:
        if os.fstat(f.fileno()).st_mode & 0o077:
            # A key anyone on the machine could read protects nothing; tighten it, or refuse.
            try:
                os.fchmod(f.fileno(), 0o600)
            except PermissionError as exc:
                raise DataKeyError(f"{path}: readable by others; make it 0600") from exc
        key = f.read(KEY_BYTES + 1)
    if len(key) != KEY_BYTES:
        raise DataKeyError(f"{path}: expected {KEY_BYTES} bytes, found {len(key)}")
    return key


def derive(key: bytes, purpose: str) -> bytes:
    """A separate key for one purpose (the PIN pepper), so no use of one reveals another."""
    return hmac.new(key, b"gig-kiosk/" + purpose.encode(), hashlib.sha256).digest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


if __name__ == "__main__":
    load_or_create(Path(sys.argv[1]))
