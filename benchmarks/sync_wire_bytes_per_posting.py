"""Bytes on the wire per posting in a 10,000-posting first sync (issue 16).

Counted at a TCP proxy between the kiosk and the registry: requests and answers, headers and
envelopes included, for everything the first sync sends (the snapshot list, the snapshots,
the cursor pull after them).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import Link, first_sync, timed_first_sync
from registry.db import Database

POSTINGS = 10_000


def _measure(base: str, tmp: Path, db: Database, venue: str) -> dict[str, float]:
    port = int(base.rsplit(":", 1)[1])
    link = Link(port)
    try:
        got = timed_first_sync(base, tmp, db, venue, via=link.url)
    finally:
        link.close()
    return dict(got, up=link.bytes["up"], down=link.bytes["down"])


def run() -> list[Figure]:
    got = first_sync("sqlite", POSTINGS, _measure)
    total = got["up"] + got["down"]
    detail = {"up": int(got["up"]), "down": int(got["down"]), "records": int(got["records"])}
    return [Figure("sync_wire_bytes_per_posting", total / POSTINGS, "bytes", 110, detail)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
