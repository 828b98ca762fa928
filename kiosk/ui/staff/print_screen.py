"""The print queue: queued and failed jobs, retry, reprint (marked), and which printer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QSizePolicy

from kiosk.domain.model import PrintState
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list, row
from kiosk.ui.widgets import button

if TYPE_CHECKING:
    from kiosk.print.queue import JobView, Outcome, PrintQueue
    from kiosk.services.container import Services


def make_queue(services: Services) -> PrintQueue:
    """The print queue over the kiosk's database and device key (imported late: reportlab)."""
    from kiosk.identity import DeviceIdentity
    from kiosk.print.queue import PrintQueue

    identity = DeviceIdentity.load_or_create(services.settings, services.ctx.device_id)
    return PrintQueue(services.db, services.settings, identity)


class PrintScreen(StaffPage):
    """What is waiting to print or failed, newest first."""

    name = "staff.print"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._queue: PrintQueue | None = None
        self.jobs: list[JobView] = []
        self.list = item_list()
        self.printer = QComboBox()
        self.printer.setMinimumWidth(320)
        # A printer's name takes the room left on the line, so it is not cut short.
        self.printer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retry_button = button()
        self.reprint_button = button()
        self.print_button = button(role="primary")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(
            row(
                self.printer,
                self.print_button,
                self.retry_button,
                self.reprint_button,
                stretch_last=True,
            )
        )
        self.body.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Print queue"))
        self.retry_button.setText(self.tr("Retry failed jobs"))
        self.reprint_button.setText(self.tr("Reprint the chosen job"))
        self.print_button.setText(self.tr("Print waiting jobs now"))
        self._fill_printers()
        self._fill()

    def title(self) -> str:
        return self.tr("Print queue")

    def queue(self) -> PrintQueue:
        if self._queue is None:
            self._queue = make_queue(self.services)
        return self._queue

    def enter(self, arg: Any = None) -> None:
        self._fill_printers()
        self.reload()

    def reload(self) -> None:
        self.submit("load", lambda: self.queue().jobs(), self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.jobs = []
        self._fill()

    def _fill_printers(self) -> None:
        s = self.deps.settings
        current = self.printer.currentData()
        self.printer.clear()
        self.printer.addItem(self.tr("Each document's usual printer"), "")
        for spec in dict.fromkeys(
            x for x in (s.slip_printer, s.record_printer, s.ticket_printer) if x
        ):
            self.printer.addItem(spec, spec)
        self.printer.addItem(self.tr("Save as PDF files"), f"file:{s.print_dir}")
        self.printer.setCurrentIndex(max(0, self.printer.findData(current)))

    def _on_loaded(self, jobs: list[JobView]) -> None:
        self.jobs = jobs
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for j in self.jobs:
            mark = self.tr(" (reprint)") if j.reprint else ""
            text = (
                f"{words.time_text(j.created_at)} · {words.document_text(j.kind)}{mark} · "
                f"{words.print_state_text(j.state)}"
            )
            if j.state is PrintState.FAILED and j.error:
                text += f" · {j.error[:60]}"
            self.list.addItem(text)

    def _on_retry_clicked(self) -> None:
        self.submit("retry", lambda: self.queue().retry_failed(), self._on_retried)

    def _on_retried(self, count: int) -> None:
        self.say(self.tr("{n} failed jobs are queued again.").format(n=count))
        self.reload()

    def _on_reprint_clicked(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.jobs):
            self.say(self.tr("Choose a job first."), "error")
            return
        job_id = self.jobs[index].id
        printer = str(self.printer.currentData() or "")

        def reprint() -> str:
            if not printer:
                return self.queue().reprint(job_id)
            old = self.jobs[index]
            return self.queue().enqueue(
                old.kind,
                old.document_id,
                lang=old.lang,
                printer=printer,
                copies=old.copies,
                reprint=True,
            )

        self.submit("reprint", reprint, lambda _id: self._on_reprinted())

    def _on_reprinted(self) -> None:
        self.say(self.tr("Reprint queued; it is marked as a reprint."))
        self.reload()

    def _on_print_clicked(self) -> None:
        self.submit("process", lambda: self.queue().process(force=True), self._on_processed)

    def _on_processed(self, outcomes: list[Outcome]) -> None:
        done = sum(1 for o in outcomes if o.state is PrintState.DONE)
        self.say(self.tr("{done} of {n} jobs printed.").format(done=done, n=len(outcomes)))
        self.reload()
