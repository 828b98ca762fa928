"""500 simulated kiosks polling a real registry on 127.0.0.1 for a bounded time: pull p95."""

from __future__ import annotations

import asyncio
import base64
import random
import secrets
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.figure import Figure, p95
from benchmarks.initial_sync_10k_s import backends, registry
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from registry import admin
from registry.db import Database
from registry.seed import seed

KIOSKS = 500
DURATION_S = 10.0
POLL_EVERY_S = 5.0  # each kiosk polls every 5 s: 100 requests/s in all


def _devices(db: Database, venue: str) -> list[DeviceIdentity]:
    out = []
    for _ in range(KIOSKS):
        key = DeviceIdentity.generate("pending")
        code = admin.enroll_code(db, venue)
        answer = admin.enroll(db, p.EnrollRequest(code=code, public_key=key.public_key_b64()))
        out.append(key.with_device_id(answer.device_id))
    return out


async def _kiosk(
    client: httpx.AsyncClient, key: DeviceIdentity, stop: float, samples: list[float],
    errors: list[str],
) -> None:  # fmt: skip
    await asyncio.sleep(random.uniform(0, POLL_EVERY_S))
    cursor = ""
    while time.monotonic() < stop:
        path = f"{p.PULL_PATH}?cursor={cursor}&limit=500"
        stamp, nonce = str(int(time.time())), secrets.token_hex(16)
        data = p.signing_payload(method="GET", path=path, body=b"", device_id=key.device_id,
                                 timestamp=stamp, nonce=nonce)  # fmt: skip
        signature = base64.urlsafe_b64encode(key.sign(data)).decode()
        headers = {p.HEADER_DEVICE: key.device_id, p.HEADER_TIMESTAMP: stamp,
                   p.HEADER_NONCE: nonce, p.HEADER_SIGNATURE: signature}  # fmt: skip
        started = time.perf_counter()
        try:
            answer = await client.get(path, headers=headers)
            samples.append((time.perf_counter() - started) * 1000)
            if answer.status_code != 200:
                errors.append(str(answer.status_code))
            else:
                body = answer.json()
                cursor = body["cursor"]
                if body["more"]:
                    continue
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        await asyncio.sleep(POLL_EVERY_S)


async def _poll(base: str, keys: list[DeviceIdentity]) -> tuple[list[float], list[str]]:
    samples: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=200)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        stop = time.monotonic() + DURATION_S
        await asyncio.gather(*(_kiosk(client, k, stop, samples, errors) for k in keys))
    return samples, errors


def run() -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            venue = admin.add_venue(db, name="基准驿站", district="东城区")
            seed(db, postings=300, employers=20)
            keys = _devices(db, venue)
            samples, errors = asyncio.run(_poll(base, keys))
            figures.append(
                Figure("registry_pull_p95_ms_500_kiosks", p95(samples), "ms", 100.0,
                       {"backend": backend, "requests": len(samples), "errors": len(errors)})
            )  # fmt: skip
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
