"""`python -m benchmarks [NAME ...]`: run benchmark modules, one JSON line each."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

SKIP = {"figure", "__main__", "common", "polling"}


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name not in SKIP)


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; have: {', '.join(available())}",
            file=sys.stderr,
        )
        return 1
    if len(names) > 1:
        # Each benchmark in a process of its own: one left a big heap behind (the 100,000
        # record sync), and the next measured the garbage collector's pauses in it.
        failed = 0
        for name in names:
            failed |= subprocess.run([sys.executable, "-m", "benchmarks", name]).returncode
        return 1 if failed else 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run():
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
