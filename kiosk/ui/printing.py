"""Prints queued documents on the io lane: the worker kiosk's just-issued slip, and in staff mode
every document as it is issued; reports back plainly."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.model import DocumentKind, PrintState
from kiosk.ui.tasks import LaneName, TaskRunner

if TYPE_CHECKING:
    from kiosk.print.worker import JobResult

log = logging.getLogger(__name__)

# Desk printing's task slots; its own finished jobs do not start another round.
SLOT = "desk_print."
# How often desk printing looks for due jobs without being poked: retries of a printer that
# was away (backoff 5, 10, 20 s ...) and jobs queued by another process (the command line).
POLL_MS = 5000
WARM_DELAY_MS = 3000

# Prints one queued job by id; True when the paper came out. Built by kiosk.app from kiosk.print.
PrintProcessor = Callable[[str], bool]


class SlipDispatcher(QObject):
    """The services queue a slip in the same transaction as the change; this only prints it.

    A failure leaves the job queued (staff reprint it at the desk), so the worker is told where
    to collect the slip and nothing is lost.
    """

    def __init__(
        self, runner: TaskRunner, processor: PrintProcessor | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._processor = processor

    def set_processor(self, processor: PrintProcessor | None) -> None:
        """Attach the printer once the services exist (after the first frame)."""
        self._processor = processor

    @property
    def has_printer(self) -> bool:
        return self._processor is not None

    def dispatch(self, job_id: str | None, on_result: Callable[[bool], None]) -> None:
        """Print `job_id` in the background; `on_result(printed)` runs on the UI thread."""
        processor = self._processor
        if processor is None or job_id is None:
            on_result(False)
            return

        def on_error(error: BaseException) -> None:
            log.warning("slip %s did not print: %s", job_id, error)
            on_result(False)

        self._runner.submit(
            LaneName.IO, f"slip.{job_id}", lambda: processor(job_id), on_result, on_error
        )


class DeskPrinter(Protocol):
    """What desk printing needs of the printing process (kiosk.print.worker.PrintWorker)."""

    def run(self, job_id: str) -> JobResult: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class PrintNews:
    """One document's printing as staff see it: started (state PRINTING) or settled."""

    job_id: str
    kind: DocumentKind
    state: PrintState
    detail: str = ""
    problem: str = ""


class DeskPrinting(QObject):
    """Staff mode prints what it issues by itself, as the worker kiosk does its slips.

    The services queue a document in the transaction that issues it (a ticket at check-in, a
    record when it is frozen, a referral slip), without telling the screen its job. So after
    every finished database job, and every few seconds for the queue's retry backoff, this
    looks up the jobs due (`find_due`, on the db lane) and has the printing process print them
    one by one on the io lane, telling the screen as each starts and settles.
    """

    sig_news = Signal(object)  # PrintNews, on the UI thread

    def __init__(
        self,
        runner: TaskRunner,
        find_due: Callable[[], list[tuple[str, DocumentKind]]],
        make_printer: Callable[[], DeskPrinter],
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._find_due = find_due
        self._make_printer = make_printer
        self._printer: DeskPrinter | None = None
        self._printer_lock = threading.Lock()
        self._on = False
        self._busy = False
        self._again = False
        self._todo: deque[tuple[str, DocumentKind]] = deque()
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.poke)
        runner.sig_job_finished.connect(self._on_runner_job_finished)

    @property
    def running(self) -> bool:
        return self._on

    def start(self, *, warm: bool = False) -> None:
        """Print what is due from now on; `warm` starts the printing process soon, so the
        first document does not wait for it to load its renderer and font."""
        self._on = True
        self._timer.start()
        if warm:
            # Not at once: a process loading reportlab beside sign-in's menu and the first
            # tool the person opens on a 2-core desk PC makes them noticeably slower.
            QTimer.singleShot(WARM_DELAY_MS, self, self._on_warm_timeout)
        self.poke()

    def _on_warm_timeout(self) -> None:
        if self._on:
            self._runner.submit(LaneName.IO, f"{SLOT}warm", self._ensure)

    def stop(self) -> None:
        """No more printing; the printing process ends (off the UI thread: it may be busy)."""
        self._on = False
        self._timer.stop()
        self._todo.clear()
        with self._printer_lock:
            printer, self._printer = self._printer, None
        if printer is not None:
            self._runner.submit(LaneName.IO, f"{SLOT}close", printer.close)

    def poke(self) -> None:
        """Print whatever is due now; a poke during a round starts another after it."""
        if not self._on:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._runner.submit(
            LaneName.DB, f"{SLOT}due", self._find_due, self._on_due, self._on_failed
        )

    def _ensure(self) -> DeskPrinter:
        # Built on the io lane at the first round: starting the process loads a CJK font.
        with self._printer_lock:
            if not self._on:  # stopped meanwhile: start no process that nobody would end
                raise RuntimeError("desk printing has stopped")
            if self._printer is None:
                self._printer = self._make_printer()
            return self._printer

    def _on_due(self, due: list[tuple[str, DocumentKind]]) -> None:
        self._todo.extend(due)
        self._next()

    def _next(self) -> None:
        if not self._on or not self._todo:
            self._todo.clear()
            self._busy = False
            if self._again:
                self._again = False
                self.poke()
            return
        job_id, kind = self._todo.popleft()
        self.sig_news.emit(PrintNews(job_id, kind, PrintState.PRINTING))

        def settled(result: JobResult) -> None:
            self.sig_news.emit(PrintNews(job_id, kind, result.state, result.detail, result.problem))
            self._next()

        self._runner.submit(
            LaneName.IO,
            f"{SLOT}job.{job_id}",
            lambda: self._ensure().run(job_id),
            settled,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        log.warning("desk printing stopped a round: %s", error)
        self._todo.clear()
        self._busy = False

    def _on_runner_job_finished(self, slot: str) -> None:
        if not slot.startswith(SLOT):
            self.poke()
