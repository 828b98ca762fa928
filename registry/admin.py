"""Registry-side use cases: venues, enrollment codes, devices, moderation, lookups."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from kiosk.domain.model import EmployerStatus, PostingStatus
from kiosk.identity import verify_signature
from kiosk.sync import protocol as p
from registry.auth import decode_signature, partitions_for
from registry.db import Database
from registry.errors import ApiError
from registry.rules import GLOBAL, canonical_worker
from registry.store import RECORD, VERSION, Tx, ensure_epoch, utcnow
from registry.tables import Device, EnrollCode, OpLog, Venue

ENROLL_CODE_TTL = timedelta(minutes=15)
OPLOG = OpLog.__table__  # type: ignore[attr-defined]
# No 0/O or 1/I: staff read the code off one screen and type it on another.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def add_venue(
    db: Database, *, name: str, district: str, region: str = "", venue_id: str | None = None,
    address: str = "", hours: str = "", hotline: str = "",
) -> str:  # fmt: skip
    venue_id = venue_id or str(uuid.uuid4())
    with db.write() as session:
        tx = Tx(db, session)
        session.add(
            Venue(id=venue_id, name=name, district=district, region=region, address=address,
                  hours=hours, hotline=hotline, created_at=tx.now)
        )  # fmt: skip
        data = {"name": name, "district": district, "region": region, "address": address,
                "hours": hours, "hotline": hotline}  # fmt: skip
        tx.insert("venue", venue_id, data, partitions=[GLOBAL], venue_id=venue_id)
        tx.finish()
    return venue_id


def enroll_code(db: Database, venue_id: str, *, ttl: timedelta = ENROLL_CODE_TTL) -> str:
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    with db.write() as session:
        if session.get(Venue, venue_id) is None:
            raise LookupError(f"no venue {venue_id}")
        session.add(
            EnrollCode(code_hash=_hash_code(code), venue_id=venue_id, expires_at=utcnow() + ttl)
        )
    return code


def enroll(db: Database, req: p.EnrollRequest) -> p.EnrollResponse:
    """Trade a one-time code and a public key for a device id and its partitions."""
    proof = p.enroll_proof(
        code=req.code, public_key=req.public_key, device_name=req.device_name,
        next_op_seq=req.next_op_seq,
    )  # fmt: skip
    if not verify_signature(req.public_key, decode_signature(req.proof), proof):
        # Checked before the code is looked at: a bad proof does not use the code up.
        raise ApiError(401, p.ApiErrorCode.SIGNATURE_INVALID, "enrollment not signed by the key")
    epoch = ensure_epoch(db)
    with db.write() as session:
        tx = Tx(db, session)
        stmt = select(EnrollCode).where(EnrollCode.code_hash == _hash_code(req.code))
        if db.is_postgres:
            stmt = stmt.with_for_update()
        code = session.exec(stmt).first()
        if code is None or code.used_at is not None or code.expires_at < tx.now:
            raise ApiError(403, p.ApiErrorCode.ENROLL_CODE_INVALID, "unknown, used or expired code")
        if session.exec(select(Device).where(Device.public_key == req.public_key)).first():
            raise ApiError(403, p.ApiErrorCode.ENROLL_CODE_INVALID, "key already enrolled")
        venue = session.get(Venue, code.venue_id)
        assert venue is not None
        device_id = f"dev-{uuid.uuid4().hex[:16]}"
        code.used_at = tx.now
        code.device_id = device_id
        session.add(code)
        session.add(
            Device(
                id=device_id,
                venue_id=venue.id,
                name=req.device_name,
                public_key=req.public_key,
                last_op_seq=req.next_op_seq - 1,
                enrolled_at=tx.now,
            )
        )
        key = {"device_id": device_id, "public_key": req.public_key, "venue_id": venue.id,
               "revoked_at": None}  # fmt: skip
        # Published to every kiosk: slips this device prints verify offline anywhere.
        tx.insert("device_key", device_id, key, partitions=[GLOBAL], venue_id=venue.id)
        tx.finish()
        return p.EnrollResponse(
            device_id=device_id,
            venue=p.VenueInfo(
                id=venue.id,
                name=venue.name,
                district=venue.district,
                region=venue.region,
                address=venue.address,
                hours=venue.hours,
                hotline=venue.hotline,
            ),
            partitions=list(partitions_for(venue)),
            epoch=epoch,
            server_time=tx.now.timestamp(),
        )


def list_devices(db: Database) -> list[p.DeviceInfo]:
    with db.read() as session:
        rows = session.exec(select(Device).order_by(col(Device.enrolled_at))).all()
        return [
            p.DeviceInfo(device_id=d.id, venue_id=d.venue_id, name=d.name,
                         public_key=d.public_key, revoked=d.revoked_at is not None)
            for d in rows
        ]  # fmt: skip


def revoke_device(db: Database, device_id: str) -> None:
    with db.write() as session:
        tx = Tx(db, session)
        device = session.get(Device, device_id)
        if device is None:
            raise LookupError(f"no device {device_id}")
        if device.revoked_at is None:
            device.revoked_at = tx.now
            session.add(device)
            rec = tx.get("device_key", device_id)
            if rec is not None:
                tx.update(rec, {"revoked_at": tx.now.isoformat()})
        tx.finish()


def _modify(db: Database, entity: str, record_id: str, changes: dict[str, Any]) -> int:
    with db.write() as session:
        tx = Tx(db, session)
        rec = tx.get(entity, record_id)
        if rec is None or rec.deleted_at is not None:
            raise LookupError(f"no {entity} {record_id}")
        tx.update(rec, changes)
        tx.finish()
        return rec.version


def suspend_posting(db: Database, posting_id: str, reason: str) -> int:
    """Registry moderation: the posting leaves every kiosk's search at its next pull."""
    changes = {"status": PostingStatus.SUSPENDED.value, "review_note": reason, "moderated": True}
    return _modify(db, "posting", posting_id, changes)


def blacklist_employer(db: Database, employer_id: str, reason: str) -> int:
    """Every kiosk flags this employer's posts at intake once it has pulled."""
    changes = {"status": EmployerStatus.BLACKLISTED.value, "blacklist_reason": reason}
    return _modify(db, "employer", employer_id, changes)


def verify_employer(db: Database, employer_id: str) -> int:
    return _modify(db, "employer", employer_id, {"verified": True})


# What the registry keeps of an erased worker: enough for records that point at it.
ERASED_KEEP = ("id", "venue_id", "merged_into", "registered_at", "created_at")


def erase_worker(db: Database, worker_id: str, reason: str) -> list[str]:
    """A worker's right to erasure: a tombstone with nothing personal, on every kiosk.

    The worker's other registrations (merged into this one) go too. Earlier versions and
    the pushed ops that carried the personal data are scrubbed in the same transaction; the
    tombstone itself is forgotten after 180 days like any other. Returns the erased ids.
    """
    with db.write() as session:
        tx = Tx(db, session)
        rec = tx.get("worker", worker_id)
        if rec is None or rec.deleted_at is not None:
            raise LookupError(f"no worker {worker_id}")
        rec = canonical_worker(tx, rec.id) or rec
        pointers = session.execute(
            select(RECORD.c.id).where(
                RECORD.c.entity == "worker",
                RECORD.c.data["merged_into"].as_string() == rec.id,
                RECORD.c.deleted_at.is_(None),
            )
        ).scalars()
        ids = [rec.id, *sorted(set(pointers) - {rec.id})]
        for record_id in ids:
            target = tx.get("worker", record_id)
            assert target is not None
            target.data = {k: target.data[k] for k in ERASED_KEEP if k in target.data}
            target.lookup, target.card_code = None, None
            tx.update(target, {"erased": True, "erase_reason": reason}, deleted=True)
        tx.flush_writes()
        conn = session.connection()
        conn.execute(VERSION.delete().where(VERSION.c.entity == "worker", VERSION.c.id.in_(ids)))
        conn.execute(
            OPLOG.update()
            .where(OPLOG.c.entity == "worker", OPLOG.c.entity_id.in_(ids))
            .values(payload={})
        )
        tx.finish()
        return ids


def lookup_worker(db: Database, *, phone: str = "", card: str = "") -> p.WorkerLookupResponse:
    """Another venue's worker, fetched on demand by phone or worker card code."""
    with db.read() as session:
        tx = Tx(db, session)
        if phone:
            rec = tx.find("worker", lookup=phone)
        elif card:
            rec = tx.find_card("worker", card.strip().upper())
        else:
            raise ApiError(404, p.ApiErrorCode.NOT_FOUND)
        if rec is not None and rec.data.get("merged_into"):
            rec = canonical_worker(tx, rec.id)
        if rec is None:
            raise ApiError(404, p.ApiErrorCode.NOT_FOUND)
        return p.WorkerLookupResponse(worker=dict(rec.data), version=rec.version)
