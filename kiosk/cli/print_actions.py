"""What `kiosk print ...`, `kiosk printers` and `kiosk verify` do (loaded on use)."""

from __future__ import annotations

import argparse

from sqlmodel import select

from kiosk.cli.context import CliError, Context
from kiosk.domain.model import DocumentKind, PrintState
from kiosk.identity import DeviceIdentity, IdentityError
from kiosk.print.backends import PrinterSpecError, printer_for
from kiosk.print.backends.cups import available_system_printers
from kiosk.print.content import DocumentNotFound, load_source
from kiosk.print.labels import labels_for
from kiosk.print.queue import PrintQueue
from kiosk.print.verify import ensure_own_key, verify_token
from kiosk.store.tables import ApplicationRow


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


def print_slip(args: argparse.Namespace, ctx: Context) -> int:
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


def print_record(args: argparse.Namespace, ctx: Context) -> int:
    kind = DocumentKind.NEGOTIATION_COPY if args.worker_copy else DocumentKind.NEGOTIATION_RECORD
    return _submit(args, ctx, kind, args.negotiation)


def print_poster(args: argparse.Namespace, ctx: Context) -> int:
    return _submit(args, ctx, DocumentKind.POSTING_POSTER, args.posting)


def print_simple(args: argparse.Namespace, ctx: Context) -> int:
    kind: DocumentKind = args.kind
    return _submit(args, ctx, kind, args.document_id)


def list_queue(args: argparse.Namespace, ctx: Context) -> int:
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


def retry(args: argparse.Namespace, ctx: Context) -> int:
    queue = _queue(ctx)
    requeued = queue.retry_failed()
    outcomes = queue.process(force=True)
    printed = sum(o.state is PrintState.DONE for o in outcomes)
    waiting = [o for o in outcomes if o.state is not PrintState.DONE]
    print(f"requeued {requeued} failed; printed {printed}; still waiting {len(waiting)}")
    for o in waiting:
        print(f"  {o.job_id}: {o.state.value}: {o.detail}")
    return 0 if not waiting else 1


def reprint(args: argparse.Namespace, ctx: Context) -> int:
    queue = _queue(ctx)
    try:
        job_id = queue.reprint(args.job_id)
    except KeyError as exc:
        raise CliError(f"no print job {args.job_id}") from exc
    outcome = next(iter(queue.process(only=[job_id], force=True)), None)
    state = outcome.state.value if outcome else "queued"
    print(f"reprint job {job_id}: {state}")
    return 0 if outcome and outcome.state is PrintState.DONE else 1


def printers(args: argparse.Namespace, ctx: Context) -> int:
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


def verify(args: argparse.Namespace, ctx: Context) -> int:
    # Make sure this kiosk knows its own key, so it can vouch for its own prints.
    _queue(ctx)
    result = verify_token(ctx.db, ctx.settings, args.token)
    print(f"{result.verdict.value.upper()}: {result.summary}")
    return 0 if result.valid else 1
