"""The `kiosk` command: run, seed, search, posting, import, export, db, print, verify, sync,
doctor."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kiosk.cli import (
    commands_data,
    commands_db,
    commands_doctor,
    commands_report,
    commands_run,
    commands_staff,
)
from kiosk.cli.context import CliError, Context
from kiosk.release import release


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Gig market docking kiosk: touchscreen app, staff desk and tools."
    )
    parser.add_argument(
        "--home", metavar="DIR", help="data directory (default: KIOSK_HOME or the platform's)"
    )
    parser.add_argument("--version", action="version", version=f"kiosk {release()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (
        commands_run,
        commands_data,
        commands_db,
        commands_staff,
        commands_doctor,
        commands_report,
    ):
        module.register(sub)
    _register_optional(sub)
    return parser


def _register_optional(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Command groups owned by the print and sync packages register themselves here."""
    from kiosk.cli import commands_print, commands_sync

    commands_print.register(sub)
    commands_sync.register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    # Everything the kiosk writes (database, backups, PDFs, keys, the print worker's files) is
    # private to its user, as the systemd unit's UMask=0077 makes it on an installed kiosk.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(home=args.home)
    try:
        code: int = args.handler(args, ctx)
    except CliError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()
    return code
