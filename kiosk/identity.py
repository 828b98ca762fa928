"""The device's Ed25519 key: made once, kept in a 0600 PEM file, signs prints and sync requests."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from kiosk.config import Settings


class IdentityError(Exception):
    """The key file exists but cannot be used (unreadable, not an Ed25519 key)."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    # Created 0600 from the start: the key is never readable by others, not even for a moment.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    # Atomic rename: a power cut leaves either no key or the whole key, never half a file.
    os.replace(tmp, path)


def _read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise IdentityError(f"{path}: cannot read the device key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(f"{path}: not an Ed25519 private key")
    return key


@dataclass(slots=True)
class DeviceIdentity:
    """The key pair plus the id the device currently goes by; the key does not depend on the id."""

    device_id: str
    private_key: Ed25519PrivateKey
    key_path: Path | None = None

    @classmethod
    def load_or_create(cls, settings: Settings, device_id: str) -> DeviceIdentity:
        """Load the key at settings.key_path, making it at first use (enrollment reuses it)."""
        path = settings.key_path
        if path.exists():
            key = _read_private_key(path)
        else:
            key = Ed25519PrivateKey.generate()
            _write_private_key(path, key)
        return cls(device_id=device_id, private_key=key, key_path=path)

    @classmethod
    def generate(cls, device_id: str) -> DeviceIdentity:
        """A key held in memory only (tests, other simulated devices)."""
        return cls(device_id=device_id, private_key=Ed25519PrivateKey.generate())

    def with_device_id(self, device_id: str) -> DeviceIdentity:
        """The same key under the id the registry assigned at enrollment."""
        return DeviceIdentity(device_id, self.private_key, self.key_path)

    def public_key_raw(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def public_key_b64(self) -> str:
        """The raw 32-byte public key, urlsafe base64 without padding."""
        return _b64(self.public_key_raw())

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def verify_signature(public_key_b64: str, signature: bytes, data: bytes) -> bool:
    """True only for a good signature; a malformed key or signature is simply not good."""
    try:
        raw = _unb64(public_key_b64)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
