"""Data commands: seed, search, posting add, import postings, export postings."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.context import CliError, Context
from kiosk.cli.messages import describe
from kiosk.domain.catalogue import occupation_name
from kiosk.domain.errors import DomainError
from kiosk.domain.model import PayUnit, Settlement, SortOrder
from kiosk.domain.validation import mask_phone

if TYPE_CHECKING:
    from kiosk.services.postings import PostingCard

UNIT_ZH = {"hour": "元/小时", "day": "元/天", "piece": "元/件"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seed = sub.add_parser("seed", help="add realistic demo data (never synced)")
    seed.add_argument("--postings", type=int, default=400)
    seed.add_argument("--workers", type=int, default=60)
    seed.add_argument("--seed", type=int, default=1)
    seed.set_defaults(handler=_seed)

    search = sub.add_parser("search", help="search open postings")
    search.add_argument("query", nargs="?", default="")
    search.add_argument("--category", help="occupation code (GB/T 6565)")
    search.add_argument("--district")
    search.add_argument("--pay-unit", choices=[u.value for u in PayUnit])
    search.add_argument("--settlement", choices=[s.value for s in Settlement])
    search.add_argument("--date", help="postings that run on this day (YYYY-MM-DD)")
    search.add_argument("--sort", choices=[s.value for s in SortOrder], default="newest")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="one JSON array of postings")
    search.set_defaults(handler=_search)

    posting = sub.add_parser("posting", help="postings")
    posting_sub = posting.add_subparsers(dest="posting_command", required=True)
    add = posting_sub.add_parser(
        "add", help="add a posting from JSON (the shape search --json prints)"
    )
    add.add_argument("--from-json", required=True, metavar="FILE", help="file, or - for stdin")
    add.set_defaults(handler=_posting_add)

    imp = sub.add_parser("import", help="import data")
    imp_sub = imp.add_subparsers(dest="import_command", required=True)
    imp_postings = imp_sub.add_parser("postings", help="postings from CSV (all rows or none)")
    imp_postings.add_argument("file", type=Path)
    imp_postings.set_defaults(handler=_import_postings)

    exp = sub.add_parser("export", help="export data")
    exp_sub = exp.add_subparsers(dest="export_command", required=True)
    exp_postings = exp_sub.add_parser("postings", help="open postings as JSON-LD or CSV")
    exp_postings.add_argument("--format", choices=["jsonld", "csv"], default="jsonld")
    exp_postings.add_argument("--limit", type=int, default=10000)
    exp_postings.add_argument("--output", "-o", type=Path, help="file (default: stdout)")
    exp_postings.set_defaults(handler=_export_postings)


def _seed(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.services.seed import seed

    if args.postings < 0 or args.workers < 0:
        raise CliError("--postings and --workers must be 0 or more")
    counts = seed(ctx.services, postings=args.postings, workers=args.workers, seed=args.seed)
    print(
        f"seeded {counts.postings} postings, {counts.employers} employers, "
        f"{counts.workers} workers, {counts.courses} courses into {ctx.settings.database_path}"
    )
    return 0


def _parse_date(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise CliError(f"--date: {raw!r} is not a date (YYYY-MM-DD)") from exc


def _search(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.services.exchange import card_to_json
    from kiosk.store.search import SearchQuery

    if not 1 <= args.limit <= 1000:
        raise CliError("--limit must be between 1 and 1000")
    query = SearchQuery(
        text=args.query,
        occupation_code=args.category,
        district=args.district,
        pay_unit=args.pay_unit,
        settlement=args.settlement,
        on_date=_parse_date(args.date),
        sort=SortOrder(args.sort),
        limit=args.limit,
    )
    cards = ctx.services.postings.search(query)
    if args.json:
        json.dump([card_to_json(c) for c in cards], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for card in cards:
        print(_line(card))
    if not cards:
        print("no open postings match", file=sys.stderr)
    return 0


def _line(card: PostingCard) -> str:
    p = card.posting
    verified = "✓" if card.employer_verified else " "
    when = p.start_date.isoformat() + ("" if p.end_date == p.start_date else f"~{p.end_date}")
    return (
        f"{p.id[:8]}  {p.pay_amount:>7} {UNIT_ZH[p.pay_unit.value]:<5} {p.title}  "
        f"[{occupation_name(p.occupation_code)}] {p.district} {when} "
        f"余{p.headcount_left}人 {verified}{card.employer_name} {mask_phone(p.contact_phone)}"
    )


def _read_json(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        # Binary, UTF-16 or latin-1 files: JSON is UTF-8 (RFC 8259).
        raise CliError(f"{source}: not UTF-8 text (byte {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{source}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise CliError(f"{source}: JSON nested too deeply") from exc
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        raise CliError(f"{source}: not valid JSON (a number with too many digits)") from exc


def _posting_add(args: argparse.Namespace, ctx: Context) -> int:
    data = _read_json(args.from_json)
    if isinstance(data, list) and len(data) == 1:
        data = data[0]  # a single result straight from `kiosk search --json`
    if not isinstance(data, dict):
        raise CliError(f"{args.from_json}: expected one posting as a JSON object")
    try:
        posting = ctx.services.exchange.add_from_json(data)
    except DomainError as exc:
        raise CliError(f"posting not added: {describe(exc)}") from exc
    print(f"{posting.id} {posting.status.value}")
    for flag in posting.flags:
        print(f"  held for review: {flag.code} ({flag.field}): {flag.detail}")
    return 0


def _import_postings(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.services.exchange import ImportFailed

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.file}: not UTF-8 text") from exc
    try:
        postings = ctx.services.exchange.import_csv(text)
    except ImportFailed as exc:
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {args.file}") from exc
    held = sum(1 for p in postings if p.flags)
    print(f"imported {len(postings)} postings ({held} held for review)")
    return 0


def _export_postings(args: argparse.Namespace, ctx: Context) -> int:
    from kiosk.store.search import SearchQuery

    cards = ctx.services.postings.search(SearchQuery(limit=args.limit))
    if args.format == "jsonld":
        text = json.dumps(ctx.services.exchange.export_jsonld(cards), ensure_ascii=False, indent=2)
    else:
        text = ctx.services.exchange.export_csv(cards)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {len(cards)} postings to {args.output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
