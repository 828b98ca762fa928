"""The public job board over a real registry with 10,000 open postings: first, deep and filtered
pages, p95 of repeated requests (issue 7; budget 50 ms)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import requests

from benchmarks.figure import Figure, p95
from benchmarks.initial_sync_10k_s import backends, registry
from registry import admin
from registry.seed import seed

POSTINGS = 10_000
REPEATS = 200
PAGES = {
    "first": "/",
    "deep": "/?page=450",
    "filtered": "/?district=" + quote("东城区") + "&pay=250&page=3",
}


def _measure(session: requests.Session, url: str) -> list[float]:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        answer = session.get(url, timeout=30)
        samples.append((time.perf_counter() - started) * 1000)
        answer.raise_for_status()
    return samples


def run() -> list[Figure]:
    figures = []
    for backend in backends():
        with tempfile.TemporaryDirectory() as raw, registry(backend, Path(raw)) as (base, db):
            admin.add_venue(db, name="基准驿站", district="东城区")
            seed(db, postings=POSTINGS, employers=200)
            with requests.Session() as session:
                started = time.perf_counter()
                session.get(base + "/", timeout=60).raise_for_status()
                cold_ms = (time.perf_counter() - started) * 1000
                results = {name: p95(_measure(session, base + path))
                           for name, path in PAGES.items()}  # fmt: skip
            detail = {f"{name}_p95_ms": round(v, 2) for name, v in results.items()}
            detail |= {"backend": backend, "postings": POSTINGS, "requests": REPEATS * len(PAGES),
                       "cold_first_request_ms": round(cold_ms, 1)}  # fmt: skip
            figures.append(Figure("board_page_p95_ms", max(results.values()), "ms", 50.0, detail))
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
