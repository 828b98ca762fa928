"""Kiosk start to the home screen painted, `python -m kiosk run` as a process (budget 1.5 s)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figure import Figure

RUNS = 5
ROOT = Path(__file__).resolve().parents[1]


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_EXIT_AFTER_FIRST_PAINT": "1",
            "KIOSK_HOME": home,
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def _once(home: str) -> tuple[float, float]:
    """(wall seconds to the marker, seconds the app itself reported from launch())."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--home", home, "run"],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    inner = float("nan")
    for line in proc.stdout:
        if line.startswith("KIOSK_FIRST_PAINT"):
            inner = float(line.split()[1])
            break
    wall = time.perf_counter() - started
    proc.wait(timeout=30)
    return wall, inner


def _cli_import_s() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import kiosk.cli"], check=True, cwd=ROOT)
    return time.perf_counter() - started


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as home:
        _once(home)  # first start creates .pyc files and compiles translations: not counted
        samples = [_once(home) for _ in range(RUNS)]
        cli = _cli_import_s()
    walls = [w for w, _ in samples]
    return [
        Figure(
            "startup_first_screen_s",
            statistics.median(walls),
            "s",
            1.5,
            {
                "runs": RUNS,
                "max_s": round(max(walls), 3),
                "launch_to_paint_s": round(statistics.median(i for _, i in samples), 3),
                "python_plus_cli_import_s": round(cli, 3),
            },
        )
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
