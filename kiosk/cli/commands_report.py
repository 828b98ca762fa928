"""`kiosk report month --month YYYY-MM [--format csv|pdf] [--lang zh_CN|en] [--to FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.context import CliError, Context
from kiosk.domain.monthly_report import REPORT_LANGUAGES, MonthInvalid, month_bounds, to_csv


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="reports a venue sends upward")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    month = report_sub.add_parser("month", help="the monthly report (CSV to stdout by default)")
    month.add_argument("--month", required=True, metavar="YYYY-MM")
    month.add_argument("--format", choices=("csv", "pdf"), default="csv")
    month.add_argument(
        "--lang", choices=REPORT_LANGUAGES, help="the report's language (default: the kiosk's)"
    )
    month.add_argument("--to", type=Path, metavar="FILE", help="write here instead of stdout")
    month.set_defaults(handler=_month)


def _month(args: argparse.Namespace, ctx: Context) -> int:
    try:
        start, end = month_bounds(args.month)
    except MonthInvalid as exc:
        raise CliError(str(exc)) from exc  # before the database is opened: nothing to wait for
    if args.format == "pdf" and args.to is None:
        raise CliError("a PDF needs a file: add --to FILE")
    lang = args.lang or ctx.settings.language
    report = ctx.services.reports.monthly(start, end)
    if args.format == "pdf":
        from kiosk.print.report_pdf import render_monthly_report

        data = render_monthly_report(report, lang)
    else:
        text = to_csv(report, lang)
        if args.to is None:
            sys.stdout.write(text)
            return 0
        # A BOM, so a spreadsheet opened by double-click reads the Chinese right.
        data = text.encode("utf-8-sig")
    try:
        args.to.write_bytes(data)
    except OSError as exc:
        raise CliError(f"cannot write {args.to}: {exc.strerror}") from exc
    print(f"wrote {args.to}")
    return 0
