"""What `kiosk enroll` and `kiosk sync` do: join a registry, sync once, show the status."""

from __future__ import annotations

import argparse
import sys
import time

from kiosk.cli.context import CliError, Context
from kiosk.cli.sync_progress import TerminalProgress
from kiosk.sync import enrollment
from kiosk.sync import state as sync_state
from kiosk.sync.client import RegistryRefused, RegistryUnavailable
from kiosk.sync.engine import SyncStuck


def enroll(args: argparse.Namespace, ctx: Context) -> int:
    try:
        done = enrollment.enroll(ctx.settings, ctx.db, args.registry, args.code)
    except RegistryRefused as exc:
        raise CliError(f"the registry refused enrollment: {exc.code}") from exc
    except RegistryUnavailable as exc:
        raise CliError(f"cannot reach the registry at {args.registry}: {exc}") from exc
    print(f"enrolled as {done.device_id} at {done.venue_name} ({done.venue_id})")
    print(f"partitions: {', '.join(done.partitions)}")
    return 0


def sync(args: argparse.Namespace, ctx: Context) -> int:
    if not args.once:
        raise CliError("say `kiosk sync --once` or `kiosk sync status` (the app syncs by itself)")
    engine = enrollment.build_engine(ctx.settings, ctx.db)
    if engine is None:
        raise CliError("this kiosk is not enrolled: run `kiosk enroll --registry URL --code CODE`")
    # A first sync of a province's jobs takes a while: show it move (issue 16 point 3).
    progress = TerminalProgress(sys.stderr)
    engine.progress = progress
    try:
        report = engine.sync_once()
    except RegistryUnavailable as exc:
        raise CliError(f"registry not reachable: {exc}") from exc
    except RegistryRefused as exc:
        raise CliError(f"registry refused: {exc.status} {exc.code}") from exc
    except SyncStuck as exc:
        raise CliError(f"sync stuck: {exc}") from exc
    finally:
        progress.close()
        engine.client.close()
    print(f"pushed {report.pushed}, pulled {report.pulled}, rejected {report.rejected}"
          + (" (full re-pull)" if report.resynced else ""))  # fmt: skip
    return 0


def status(args: argparse.Namespace, ctx: Context) -> int:
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
    if abs(status.clock_offset_s) >= 1:
        # Learnt from the registry's signed time; the kiosk signs with it (issue 14 point 6).
        print(f"clock: {-status.clock_offset_s:+.0f} s off the registry's")
    return 0
