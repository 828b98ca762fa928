"""Simulated kiosks polling a real registry: the parts the registry_pull_p95_ms_* benchmarks
share (a cheap keep-alive HTTP client, signed pulls, catch-up, a polling kiosk, a writer).

The simulated kiosks share the registry's 2 cores, so the client must be cheap: a kiosk polls
over a small keep-alive HTTP/1.1 client (`Http`) instead of httpx, whose connection pool spent
more CPU than the registry itself (it rescans every connection for every request) and turned
its own queueing into "latency". The kiosks share its connections, as a reverse proxy in front
of the registry shares its upstream connections among the kiosks behind it.
"""

from __future__ import annotations

import asyncio
import base64
import random
import secrets
import threading
import time
import uuid
from collections import Counter
from datetime import date
from urllib.parse import urlsplit

import orjson

from benchmarks.figure import p95
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.enrollment import signed_request
from registry import admin
from registry.db import Database
from registry.seed import bulk_insert, posting_data

TIMEOUT_S = 30.0


class Http:
    """A minimal keep-alive HTTP/1.1 GET client (responses carry Content-Length)."""

    def __init__(self, base: str, size: int) -> None:
        url = urlsplit(base)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.gate = asyncio.Semaphore(size)
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def get(self, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
        head = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()
        )
        request = (head + "\r\n").encode()
        async with self.gate:
            while self.idle:
                # A kept-alive connection the server has closed meanwhile (its keep-alive
                # timeout) answers nothing: like any HTTP client, ask again on another.
                answer = await self._ask(*self.idle.pop(), request)
                if answer is not None:
                    return answer
            reader, writer = await asyncio.open_connection(self.host, self.port)
            answer = await self._ask(reader, writer, request)
            if answer is None:
                raise ConnectionResetError("registry closed a new connection")
            return answer

    async def _ask(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
    ) -> tuple[int, bytes] | None:
        try:
            writer.write(request)
            status_line = await reader.readline()
        except (ConnectionResetError, BrokenPipeError):
            # The same stale connection, found out by a reset instead of an empty read
            # (which of the two depends on timing): ask again on another, as urllib3 does.
            writer.close()
            return None
        except BaseException:
            writer.close()  # a timeout gives the connection up: never used again
            raise
        try:
            if not status_line:
                writer.close()
                return None
            status = int(status_line.split()[1])
            length, close = 0, False
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and "close" in value.lower():
                    close = True
            body = await reader.readexactly(length)
        except BaseException:
            writer.close()
            raise
        if close:
            writer.close()
        else:
            self.idle.append((reader, writer))
        return status, body

    def close(self) -> None:
        for _reader, writer in self.idle:
            writer.close()


def enrolled_devices(db: Database, venue: str, count: int) -> list[DeviceIdentity]:
    """`count` kiosks enrolled the way the API does it (a code each, then the key)."""
    out = []
    for _ in range(count):
        key = DeviceIdentity.generate("pending")
        code = admin.enroll_code(db, venue)
        answer = admin.enroll(db, signed_request(key, code))
        out.append(key.with_device_id(answer.device_id))
    return out


def signed_headers(key: DeviceIdentity, path: str) -> dict[str, str]:
    stamp, nonce = str(int(time.time())), secrets.token_hex(16)
    data = p.signing_payload(method="GET", path=path, body=b"", device_id=key.device_id,
                             timestamp=stamp, nonce=nonce)  # fmt: skip
    signature = base64.urlsafe_b64encode(key.sign(data)).decode()
    return {p.HEADER_DEVICE: key.device_id, p.HEADER_TIMESTAMP: stamp,
            p.HEADER_NONCE: nonce, p.HEADER_SIGNATURE: signature}  # fmt: skip


class Tally:
    """Request times (ms) and errors of one phase."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self.errors: list[str] = []

    def summary(self) -> dict[str, object]:
        samples = sorted(self.samples)
        return {
            "p95": p95(samples) if samples else float("inf"),
            "requests": len(samples),
            "errors": len(self.errors),
            "error_kinds": dict(Counter(self.errors)),
            "median_ms": round(samples[len(samples) // 2], 2) if samples else None,
        }


async def pull(client: Http, key: DeviceIdentity, cursor: str, tally: Tally) -> tuple[str, bool]:
    """One timed signed pull with wait=0: (next cursor, more)."""
    path = f"{p.PULL_PATH}?cursor={cursor}&limit=500&wait=0"
    headers = signed_headers(key, path)
    started = time.perf_counter()
    try:
        status, raw = await asyncio.wait_for(client.get(path, headers), TIMEOUT_S)
        if status != 200:
            tally.samples.append((time.perf_counter() - started) * 1000)
            tally.errors.append(str(status))
            return cursor, False
        body = orjson.loads(raw)
        tally.samples.append((time.perf_counter() - started) * 1000)
        return str(body["cursor"]), bool(body["more"])
    except (OSError, ValueError, IndexError, TimeoutError, asyncio.IncompleteReadError) as exc:
        tally.errors.append(type(exc).__name__)
        return cursor, False


async def catch_up(
    client: Http, keys: list[DeviceIdentity], tally: Tally, concurrency: int
) -> list[str]:
    """Each kiosk pulls from an empty cursor until `more` is false; their cursors."""
    gate = asyncio.Semaphore(concurrency)

    async def one(key: DeviceIdentity) -> str:
        async with gate:
            cursor, more = "", True
            while more:
                cursor, more = await pull(client, key, cursor, tally)
            return cursor

    return list(await asyncio.gather(*(one(k) for k in keys)))


async def polling_kiosk(
    client: Http, key: DeviceIdentity, cursor: str, every_s: float, stop: float, tally: Tally
) -> None:
    """A caught-up kiosk asking every `every_s` from a random start; a page answered with
    `more` is followed at once by the next, timed too."""
    await asyncio.sleep(random.uniform(0, every_s))
    while time.monotonic() < stop:
        more = True
        while more:
            cursor, more = await pull(client, key, cursor, tally)
        # Not past the end: the next phase starts when every kiosk has stopped.
        await asyncio.sleep(max(0.0, min(every_s, stop - time.monotonic())))


def writer(db: Database, every_s: float, stop: threading.Event, written: list[int]) -> None:
    """A new city-wide posting every `every_s` (so some polls return changes and cached
    pages go stale, as they do in real life)."""
    rng = random.Random(7)
    employer = str(uuid.uuid4())
    while not stop.wait(every_s):
        item = (str(uuid.uuid4()), posting_data(employer, rng, date.today()))
        bulk_insert(db, "posting", [item], "global")
        written.append(1)
