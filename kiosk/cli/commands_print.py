"""`kiosk print ...`, `kiosk printers` and `kiosk verify`: documents through the print queue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from kiosk.cli.context import CliError, Context
from kiosk.domain.model import DocumentKind, PrintState
from kiosk.identity import DeviceIdentity, IdentityError
from kiosk.print.backends import PrinterSpecError, printer_for
from kiosk.print.backends.cups import available_system_printers
from kiosk.print.content import DocumentNotFound, load_source
from kiosk.print.labels import LANGUAGES, labels_for
from kiosk.print.queue import PrintQueue
from kiosk.print.verify import ensure_own_key, verify_token
from kiosk.store.tables import ApplicationRow

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Sub) -> None:
    pr = sub.add_parser("print", help="print documents, list and retry the print queue")
    pr_sub = pr.add_subparsers(dest="print_command", required=True, metavar="WHAT")

    slip = _document_parser(pr_sub, "slip", "job slip (with --worker: referral slip)")
    slip.add_argument("--posting", required=True, metavar="ID")
    slip.add_argument("--worker", metavar="ID", help="print a referral slip for this worker")
    slip.set_defaults(handler=_print_slip)

    record = _document_parser(pr_sub, "record", "negotiation record (A4 archive copy)")
    record.add_argument("--negotiation", required=True, metavar="ID")
    record.add_argument("--worker-copy", action="store_true", help="the worker's 80 mm copy")
    record.set_defaults(handler=_print_record)

    poster = _document_parser(pr_sub, "poster", "A4 posting poster with a QR to its public page")
    poster.add_argument("--posting", required=True, metavar="ID")
    poster.set_defaults(handler=_print_poster)

    for name, flag, kind, what in (
        ("ticket", "--check-in", DocumentKind.QUEUE_TICKET, "queue ticket"),
        ("card", "--worker", DocumentKind.WORKER_CARD, "worker card"),
        ("training", "--enrollment", DocumentKind.TRAINING_CONFIRMATION, "training sign-up"),
        ("complaint", "--complaint", DocumentKind.COMPLAINT_RECEIPT, "complaint receipt"),
    ):
        p = _document_parser(pr_sub, name, what)
        p.add_argument(flag, required=True, metavar="ID", dest="document_id")
        p.set_defaults(handler=_print_simple, kind=kind)

    queue = pr_sub.add_parser("queue", help="list print jobs")
    queue.add_argument("--state", choices=[s.value for s in PrintState], help="only this state")
    queue.set_defaults(handler=_list_queue)
    pr_sub.add_parser("retry", help="retry failed and waiting jobs now").set_defaults(
        handler=_retry
    )
    reprint = pr_sub.add_parser("reprint", help="print a job's document again, marked REPRINT")
    reprint.add_argument("job_id", metavar="JOB_ID")
    reprint.set_defaults(handler=_reprint)

    sub.add_parser("printers", help="configured printers and what the system offers").set_defaults(
        handler=_printers
    )
    verify = sub.add_parser("verify", help="check a printed document's QR token offline")
    verify.add_argument("token", metavar="TOKEN_OR_URL")
    verify.set_defaults(handler=_verify)


def _document_parser(pr_sub: Sub, name: str, help_text: str) -> argparse.ArgumentParser:
    p = pr_sub.add_parser(name, help=help_text)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--printer", metavar="SPEC", help="cups:QUEUE, escpos-net:HOST, file:DIR")
    target.add_argument("--to", metavar="FILE.pdf", type=Path, help="save the PDF to this file")
    p.add_argument("--lang", choices=sorted(LANGUAGES), help="document language")
    p.add_argument("--copies", type=int, default=1)
    return p


def _queue(ctx: Context) -> PrintQueue:
    settings = ctx.settings
    try:
        identity = DeviceIdentity.load_or_create(settings, ctx.services.ctx.device_id)
    except IdentityError as exc:
        raise CliError(str(exc)) from exc
    ensure_own_key(ctx.db, identity, settings.venue_id)
    return PrintQueue(ctx.db, settings, identity)


def _printer_spec(args: argparse.Namespace) -> str:
    if args.to is not None:
        if args.to.suffix.lower() != ".pdf":
            raise CliError(f"--to wants a .pdf file name, not {args.to}")
        return f"file:{args.to.expanduser().resolve()}"
    spec: str = args.printer or ""
    if spec:
        try:
            printer_for(spec)
        except PrinterSpecError as exc:
            raise CliError(str(exc)) from exc
    return spec


def _submit(args: argparse.Namespace, ctx: Context, kind: DocumentKind, document_id: str) -> int:
    if args.copies < 1:
        raise CliError("--copies must be at least 1")
    spec = _printer_spec(args)
    lang = args.lang or ctx.settings.language
    with ctx.db.read() as session:
        try:
            src = load_source(session, ctx.settings, kind, document_id, labels_for(lang))
        except DocumentNotFound as exc:
            raise CliError(str(exc)) from exc
    queue = _queue(ctx)
    job_id = queue.enqueue(kind, document_id, lang=lang, printer=spec, copies=args.copies)
    outcomes = queue.process(only=[job_id], force=True)
    outcome = outcomes[0] if outcomes else None
    target = spec or queue.default_printer(kind)
    if outcome is not None and outcome.state is PrintState.DONE:
        print(f"printed {kind.value} {src.reference} on {target} (job {job_id})")
        return 0
    if outcome is not None and outcome.state is PrintState.FAILED:
        raise CliError(f"cannot print {kind.value} {src.reference}: {outcome.detail}")
    detail = outcome.detail if outcome else "the job is being printed by another process"
    raise CliError(
        f"printer unavailable ({detail}); job {job_id} stays queued: `kiosk print retry` later"
    )


def _print_slip(args: argparse.Namespace, ctx: Context) -> int:
    if not args.worker:
        return _submit(args, ctx, DocumentKind.JOB_SLIP, args.posting)
    with ctx.db.read() as session:
        app = session.exec(
            select(ApplicationRow).where(
                ApplicationRow.worker_id == args.worker, ApplicationRow.posting_id == args.posting
            )
        ).first()
    if app is None:
        raise CliError(
            f"worker {args.worker} has not applied for posting {args.posting}; "
            "record the application first"
        )
    return _submit(args, ctx, DocumentKind.REFERRAL_SLIP, app.id)


def _print_record(args: argparse.Namespace, ctx: Context) -> int:
    kind = DocumentKind.NEGOTIATION_COPY if args.worker_copy else DocumentKind.NEGOTIATION_RECORD
    return _submit(args, ctx, kind, args.negotiation)


def _print_poster(args: argparse.Namespace, ctx: Context) -> int:
    return _submit(args, ctx, DocumentKind.POSTING_POSTER, args.posting)


def _print_simple(args: argparse.Namespace, ctx: Context) -> int:
    kind: DocumentKind = args.kind
    return _submit(args, ctx, kind, args.document_id)


def _list_queue(args: argparse.Namespace, ctx: Context) -> int:
    states = (PrintState(args.state),) if args.state else ()
    jobs = _queue(ctx).jobs(states)
    if not jobs:
        print("no print jobs")
        return 0
    for job in jobs:
        mark = " REPRINT" if job.reprint else ""
        error = f"  ({job.error})" if job.error and job.state is not PrintState.DONE else ""
        print(
            f"{job.id}  {job.state.value:<8} {job.kind.value:<22} tries={job.attempts} "
            f"{job.printer or '(default)'}{mark}{error}"
        )
    return 0


def _retry(args: argparse.Namespace, ctx: Context) -> int:
    queue = _queue(ctx)
    requeued = queue.retry_failed()
    outcomes = queue.process(force=True)
    printed = sum(o.state is PrintState.DONE for o in outcomes)
    waiting = [o for o in outcomes if o.state is not PrintState.DONE]
    print(f"requeued {requeued} failed; printed {printed}; still waiting {len(waiting)}")
    for o in waiting:
        print(f"  {o.job_id}: {o.state.value}: {o.detail}")
    return 0 if not waiting else 1


def _reprint(args: argparse.Namespace, ctx: Context) -> int:
    queue = _queue(ctx)
    try:
        job_id = queue.reprint(args.job_id)
    except KeyError as exc:
        raise CliError(f"no print job {args.job_id}") from exc
    outcome = next(iter(queue.process(only=[job_id], force=True)), None)
    state = outcome.state.value if outcome else "queued"
    print(f"reprint job {job_id}: {state}")
    return 0 if outcome and outcome.state is PrintState.DONE else 1


def _printers(args: argparse.Namespace, ctx: Context) -> int:
    s = ctx.settings
    print("configured:")
    for role, spec in (
        ("slip", s.slip_printer),
        ("record", s.record_printer),
        ("ticket", s.ticket_printer),
    ):
        print(f"  {role:<7} {spec or f'(not set: PDFs go to {s.print_dir})'}")
    system = available_system_printers()
    print("system (CUPS):" if system else "system (CUPS): none found")
    for p in system:
        print(f"  cups:{p.name:<20} {p.state.value:<10} {p.detail}")
    return 0


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    # Make sure this kiosk knows its own key, so it can vouch for its own prints.
    _queue(ctx)
    result = verify_token(ctx.db, ctx.settings, args.token)
    print(f"{result.verdict.value.upper()}: {result.summary}")
    return 0 if result.valid else 1
