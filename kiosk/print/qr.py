"""What goes into a QR code (the signed token inside the registry's verification URL, a public
posting page) and its matrix of modules, which paper (reportlab) and the screen (QImage) draw."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk import config
from kiosk.config import Settings
from kiosk.domain.model import DocumentKind
from kiosk.domain.token import encode_token, terms_digest
from kiosk.identity import DeviceIdentity


def current_registry(settings: Settings) -> Settings:
    """`settings` with the registry addresses its data directory's kiosk.toml names now.

    `kiosk enroll` writes the registry there, also while the app runs on settings loaded at
    start: read again, a kiosk enrolled while running puts its codes (screen and paper) on that
    registry's pages without a restart. Reads files, so off the UI thread; a file caught half
    written keeps the addresses the kiosk started with.
    """
    try:
        now = config.load(settings.home)
    except (config.ConfigError, OSError):
        return settings
    registry_url = now.registry_url or settings.registry_url
    verify_base_url = now.verify_base_url or settings.verify_base_url
    if (registry_url, verify_base_url) == (settings.registry_url, settings.verify_base_url):
        return settings
    return config.replace(settings, registry_url=registry_url, verify_base_url=verify_base_url)


def verification_url(settings: Settings, token: str) -> str:
    """A phone camera opens the registry's public page for this token."""
    return settings.verification_base + token


def public_posting_url(settings: Settings, posting_id: str) -> str:
    """The public page of a posting: the registry base URL + "p/" + id."""
    base = settings.verification_base
    if base.endswith("/v/"):
        base = base[: -len("v/")]
    return base + "p/" + posting_id


def screen_posting_url(settings: Settings, posting_id: str) -> str:
    """The posting page a QR on a screen or a poster opens; "" when this kiosk knows no registry.

    Without a registry the page does not exist: a code that opens nothing would teach people
    that our codes do not work, so the screen shows none and a poster prints without one (other
    paper still carries its signed token, which any kiosk verifies offline).
    """
    if not (settings.registry_url or settings.verify_base_url):
        return ""
    return public_posting_url(settings, posting_id)


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules of `data` (True is dark), without the quiet zone; error correction M.

    `qrcode` picks the smallest version and splits the text into modes: a verification URL's
    upper-case token goes in alphanumeric mode, so the code stays small enough to scan easily.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(module) for module in row] for row in code.get_matrix()]


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
