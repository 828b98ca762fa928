"""`kiosk enroll` and `kiosk sync`: argument definitions; the work is in sync_actions."""

from __future__ import annotations

import argparse

from kiosk.cli.context import lazy

ACTIONS = "kiosk.cli.sync_actions"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enroll = sub.add_parser("enroll", help="enroll this kiosk with a registry")
    enroll.add_argument("--registry", required=True, metavar="URL")
    enroll.add_argument(
        "--code", required=True, help="one-time code from `kiosk-registry enroll-code`"
    )
    enroll.set_defaults(handler=lazy(ACTIONS, "enroll"))

    sync = sub.add_parser("sync", help="sync with the registry")
    sync.add_argument("--once", action="store_true", help="push, pull, report counts, exit")
    sync_sub = sync.add_subparsers(dest="sync_command")
    status = sync_sub.add_parser("status", help="online, last sync, ops waiting, rejected ops")
    status.set_defaults(handler=lazy(ACTIONS, "status"))
    sync.set_defaults(handler=lazy(ACTIONS, "sync"))
