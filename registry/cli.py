"""The `kiosk-registry` command: serve the API and run the operator's admin commands."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING, Any

from kiosk.release import release
from registry import admin, db, set_aside, snapshot, store
from registry.seed import seed

if TYPE_CHECKING:
    from fastapi import FastAPI


def _database(args: argparse.Namespace) -> db.Database:
    database = db.Database(db.resolve_url(args.db))
    db.upgrade(database)
    store.ensure_epoch(database)
    return database


def _migrate(args: argparse.Namespace) -> int:
    """Install and upgrade run this before the service starts (the package's postinst)."""
    database = _database(args)
    print(f"kiosk-registry: {database.engine.url.render_as_string()} is up to date")
    database.dispose()
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    database = _database(args)
    store.prune(database)
    try:
        processes = _processes(args.workers, database)
    finally:
        database.dispose()
    # Each process builds its app from these (uvicorn starts them from an import string).
    os.environ[_SERVE_ENV] = json.dumps(
        {"url": database.url, "op_delay_s": args.fault_op_delay, "processes": processes}
    )
    print(f"kiosk-registry: serving {database.engine.url.render_as_string()} on "
          f"http://{args.host}:{args.port} with {processes} process(es)", flush=True)  # fmt: skip
    # Several processes: uvicorn's supervisor binds the address once and its processes accept
    # from that one socket. A process that stops (restart, crash) leaves the connections
    # waiting in the backlog to the others (with SO_REUSEPORT each process has a backlog of
    # its own, and what waits in it is reset when it closes); the supervisor starts a new
    # process for one that died, and SIGHUP replaces them one at a time, each new one
    # serving before the old one stops.
    uvicorn.run(
        f"{__name__}:served_app", factory=True, host=args.host, port=args.port,
        workers=processes, log_level=args.log_level,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S, timeout_worker_healthcheck=PROCESS_START_S,
    )  # fmt: skip
    return 0


# A stopping process finishes the requests it holds (long polls end at once with what they
# have); past this, whatever still runs is cut off.
GRACEFUL_SHUTDOWN_S = 20
# How long a new process may take to serve, and a serving one to answer the supervisor's
# ping. uvicorn's 5 s was too short on a busy 2-core machine: a reload (SIGHUP) gave up on
# its new process and kept the old one.
PROCESS_START_S = 30
_SERVE_ENV = "KIOSK_REGISTRY_SERVE"
ADMIN_CONNECTIONS = 5


def _workers(raw: str) -> int:
    """`--workers`: a number of processes, or `auto` (0): one per core on PostgreSQL."""
    if raw == "auto":
        return 0
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"a number of processes or 'auto', not {raw!r}")
    return int(raw)


def _processes(asked: int, database: db.Database) -> int:
    """How many processes serve: SQLite takes one writer process, PostgreSQL many (auto: one
    per core, within its connection limit)."""
    if not database.is_postgres:
        if asked > 1:
            raise SystemExit(
                "kiosk-registry: --workers above 1 needs PostgreSQL; an SQLite registry "
                "is served by one process"
            )
        return 1
    size, overflow = db.pool_limits()
    budget = db.connection_budget(database)
    processes = asked or os.cpu_count() or 1
    if not asked and budget is not None:
        # auto: no more processes than the database has connections for (a few kept back
        # for admin commands and the operator's psql).
        processes = max(1, min(processes, (budget - ADMIN_CONNECTIONS) // (size + overflow)))
    if budget is not None and processes * (size + overflow) + ADMIN_CONNECTIONS > budget:
        print(f"kiosk-registry: warning: {processes} processes x ({size} + {overflow}) pooled "
              f"connections can exceed PostgreSQL's {budget}: lower "
              f"{db.ENV_POOL_SIZE}/{db.ENV_POOL_OVERFLOW} or raise max_connections",
              file=sys.stderr, flush=True)  # fmt: skip
    return processes


def served_app() -> FastAPI:
    """The app of one serving process (uvicorn's factory), over what `serve` decided."""
    from registry.app import create_app

    settings = json.loads(os.environ[_SERVE_ENV])
    stopping = threading.Event()
    _on_stop_signal(stopping.set)
    return create_app(
        settings["url"], op_delay_s=settings["op_delay_s"], processes=settings["processes"],
        stopping=stopping,
    )  # fmt: skip


def _on_stop_signal(hook: Callable[[], None]) -> None:
    """Call `hook` on SIGTERM/SIGINT before uvicorn's own handler.

    uvicorn stops accepting, then waits for every open request; a long poll would hold a
    stopping process for up to 30 s. The hook lets those polls answer at once. uvicorn
    installs its handlers before it builds the app (this factory) and puts back the old ones
    after it has stopped, so the chained handler lives exactly as long as the server.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(sig)
        if callable(previous):
            signal.signal(sig, _chained(hook, previous))


def _chained(hook: Callable[[], None], previous: Callable[[int, FrameType | None], Any]) -> Any:
    def handler(number: int, frame: FrameType | None) -> None:
        hook()
        previous(number, frame)

    return handler


def _venue_add(args: argparse.Namespace) -> int:
    venue_id = admin.add_venue(
        _database(args), name=args.name, district=args.district, region=args.region,
        address=args.address, hotline=args.hotline,
    )  # fmt: skip
    print(f"venue {args.name} added")
    print(venue_id)
    return 0


def _enroll_code(args: argparse.Namespace) -> int:
    code = admin.enroll_code(_database(args), args.venue)
    print(f"one-time enrollment code for venue {args.venue} (valid 15 minutes):")
    print(code)
    return 0


def _device_list(args: argparse.Namespace) -> int:
    print("device\tvenue\tstate\tname\trelease\tprotocol\tlast seen (UTC)")
    for d in admin.list_devices(_database(args)):
        state = "revoked" if d.revoked else "active"
        seen = d.last_seen_at.strftime("%Y-%m-%d %H:%M") if d.last_seen_at else "never"
        print(f"{d.device_id}\t{d.venue_id}\t{state}\t{d.name}\t{d.release or '-'}\t"
              f"{d.protocol}\t{seen}")  # fmt: skip
    return 0


def _device_revoke(args: argparse.Namespace) -> int:
    admin.revoke_device(_database(args), args.device_id)
    print(f"device {args.device_id} revoked")
    return 0


def _seed(args: argparse.Namespace) -> int:
    counts = seed(_database(args), postings=args.postings, employers=args.employers)
    print(f"seeded {counts.employers} employers, {counts.postings} postings, "
          f"{counts.courses} courses")  # fmt: skip
    return 0


def _moderate_posting(args: argparse.Namespace) -> int:
    version = admin.suspend_posting(_database(args), args.posting_id, args.reason)
    print(f"posting {args.posting_id} suspended (version {version})")
    return 0


def _blacklist_employer(args: argparse.Namespace) -> int:
    version = admin.blacklist_employer(_database(args), args.employer_id, args.reason)
    print(f"employer {args.employer_id} blacklisted (version {version})")
    return 0


def _proposals_list(args: argparse.Namespace) -> int:
    proposals = admin.blacklist_proposals(_database(args), undecided=not args.all)
    for x in proposals:
        print("\t".join((x.complaint_id, x.reference, x.venue_id, x.employer_id,
                         x.employer_name, x.reason, x.decision or "undecided")))  # fmt: skip
    if not proposals:
        print("no blacklist proposals waiting" if not args.all else "no blacklist proposals")
    return 0


def _proposals_decide(args: argparse.Namespace) -> int:
    try:
        employer_id = admin.decide_proposal(
            _database(args), args.complaint_id, accept=args.accept, reason=args.reason
        )
    except (LookupError, ValueError) as exc:
        print(f"kiosk-registry: {exc}", file=sys.stderr)
        return 1
    if args.accept:
        print(f"employer {employer_id} blacklisted; its postings are suspended at every kiosk")
    else:
        print(f"proposal declined; employer {employer_id} unchanged")
    return 0


def _set_aside_list(args: argparse.Namespace) -> int:
    reported = set_aside.listing(_database(args))
    for x in reported:
        print("\t".join((x.entity, x.record_id, str(x.version), x.problem, x.venue, x.device_id,
                         x.reported_at.isoformat(timespec="seconds"))))  # fmt: skip
    if not reported:
        print("no kiosk holds a record aside")
    return 0


def _erase_worker(args: argparse.Namespace) -> int:
    ids = admin.erase_worker(_database(args), args.worker_id, args.reason)
    print(f"worker erased ({len(ids)} registration(s)); kiosks wipe their copies at next pull")
    return 0


def _new_epoch(args: argparse.Namespace) -> int:
    epoch = store.new_epoch(_database(args))
    print("new epoch: every kiosk re-pulls and re-sends what this backup lacks")
    print(epoch)
    return 0


def _snapshot_build(args: argparse.Namespace) -> int:
    database = _database(args)
    for found in snapshot.build_now(database, args.partition or snapshot.all_partitions(database)):
        print(f"{found.partition}\t{found.records} records\t{found.size} bytes\tseq {found.seq}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-registry", description="Central gig registry.")
    parser.add_argument("--version", action="version", version=f"kiosk-registry {release()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help=f"database URL (default: {db.ENV_DB} or an SQLite file)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--workers", type=_workers, default=1, metavar="N",
        help="processes serving the address together (PostgreSQL; 'auto': one per core)",
    )  # fmt: skip
    # Fault injection for the integration tests: each pushed op takes this long.
    serve.add_argument("--fault-op-delay", type=float, default=0.0, help=argparse.SUPPRESS)
    serve.set_defaults(handler=_serve)

    venue = sub.add_parser("venue", help="venues").add_subparsers(dest="sub", required=True)
    add = venue.add_parser("add", parents=[common], help="add a venue; prints its id last")
    add.add_argument("--name", required=True)
    add.add_argument("--district", required=True)
    add.add_argument("--region", default="")
    add.add_argument("--address", default="")
    add.add_argument("--hotline", default="12333")
    add.set_defaults(handler=_venue_add)

    code = sub.add_parser("enroll-code", parents=[common], help="one-time enrollment code")
    code.add_argument("--venue", required=True)
    code.set_defaults(handler=_enroll_code)

    device = sub.add_parser("device", help="devices").add_subparsers(dest="sub", required=True)
    device.add_parser("list", parents=[common]).set_defaults(handler=_device_list)
    revoke = device.add_parser("revoke", parents=[common])
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=_device_revoke)

    seed_p = sub.add_parser("seed", parents=[common], help="demo employers, postings, courses")
    seed_p.add_argument("--postings", type=int, default=200)
    seed_p.add_argument("--employers", type=int, default=30)
    seed_p.set_defaults(handler=_seed)

    moderate = sub.add_parser("moderate", help="moderation").add_subparsers(
        dest="sub", required=True
    )
    mp = moderate.add_parser("posting", parents=[common], help="suspend a posting everywhere")
    mp.add_argument("posting_id")
    mp.add_argument("--suspend", action="store_true", required=True)
    mp.add_argument("--reason", required=True)
    mp.set_defaults(handler=_moderate_posting)

    blacklist = sub.add_parser("blacklist", help="blacklist").add_subparsers(
        dest="sub", required=True
    )
    be = blacklist.add_parser("employer", parents=[common], help="blacklist an employer everywhere")
    be.add_argument("employer_id")
    be.add_argument("--reason", required=True)
    be.set_defaults(handler=_blacklist_employer)

    proposals = sub.add_parser(
        "proposals", help="blacklistings proposed by venues, for the city to decide"
    ).add_subparsers(dest="sub", required=True)
    pl = proposals.add_parser("list", parents=[common], help="proposals waiting (tab-separated)")
    pl.add_argument("--all", action="store_true", help="decided ones too")
    pl.set_defaults(handler=_proposals_list)
    pd = proposals.add_parser("decide", parents=[common], help="accept or decline a proposal")
    pd.add_argument("complaint_id")
    verdict = pd.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true", help="blacklist the employer")
    verdict.add_argument("--decline", action="store_true")
    pd.add_argument("--reason", required=True)
    pd.set_defaults(handler=_proposals_decide)

    aside = sub.add_parser(
        "set-aside", help="records kiosks could not take (they broke the sync contract)"
    ).add_subparsers(dest="sub", required=True)
    sl = aside.add_parser("list", parents=[common], help="as the kiosks last reported them")
    sl.set_defaults(handler=_set_aside_list)

    erase = sub.add_parser("erase", help="right to erasure").add_subparsers(
        dest="sub", required=True
    )
    ew = erase.add_parser(
        "worker", parents=[common], help="erase a worker's personal data everywhere"
    )
    ew.add_argument("worker_id")
    ew.add_argument("--reason", required=True)
    ew.set_defaults(handler=_erase_worker)

    migrate = sub.add_parser("migrate", parents=[common], help="create or upgrade the database")
    migrate.set_defaults(handler=_migrate)
    epoch = sub.add_parser("new-epoch", parents=[common], help="run after restoring a backup")
    epoch.set_defaults(handler=_new_epoch)
    snap = sub.add_parser("snapshot", help="first-sync snapshots").add_subparsers(
        dest="sub", required=True
    )
    sb = snap.add_parser("build", parents=[common], help="rebuild partitions' snapshots now")
    sb.add_argument("--partition", action="append", help="e.g. global, venue:ID (default: all)")
    sb.set_defaults(handler=_snapshot_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except LookupError as exc:
        print(f"kiosk-registry: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 1
    except db.SettingError as exc:
        print(f"kiosk-registry: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
