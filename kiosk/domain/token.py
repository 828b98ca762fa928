"""The compact signed token printed in every document's QR code: format, encoding and digest.

Binary layout, version 1 (big-endian), then base32 upper-case without padding so the token
fits QR alphanumeric mode:

    version u8 | kind u8 (ASCII code) | document id 16 (UUID) | terms digest 16 |
    issued at u32 (unix s) | device id length u8 | device id (ASCII) | Ed25519 signature 64

The signature covers SIGNING_CONTEXT + everything before it. The token carries no personal
data: ids are opaque UUIDs and the terms are present only as a digest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from kiosk.domain.model import DocumentKind

VERSION = 1
DIGEST_SIZE = 16
SIGNATURE_SIZE = 64
# Domain separation: the device key also signs sync requests; a signature made for one
# purpose must never be accepted for the other.
SIGNING_CONTEXT = b"gig-kiosk/document-token/v1\x00"

KIND_CODES: dict[DocumentKind, str] = {
    DocumentKind.JOB_SLIP: "J",
    DocumentKind.REFERRAL_SLIP: "R",
    DocumentKind.NEGOTIATION_RECORD: "N",
    DocumentKind.NEGOTIATION_COPY: "C",
    DocumentKind.QUEUE_TICKET: "Q",
    DocumentKind.WORKER_CARD: "W",
    DocumentKind.POSTING_POSTER: "P",
    DocumentKind.TRAINING_CONFIRMATION: "T",
    DocumentKind.COMPLAINT_RECEIPT: "K",
    DocumentKind.SESSION_SUMMARY: "S",
}
_KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
_HEAD = struct.Struct(">Bc16s16sIB")


class TokenError(ValueError):
    """The text is not a well-formed document token (changed, truncated or not a token)."""


@dataclass(frozen=True, slots=True)
class DecodedToken:
    version: int
    kind: DocumentKind
    document_id: str
    digest: bytes
    issued_at: int
    device_id: str
    signature: bytes
    payload: bytes

    @property
    def signed_data(self) -> bytes:
        """The exact bytes the issuing device signed."""
        return SIGNING_CONTEXT + self.payload

    @property
    def issued_at_utc(self) -> datetime:
        return datetime.fromtimestamp(self.issued_at, UTC)


def canonical_terms(terms: Mapping[str, str]) -> bytes:
    """One `key=value` line per term, sorted by key, NFC-normalised: the same on every device."""
    lines = []
    for key in sorted(terms):
        value = unicodedata.normalize("NFC", str(terms[key])).replace("\r\n", "\n")
        # Escape what would make two different term sets print the same canonical text.
        value = value.replace("\\", "\\\\").replace("\n", "\\n")
        lines.append(f"{unicodedata.normalize('NFC', key)}={value}")
    return "\n".join(lines).encode("utf-8")


def terms_digest(terms: Mapping[str, str]) -> bytes:
    """First 16 bytes of SHA-256 of the canonical terms text."""
    return hashlib.sha256(canonical_terms(terms)).digest()[:DIGEST_SIZE]


def _payload(
    kind: DocumentKind, document_id: str, digest: bytes, device_id: str, issued_at: int
) -> bytes:
    try:
        doc = uuid.UUID(document_id).bytes
    except ValueError as exc:
        raise TokenError(f"document id is not a UUID: {document_id!r}") from exc
    if len(digest) != DIGEST_SIZE:
        raise TokenError(f"digest must be {DIGEST_SIZE} bytes")
    try:
        device = device_id.encode("ascii")
    except UnicodeEncodeError as exc:
        raise TokenError("device id must be ASCII") from exc
    if not 0 < len(device) <= 255:
        raise TokenError("device id must be 1-255 characters")
    if not 0 <= issued_at < 2**32:
        raise TokenError("issue time out of range")
    head = _HEAD.pack(VERSION, KIND_CODES[kind].encode(), doc, digest, issued_at, len(device))
    return head + device


def encode_token(
    *,
    kind: DocumentKind,
    document_id: str,
    digest: bytes,
    device_id: str,
    issued_at: int | datetime,
    sign: Callable[[bytes], bytes],
) -> str:
    """Build and sign a token; `sign` is the device key's sign function (kept out of domain)."""
    when = int(issued_at.timestamp()) if isinstance(issued_at, datetime) else int(issued_at)
    payload = _payload(kind, document_id, digest, device_id, when)
    signature = sign(SIGNING_CONTEXT + payload)
    if len(signature) != SIGNATURE_SIZE:
        raise TokenError("signature must be 64 bytes (Ed25519)")
    return base64.b32encode(payload + signature).decode("ascii").rstrip("=")


def decode_token(text: str) -> DecodedToken:
    """Parse a token; raise TokenError for anything that is not exactly a canonical token."""
    text = text.strip()
    if not text or not text.isascii() or not text.isalnum():
        raise TokenError("not a document token")
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError) as exc:
        raise TokenError("not a document token") from exc
    # Base32 leaves spare bits in the last character; insist on the one canonical spelling so
    # no two texts decode to the same token (a changed last character must not still verify).
    if base64.b32encode(raw).decode("ascii").rstrip("=") != text:
        raise TokenError("not a canonical token")
    if len(raw) < _HEAD.size + 1 + SIGNATURE_SIZE:
        raise TokenError("token too short")
    version, code, doc, digest, issued_at, device_len = _HEAD.unpack_from(raw)
    if version != VERSION:
        raise TokenError(f"unsupported token version {version}")
    kind = _KINDS_BY_CODE.get(code.decode("latin-1"))
    if kind is None:
        raise TokenError("unknown document kind")
    end = _HEAD.size + device_len
    if device_len == 0 or len(raw) != end + SIGNATURE_SIZE:
        raise TokenError("token length does not match its contents")
    device = raw[_HEAD.size : end]
    if not device.isascii():
        raise TokenError("device id is not ASCII")
    return DecodedToken(
        version=version,
        kind=kind,
        document_id=str(uuid.UUID(bytes=doc)),
        digest=digest,
        issued_at=issued_at,
        device_id=device.decode("ascii"),
        signature=raw[end:],
        payload=raw[:end],
    )


def token_from_url(url_or_token: str) -> str:
    """The token inside a verification URL (last path segment or `?t=`), or the text itself."""
    text = url_or_token.strip()
    if "/" not in text and "?" not in text:
        return text.upper()
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    if query.get("t"):
        return query["t"][0].strip().upper()
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return segment.strip().upper()


def short_reference(kind: DocumentKind, document_id: str) -> str:
    """The number printed on a document (e.g. J-3F2A9C1B): the same on paper and in `verify`."""
    return f"{KIND_CODES[kind]}-{uuid.UUID(document_id).hex[:8].upper()}"
