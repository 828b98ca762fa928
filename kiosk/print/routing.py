"""Which printer a job goes to and when it is due: light (no renderer), so a screen can ask."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Session

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, PrintState
from kiosk.print.backends import PrintProblem
from kiosk.store import print_jobs, printer_choices
from kiosk.store.database import Database
from kiosk.store.tables import PrintJobRow

# A job still `printing` after this long was abandoned by a crash: no submit takes longer.
STALE_AFTER = timedelta(seconds=120)
# Failed renders are retried this often on their own (a font installed, a record synced later);
# a job failed by its printer waits for staff ("retry failed", or another printer).
MAX_AUTO_ATTEMPTS = 3
BACKOFF_CAP = timedelta(minutes=5)
# An unreachable printer is tried this often (at 0, 5, 15 and 35 s) before its job is failed.
MAX_UNREACHABLE_TRIES = 4

A4_KINDS = frozenset(
    {DocumentKind.NEGOTIATION_RECORD, DocumentKind.POSTING_POSTER, DocumentKind.SESSION_SUMMARY}
)
TICKET_KINDS = frozenset({DocumentKind.QUEUE_TICKET})


class PrinterRole(StrEnum):
    """Which printer a document goes to when its job names none."""

    SLIP = "slip"
    RECORD = "record"
    TICKET = "ticket"


def role_of(kind: DocumentKind) -> PrinterRole:
    if kind in A4_KINDS:
        return PrinterRole.RECORD
    if kind in TICKET_KINDS:
        return PrinterRole.TICKET
    return PrinterRole.SLIP


def configured_printer(settings: Settings, role: PrinterRole) -> str:
    """Records and posters go to the A4 printer, tickets to the ticket printer, the rest to the
    slip printer, as kiosk.toml says; "" when it names none."""
    return {
        PrinterRole.RECORD: settings.record_printer,
        PrinterRole.TICKET: settings.ticket_printer or settings.slip_printer,
        PrinterRole.SLIP: settings.slip_printer,
    }[role]


def printers(session: Session, settings: Settings) -> dict[PrinterRole, str]:
    """The printer each role prints on now, "" for none: staff's choice, else kiosk.toml's."""
    chosen = printer_choices.chosen(session)
    return {r: chosen.get(r.value) or configured_printer(settings, r) for r in PrinterRole}


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s ... up to 5 min between tries of an unavailable printer."""
    return min(BACKOFF_CAP, timedelta(seconds=5 * 2 ** max(0, attempts - 1)))


def is_due(row: PrintJobRow, now: datetime, force: bool) -> tuple[bool, bool]:
    """(due, recovering) for one job."""
    state = PrintState(row.state)
    waited = now - row.updated_at
    if state is PrintState.PRINTING:
        return waited >= STALE_AFTER, True
    if state is PrintState.FAILED and not force:
        by_printer = row.problem not in ("", PrintProblem.DOCUMENT.value)
        if by_printer or row.attempts >= MAX_AUTO_ATTEMPTS:
            return False, False
    return force or row.attempts == 0 or waited >= backoff(row.attempts), False


def due_with_printer(
    db: Database, settings: Settings, now: datetime
) -> list[tuple[str, DocumentKind]]:
    """(id, kind) of the jobs due now that have a printer to go to, oldest first.

    A job for a role nobody set a printer for waits in the queue, as on the worker kiosk,
    until staff choose one (or print it) at the desk."""
    states = (PrintState.QUEUED, PrintState.FAILED, PrintState.PRINTING)
    with db.read() as session:
        roles = printers(session, settings)
        return [
            (row.id, DocumentKind(row.kind))
            for row in print_jobs.jobs(session, states=states)
            if (row.printer or roles[role_of(DocumentKind(row.kind))])
            and is_due(row, now, force=False)[0]
        ]
