"""Push 1,000 queued ops to a real registry after reconnecting (batches of 200)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import backends, kiosk, registry
from kiosk.domain.model import Worker
from kiosk.sync.enrollment import build_engine
from registry import admin

OPS = 1000


def run() -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            venue = admin.add_venue(db, name="基准驿站", district="东城区")
            services = kiosk(base, db, venue, Path(raw) / "kiosk")
            for i in range(OPS):  # a day offline: 1,000 registrations queued
                services.workers.register(
                    Worker(display_name=f"工人{i}", phone=f"138{i:08d}"), consent=True
                )
            engine = build_engine(services.settings, services.db)
            assert engine is not None
            started = time.perf_counter()
            report = engine.push_pending()
            elapsed = time.perf_counter() - started
            engine.client.close()
            services.db.close()
            figures.append(
                Figure("push_1000_ops_s", elapsed, "s", 0.5,
                       {"backend": backend, "pushed": report.pushed, "rejected": report.rejected})
            )  # fmt: skip
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
