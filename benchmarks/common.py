"""Shared set-up for benchmarks: a data directory seeded once and reused between runs."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk import config
from kiosk.services.container import Services
from kiosk.services.seed import seed

CACHE = Path(os.environ.get("KIOSK_BENCH_CACHE", Path(__file__).resolve().parent.parent / ".bench"))
SEED_VERSION = 2  # bump when the seed data changes shape


def seeded_home(postings: int, workers: int = 500) -> Path:
    """A data directory holding `postings` demo postings (built on first use, then reused)."""
    home = CACHE / f"home-{postings}-v{SEED_VERSION}"
    done = home / ".seeded"
    if not done.exists():
        home.mkdir(parents=True, exist_ok=True)
        for leftover in home.glob("kiosk.db*"):
            leftover.unlink()
        services = Services.create(config.load(home, env={}))
        try:
            seed(services, postings=postings, workers=workers, seed=42)
        finally:
            services.db.close()
        done.touch()
    return home
