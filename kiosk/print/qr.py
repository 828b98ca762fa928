"""What goes into a QR code: the signed token inside the registry's verification URL."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind
from kiosk.domain.token import encode_token, terms_digest
from kiosk.identity import DeviceIdentity


def verification_url(settings: Settings, token: str) -> str:
    """A phone camera opens the registry's public page for this token."""
    return settings.verification_base + token


def public_posting_url(settings: Settings, posting_id: str) -> str:
    """The public page of a posting: the registry base URL + "p/" + id."""
    base = settings.verification_base
    if base.endswith("/v/"):
        base = base[: -len("v/")]
    return base + "p/" + posting_id


def sign_document(
    identity: DeviceIdentity,
    *,
    kind: DocumentKind,
    document_id: str,
    terms: Mapping[str, str],
    issued_at: datetime,
) -> str:
    """A token binding the document to the digest of the terms it prints, signed by this device."""
    return encode_token(
        kind=kind,
        document_id=document_id,
        digest=terms_digest(terms),
        device_id=identity.device_id,
        issued_at=issued_at,
        sign=identity.sign,
    )
