"""`kiosk enroll` and `kiosk sync`: join a registry, sync once, show the sync status."""

from __future__ import annotations

import argparse
import time

from kiosk.cli.context import CliError, Context
from kiosk.sync import enrollment
from kiosk.sync import state as sync_state
from kiosk.sync.client import RegistryRefused, RegistryUnavailable
from kiosk.sync.engine import SyncStuck


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    enroll = sub.add_parser("enroll", help="enroll this kiosk with a registry")
    enroll.add_argument("--registry", required=True, metavar="URL")
    enroll.add_argument(
        "--code", required=True, help="one-time code from `kiosk-registry enroll-code`"
    )
    enroll.set_defaults(handler=_enroll)

    sync = sub.add_parser("sync", help="sync with the registry")
    sync.add_argument("--once", action="store_true", help="push, pull, report counts, exit")
    sync_sub = sync.add_subparsers(dest="sync_command")
    status = sync_sub.add_parser("status", help="online, last sync, ops waiting, rejected ops")
    status.set_defaults(handler=_status)
    sync.set_defaults(handler=_sync)


def _enroll(args: argparse.Namespace, ctx: Context) -> int:
    try:
        done = enrollment.enroll(ctx.settings, ctx.db, args.registry, args.code)
    except RegistryRefused as exc:
        raise CliError(f"the registry refused enrollment: {exc.code}") from exc
    except RegistryUnavailable as exc:
        raise CliError(f"cannot reach the registry at {args.registry}: {exc}") from exc
    print(f"enrolled as {done.device_id} at {done.venue_name} ({done.venue_id})")
    print(f"partitions: {', '.join(done.partitions)}")
    return 0


def _sync(args: argparse.Namespace, ctx: Context) -> int:
    if not args.once:
        raise CliError("say `kiosk sync --once` or `kiosk sync status` (the app syncs by itself)")
    engine = enrollment.build_engine(ctx.settings, ctx.db)
    if engine is None:
        raise CliError("this kiosk is not enrolled: run `kiosk enroll --registry URL --code CODE`")
    try:
        report = engine.sync_once()
    except RegistryUnavailable as exc:
        raise CliError(f"registry not reachable: {exc}") from exc
    except RegistryRefused as exc:
        raise CliError(f"registry refused: {exc.status} {exc.code}") from exc
    except SyncStuck as exc:
        raise CliError(f"sync stuck: {exc}") from exc
    finally:
        engine.client.close()
    print(f"pushed {report.pushed}, pulled {report.pulled}, rejected {report.rejected}"
          + (" (full re-pull)" if report.resynced else ""))  # fmt: skip
    return 0


def _status(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.read() as session:
        status = sync_state.snapshot(session, now=time.time())
    when = status.last_sync_at.isoformat(timespec="seconds") if status.last_sync_at else "never"
    print(f"device: {status.device_id}{'' if status.enrolled else ' (not enrolled)'}")
    print(f"online: {'yes' if status.online else 'no'}")
    print(f"last sync: {when}")
    print(f"ops waiting: {status.ops_waiting}{' (STALLED)' if status.stalled else ''}")
    print(f"rejected ops: {status.rejected_count}")
    for op in status.rejected:
        print(f"  #{op.op_seq} {op.entity} {op.action} {op.entity_id}: {op.reason}")
    if status.last_error:
        print(f"last error: {status.last_error}")
    return 0
