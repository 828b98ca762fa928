"""Sync bodies on the wire: zstd or gzip negotiated by HTTP headers, inflated within a limit.

Shared by the kiosk and the registry (it imports nothing of the kiosk but the protocol), so
both sides compress, negotiate and refuse bombs the same way (issue 16, point 1).

Levels, measured on three pages of 1,000 seeded postings with Chinese text (1,003 bytes each
as JSON): bytes per posting, CPU ms per page (best of 5) on the 2-core machine:

    gzip 1: 110 B  3.2 ms    gzip 6: 83 B  6.7 ms   gzip 9: 78 B  11 ms
    zstd 1:  66 B  0.7 ms    zstd 6: 58 B  4.9 ms   zstd 9: 54 B  6.9 ms
    zstd 12: 51 B  11 ms     zstd 15: 49 B  29 ms   zstd 19: 47 B  450 ms

zstd 9 is the knee: past it each byte saved costs several times the CPU, and a page is
compressed again whenever a write moves the newest seq. gzip 6 (zlib's default) is 4 bytes
from gzip 9 at 60% of its cost. Per-request parts are a few hundred bytes and differ for every
kiosk: they take the fastest level.
"""

from __future__ import annotations

import zlib

import zstandard

ZSTD, GZIP, IDENTITY = "zstd", "gzip", "identity"
# What this code reads and writes, most wanted first (sent as Accept-Encoding by the kiosk; the
# registry says the same in its answers' Accept-Encoding, RFC 7694, for request bodies).
CODINGS = (ZSTD, GZIP)
ACCEPT_ENCODING = ", ".join(CODINGS)
ZSTD_LEVEL, GZIP_LEVEL = 9, 6
ZSTD_FAST, GZIP_FAST = 1, 1
# Smaller bodies travel plain: a frame's overhead and a round of CPU buy nothing.
MIN_COMPRESSED_BYTES = 512
# Our frames use windows of a few MB; a frame asking for more is refused before the decoder
# allocates the window it names (zstd would accept up to 128 MB).
ZSTD_MAX_WINDOW = 8 * 1024 * 1024
# Output is made at most this much at a time, so a body refused at its limit has cost the
# limit plus one piece, not twice the limit (a piece and the buffer it is appended to).
_PIECE = 1024 * 1024
# zstd's largest expansion: an RLE block, 4 bytes of input, is 128 KB of output. Input goes in
# at _PIECE / this (32 bytes): 0.8 ms to inflate a 1 MB page against 0.2 ms in one call.
_ZSTD_MAX_RATIO = 32 * 1024


class BodyRefused(ValueError):
    """A body this side will not read; `kind` says why (mapped to an error code by the caller)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class EncodingUnsupported(BodyRefused):
    def __init__(self, coding: str) -> None:
        super().__init__("encoding", f"content encoding {coding[:40]!r} not supported")


class BodyTooLarge(BodyRefused):
    def __init__(self, limit: int) -> None:
        super().__init__("too_large", f"over {limit} bytes")


class BodyCorrupt(BodyRefused):
    def __init__(self, coding: str, why: str) -> None:
        super().__init__("corrupt", f"{coding} body unreadable: {why[:120]}")


def codings(header: str | None) -> list[str]:
    """The codings an Accept-Encoding header names with a q above 0, in its order, lowercase
    (x-gzip read as gzip)."""
    found: list[str] = []
    for item in (header or "").split(","):
        name, *params = (part.strip() for part in item.split(";"))
        name = "gzip" if name.lower() == "x-gzip" else name.lower()
        if not name or any(_zero_q(param) for param in params):
            continue
        found.append(name)
    return found


def _zero_q(param: str) -> bool:
    key, _, value = param.partition("=")
    if key.strip().lower() != "q":
        return False
    try:
        return float(value) <= 0.0
    except ValueError:
        return True  # an unreadable weight: not something to rely on


def preferred(header: str | None) -> str:
    """The best coding both sides have: zstd, else gzip (also for "*"), else identity."""
    offered = codings(header)
    for coding in CODINGS:
        if coding in offered:
            return coding
    return GZIP if "*" in offered else IDENTITY


def compress(data: bytes, coding: str, *, fast: bool = False) -> bytes:
    """`data` as one zstd frame or one gzip member (concatenations of them read as one body)."""
    if coding == ZSTD:
        return zstandard.ZstdCompressor(level=ZSTD_FAST if fast else ZSTD_LEVEL).compress(data)
    if coding == GZIP:
        packer = zlib.compressobj(GZIP_FAST if fast else GZIP_LEVEL, zlib.DEFLATED, 31)
        return packer.compress(data) + packer.flush()
    if coding == IDENTITY:
        return data
    raise EncodingUnsupported(coding)


class Inflater:
    """Inflates a body fed in pieces into one buffer, refusing it as soon as it grows past
    `limit` bytes: a 1 GB bomb costs about `limit` bytes of memory, never a gigabyte.

    Reads concatenated zstd frames and gzip members (a shared page and its per-request tail).
    """

    def __init__(self, coding: str | None, limit: int) -> None:
        self.coding = (coding or IDENTITY).strip().lower()
        if self.coding not in (*CODINGS, IDENTITY):
            raise EncodingUnsupported(self.coding)
        self.limit = limit
        self.body = bytearray()
        self._zstd: zstandard.ZstdDecompressionObj | None = None
        self._gzip: zlib._Decompress | None = None
        self._started = False

    def feed(self, data: bytes) -> None:
        if not data:
            return
        self._started = True
        try:
            if self.coding == ZSTD:
                self._feed_zstd(memoryview(data))
            elif self.coding == GZIP:
                self._feed_gzip(data)
            else:
                self._add(data)
        except (zstandard.ZstdError, zlib.error) as exc:
            raise BodyCorrupt(self.coding, str(exc)) from None

    def finish(self) -> bytes:
        """The whole body; BodyCorrupt when it ended inside a frame (a truncated answer)."""
        if self.coding != IDENTITY:
            decoder = self._zstd if self.coding == ZSTD else self._gzip
            if not self._started or decoder is None or not decoder.eof:
                raise BodyCorrupt(self.coding, "truncated")
        return bytes(self.body)

    def _add(self, out: bytes) -> None:
        if len(self.body) + len(out) > self.limit:
            raise BodyTooLarge(self.limit)
        self.body += out

    def _feed_zstd(self, data: memoryview) -> None:
        # zstandard's decompressobj has no output bound: input goes in steps small enough that
        # even the densest frame makes about a piece (and cannot pass the limit by more).
        at = 0
        while at < len(data):
            if self._zstd is None or self._zstd.eof:
                decoder = zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW)
                self._zstd = decoder.decompressobj()
            step = max(1, min(_PIECE, self.limit - len(self.body)) // _ZSTD_MAX_RATIO)
            piece = data[at : at + step]
            at += len(piece)
            self._add(self._zstd.decompress(piece))
            if self._zstd.eof and self._zstd.unused_data:
                # The next frame began inside this piece: read it again from its start.
                at -= len(self._zstd.unused_data)

    def _feed_gzip(self, data: bytes) -> None:
        pending = data
        while pending:
            if self._gzip is None or self._gzip.eof:
                self._gzip = zlib.decompressobj(31)
            # One byte past the limit is enough to know it is too large.
            room = min(_PIECE, self.limit - len(self.body) + 1)
            self._add(self._gzip.decompress(pending, room))
            pending = self._gzip.unused_data if self._gzip.eof else self._gzip.unconsumed_tail
