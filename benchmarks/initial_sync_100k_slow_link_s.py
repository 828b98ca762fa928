"""A first sync of 100,000 postings over a slow link: 10 Mbit/s each way, 50 ms round trip.

The link is simulated inside the benchmark by a TCP proxy between the kiosk and the registry
(`Link`): each direction delivers its bytes no faster than 10 Mbit/s and 25 ms late.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import Link, first_sync, timed_first_sync
from registry.db import Database

POSTINGS = 100_000
BITS_PER_S = 10_000_000
RTT_S = 0.050


def _measure(base: str, tmp: Path, db: Database, venue: str) -> dict[str, float]:
    port = int(base.rsplit(":", 1)[1])
    link = Link(port, bits_per_s=BITS_PER_S, rtt_s=RTT_S)
    try:
        got = timed_first_sync(base, tmp, db, venue, via=link.url)
    finally:
        link.close()
    return dict(got, wire=link.total)


def run() -> list[Figure]:
    got = first_sync("sqlite", POSTINGS, _measure)
    detail = {
        "records": int(got["records"]), "indexed": int(got["indexed"]),
        "wire_bytes": int(got["wire"]), "mbit_s": BITS_PER_S / 1e6, "rtt_ms": RTT_S * 1e3,
    }  # fmt: skip
    return [Figure("initial_sync_100k_slow_link_s", got["elapsed"], "s", 15, detail)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
