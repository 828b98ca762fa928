"""The print queue: failed jobs first with why, retry, reprint (marked), which printer prints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QSizePolicy

from kiosk.domain.model import PrintState
from kiosk.ui.printing import PrintNews
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, caption, item_list, row
from kiosk.ui.tasks import LaneName
from kiosk.ui.widgets import button, label

if TYPE_CHECKING:
    from kiosk.print.backends.cups import SystemPrinter
    from kiosk.print.queue import JobView, PrintQueue
    from kiosk.print.routing import PrinterRole
    from kiosk.services.container import Services

# The newest printed jobs listed under the failed and waiting ones; older ones are history.
DONE_SHOWN = 30


def make_queue(services: Services) -> PrintQueue:
    """The print queue over the kiosk's database and device key (imported late: reportlab)."""
    from kiosk.identity import DeviceIdentity
    from kiosk.print.queue import PrintQueue

    identity = DeviceIdentity.load_or_create(services.settings, services.ctx.device_id)
    return PrintQueue(services.db, services.settings, identity)


def _system_printers() -> list[SystemPrinter]:
    from kiosk.print.backends.cups import available_system_printers

    return available_system_printers()


class PrintScreen(StaffPage):
    """What failed (first, with the printer's reason), what waits, what printed; the printers."""

    name = "staff.print"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from kiosk.print.routing import PrinterRole

        self._queue: PrintQueue | None = None
        self.jobs: list[JobView] = []
        self.system: list[SystemPrinter] = []
        self.current: dict[PrinterRole, str] = {}
        self.summary = label(role="value")
        self.list = item_list()
        self.role_captions = {role: caption() for role in PrinterRole}
        self.pickers: dict[PrinterRole, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for line, role in enumerate(PrinterRole):
            picker = QComboBox()
            # A printer's name takes the room left on the line, so it is not cut short.
            picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            picker.activated.connect(lambda _i, r=role: self._on_picker_activated(r))
            self.pickers[role] = picker
            grid.addWidget(self.role_captions[role], line, 0)
            grid.addWidget(picker, line, 1)
        grid.setColumnStretch(1, 1)
        self.retry_button = button(role="primary")
        self.reprint_button = button()
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(row(self.retry_button, self.reprint_button))
        self.body.addLayout(grid)
        self.body.addWidget(self.message)
        self.ctx.printing.sig_news.connect(self._on_printing_news)
        self.retranslate()

    def retranslate(self) -> None:
        from kiosk.print.routing import PrinterRole

        self.heading.setText(self.tr("Print queue"))
        self.retry_button.setText(self.tr("Retry failed jobs"))
        self.reprint_button.setText(self.tr("Reprint the chosen job"))
        self.role_captions[PrinterRole.SLIP].setText(self.tr("Job and referral slips print on"))
        self.role_captions[PrinterRole.RECORD].setText(self.tr("A4 records and posters print on"))
        self.role_captions[PrinterRole.TICKET].setText(self.tr("Queue tickets print on"))
        self._fill_printers()
        self._fill()

    def title(self) -> str:
        return self.tr("Print queue")

    def queue(self) -> PrintQueue:
        if self._queue is None:
            self._queue = make_queue(self.services)
        return self._queue

    def enter(self, arg: Any = None) -> None:
        self.reload()
        # lpstat answers within 10 s per queue at worst: not on the db lane, never on the UI.
        self.deps.runner.submit(
            LaneName.IO, f"{self.name}.system", _system_printers, self._on_system_listed
        )

    def reload(self) -> None:
        def load() -> tuple[list[JobView], dict[PrinterRole, str]]:
            return self.queue().jobs(), self.queue().printers()

        self.submit("load", load, self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.jobs = []
        self._fill()

    # ------------------------------------------------------------ printers

    def _chosen(self, role: PrinterRole) -> str:
        """The desk's choice for a role, "" when it prints as kiosk.toml says."""
        from kiosk.print.routing import configured_printer

        current = self.current.get(role, "")
        return "" if current == configured_printer(self.deps.settings, role) else current

    def _options(self, role: PrinterRole) -> list[tuple[str, str]]:
        """(words, spec) a role can print on: as set up, the configured printers, every CUPS
        queue and PDF files."""
        from kiosk.print.routing import configured_printer

        s = self.deps.settings
        as_set_up = configured_printer(s, role)
        options: dict[str, str] = {
            "": self.tr("As set up: {printer}").format(printer=as_set_up)
            if as_set_up
            else self.tr("No printer yet: documents wait here")
        }
        current = self._chosen(role)
        known = (s.slip_printer, s.record_printer, s.ticket_printer, current)
        for spec in (x for x in known if x and not x.startswith(("cups:", "file:"))):
            options[spec] = spec
        for p in self.system:
            text = self.tr("{name} (system printer)").format(name=p.name)
            if p.state.value != "ready":
                # lpstat says "disabled" where our problem codes say "stopped".
                code = "stopped" if p.state.value == "disabled" else p.state.value
                text += f" · {words.print_problem_text(code)}"
            options[f"cups:{p.name}"] = text
        if current.startswith("cups:") and current not in options:
            options[current] = current
        folder = f"file:{s.print_dir}"
        options[folder] = self.tr("Save as PDF files ({folder})").format(folder=s.print_dir)
        if current.startswith("file:") and current not in options:
            options[current] = self.tr("Save as PDF files ({folder})").format(folder=current[5:])
        return [(text, spec) for spec, text in options.items()]

    def _fill_printers(self) -> None:
        for role, picker in self.pickers.items():
            picker.blockSignals(True)
            picker.clear()
            for text, spec in self._options(role):
                picker.addItem(text, spec)
            picker.setCurrentIndex(max(0, picker.findData(self._chosen(role))))
            picker.blockSignals(False)

    def _on_system_listed(self, system: list[SystemPrinter]) -> None:
        self.system = system
        self._fill_printers()

    def _on_picker_activated(self, role: PrinterRole) -> None:
        spec = str(self.pickers[role].currentData() or "")
        if spec == self._chosen(role):
            return
        actor = self.ctx.actor
        text = self.pickers[role].currentText()

        def choose() -> dict[PrinterRole, str]:
            self.queue().choose_printer(role, spec, actor=actor)
            return self.queue().printers()

        def chosen(printers: dict[PrinterRole, str]) -> None:
            self.current = printers
            self._fill_printers()
            self.say(self.tr("From now on this prints on {printer}.").format(printer=text))
            # Jobs that wait for the old printer go to the new one at once.
            self.ctx.printing.poke()

        self.submit("choose", choose, chosen)

    # ------------------------------------------------------------ jobs

    def _on_loaded(self, loaded: tuple[list[JobView], dict[PrinterRole, str]]) -> None:
        from kiosk.print.queue import for_staff

        jobs, self.current = loaded
        ordered = for_staff(jobs)
        done = [j for j in ordered if j.state is PrintState.DONE]
        self.jobs = [j for j in ordered if j.state is not PrintState.DONE] + done[:DONE_SHOWN]
        self._fill_printers()
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        failed = sum(j.state is PrintState.FAILED for j in self.jobs)
        waiting = sum(j.state in (PrintState.QUEUED, PrintState.PRINTING) for j in self.jobs)
        printed = sum(j.state is PrintState.DONE for j in self.jobs)
        self.summary.setText(
            self.tr("{failed} failed · {waiting} waiting · {printed} printed").format(
                failed=failed, waiting=waiting, printed=printed
            )
        )
        self.summary.setProperty("role", "error" if failed else "value")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.retry_button.setEnabled(failed > 0)
        for j in self.jobs:
            mark = self.tr(" (reprint)") if j.reprint else ""
            text = (
                f"{words.print_state_text(j.state)} · {words.time_text(j.created_at)} · "
                f"{words.document_text(j.kind)}{mark}"
            )
            if j.state is not PrintState.DONE and (j.problem or j.error):
                problem = j.problem.value if j.problem else ""
                text += " · " + words.print_reason_text(problem, j.error)
            elif j.state is PrintState.QUEUED and not (j.printer or self._printer_of(j)):
                text += " · " + self.tr("no printer is set for it: choose one below")
            self.list.addItem(text)

    def _printer_of(self, job: JobView) -> str:
        from kiosk.print.routing import role_of

        return self.current.get(role_of(job.kind), "")

    def _on_printing_news(self, news: PrintNews) -> None:
        if self.isVisible() and news.state is not PrintState.PRINTING:
            self.reload()

    def _on_retry_clicked(self) -> None:
        self.submit("retry", lambda: self.queue().retry_failed(), self._on_retried)

    def _on_retried(self, count: int) -> None:
        self.say(self.tr("{n} failed jobs are being sent again.").format(n=count))
        self.ctx.printing.poke()
        self.reload()

    def _on_reprint_clicked(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.jobs):
            self.say(self.tr("Choose a job first."), "error")
            return
        job_id = self.jobs[index].id
        self.submit("reprint", lambda: self.queue().reprint(job_id), self._on_reprinted)

    def _on_reprinted(self, _job_id: str) -> None:
        self.say(self.tr("Reprint sent; it is marked as a reprint."))
        self.ctx.printing.poke()
        self.reload()
