"""Asks the print queue to print a just-queued slip on the io lane, and reports back plainly."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.ui.tasks import LaneName, TaskRunner

log = logging.getLogger(__name__)

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
