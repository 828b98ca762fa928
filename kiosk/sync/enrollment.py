"""Enroll this kiosk with a registry, and build the sync engine of an enrolled kiosk."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from kiosk import config
from kiosk.identity import DeviceIdentity
from kiosk.store import adoption, outbox, sync_state
from kiosk.store.database import Database
from kiosk.store.sync_apply import PulledRecord, apply_records
from kiosk.store.tables import OutboxOpRow
from kiosk.sync import protocol as p
from kiosk.sync import state
from kiosk.sync.client import RegistryClient
from kiosk.sync.engine import SyncEngine
from kiosk.sync.runner import SyncRunner


@dataclass(slots=True, frozen=True)
class Enrolled:
    device_id: str
    venue_id: str
    venue_name: str
    partitions: list[str]
    settings: config.Settings


def _next_op_seq(db: Database) -> int:
    """The first op the registry should expect: ops queued before enrollment sync too."""
    with db.read() as session:
        first = session.exec(
            select(func.min(OutboxOpRow.op_seq)).where(OutboxOpRow.state == outbox.PENDING)
        ).one()
        top = session.exec(select(func.max(OutboxOpRow.op_seq))).one()
    if first is not None:
        return int(first)
    return int(top or 0) + 1


def signed_request(
    identity: DeviceIdentity, code: str, *, device_name: str = "", next_op_seq: int = 1
) -> p.EnrollRequest:
    """An enrollment request signed by the key it enrolls (proof the sender holds it)."""
    code, public_key = code.strip().upper(), identity.public_key_b64()
    signed = identity.sign(
        p.enroll_proof(
            code=code, public_key=public_key, device_name=device_name, next_op_seq=next_op_seq
        )
    )
    return p.EnrollRequest(
        code=code, public_key=public_key, device_name=device_name, next_op_seq=next_op_seq,
        proof=base64.urlsafe_b64encode(signed).rstrip(b"=").decode(),
    )  # fmt: skip


def enroll(
    settings: config.Settings, db: Database, registry_url: str, code: str, *, timeout: float = 15
) -> Enrolled:
    """Trade a one-time code for a device id; keeps the key, saves the registry in kiosk.toml."""
    with db.read() as session:
        local_id = sync_state.get(session, sync_state.DEVICE_ID) or "unenrolled"
    # A kiosk moved to another venue keeps its records where they are: only a first one adopts.
    first_enrollment = local_id == "unenrolled" or local_id.startswith("local-")
    identity = DeviceIdentity.load_or_create(settings, local_id)
    client = RegistryClient(registry_url, timeout=timeout)
    try:
        request = signed_request(
            identity, code, device_name=settings.device_name, next_op_seq=_next_op_seq(db)
        )
        answer = client.enroll(request)
    finally:
        client.close()
    venue = answer.venue
    with db.write() as session:
        sync_state.put(session, sync_state.DEVICE_ID, answer.device_id)
        sync_state.put(session, state.REGISTRY_URL, registry_url)
        sync_state.put(session, state.VENUE_ID, venue.id)
        sync_state.put(session, state.PARTITIONS, ",".join(answer.partitions))
        sync_state.put(session, state.EPOCH, answer.epoch)
        sync_state.put(session, state.CURSOR, "")
        # Pinned now, the one time the kiosk takes the registry's word (with staff's code):
        # later it believes only times this key signed (see registry.clock).
        sync_state.put(session, state.REGISTRY_KEY, answer.registry_key)
        venue_data = venue.model_dump()
        apply_records(session, [PulledRecord("venue", venue.id, 0, venue_data)], force=True)
        if first_enrollment:
            # What staff did before enrolling is this venue's: decisions included.
            adoption.adopt(session, provisional=settings.venue_id, venue_id=venue.id)
    updated = config.replace(
        settings,
        registry_url=registry_url,
        venue_id=venue.id,
        venue_name=venue.name or settings.venue_name,
        venue_district=venue.district or settings.venue_district,
        venue_address=venue.address or settings.venue_address,
        venue_hotline=venue.hotline or settings.venue_hotline,
    )
    config.write(updated)
    return Enrolled(
        device_id=answer.device_id,
        venue_id=venue.id,
        venue_name=venue.name,
        partitions=answer.partitions,
        settings=updated,
    )


def device_id(db: Database) -> str:
    with db.read() as session:
        return sync_state.get(session, sync_state.DEVICE_ID)


def _enrolled(settings: config.Settings, db: Database) -> tuple[str, DeviceIdentity] | None:
    """The registry URL and device key of an enrolled kiosk; None when it never enrolled."""
    with db.read() as session:
        current = sync_state.get(session, sync_state.DEVICE_ID)
        url = sync_state.get(session, state.REGISTRY_URL) or settings.registry_url
    if not current or current.startswith("local-") or not url:
        return None
    return url, DeviceIdentity.load_or_create(settings, current)


def build_engine(
    settings: config.Settings, db: Database, *, timeout: float = 30.0
) -> SyncEngine | None:
    """The engine of an enrolled kiosk, or None when it has never enrolled."""
    enrolled = _enrolled(settings, db)
    if enrolled is None:
        return None
    url, identity = enrolled
    return SyncEngine(db, RegistryClient(url, identity, timeout=timeout))


def build_runner(settings: config.Settings, db: Database) -> SyncRunner | None:
    """Background sync for an enrolled kiosk (the app starts it); None when never enrolled."""
    enrolled = _enrolled(settings, db)
    if enrolled is None:
        return None
    url, identity = enrolled
    return SyncRunner(
        db, lambda: RegistryClient(url, identity), interval_s=float(settings.sync_interval_s)
    )
