"""Signed requests: signature, time window against the registry's clock, nonce, revocation."""

from __future__ import annotations

import base64
import binascii
import math
import threading
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, bindparam
from sqlalchemy import select as sa_select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from kiosk.identity import verify_signature
from kiosk.sync import protocol as p
from registry import clock as registry_clock
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
# Of a batch's devices, those the database holds and has not revoked.
_SERVED = sa_select(_DEVICE.c.id).where(
    _DEVICE.c.id.in_(bindparam("ids", expanding=True)), _DEVICE.c.revoked_at.is_(None)
)


def _partitions(venue_id: str, region: str) -> tuple[str, ...]:
    parts = ["global"]
    if region:
        parts.append(f"region:{region}")
    parts.append(venue_partition(venue_id))
    return tuple(parts)


def partitions_for(venue: Venue) -> tuple[str, ...]:
    """The registry decides what a device receives: the city, its region, its own venue."""
    return _partitions(venue.id, venue.region)


def decode_signature(raw: str) -> bytes:
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
    if not math.isfinite(sent_at):
        # NaN compares false with everything: "nan" would pass the window check below.
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID, "bad timestamp")
    if abs(clock - sent_at) > p.TIME_WINDOW_S:
        # The answer tells the kiosk the time, signed over its own nonce (see registry.clock).
        server_time, signature = registry_clock.signed_time(
            db, device_id=device_id, nonce=nonce, now=clock
        )
        raise ApiError(
            401, p.ApiErrorCode.CLOCK_SKEW, "timestamp outside the allowed window",
            server_time=server_time, time_signature=signature,
        )  # fmt: skip
    known = _known_device(db, device_id)
    if known is None:
        raise ApiError(401, p.ApiErrorCode.DEVICE_UNKNOWN)
    data = p.signing_payload(
        method=method, path=path, body=body, device_id=device_id, timestamp=stamp, nonce=nonce
    )
    if not verify_signature(known.public_key, decode_signature(signature), data):
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID)
    # Revocation is checked on every request, so it takes effect at once: by the transaction
    # that records the nonce, which reads the device row as committed now.
    _remember_nonce(db, device_id, nonce, clock)
    return known.caller


@dataclass(frozen=True, slots=True)
class _Known:
    """What never changes about an enrolled device: its key and its venue (and so the
    partitions it is served; a venue's region is set when it is added and never changed).
    Whether it is revoked (or gone, a backup restored) is read at each request instead."""

    public_key: str
    caller: rules.Caller


# Per database, per process: device id -> what is known of it. Only devices found in the
# database are kept (an unknown id is looked up again), so it grows with the fleet only.
_KNOWN: weakref.WeakKeyDictionary[Database, dict[str, _Known]] = weakref.WeakKeyDictionary()


def _known_device(db: Database, device_id: str) -> _Known | None:
    known = _KNOWN.get(db)
    if known is None:
        known = _KNOWN.setdefault(db, {})
    found = known.get(device_id)
    if found is not None:
        return found
    with db.statements() as conn:
        row = conn.execute(_DEVICE_QUERY, {"device_id": device_id}).first()
    if row is None:
        return None
    caller = rules.Caller(
        device_id=row.id, venue_id=row.venue_id, partitions=_partitions(row.venue_id, row.region)
    )
    found = known[device_id] = _Known(public_key=row.public_key, caller=caller)
    return found


def _remember_nonce(db: Database, device_id: str, nonce: str, clock: float) -> None:
    """The nonce's row is the replay check: unique per device, so it holds across processes.

    Committed to disk before the request is served (fsync on SQLite, the WAL flushed on
    PostgreSQL). Written lazily, a power cut of the registry or its database lost the last
    nonces while their requests had been answered: inside the 5-minute window each could be
    replayed, a worker lookup handing personal data out again. The group commit of
    `NonceLog` pays the flush once per group, not once per request (issue 14, point 10).
    """
    log = _LOGS.get(db)
    if log is None:
        log = _LOGS.setdefault(db, NonceLog(db))
    try:
        fresh = log.remember(device_id, nonce, datetime.fromtimestamp(clock, UTC))
    except DeviceRevoked:
        raise ApiError(403, p.ApiErrorCode.DEVICE_REVOKED) from None
    except DeviceUnknown:
        _KNOWN.get(db, {}).pop(device_id, None)
        raise ApiError(401, p.ApiErrorCode.DEVICE_UNKNOWN) from None
    if not fresh:
        raise ApiError(401, p.ApiErrorCode.NONCE_REUSED)


class DeviceRevoked(Exception):
    """The device was revoked: its nonce is not recorded, its request is refused."""


class DeviceUnknown(Exception):
    """The database holds no such device (any more): its request is refused."""


@dataclass(slots=True, eq=False)
class _Seen:
    device_id: str
    nonce: str
    seen_at: datetime
    fresh: bool | None = None
    error: BaseException | None = None
    refused: type[Exception] | None = None


class NonceLog:
    """Group commit of request nonces: one INSERT ... ON CONFLICT DO NOTHING per batch.

    A nonce row per request made every request a write transaction of its own; under load
    the requests queued on the database's write lock (SQLite's busy handler sleeps between
    tries). Here the first request to arrive writes every nonce waiting at that moment in
    one transaction and tells each whether its row was new; the rest wait for it. The
    check is still the database's unique key, so it holds across registry processes.

    The same transaction reads which of the batch's devices are enrolled and not revoked
    (the others' nonces are not written; `remember` raises `DeviceRevoked` or
    `DeviceUnknown`): the check rides on a trip every request makes anyway, and sees a
    revocation committed by any process before it.
    """

    MAX_BATCH = 500

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cond = threading.Condition()
        self._waiting: list[_Seen] = []
        self._writing = False

    def remember(self, device_id: str, nonce: str, seen_at: datetime) -> bool:
        """True if the nonce was new (and is now recorded), False for a replay; raises
        `DeviceRevoked` or `DeviceUnknown` for a device not served."""
        mine = _Seen(device_id, nonce, seen_at)
        with self._cond:
            self._waiting.append(mine)
        while True:
            with self._cond:
                while self._writing and mine.fresh is None and mine.error is None:
                    self._cond.wait()
                if mine.fresh is not None or mine.error is not None:
                    return self._result(mine)
                self._writing = True
                batch = self._waiting[: self.MAX_BATCH]
                del self._waiting[: self.MAX_BATCH]
            try:
                self._write(batch)
            except BaseException as exc:
                for seen in batch:
                    seen.error = exc
            finally:
                with self._cond:
                    self._writing = False
                    self._cond.notify_all()

    @staticmethod
    def _result(seen: _Seen) -> bool:
        if seen.error is not None:
            raise seen.error
        if seen.refused is not None:
            raise seen.refused(seen.device_id)
        return bool(seen.fresh)

    def _write(self, batch: list[_Seen]) -> None:
        # Durable, like a push (issue 14, point 10): see `_remember_nonce`.
        with self.db.write(durable=True) as session:
            conn = session.connection()
            devices = sorted({seen.device_id for seen in batch})
            served = {d for (d,) in conn.execute(_SERVED, {"ids": devices})}
            held = served | self._revoked_of(conn, set(devices) - served)
            for seen in batch:
                if seen.device_id not in served:
                    seen.fresh = False
                    seen.refused = DeviceRevoked if seen.device_id in held else DeviceUnknown
            rows = self._rows(batch)
            added: set[tuple[str, str]] = set()
            if rows:
                insert = _INSERT_PG if self.db.is_postgres else _INSERT_SQLITE
                added = {(d, n) for d, n in conn.execute(insert, rows)}
        claimed: set[tuple[str, str]] = set()
        for seen in batch:
            if seen.fresh is None:
                key = (seen.device_id, seen.nonce)
                seen.fresh = key in added and key not in claimed
                claimed.add(key)

    @staticmethod
    def _revoked_of(conn: Connection, devices: set[str]) -> set[str]:
        """Which of `devices` (none of them served) the database holds: revoked ones. Rare:
        a batch is almost always all served devices, and then this asks nothing."""
        if not devices:
            return set()
        held = sa_select(_DEVICE.c.id).where(_DEVICE.c.id.in_(sorted(devices)))
        return {d for (d,) in conn.execute(held)}

    @staticmethod
    def _rows(batch: list[_Seen]) -> list[dict[str, object]]:
        rows: dict[tuple[str, str], dict[str, object]] = {}
        for seen in batch:
            if seen.refused is not None:
                continue
            key = (seen.device_id, seen.nonce)
            if key in rows:
                seen.fresh = False  # the same nonce twice in one batch: the second is a replay
                continue
            rows[key] = {"device_id": seen.device_id, "nonce": seen.nonce,
                         "seen_at": seen.seen_at}  # fmt: skip
        return list(rows.values())


# Built once and sent with the batch's rows (SQLAlchemy makes them one multi-row INSERT): a
# statement built around each batch's rows was compiled again for every batch.
_INSERT_PG = pg_insert(NONCE).on_conflict_do_nothing().returning(NONCE.c.device_id, NONCE.c.nonce)
_INSERT_SQLITE = (
    sqlite_insert(NONCE).on_conflict_do_nothing().returning(NONCE.c.device_id, NONCE.c.nonce)
)


_LOGS: weakref.WeakKeyDictionary[Database, NonceLog] = weakref.WeakKeyDictionary()


def forget_old_nonces(db: Database, now: float | None = None) -> None:
    """Nonces older than twice the window cannot be replayed anyway (the timestamp fails)."""
    cutoff = datetime.fromtimestamp((now or time.time()), UTC) - timedelta(
        seconds=2 * p.TIME_WINDOW_S
    )
    with db.write() as session:
        session.execute(Nonce.__table__.delete().where(Nonce.__table__.c.seen_at < cutoff))  # type: ignore[attr-defined]
