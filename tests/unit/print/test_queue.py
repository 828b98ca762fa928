"""The print queue: printed exactly once, a dead printer never loses a job, errors are visible."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, PrintState, utcnow
from kiosk.identity import DeviceIdentity
from kiosk.print.backends import (
    Printer,
    PrinterUnavailable,
    PrintProblem,
    PrintRequest,
    printer_for,
)
from kiosk.print.queue import PrintQueue, for_staff, job_title
from kiosk.print.routing import STALE_AFTER, PrinterRole
from kiosk.services.container import Services
from kiosk.store.tables import PrintJobRow
from print_helpers import pdf_text


@dataclass
class FlakyPrinter:
    """A printer that is off until switched on; remembers what it printed."""

    spec: str = "test:flaky"
    online: bool = False
    printed: list[PrintRequest] = field(default_factory=list)

    def submit(self, request: PrintRequest) -> str:
        if not self.online:
            raise PrinterUnavailable("test printer is off")
        self.printed.append(request)
        return "ok"

    def already_submitted(self, title: str) -> bool | None:
        return any(r.title == title for r in self.printed)


def _queue(
    services: Services,
    settings: Settings,
    identity: DeviceIdentity,
    printer: Printer,
    clock: list[datetime] | None = None,
) -> PrintQueue:
    now = clock or [utcnow()]
    return PrintQueue(
        services.db, settings, identity, printers=lambda spec: printer, clock=lambda: now[0]
    )


def test_file_backend_prints_a_slip_once(
    queue: PrintQueue, settings: Settings, posting_id: str, tmp_path: Path
) -> None:
    job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id, printer=f"file:{tmp_path / 'out'}")
    assert [o.state for o in queue.process()] == [PrintState.DONE]
    files = list((tmp_path / "out").glob("*.pdf"))
    assert [f.name for f in files] == [f"{job_title(job_id)}.pdf"]
    assert "260 元/天" in pdf_text(files[0].read_bytes(), tmp_path)
    # Nothing left to do; a done job is never sent again.
    assert queue.process(force=True) == []
    (job,) = queue.jobs()
    assert (job.state, job.attempts, job.printed_at is not None) == (PrintState.DONE, 1, True)


def test_default_printer_is_the_print_folder(
    queue: PrintQueue, settings: Settings, posting_id: str
) -> None:
    queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    queue.process()
    assert len(list(settings.print_dir.glob("kiosk-*.pdf"))) == 1


def test_unavailable_printer_keeps_the_job_queued_and_prints_it_once_when_back(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    printer = FlakyPrinter()
    clock = [utcnow()]
    queue = _queue(services, settings, identity, printer, clock)
    job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    queue.process()
    (job,) = queue.jobs()
    assert (job.state, job.attempts, job.error) == (PrintState.QUEUED, 1, "test printer is off")
    # Not due again at once: backoff spares a dead printer.
    assert queue.process() == []
    clock[0] += timedelta(minutes=6)
    queue.process()
    assert queue.jobs()[0].attempts == 2
    printer.online = True
    clock[0] += timedelta(minutes=6)
    assert [o.state for o in queue.process()] == [PrintState.DONE]
    assert queue.process(force=True) == []
    assert [r.title for r in printer.printed] == [job_title(job_id)]
    assert printer.printed[0].roll and printer.printed[0].width_mm == pytest.approx(80)


def test_missing_record_fails_with_a_reason_and_staff_can_retry(
    services: Services, settings: Settings, identity: DeviceIdentity
) -> None:
    printer = FlakyPrinter(online=True)
    queue = _queue(services, settings, identity, printer)
    queue.enqueue(DocumentKind.JOB_SLIP, "00000000-0000-4000-8000-000000000000")
    (outcome,) = queue.process()
    assert outcome.state is PrintState.FAILED
    assert "not in the local store" in queue.jobs()[0].error
    assert queue.retry_failed() == 1
    assert queue.jobs()[0].state is PrintState.QUEUED
    assert printer.printed == []


def test_a_job_left_printing_by_a_crash_is_not_printed_twice(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    printer = FlakyPrinter(online=True)
    clock = [utcnow()]
    queue = _queue(services, settings, identity, printer, clock)
    job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    # Simulate the crash window: the printer took the job, "done" was never committed.
    printer.printed.append(PrintRequest(b"", job_title(job_id), 80, 100, True))
    with services.db.write() as session:
        row = session.get(PrintJobRow, job_id)
        assert row is not None
        row.state, row.attempts, row.updated_at = "printing", 1, clock[0]
        session.add(row)
    assert queue.process() == []  # another process may still be printing it
    clock[0] += STALE_AFTER + timedelta(seconds=1)
    assert [o.state for o in queue.process()] == [PrintState.DONE]
    assert len(printer.printed) == 1


def test_a_crashed_job_that_never_reached_the_printer_is_printed(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    printer = FlakyPrinter(online=True)
    clock = [utcnow()]
    queue = _queue(services, settings, identity, printer, clock)
    job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    with services.db.write() as session:
        row = session.get(PrintJobRow, job_id)
        assert row is not None
        row.state, row.updated_at = "printing", clock[0] - STALE_AFTER * 2
        session.add(row)
    assert [o.state for o in queue.process()] == [PrintState.DONE]
    assert len(printer.printed) == 1


def test_reprint_is_a_new_job_marked_reprint(
    queue: PrintQueue, posting_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = queue.enqueue(DocumentKind.JOB_SLIP, posting_id, printer=f"file:{out}")
    queue.process()
    second = queue.reprint(first)
    queue.process()
    assert {j.id: j.reprint for j in queue.jobs()} == {first: False, second: True}
    text = pdf_text((out / f"{job_title(second)}.pdf").read_bytes(), tmp_path)
    assert "补打" in text
    assert "补打" not in pdf_text((out / f"{job_title(first)}.pdf").read_bytes(), tmp_path)


def test_records_go_to_a4_and_slips_to_the_roll(queue: PrintQueue, settings: Settings) -> None:
    settings.slip_printer, settings.record_printer = "cups:SLIP", "cups:A4"
    assert queue.default_printer(DocumentKind.JOB_SLIP) == "cups:SLIP"
    assert queue.default_printer(DocumentKind.NEGOTIATION_RECORD) == "cups:A4"
    assert queue.default_printer(DocumentKind.QUEUE_TICKET) == "cups:SLIP"


def test_unknown_printer_spec_is_refused() -> None:
    with pytest.raises(ValueError):
        printer_for("laser:office")


def test_a_printer_that_stays_away_fails_its_job_with_the_reason_and_retry_sends_it_again(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    """Issue 12 point 4: a ticket must not sit queued for ever and come out after its call."""
    printer = FlakyPrinter()
    clock = [utcnow()]
    queue = _queue(services, settings, identity, printer, clock)
    job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    started = clock[0]
    while queue.jobs()[0].state is not PrintState.FAILED:
        assert clock[0] - started < timedelta(minutes=1), "still not failed after a minute"
        assert [j.id for j in queue.due()] in ([], [job_id])
        queue.process()
        clock[0] += timedelta(seconds=5)
    (job,) = queue.jobs()
    assert (job.error, job.problem) == ("test printer is off", PrintProblem.UNREACHABLE)
    # Failed stays failed until staff say otherwise: nothing is due, nothing prints behind them.
    clock[0] += timedelta(hours=1)
    assert queue.due() == [] and queue.process() == []

    printer.online = True
    assert queue.retry_failed() == 1
    assert [j.id for j in queue.due()] == [job_id]  # due at once, not after a backoff
    assert [o.state for o in queue.process()] == [PrintState.DONE]
    assert queue.process(force=True) == []
    assert [r.title for r in printer.printed] == [job_title(job_id)]


def test_a_printer_chosen_at_the_desk_takes_the_next_job_without_a_restart(
    services: Services,
    settings: Settings,
    identity: DeviceIdentity,
    posting_id: str,
    tmp_path: Path,
) -> None:
    settings.slip_printer = f"file:{tmp_path / 'configured'}"
    desk = PrintQueue(services.db, settings, identity)
    # The printing process was started before the choice and keeps running.
    printing_process = PrintQueue(services.db, settings, identity)
    desk.choose_printer(PrinterRole.SLIP, f"file:{tmp_path / 'chosen'}", actor="staff-1")
    first = desk.enqueue(DocumentKind.JOB_SLIP, posting_id)
    printing_process.process()
    assert [p.name for p in (tmp_path / "chosen").iterdir()] == [f"{job_title(first)}.pdf"]
    assert not (tmp_path / "configured").exists()
    # Back to kiosk.toml's printer.
    desk.choose_printer(PrinterRole.SLIP, "", actor="staff-1")
    second = desk.enqueue(DocumentKind.JOB_SLIP, posting_id)
    printing_process.process()
    assert [p.name for p in (tmp_path / "configured").iterdir()] == [f"{job_title(second)}.pdf"]
    with pytest.raises(ValueError):
        desk.choose_printer(PrinterRole.TICKET, "laser:office", actor="staff-1")


def test_staff_see_failed_jobs_first_then_waiting_then_printed(
    queue: PrintQueue, posting_id: str, tmp_path: Path
) -> None:
    done = queue.enqueue(DocumentKind.JOB_SLIP, posting_id, printer=f"file:{tmp_path}")
    queue.process()
    failed = queue.enqueue(DocumentKind.JOB_SLIP, "00000000-0000-4000-8000-000000000000")
    queue.process()
    waiting = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    assert [j.id for j in for_staff(queue.jobs())] == [failed, waiting, done]


def test_a_printer_that_needs_a_person_fails_the_job_at_once_and_leaves_it_to_staff(
    services: Services,
    settings: Settings,
    identity: DeviceIdentity,
    posting_id: str,
    tmp_path: Path,
) -> None:
    clock = [utcnow()]
    queue = PrintQueue(services.db, settings, identity, clock=lambda: clock[0])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the slip folder should be", encoding="utf-8")
    queue.enqueue(DocumentKind.JOB_SLIP, posting_id, printer=f"file:{blocker / 'slips'}")
    (outcome,) = queue.process()
    assert (outcome.state, outcome.problem) == (PrintState.FAILED, PrintProblem.CANNOT_WRITE)
    assert "Not a directory" in outcome.detail
    # No wait mends a folder that is a file: nothing is retried behind staff's back.
    clock[0] += timedelta(hours=1)
    assert queue.due() == []
    assert queue.process() == []
