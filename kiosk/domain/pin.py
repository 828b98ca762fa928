"""Staff PINs: scrypt hashes with a per-user salt, compared in constant time."""

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


def validate_pin(pin: str) -> None:
    if not _PIN.fullmatch(pin):
        raise DomainError(ErrorCode.PIN_INVALID, "pin")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
