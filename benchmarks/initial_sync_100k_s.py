"""Initial sync of 100,000 records from a real registry (SQLite, and PostgreSQL when configured):
the snapshot first sync end to end, as initial_sync_10k_s."""

from __future__ import annotations

from benchmarks.figure import Figure
from benchmarks.initial_sync_10k_s import initial_sync


def run() -> list[Figure]:
    return initial_sync(100_000, "initial_sync_100k_s", 3.0)


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
