"""Offline verification of a printed document's token against the device keys this kiosk knows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session

from kiosk.config import Settings
from kiosk.domain.model import VENUE_TZ
from kiosk.domain.token import (
    DecodedToken,
    TokenError,
    decode_token,
    short_reference,
    terms_digest,
    token_from_url,
)
from kiosk.identity import DeviceIdentity, verify_signature
from kiosk.print.content import DocumentNotFound, load_source
from kiosk.print.labels import Labels, labels_for
from kiosk.store.database import Database
from kiosk.store.tables import DeviceKeyRow


class Verdict(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"
    TAMPERED = "tampered"
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED = "revoked"
    DIGEST_MISMATCH = "digest_mismatch"


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
    try:
        token = decode_token(token_from_url(text))
    except TokenError as exc:
        return Verification(Verdict.MALFORMED, f"not a genuine document token ({exc})")
    with db.read() as session:
        return _verify(session, settings, token, labels)


def _verify(
    session: Session, settings: Settings, token: DecodedToken, labels: Labels
) -> Verification:
    head = _head(token)
    key = session.get(DeviceKeyRow, token.device_id)
    if key is None:
        return Verification(
            Verdict.UNKNOWN_DEVICE, f"{head}: this device's key is not known here", token
        )
    if not verify_signature(key.public_key, token.signature, token.signed_data):
        return Verification(Verdict.TAMPERED, f"{head}: the signature does not match", token)
    if key.revoked_at is not None:
        # Revoked keys may be in wrong hands, and issue times are what the signer claims:
        # nothing signed with one is trusted, whatever its date.
        return Verification(Verdict.REVOKED, f"{head}: the device key was revoked", token)
    try:
        src = load_source(session, settings, token.kind, token.document_id, labels)
    except DocumentNotFound:
        return Verification(
            Verdict.VALID, f"{head}; record not on this kiosk, terms not compared", token
        )
    if terms_digest(src.terms) != token.digest:
        return Verification(
            Verdict.DIGEST_MISMATCH,
            f"{head}: the printed terms differ from the record now stored ({src.summary})",
            token,
            compared=True,
        )
    return Verification(Verdict.VALID, f"{head}: {src.summary}", token, compared=True)
