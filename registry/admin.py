"""Registry-side use cases: venues, enrollment codes, devices, moderation, lookups."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from kiosk.domain.model import EmployerStatus, PostingStatus
from kiosk.identity import verify_signature
from kiosk.sync import protocol as p
from registry import clock as registry_clock
from registry.auth import decode_signature, partitions_for
from registry.db import Database
from registry.errors import ApiError
from registry.rules import GLOBAL, canonical_worker, complaint_employer
from registry.store import RECORD, VERSION, Rec, Tx, ensure_epoch, utcnow
from registry.tables import Device, EnrollCode, OpLog, Venue

ENROLL_CODE_TTL = timedelta(minutes=15)
# The complaint action by which venue staff propose a blacklisting (kiosk.services.complaints).
PROPOSE_BLACKLIST = "blacklist"
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
    registry_key = registry_clock.public_key(db)  # before the write: it may make the key
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
            registry_key=registry_key,
        )


def list_devices(db: Database) -> list[p.DeviceInfo]:
    with db.read() as session:
        rows = session.exec(select(Device).order_by(col(Device.enrolled_at))).all()
        return [
            p.DeviceInfo(device_id=d.id, venue_id=d.venue_id, name=d.name,
                         public_key=d.public_key, revoked=d.revoked_at is not None,
                         release=d.release, protocol=d.protocol, last_seen_at=d.last_seen_at)
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


# A blacklisted employer's postings that a worker could still see or a supervisor approve.
SUSPENDED_BY_BLACKLIST = (PostingStatus.DRAFT, PostingStatus.PENDING_REVIEW, PostingStatus.OPEN)


def blacklist_employer(db: Database, employer_id: str, reason: str) -> int:
    """The city's blacklist: at its next pull every kiosk flags this employer's posts at
    intake and sees its open and held postings suspended (moderated: no venue lifts that)."""
    with db.write() as session:
        tx = Tx(db, session)
        rec = tx.get("employer", employer_id)
        if rec is None or rec.deleted_at is not None:
            raise LookupError(f"no employer {employer_id}")
        tx.update(rec, {"status": EmployerStatus.BLACKLISTED.value, "blacklist_reason": reason})
        _suspend_postings_of(tx, employer_id, reason)
        tx.finish()
        return rec.version


def _suspend_postings_of(tx: Tx, employer_id: str, reason: str) -> None:
    ids = tx.conn.execute(
        select(RECORD.c.id).where(
            RECORD.c.entity == "posting",
            RECORD.c.data["employer_id"].as_string() == employer_id,
            RECORD.c.data["status"].as_string().in_([s.value for s in SUSPENDED_BY_BLACKLIST]),
            RECORD.c.deleted_at.is_(None),
        )
    ).scalars()
    changes = {"status": PostingStatus.SUSPENDED.value, "review_note": reason, "moderated": True}
    for posting_id in sorted(ids):
        posting = tx.get("posting", posting_id)
        assert posting is not None
        tx.update(posting, changes)


@dataclass(frozen=True, slots=True)
class BlacklistProposal:
    """A venue's staff, handling a complaint, asked the city to blacklist an employer."""

    complaint_id: str
    reference: str
    venue_id: str
    employer_id: str
    employer_name: str
    reason: str
    decision: str  # "" until decided, then "accepted" or "declined"


def blacklist_proposals(db: Database, *, undecided: bool = True) -> list[BlacklistProposal]:
    """Proposals in the order they arrived; `undecided` leaves out those already decided."""
    with db.read() as session:
        tx = Tx(db, session)
        rows = session.execute(
            select(RECORD.c.id).where(
                RECORD.c.entity == "complaint",
                RECORD.c.data["proposed_action"].as_string() == PROPOSE_BLACKLIST,
                RECORD.c.deleted_at.is_(None),
            )
        ).scalars()
        proposals = []
        for complaint_id in rows:
            rec = tx.get("complaint", complaint_id)
            assert rec is not None
            proposal = _proposal(tx, rec)
            if proposal is not None and not (undecided and proposal.decision):
                proposals.append(proposal)
        return sorted(proposals, key=lambda x: x.reference)


def _proposal(tx: Tx, complaint: Rec) -> BlacklistProposal | None:
    data = complaint.data
    employer = complaint_employer(tx, data)
    if employer is None:
        return None
    return BlacklistProposal(
        complaint_id=complaint.id,
        reference=str(data.get("reference", "")),
        venue_id=complaint.venue_id,
        employer_id=employer.id,
        employer_name=str(employer.data.get("name", "")),
        reason=str(data.get("resolution", "")),
        decision=str(data.get("city_decision", "")),
    )


def decide_proposal(db: Database, complaint_id: str, *, accept: bool, reason: str) -> str:
    """The city's decision on a proposal, kept on the complaint; accepting blacklists the
    employer (and suspends its postings) in the same transaction. Returns the employer id."""
    with db.write() as session:
        tx = Tx(db, session)
        complaint = tx.get("complaint", complaint_id)
        proposed = complaint is not None and complaint.data.get("proposed_action")
        proposal = _proposal(tx, complaint) if complaint and proposed == PROPOSE_BLACKLIST else None
        if proposal is None or complaint is None:
            raise LookupError(f"no blacklist proposal {complaint_id}")
        if proposal.decision:
            raise ValueError(f"proposal {proposal.reference} was already {proposal.decision}")
        decision = "accepted" if accept else "declined"
        tx.update(complaint, {"city_decision": decision, "city_reason": reason})
        if accept:
            employer = tx.get("employer", proposal.employer_id)
            assert employer is not None
            tx.update(
                employer,
                {"status": EmployerStatus.BLACKLISTED.value, "blacklist_reason": reason},
            )
            _suspend_postings_of(tx, proposal.employer_id, reason)
        tx.finish()
        return proposal.employer_id


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
