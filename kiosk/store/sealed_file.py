"""A file kept encrypted with the data key, written at any offset and read as a stream.

A snapshot being downloaded holds the venue's workers (names, phones, circumstances) and may
wait on disk between attempts. Like the database (kiosk/store/at_rest.py), it must be
unreadable on a stolen kiosk without the key file. AES-256 in counter mode, because a cut
download resumes by appending at its current size: the keystream at any byte offset is known
without reading what comes before. Integrity is the caller's: the snapshot's SHA-256 over the
plain bytes is checked before anything is loaded.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

from kiosk import datakey

BLOCK = 16
_COUNTERS = 1 << (8 * BLOCK)


class SealedFile:
    """One file's cipher. `name` must differ for different contents (a snapshot's id and
    checksum): the same keystream never covers two different plaintexts."""

    def __init__(self, key: bytes, name: str) -> None:
        self._key = datakey.derive(key, "sealed-file")
        self._nonce = int.from_bytes(hashlib.sha256(name.encode()).digest()[:BLOCK], "big")

    def at(self, offset: int) -> CipherContext:
        """Encrypts (and, being counter mode, decrypts) the bytes from `offset` on."""
        counter = (self._nonce + offset // BLOCK) % _COUNTERS
        cipher = Cipher(algorithms.AES(self._key), modes.CTR(counter.to_bytes(BLOCK, "big")))
        context = cipher.encryptor()
        context.update(bytes(offset % BLOCK))  # into the block where `offset` falls
        return context

    def reader(self, path: Path) -> BinaryIO:
        """The plain bytes of `path`, as a buffered stream."""
        return io.BufferedReader(_Decrypting(path.open("rb"), self.at(0)), 1 << 20)


class _Decrypting(io.RawIOBase):
    def __init__(self, raw: BinaryIO, context: CipherContext) -> None:
        self._raw = raw
        self._context = context

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        plain = self._context.update(data)
        buffer[: len(plain)] = plain
        return len(plain)

    def close(self) -> None:
        self._raw.close()
        super().close()
