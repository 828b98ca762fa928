"""`kiosk enroll` and `kiosk sync`: filled in by the registry and sync work (issue 6)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """No sync commands yet."""
