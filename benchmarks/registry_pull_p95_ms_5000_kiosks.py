"""5,000 enrolled kiosks polling every 30 s against 2 registry processes on one PostgreSQL.

DESIGN.md section 7 budgets it: "registry, 5,000 simulated kiosks polling every 30 s, 2
processes on one PostgreSQL: pull p95 <= 100 ms, 0 errors". A province's steady state:

1. The registry (`kiosk-registry serve --workers 2`, one address) is seeded (employers,
   postings, courses) and 5,000 kiosks of 50 venues are enrolled straight into the database
   (a real Ed25519 key each, the device row and its published device key, as enrollment
   writes them; 5,000 enrollments over HTTP would take minutes and measure nothing here).
2. Catch-up (not the figure): one kiosk of each venue pulls from an empty cursor to the end;
   the others of that venue start from its cursor (the same partitions, the same changes).
3. Warm-up (not the figure): one polling period in which each kiosk polls once, as after a
   registry start; each process then records each device's first request (last seen, its
   release), a write it repeats only every 5 minutes per device.
4. Steady state (the figure): for `DURATION_S` each kiosk sends a signed
   `GET /v1/sync/pull?wait=0` every `POLL_EVERY_S`, spread evenly (~167 requests/s), while a
   writer adds a city-wide posting every `WRITE_EVERY_S`, so polls return about 30 changes.

The figure is the p95 of the steady-state requests (client-side, from asking for a connection
to the parsed answer); `errors` counts non-200 answers, transport errors and timeouts (budget
zero). Without PostgreSQL (KIOSK_TEST_PG_DSN) the figure is reported as skipped.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import PG_ENV, registry
from benchmarks.polling import Http, Tally, catch_up, polling_kiosk, writer
from kiosk.identity import DeviceIdentity
from registry import admin
from registry.db import Database
from registry.rules import GLOBAL
from registry.seed import bulk_insert, seed
from registry.store import utcnow
from registry.tables import Device

NAME = "registry_pull_p95_ms_5000_kiosks"
KIOSKS = 5000
VENUES = 50
PROCESSES = 2
POLL_EVERY_S = 30.0  # 5,000 kiosks: ~167 requests/s in all
DURATION_S = 75.0
WRITE_EVERY_S = 1.0  # a new city-wide posting every second
CONNECTIONS = 64  # kept-alive connections, as a reverse proxy in front keeps them
CATCH_UP_CONCURRENCY = 10


def enroll_in_bulk(db: Database, venues: list[str], count: int) -> list[list[DeviceIdentity]]:
    """`count` kiosks spread over `venues`, written as admin.enroll writes one: the device row
    and its public key published to every kiosk (partition global). Per venue, its kiosks."""
    keys: list[list[DeviceIdentity]] = [[] for _ in venues]
    rows, published = [], []
    now = utcnow()
    for i in range(count):
        venue = i % len(venues)
        device_id = f"dev-{uuid.uuid4().hex[:16]}"
        key = DeviceIdentity.generate(device_id)
        keys[venue].append(key)
        public = key.public_key_b64()
        rows.append({"id": device_id, "venue_id": venues[venue], "name": f"kiosk {i}",
                     "public_key": public, "last_op_seq": 0, "enrolled_at": now,
                     "release": "", "protocol": 1})  # fmt: skip
        published.append((device_id, {"device_id": device_id, "public_key": public,
                                      "venue_id": venues[venue], "revoked_at": None}))  # fmt: skip
    with db.write() as session:
        session.execute(insert(Device), rows)
    bulk_insert(db, "device_key", published, GLOBAL)
    return keys


async def _run(base: str, db: Database, keys: list[list[DeviceIdentity]]) -> dict[str, object]:
    client = Http(base, CONNECTIONS)
    cpu = time.process_time()
    try:
        syncing = Tally()
        started = time.perf_counter()
        firsts = await catch_up(client, [k[0] for k in keys], syncing, CATCH_UP_CONCURRENCY)
        catch_up_s = time.perf_counter() - started
        kiosks = [(key, cursor) for venue, cursor in zip(keys, firsts, strict=True)
                  for key in venue]  # fmt: skip

        stop_writer, written = threading.Event(), list[int]()
        writes = threading.Thread(
            target=writer, args=(db, WRITE_EVERY_S, stop_writer, written), daemon=True
        )
        writes.start()
        try:
            warming, polling = Tally(), Tally()
            phases = ((warming, POLL_EVERY_S), (polling, DURATION_S))
            for tally, length in phases:
                stop = time.monotonic() + length
                await asyncio.gather(*(polling_kiosk(client, key, cursor, POLL_EVERY_S, stop, tally)
                                       for key, cursor in kiosks))  # fmt: skip
        finally:
            stop_writer.set()
            writes.join()
    finally:
        client.close()
    caught, warm = syncing.summary(), warming.summary()
    return {
        **polling.summary(),
        "requests_per_s": round(len(polling.samples) / DURATION_S, 1),
        "writes": len(written),
        "processes": PROCESSES,
        "warm_up_p95_ms": round(float(warm["p95"]), 1),  # type: ignore[arg-type]
        "warm_up_errors": warm["errors"],
        "catch_up_s": round(catch_up_s, 2),
        "catch_up_errors": caught["errors"],
        "load_generator_cpu_s": round(time.process_time() - cpu, 1),
        # The machine's 1-minute load at the end: 2 cores shared with whatever else runs.
        "load_average": round(os.getloadavg()[0], 1),
    }


def run() -> list[Figure]:
    if not os.environ.get(PG_ENV):
        return [Figure(NAME, 0, "ms", 100.0, {"skipped": f"needs PostgreSQL ({PG_ENV})"})]
    with (
        tempfile.TemporaryDirectory() as raw,
        registry("postgresql", Path(raw), "--workers", str(PROCESSES)) as (base, db),
    ):
        venues = [
            admin.add_venue(db, name=f"基准驿站{i}", district="东城区") for i in range(VENUES)
        ]
        seed(db, postings=300, employers=20)
        keys = enroll_in_bulk(db, venues, KIOSKS)
        result = asyncio.run(_run(base, db, keys))
    value = float(result.pop("p95"))  # type: ignore[arg-type]
    return [Figure(NAME, value, "ms", 100.0, {"backend": "postgresql", **result})]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
