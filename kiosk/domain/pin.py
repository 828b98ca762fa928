"""Staff PINs: scrypt hashes with a per-user salt and a pepper kept outside the database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from kiosk.domain.errors import DomainError, ErrorCode

_PIN = re.compile(r"\d{4,8}")
# Interactive-login strength that still verifies in ~50 ms on a 2-core kiosk.
N, R, P = 2**14, 8, 1
# A 4-digit PIN is 10,000 guesses: a salted scrypt hash alone fell to an offline search in
# under a minute (issue 14). The PIN is first keyed with a pepper derived from the data key
# (kiosk/datakey.py), which is not in the database, so a copied hash cannot be searched.
# Hashes name it in a last field; those without it (before the pepper) still verify, and
# the service rehashes them at the next good sign-in.
PEPPERED = "hmac-sha256"


def validate_pin(pin: str) -> None:
    if not _PIN.fullmatch(pin):
        raise DomainError(ErrorCode.PIN_INVALID, "pin")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _peppered(pin: str, pepper: bytes) -> bytes:
    if not pepper:
        raise ValueError("a PIN pepper is required")
    return hmac.new(pepper, pin.encode(), hashlib.sha256).digest()


def hash_pin(pin: str, *, pepper: bytes) -> str:
    validate_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(_peppered(pin, pepper), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}${PEPPERED}"


def needs_rehash(stored: str) -> bool:
    """True for a hash made before PINs were peppered."""
    return not stored.endswith("$" + PEPPERED)


def verify_pin(pin: str, stored: str, *, pepper: bytes) -> bool:
    try:
        scheme, n, r, p, salt, digest, *rest = stored.split("$")
        if scheme != "scrypt" or rest not in ([], [PEPPERED]):
            return False
        secret = _peppered(pin, pepper) if rest else pin.encode()
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            secret,
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
