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

The simulated kiosks, their client and the writer are in benchmarks/polling.py (shared with the
5,000-kiosk figure).
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import backends, registry
from benchmarks.polling import Http, Tally, catch_up, enrolled_devices, polling_kiosk, writer
from kiosk.identity import DeviceIdentity
from registry import admin
from registry.db import Database
from registry.seed import seed

KIOSKS = 500
DURATION_S = 20.0
POLL_EVERY_S = 5.0  # each kiosk polls every 5 s: 100 requests/s in all
WRITE_EVERY_S = 0.5  # a new posting twice a second: some polls return it
CATCH_UP_CONCURRENCY = 25
CONNECTIONS = 64  # keep-alive connections the simulated kiosks share


async def _run(base: str, db: Database, keys: list[DeviceIdentity]) -> dict[str, object]:
    client = Http(base, CONNECTIONS)
    try:
        syncing = Tally()
        started = time.perf_counter()
        cursors = await catch_up(client, keys, syncing, CATCH_UP_CONCURRENCY)
        catch_up_s = time.perf_counter() - started

        polling = Tally()
        stop_writer, written = threading.Event(), list[int]()
        writes = threading.Thread(
            target=writer, args=(db, WRITE_EVERY_S, stop_writer, written), daemon=True
        )
        writes.start()
        try:
            stop = time.monotonic() + DURATION_S
            await asyncio.gather(*(polling_kiosk(client, k, c, POLL_EVERY_S, stop, polling)
                                   for k, c in zip(keys, cursors, strict=True)))  # fmt: skip
        finally:
            stop_writer.set()
            writes.join()
    finally:
        client.close()
    caught = syncing.summary()
    return {
        **polling.summary(),
        "writes": len(written),
        "catch_up_s": round(catch_up_s, 2),
        "catch_up_request_p95_ms": round(float(caught["p95"]), 1),  # type: ignore[arg-type]
        "catch_up_errors": caught["errors"],
    }


def run() -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            venue = admin.add_venue(db, name="基准驿站", district="东城区")
            seed(db, postings=300, employers=20)
            keys = enrolled_devices(db, venue, KIOSKS)
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
