"""`kiosk db upgrade|check|backup FILE|expire`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.context import CliError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database upkeep")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="bring the schema up to date").set_defaults(handler=_upgrade)
    db_sub.add_parser("check", help="integrity check and audit-chain verify").set_defaults(
        handler=_check
    )
    backup = db_sub.add_parser("backup", help="consistent copy of the live database")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=_backup)
    db_sub.add_parser(
        "expire", help="expire postings past their date (the running kiosk does it by itself)"
    ).set_defaults(handler=_expire)


def _upgrade(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store import migrate

    db = ctx.db  # opening the services runs the migrations
    print(f"{ctx.settings.database_path}: schema at revision {migrate.current_revision(db)}")
    return 0


def _check(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store import maintenance

    report = maintenance.check(ctx.db)
    print(f"integrity: {report.integrity}")
    print(f"audit chain: {'ok' if report.audit_ok else 'BROKEN'} ({report.audit_events} events)")
    print(f"search index: {report.indexed} of {report.postings} postings")
    if not report.ok:
        raise CliError("check failed: " + "; ".join(report.problems))
    return 0


def _backup(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store import maintenance

    try:
        path = maintenance.backup(ctx.db, args.file)
    except FileExistsError as exc:
        raise CliError(f"{args.file} exists; choose a new file name") from exc
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror}") from exc
    print(f"backed up to {path}")
    return 0


def _expire(args: argparse.Namespace, ctx: Context) -> int:
    count = ctx.services.postings.expire_due()
    print(f"expired {count} posting(s)")
    return 0
