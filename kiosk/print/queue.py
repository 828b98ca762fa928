"""The persisted print queue: claim a job, render, submit, mark done; a job prints exactly once.

States: queued -> printing -> done; printing -> queued (printer unavailable, retried later with
backoff) or failed (the document cannot be rendered, the printer needs a person, or it stayed
unreachable for MAX_UNREACHABLE_TRIES tries: a ticket that comes out after its number was called
helps nobody, so staff see it failed, with the printer's reason, and retry it or pick a printer).

Exactly once. A job is marked `printing` in its own committed transaction before it is sent, and
`done` in the transaction right after the printer took it. We do not hold the SQLite write lock
while a spooler call runs (up to 30 s): that would freeze every other writer, the touchscreen
included. The cost is a window between "the printer took it" and "done is committed": a crash or
power cut there leaves the job in `printing`. Such a job is picked up again once it is stale, and
before sending it again we ask the printer whether a job with its title (which holds the job id)
already reached it: CUPS remembers finished jobs (Get-Jobs which-jobs=all) and the file backend
sees its file, so for them the window is closed. An ESC/POS printer keeps no history; there the
job is printed again, because one duplicate slip costs less than a worker leaving with none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

import pypdfium2 as pdfium
from reportlab.lib.units import mm

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, PrintState, utcnow
from kiosk.identity import DeviceIdentity
from kiosk.print.backends import (
    Printer,
    PrinterSpecError,
    PrinterUnavailable,
    PrintProblem,
    PrintRequest,
    printer_for,
)
from kiosk.print.content import prepare
from kiosk.print.documents import is_roll, render
from kiosk.print.labels import Labels, labels_for
from kiosk.print.routing import (
    MAX_UNREACHABLE_TRIES,
    PrinterRole,
    is_due,
    printers,
    role_of,
)
from kiosk.store import print_jobs, printer_choices
from kiosk.store.database import Database
from kiosk.store.tables import PrintJobRow

log = logging.getLogger(__name__)

# Problems that no wait mends: the job fails at once, so staff see it and choose a printer.
NEEDS_A_PERSON = frozenset(
    {
        PrintProblem.MISSING,
        PrintProblem.REJECTING,
        PrintProblem.CANNOT_WRITE,
        PrintProblem.BAD_PRINTER,
    }
)


def job_title(job_id: str) -> str:
    """The spooler job title: how a printer is asked later whether this job reached it."""
    return f"kiosk-{job_id}"


@dataclass(frozen=True, slots=True)
class JobView:
    """A print job as staff see it in the queue list."""

    id: str
    kind: DocumentKind
    document_id: str
    lang: str
    printer: str
    copies: int
    state: PrintState
    attempts: int
    error: str
    problem: PrintProblem | None
    reprint: bool
    created_at: datetime
    printed_at: datetime | None

    @classmethod
    def of(cls, row: PrintJobRow) -> JobView:
        return cls(
            id=row.id,
            kind=DocumentKind(row.kind),
            document_id=row.document_id,
            lang=row.lang,
            printer=row.printer,
            copies=row.copies,
            state=PrintState(row.state),
            attempts=row.attempts,
            error=row.error,
            problem=PrintProblem(row.problem) if row.problem else None,
            reprint=row.reprint,
            created_at=row.created_at,
            printed_at=row.printed_at,
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    job_id: str
    state: PrintState
    detail: str
    problem: PrintProblem | None = None


@dataclass(frozen=True, slots=True)
class _Claim:
    job: JobView
    recovering: bool


class PrintQueue:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        identity: DeviceIdentity,
        *,
        printers: Callable[[str], Printer] = printer_for,
        labels: Callable[[str], Labels] = labels_for,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.settings = settings
        self.identity = identity
        self._printers = printers
        self._labels = labels
        self._clock = clock

    # ------------------------------------------------------------ queue contents

    def printers(self) -> dict[PrinterRole, str]:
        """The printer each role prints on now: staff's choice at the desk, else kiosk.toml's;
        "" where neither names one."""
        with self.db.read() as session:
            return printers(session, self.settings)

    def choose_printer(self, role: PrinterRole, spec: str, *, actor: str) -> None:
        """From the next job on, `role` prints on `spec` ("" goes back to kiosk.toml's)."""
        if spec:
            printer_for(spec)  # a spec no backend knows is refused here, not at the next print
        with self.db.write() as session:
            printer_choices.choose(session, role.value, spec, actor=actor)

    def default_printer(self, kind: DocumentKind) -> str:
        """Where a job that names no printer goes; with none set, PDFs land in the print folder."""
        return self.printers()[role_of(kind)] or f"file:{self.settings.print_dir}"

    def enqueue(
        self,
        kind: DocumentKind,
        document_id: str,
        *,
        lang: str | None = None,
        printer: str = "",
        copies: int = 1,
        reprint: bool = False,
    ) -> str:
        with self.db.write() as session:
            row = print_jobs.enqueue(
                session,
                kind=kind,
                document_id=document_id,
                lang=lang or self.settings.language,
                printer=printer,
                copies=copies,
                reprint=reprint,
            )
            return row.id

    def job(self, job_id: str) -> JobView | None:
        with self.db.read() as session:
            row = session.get(PrintJobRow, job_id)
            return JobView.of(row) if row is not None else None

    def jobs(self, states: tuple[PrintState, ...] = ()) -> list[JobView]:
        with self.db.read() as session:
            return [JobView.of(r) for r in print_jobs.jobs(session, states=states)]

    def reprint(self, job_id: str) -> str:
        """A new job for the same document, printed with the REPRINT mark."""
        with self.db.write() as session:
            old = session.get(PrintJobRow, job_id)
            if old is None:
                raise KeyError(job_id)
            row = print_jobs.enqueue(
                session,
                kind=DocumentKind(old.kind),
                document_id=old.document_id,
                lang=old.lang,
                printer=old.printer,
                copies=old.copies,
                reprint=True,
            )
            return row.id

    def retry_failed(self) -> int:
        """Staff's "retry": failed jobs go back to the queue as new, due at once and with their
        full tries again; the last reason stays shown until they print. Returns how many."""
        with self.db.write() as session:
            failed = print_jobs.jobs(session, states=(PrintState.FAILED,))
            for row in failed:
                row.attempts = 0
                print_jobs.mark(
                    session, row, PrintState.QUEUED, error=row.error, problem=row.problem
                )
            return len(failed)

    def due(self) -> list[JobView]:
        """The jobs the next `process()` would print, oldest first (without forcing)."""
        now = self._clock()
        states = (PrintState.QUEUED, PrintState.FAILED, PrintState.PRINTING)
        with self.db.read() as session:
            rows = print_jobs.jobs(session, states=states)
            return [JobView.of(r) for r in rows if is_due(r, now, force=False)[0]]

    # ------------------------------------------------------------ processing

    def process(
        self, limit: int | None = None, *, force: bool = False, only: Collection[str] = ()
    ) -> list[Outcome]:
        """Print due jobs one at a time (at most `limit`); `force` ignores retry backoff."""
        outcomes: list[Outcome] = []
        skip: set[str] = set()
        while limit is None or len(outcomes) < limit:
            claim = self._claim(force=force, only=only, skip=skip)
            if claim is None:
                break
            skip.add(claim.job.id)
            outcomes.append(self._run(claim))
        return outcomes

    def _claim(self, *, force: bool, only: Collection[str], skip: set[str]) -> _Claim | None:
        now = self._clock()
        states = (PrintState.QUEUED, PrintState.FAILED, PrintState.PRINTING)
        # IMMEDIATE transaction: two processes (kiosk app and CLI) never claim the same job.
        with self.db.write() as session:
            for row in print_jobs.jobs(session, states=states):
                if row.id in skip or (only and row.id not in only):
                    continue
                due, recovering = is_due(row, now, force)
                if not due:
                    continue
                row.attempts += 1
                print_jobs.mark(
                    session, row, PrintState.PRINTING, error=row.error, problem=row.problem
                )
                row.updated_at = now
                return _Claim(JobView.of(row), recovering)
        return None

    def _finish(
        self,
        job_id: str,
        state: PrintState,
        error: str = "",
        problem: PrintProblem | None = None,
    ) -> Outcome:
        with self.db.write() as session:
            row = session.get(PrintJobRow, job_id)
            # Only the claimant moves a job out of `printing`; never touch a finished job.
            if row is not None and row.state == PrintState.PRINTING.value:
                code = problem.value if problem else ""
                print_jobs.mark(session, row, state, error=error, problem=code)
                row.updated_at = self._clock()
        return Outcome(job_id, state, error, problem)

    def _run(self, claim: _Claim) -> Outcome:
        job = claim.job
        spec = job.printer or self.default_printer(job.kind)
        try:
            printer = self._printers(spec)
        except PrinterSpecError as exc:
            return self._finish(job.id, PrintState.FAILED, str(exc), PrintProblem.BAD_PRINTER)
        title = job_title(job.id)
        if claim.recovering and printer.already_submitted(title):
            log.info("print job %s had reached %s before a crash; not sent again", job.id, spec)
            return self._finish(job.id, PrintState.DONE)
        try:
            request = self._render(job, title)
        except Exception as exc:  # any render or data error fails this job, never the queue
            log.exception("print job %s cannot be rendered", job.id)
            return self._finish(
                job.id, PrintState.FAILED, f"{type(exc).__name__}: {exc}", PrintProblem.DOCUMENT
            )
        try:
            receipt = printer.submit(request)
        except PrinterUnavailable as exc:
            gave_up = exc.problem in NEEDS_A_PERSON or job.attempts >= MAX_UNREACHABLE_TRIES
            state = PrintState.FAILED if gave_up else PrintState.QUEUED
            return self._finish(job.id, state, str(exc), exc.problem)
        log.info("print job %s sent to %s (%s)", job.id, spec, receipt)
        return self._finish(job.id, PrintState.DONE)

    def _render(self, job: JobView, title: str) -> PrintRequest:
        labels = self._labels(job.lang)
        prepared = prepare(
            self.db,
            self.settings,
            self.identity,
            job.kind,
            job.document_id,
            labels,
            reprint=job.reprint,
            now=self._clock(),
        )
        pdf = render(prepared.document, labels)
        width_pt, height_pt = _page_size(pdf)
        return PrintRequest(
            pdf=pdf,
            title=title,
            width_mm=width_pt / mm,
            height_mm=height_pt / mm,
            roll=is_roll(prepared.document),
            copies=max(1, job.copies),
        )


def _page_size(pdf: bytes) -> tuple[float, float]:
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
        return float(width), float(height)
    finally:
        document.close()


def for_staff(jobs: list[JobView]) -> list[JobView]:
    """Failed jobs first (newest first: the one just issued is the one asked about), then
    those still waiting, then what printed, newest first."""
    rank = {PrintState.FAILED: 0, PrintState.PRINTING: 1, PrintState.QUEUED: 1, PrintState.DONE: 2}
    newest_first = sorted(jobs, key=lambda j: (j.created_at, j.id), reverse=True)
    return sorted(newest_first, key=lambda j: rank[j.state])
