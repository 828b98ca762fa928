"""500 enrolled kiosks polling a real registry on 127.0.0.1 for a bounded time: poll p95.

What DESIGN.md section 7 budgets ("registry, 500 simulated kiosks polling: pull p95 <= 100 ms,
0 errors") is the steady state of a city: kiosks that are already caught up ask the registry
every few seconds whether anything changed, and most answers are empty or short. So:

1. The registry is seeded (employers, postings, courses) and 500 kiosks are enrolled.
2. Catch-up (not the figure): every kiosk pulls from an empty cursor until `more` is false,
   `CATCH_UP_CONCURRENCY` kiosks at a time. Its wall time and request p95 are reported in
   `detail` only (`catch_up_s`, `catch_up_request_p95_ms`): 500 simultaneous initial syncs of
   ~400 KB each are a different figure (see `initial_sync_*`), not polling.
3. Steady state (the figure): for `DURATION_S` each kiosk sends a signed `GET /v1/sync/pull`
   with its cursor and `wait=0` (no long-poll: a long-poll's waiting for a change is not
   latency) every `POLL_EVERY_S` from a random start offset -- 100 requests/s in all. Meanwhile
   a writer adds a new city-wide posting every `WRITE_EVERY_S`, so some polls return changes
   (and the cached pages go stale, as they do in real life). A poll answered with `more` is
   followed at once by the next page, which is timed too.

The figure is the p95 of those steady-state poll requests (client-side, from asking for a
connection to the parsed answer); `errors` counts non-200 answers, transport errors and
timeouts (budget: zero).

The simulated kiosks share the registry's 2 cores, so the client must be cheap: a kiosk polls
over a small keep-alive HTTP/1.1 client (`_Http`) instead of httpx, whose connection pool
spent more CPU than the registry itself (it rescans every connection for every request) and
turned its own queueing into "latency".
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import secrets
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.figure import Figure, p95
from benchmarks.initial_sync_10k_s import backends, registry
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.enrollment import signed_request
from registry import admin
from registry.db import Database
from registry.seed import bulk_insert, posting_data, seed

KIOSKS = 500
DURATION_S = 20.0
POLL_EVERY_S = 5.0  # each kiosk polls every 5 s: 100 requests/s in all
WRITE_EVERY_S = 0.5  # a new posting twice a second: some polls return it
CATCH_UP_CONCURRENCY = 25
CONNECTIONS = 64  # keep-alive connections the simulated kiosks share
TIMEOUT_S = 30.0


class _Http:
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


def _devices(db: Database, venue: str) -> list[DeviceIdentity]:
    out = []
    for _ in range(KIOSKS):
        key = DeviceIdentity.generate("pending")
        code = admin.enroll_code(db, venue)
        answer = admin.enroll(db, signed_request(key, code))
        out.append(key.with_device_id(answer.device_id))
    return out


def _headers(key: DeviceIdentity, path: str) -> dict[str, str]:
    stamp, nonce = str(int(time.time())), secrets.token_hex(16)
    data = p.signing_payload(method="GET", path=path, body=b"", device_id=key.device_id,
                             timestamp=stamp, nonce=nonce)  # fmt: skip
    signature = base64.urlsafe_b64encode(key.sign(data)).decode()
    return {p.HEADER_DEVICE: key.device_id, p.HEADER_TIMESTAMP: stamp,
            p.HEADER_NONCE: nonce, p.HEADER_SIGNATURE: signature}  # fmt: skip


async def _pull(
    client: _Http, key: DeviceIdentity, cursor: str, samples: list[float], errors: list[str]
) -> tuple[str, bool]:
    """One timed signed pull with wait=0: (next cursor, more)."""
    path = f"{p.PULL_PATH}?cursor={cursor}&limit=500&wait=0"
    headers = _headers(key, path)
    started = time.perf_counter()
    try:
        status, raw = await asyncio.wait_for(client.get(path, headers), TIMEOUT_S)
        if status != 200:
            samples.append((time.perf_counter() - started) * 1000)
            errors.append(str(status))
            return cursor, False
        body = json.loads(raw)
        samples.append((time.perf_counter() - started) * 1000)
        return str(body["cursor"]), bool(body["more"])
    except (OSError, ValueError, IndexError, TimeoutError, asyncio.IncompleteReadError) as exc:
        errors.append(type(exc).__name__)
        return cursor, False


async def _catch_up(
    client: _Http, keys: list[DeviceIdentity], samples: list[float],
    errors: list[str],
) -> list[str]:  # fmt: skip
    gate = asyncio.Semaphore(CATCH_UP_CONCURRENCY)

    async def one(key: DeviceIdentity) -> str:
        async with gate:
            cursor, more = "", True
            while more:
                cursor, more = await _pull(client, key, cursor, samples, errors)
            return cursor

    return list(await asyncio.gather(*(one(k) for k in keys)))


async def _kiosk(
    client: _Http, key: DeviceIdentity, cursor: str, stop: float,
    samples: list[float], errors: list[str],
) -> None:  # fmt: skip
    await asyncio.sleep(random.uniform(0, POLL_EVERY_S))
    while time.monotonic() < stop:
        more = True
        while more:
            cursor, more = await _pull(client, key, cursor, samples, errors)
        await asyncio.sleep(POLL_EVERY_S)


def _writer(db: Database, stop: threading.Event, written: list[int]) -> None:
    rng = random.Random(7)
    employer = str(uuid.uuid4())
    while not stop.wait(WRITE_EVERY_S):
        item = (str(uuid.uuid4()), posting_data(employer, rng, date.today()))
        bulk_insert(db, "posting", [item], "global")
        written.append(1)


async def _run(base: str, db: Database, keys: list[DeviceIdentity]) -> dict[str, object]:
    client = _Http(base, CONNECTIONS)
    try:
        sync_samples: list[float] = []
        sync_errors: list[str] = []
        started = time.perf_counter()
        cursors = await _catch_up(client, keys, sync_samples, sync_errors)
        catch_up_s = time.perf_counter() - started

        samples: list[float] = []
        errors: list[str] = []
        stop_writer, written = threading.Event(), []
        writer = threading.Thread(target=_writer, args=(db, stop_writer, written), daemon=True)
        writer.start()
        try:
            stop = time.monotonic() + DURATION_S
            await asyncio.gather(*(_kiosk(client, k, c, stop, samples, errors)
                                   for k, c in zip(keys, cursors, strict=True)))  # fmt: skip
        finally:
            stop_writer.set()
            writer.join()
    finally:
        client.close()
    return {
        "p95": p95(samples) if samples else float("inf"),
        "requests": len(samples),
        "errors": len(errors),
        "error_kinds": dict(Counter(errors)),
        "median_ms": round(sorted(samples)[len(samples) // 2], 2) if samples else None,
        "writes": len(written),
        "catch_up_s": round(catch_up_s, 2),
        "catch_up_request_p95_ms": round(p95(sync_samples), 1) if sync_samples else None,
        "catch_up_errors": len(sync_errors),
    }


def run() -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            venue = admin.add_venue(db, name="基准驿站", district="东城区")
            seed(db, postings=300, employers=20)
            keys = _devices(db, venue)
            result = asyncio.run(_run(base, db, keys))
            value = float(result.pop("p95"))  # type: ignore[arg-type]
            figures.append(
                Figure("registry_pull_p95_ms_500_kiosks", value, "ms", 100.0,
                       {"backend": backend, **result})
            )  # fmt: skip
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
