"""The registry's signed time: what a kiosk with a wrong clock may believe, and nothing else.

A kiosk whose clock is more than the signing window off gets 401 clock_skew. The answer
carries the registry's time signed with a key the kiosk pinned when it enrolled, over the
nonce of the very request it answers: a forged or replayed time moves no kiosk's clock (a
time set in the future would have it sign requests an attacker could replay later).
"""

from __future__ import annotations

import base64
import weakref

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.sync import protocol as p
from registry.db import Database
from registry.store import get_meta, put_meta

TIME_KEY = "time_key"
_KEYS: weakref.WeakKeyDictionary[Database, Ed25519PrivateKey] = weakref.WeakKeyDictionary()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _key(db: Database) -> Ed25519PrivateKey:
    """The key, made at first use; kept in the database so every registry process shares it
    and a restored backup keeps it (kiosks pinned it)."""
    key = _KEYS.get(db)
    if key is not None:
        return key
    with db.write() as session:
        db.lock(session, TIME_KEY)
        stored = get_meta(session, TIME_KEY)
        if stored is None:
            raw = Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
            stored = _b64(raw)
            put_meta(session, TIME_KEY, stored)
    key = Ed25519PrivateKey.from_private_bytes(
        base64.urlsafe_b64decode(stored + "=" * (-len(stored) % 4))
    )
    _KEYS[db] = key
    return key


def public_key(db: Database) -> str:
    """What a kiosk pins at enrollment (raw Ed25519, urlsafe base64)."""
    raw = (
        _key(db)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return _b64(raw)


def signed_time(db: Database, *, device_id: str, nonce: str, now: float) -> tuple[float, str]:
    """(the registry's time, its signature over the asking request's device and nonce)."""
    server_time = p.round_time(now)
    statement = p.time_statement(device_id=device_id, nonce=nonce, server_time=server_time)
    return server_time, _b64(_key(db).sign(statement))
