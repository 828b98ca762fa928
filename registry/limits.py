"""Request limits: bodies are refused before they are read, lookups and enrollments are rationed.

The body limit is a pure ASGI middleware, outside FastAPI's request object: `await
request.body()` would hold a whole 300 MB upload in memory before any check could run. The
server reads the socket only as the app asks for the body (flow control), so refusing early
keeps the bytes off the heap.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from kiosk.sync import protocol as p

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_SIGNED_HEADERS = tuple(
    h.lower().encode()
    for h in (p.HEADER_DEVICE, p.HEADER_TIMESTAMP, p.HEADER_NONCE, p.HEADER_SIGNATURE)
)


def body_limit(path: str) -> int:
    if path == p.PUSH_PATH:
        return p.MAX_PUSH_BYTES
    if path == p.ENROLL_PATH:
        return p.MAX_ENROLL_BYTES
    return p.MAX_OTHER_BYTES


def _signed_path(path: str) -> bool:
    """Every API path but enrollment is signed by a device (the web pages are public)."""
    return path.startswith(p.API_PREFIX + "/") and path != p.ENROLL_PATH


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers: dict[bytes, bytes] = dict(scope["headers"])
        if _signed_path(path) and not all(headers.get(h) for h in _SIGNED_HEADERS):
            await refuse(send, 401, p.ApiErrorCode.SIGNATURE_MISSING, "request not signed")
            return
        limit = body_limit(path)
        declared = headers.get(b"content-length", b"")
        if declared and (not declared.isdigit() or int(declared) > limit):
            await refuse(send, 413, p.ApiErrorCode.BODY_TOO_LARGE, f"over {limit} bytes")
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            # Past the limit the answer goes out at once and the app is told the client left;
            # whatever the app answers to that is dropped (FastAPI turns an exception raised
            # here into its own 400 while parsing the body).
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    refused = True
                    await refuse(send, 413, p.ApiErrorCode.BODY_TOO_LARGE, f"over {limit} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def unless_refused(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, unless_refused)


async def refuse(send: Send, status: int, code: p.ApiErrorCode, message: str) -> None:
    body = p.ErrorBody(error=code, message=message).model_dump_json(exclude_none=True).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                # The rest of the body is never read: the connection cannot carry another request.
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


class RateLimit:
    """A token bucket per key (a device, a client address): `burst` at once, then `per_minute`.

    Kept in the process's memory: several registry processes each allow their own share, and
    a restart forgets. Enough to turn 200 lookups in 0.8 s or a guessing run at enrollment
    codes into a trickle; a proxy in front may add a shared limit.
    """

    MAX_KEYS = 10_000

    def __init__(
        self, *, burst: int, per_minute: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst = float(burst)
        self.rate = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int | None:
        """None if `key` may go on now (one token taken), else the seconds to wait."""
        with self._lock:
            bucket = self._refilled(key)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            return self._wait(bucket)

    def waiting(self, key: str) -> int | None:
        """As `take`, but takes nothing: for limits on failures, paid by `spend` afterwards."""
        with self._lock:
            bucket = self._refilled(key)
            return None if bucket.tokens >= 1.0 else self._wait(bucket)

    def spend(self, key: str) -> None:
        with self._lock:
            bucket = self._refilled(key)
            bucket.tokens = max(0.0, bucket.tokens - 1.0)

    def _refilled(self, key: str) -> _Bucket:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.MAX_KEYS:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        return bucket

    def _wait(self, bucket: _Bucket) -> int:
        return max(1, math.ceil((1.0 - bucket.tokens) / self.rate))

    def _forget_full(self, now: float) -> None:
        """Keys whose bucket has filled up again carry no state worth keeping."""
        full = [
            k for k, b in self._buckets.items()
            if b.tokens + (now - b.at) * self.rate >= self.burst
        ]  # fmt: skip
        for key in full or list(self._buckets)[: self.MAX_KEYS // 2]:
            del self._buckets[key]
