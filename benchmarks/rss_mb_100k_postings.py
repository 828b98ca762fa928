"""rss_mb_100k_postings: kiosk process memory with 100,000 postings after searching (budget 300)."""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.common import seeded_home
from benchmarks.figure import Figure

POSTINGS = 100_000

# A fresh process, so the figure is what a kiosk holds, not what seeding left behind.
PROBE = """
import json, sys
from kiosk import config
from kiosk.services.container import Services
from kiosk.store.search import SearchQuery
services = Services.create(config.load(sys.argv[1], env={}))
for text in ["保洁", "搬运", "cleaner", ""]:
    for offset in range(0, 2000, 50):
        services.postings.search(SearchQuery(text=text, offset=offset, limit=50))
services.postings.count(SearchQuery())
try:
    import PySide6.QtWidgets  # the UI's libraries are part of the kiosk's footprint
except ImportError:
    pass
# VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent across
# fork and exec, so after a big benchmark in the same `make bench` it reported the parent.
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(json.dumps({"rss_mb": int(status) / 1024}))
"""


def run() -> list[Figure]:
    home = seeded_home(POSTINGS)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(home)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    rss = json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]
    return [
        Figure(
            "rss_mb_100k_postings",
            rss,
            "MB",
            300,
            {"postings": POSTINGS, "measure": "peak RSS of a fresh process after searches"},
        )
    ]
