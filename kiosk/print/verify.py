"""Offline verification of a printed document's token against the device keys this kiosk knows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from kiosk.config import Settings
from kiosk.domain.document_terms import SignerKey, Verdict, judge
from kiosk.domain.model import VENUE_TZ
from kiosk.domain.token import DecodedToken, short_reference
from kiosk.identity import DeviceIdentity, verify_signature
from kiosk.print.content import DocumentNotFound, load_source, record_loader
from kiosk.print.labels import Labels, labels_for
from kiosk.store.database import Database
from kiosk.store.tables import DeviceKeyRow

__all__ = ["Verdict", "Verification", "ensure_own_key", "verify_token"]


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    summary: str
    token: DecodedToken | None = None
    # Whether the record is in this store, so the printed terms could be compared.
    compared: bool = False

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


def ensure_own_key(db: Database, identity: DeviceIdentity, venue_id: str = "") -> None:
    """Register this kiosk's public key so it verifies its own prints (called at every start)."""
    with db.write() as session:
        row = session.get(DeviceKeyRow, identity.device_id)
        key = identity.public_key_b64()
        if row is None:
            session.add(
                DeviceKeyRow(device_id=identity.device_id, public_key=key, venue_id=venue_id)
            )
        elif row.public_key != key and row.revoked_at is None:
            # The key file was replaced (restored image, new disk): this device signs with the
            # new key from now on. A revoked entry is never silently brought back.
            row.public_key = key
            session.add(row)


def _head(token: DecodedToken) -> str:
    issued = token.issued_at_utc.astimezone(VENUE_TZ).strftime("%Y-%m-%d %H:%M")
    ref = short_reference(token.kind, token.document_id)
    return f"{token.kind.value} {ref}, issued {issued} by {token.device_id}"


def verify_token(
    db: Database, settings: Settings, text: str, labels: Labels | None = None
) -> Verification:
    """valid / malformed / tampered / unknown device / revoked key / digest mismatch."""
    labels = labels or labels_for(settings.language)
    with db.read() as session:
        judgement = judge(
            text, lambda device: _key(session, device), verify_signature, record_loader(session)
        )
        token = judgement.token
        if token is None:
            return Verification(
                judgement.verdict, f"not a genuine document token ({judgement.problem})"
            )
        return Verification(
            judgement.verdict,
            _summary(session, settings, judgement.verdict, token, labels),
            token,
            compared=judgement.compared,
        )


def _key(session: Session, device_id: str) -> SignerKey | None:
    row = session.get(DeviceKeyRow, device_id)
    return None if row is None else SignerKey(row.public_key, row.revoked_at is not None)


def _summary(
    session: Session, settings: Settings, verdict: Verdict, token: DecodedToken, labels: Labels
) -> str:
    head = _head(token)
    if verdict is Verdict.UNKNOWN_DEVICE:
        return f"{head}: this device's key is not known here"
    if verdict is Verdict.TAMPERED:
        return f"{head}: the signature does not match"
    if verdict is Verdict.REVOKED:
        return f"{head}: the device key was revoked"
    try:
        src = load_source(session, settings, token.kind, token.document_id, labels)
    except DocumentNotFound:
        return f"{head}; record not on this kiosk, terms not compared"
    if verdict is Verdict.DIGEST_MISMATCH:
        return f"{head}: the printed terms differ from the record now stored ({src.summary})"
    return f"{head}: {src.summary}"
