"""`kiosk run` and `kiosk board`: start the touchscreen app, the staff desk or the board."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys

from kiosk.cli.context import CliError, Context

DEMO_POSTINGS = 400
DEMO_WORKERS = 60


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = sub.add_parser("run", help="start the kiosk app")
    run.add_argument("--kiosk", action="store_true", help="full screen, frameless (the hall)")
    run.add_argument("--staff", action="store_true", help="staff desk PC: start in staff mode")
    run.add_argument("--demo", action="store_true", help="add demo data if the store is empty")
    run.set_defaults(handler=_run, mode="app")
    board = sub.add_parser("board", help="big-screen board: open jobs and called numbers")
    board.add_argument("--demo", action="store_true", help="add demo data if the store is empty")
    board.set_defaults(handler=_run, mode="board", kiosk=True, staff=False)


def ensure_demo_data(ctx: Context) -> bool:
    """Seed demo data into an empty store so a first `make run` has jobs to show."""
    from kiosk.services.seed import seed
    from kiosk.store.search import SearchQuery

    if ctx.services.postings.count(SearchQuery(statuses=())) > 0:
        return False
    seed(ctx.services, postings=DEMO_POSTINGS, workers=DEMO_WORKERS, seed=7)
    return True


def _run(args: argparse.Namespace, ctx: Context) -> int:
    if importlib.util.find_spec("PySide6") is None:
        raise CliError("the kiosk UI needs PySide6: install the 'kiosk' extra (make run does)", 2)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CliError("no display: the kiosk UI needs a screen (or QT_QPA_PLATFORM=offscreen)", 2)
    if importlib.util.find_spec("kiosk.app") is None:
        raise CliError("the touchscreen UI is not built yet (see issue 3)", 2)
    settings = ctx.settings
    if args.demo:
        from kiosk.services.seed import demo_venue

        ensure_demo_data(ctx)
        # The demo venue's name, address and hours where kiosk.toml leaves them unset: the
        # venue guide and what is printed show a real-looking venue, as the screenshots do.
        settings = demo_venue(settings)
    from kiosk.app import launch

    return launch(settings, mode=args.mode, fullscreen=args.kiosk, staff=args.staff)
