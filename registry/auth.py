"""Signed requests: signature, time window against the registry's clock, nonce, revocation."""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError

from kiosk.identity import verify_signature
from kiosk.sync import protocol as p
from registry import rules
from registry.db import Database
from registry.errors import ApiError
from registry.store import venue_partition
from registry.tables import Device, Nonce, Venue

NONCE = Nonce.__table__  # type: ignore[attr-defined]
_DEVICE = Device.__table__  # type: ignore[attr-defined]
_VENUE = Venue.__table__  # type: ignore[attr-defined]
_DEVICE_QUERY = (
    sa_select(_DEVICE.c.id, _DEVICE.c.public_key, _DEVICE.c.revoked_at, _DEVICE.c.venue_id,
              _VENUE.c.region)
    .join(_VENUE, _VENUE.c.id == _DEVICE.c.venue_id)
    .where(_DEVICE.c.id == bindparam("device_id"))
)  # fmt: skip


def _partitions(venue_id: str, region: str) -> tuple[str, ...]:
    parts = ["global"]
    if region:
        parts.append(f"region:{region}")
    parts.append(venue_partition(venue_id))
    return tuple(parts)


def partitions_for(venue: Venue) -> tuple[str, ...]:
    """The registry decides what a device receives: the city, its region, its own venue."""
    return _partitions(venue.id, venue.region)


def _decode_signature(raw: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    except (binascii.Error, ValueError):
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID) from None


def authenticate(
    db: Database,
    *,
    method: str,
    path: str,
    body: bytes,
    headers: Mapping[str, str],
    now: float | None = None,
) -> rules.Caller:
    """The device behind a request, or ApiError (401 bad request signing, 403 revoked)."""
    device_id = headers.get(p.HEADER_DEVICE.lower(), "")
    stamp = headers.get(p.HEADER_TIMESTAMP.lower(), "")
    nonce = headers.get(p.HEADER_NONCE.lower(), "")
    signature = headers.get(p.HEADER_SIGNATURE.lower(), "")
    if not (device_id and stamp and nonce and signature):
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_MISSING)
    if not (8 <= len(nonce) <= 64):
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID, "bad nonce")
    clock = time.time() if now is None else now
    try:
        sent_at = float(stamp)
    except ValueError:
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID, "bad timestamp") from None
    if abs(clock - sent_at) > p.TIME_WINDOW_S:
        raise ApiError(401, p.ApiErrorCode.CLOCK_SKEW, "timestamp outside the allowed window")
    with db.engine.connect() as conn:
        row = conn.execute(_DEVICE_QUERY, {"device_id": device_id}).first()
        conn.rollback()
    if row is None:
        raise ApiError(401, p.ApiErrorCode.DEVICE_UNKNOWN)
    public_key, revoked = row.public_key, row.revoked_at is not None
    caller = rules.Caller(
        device_id=row.id, venue_id=row.venue_id, partitions=_partitions(row.venue_id, row.region)
    )
    data = p.signing_payload(
        method=method, path=path, body=body, device_id=device_id, timestamp=stamp, nonce=nonce
    )
    if not verify_signature(public_key, _decode_signature(signature), data):
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID)
    # Revocation is checked on every request, so it takes effect at once.
    if revoked:
        raise ApiError(403, p.ApiErrorCode.DEVICE_REVOKED)
    _remember_nonce(db, device_id, nonce, clock)
    return caller


def _remember_nonce(db: Database, device_id: str, nonce: str, clock: float) -> None:
    """The nonce's row is the replay check: unique per device, so it holds across processes.

    Written without waiting for the disk (see `Database.write`): a request costs a commit,
    not an fsync. A nonce lost to a power cut could be replayed only inside the time window.
    """
    seen_at = datetime.fromtimestamp(clock, UTC)
    try:
        with db.write(durable=False) as session:
            session.connection().execute(
                NONCE.insert(), {"device_id": device_id, "nonce": nonce, "seen_at": seen_at}
            )
    except IntegrityError:
        raise ApiError(401, p.ApiErrorCode.NONCE_REUSED) from None


def forget_old_nonces(db: Database, now: float | None = None) -> None:
    """Nonces older than twice the window cannot be replayed anyway (the timestamp fails)."""
    cutoff = datetime.fromtimestamp((now or time.time()), UTC) - timedelta(
        seconds=2 * p.TIME_WINDOW_S
    )
    with db.write() as session:
        session.execute(Nonce.__table__.delete().where(Nonce.__table__.c.seen_at < cutoff))  # type: ignore[attr-defined]
