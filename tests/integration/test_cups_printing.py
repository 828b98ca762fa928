"""Real CUPS with a cups-pdf queue named PDF: slips come out at 80 mm, verifiable, exactly once.

CI (and a developer) set it up with:
    cupsd
    lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
"""

from __future__ import annotations

import os
import pwd
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from conftest import require_binary, require_system
from PIL import Image

import builders
from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, PrintState, utcnow
from kiosk.domain.token import short_reference
from kiosk.identity import DeviceIdentity
from kiosk.print.backends import PrintProblem
from kiosk.print.backends.cups import (
    CupsPrinter,
    QueueState,
    available_system_printers,
    cups_jobs,
    queue_state,
)
from kiosk.print.queue import PrintQueue, job_title
from kiosk.print.routing import MAX_UNREACHABLE_TRIES, PrinterRole, due_with_printer
from kiosk.print.verify import ensure_own_key
from kiosk.print.worker import PrintWorker
from kiosk.services.container import Services

QUEUE = "PDF"
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.system


def _cups_pdf_dirs() -> list[Path]:
    """Where cups-pdf writes: its `Out` setting (${HOME} of the job's user), else its spool."""
    user = pwd.getpwuid(os.getuid())
    out = "/var/spool/cups-pdf/${USER}"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"^\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    out = out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name)
    # Jobs from users cups-pdf cannot map land in ANONYMOUS.
    return [Path(out), Path("/var/spool/cups-pdf/ANONYMOUS")]


def _outputs(job_id: str) -> list[Path]:
    return [p for d in _cups_pdf_dirs() if d.is_dir() for p in d.glob(f"*{job_id}*.pdf")]


def _wait_for_output(job_id: str, timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _outputs(job_id)
        if found:
            # cups-pdf writes then renames; a size that holds still is a finished file.
            size = found[0].stat().st_size
            time.sleep(0.2)
            if size and found[0].stat().st_size == size:
                return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no cups-pdf output for job {job_id} in {_cups_pdf_dirs()}")


@pytest.fixture
def cups() -> Iterator[None]:
    tools = ("lp", "lpstat", "ipptool", "cupsenable", "cupsdisable", "cupsaccept", "cupsreject")
    for tool in (*tools, "pdftoppm", "pdftotext"):
        require_binary(tool)
    state, detail = queue_state(QUEUE)
    require_system(state is not QueueState.NO_SPOOLER, f"CUPS is not running: {detail}")
    require_system(state is not QueueState.MISSING, f"no cups-pdf queue {QUEUE}: {detail}")
    yield
    subprocess.run(["cupsenable", QUEUE], check=False, timeout=10)
    subprocess.run(["cupsaccept", QUEUE], check=False, timeout=10)


@pytest.fixture
def slip_queue(services: Services, settings: Settings) -> PrintQueue:
    settings.slip_printer = f"cups:{QUEUE}"
    identity = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
    ensure_own_key(services.db, identity)
    return PrintQueue(services.db, settings, identity)


@pytest.fixture
def posting_id(services: Services) -> str:
    employer = builders.employer(services, verified=True)
    return services.postings.create(builders.posting(employer.id)).id


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=30)
    return "".join(out.stdout.split())


def _qr_text(pdf: Path, tmp_path: Path) -> str:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    results = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert len(results) == 1, "exactly one QR code on the slip"
    return str(results[0].text)


def test_slip_through_cups_is_80_mm_verifiable_and_readable(
    cups: None, slip_queue: PrintQueue, settings: Settings, posting_id: str, tmp_path: Path
) -> None:
    job_id = slip_queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    assert [o.state for o in slip_queue.process(force=True)] == [PrintState.DONE]
    pdf = _wait_for_output(job_id)

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=30)
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout).groups())  # type: ignore[union-attr]
    assert width == pytest.approx(226.8, abs=1.5)  # 80 mm, not A4's 595
    assert height < 600

    squashed = _text(pdf)
    assert "220" in squashed  # the pay
    assert short_reference(DocumentKind.JOB_SLIP, posting_id) in squashed  # the slip number

    url = _qr_text(pdf, tmp_path)
    assert url.startswith(settings.verification_base)
    verify = subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(settings.home), "verify", url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert verify.stdout.startswith("VALID")
    assert "世纪花园小区保洁员" in verify.stdout


def test_disabled_queue_keeps_the_job_and_prints_it_once_after_enable(
    cups: None, slip_queue: PrintQueue, posting_id: str
) -> None:
    subprocess.run(["cupsdisable", QUEUE], check=True, timeout=10)
    try:
        job_id = slip_queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
        assert [o.state for o in slip_queue.process(force=True)] == [PrintState.QUEUED]
        (job,) = slip_queue.jobs()
        assert job.state is PrintState.QUEUED and "disabled" in job.error
        assert not any(name == job_title(job_id) for _, name, _ in cups_jobs(QUEUE))
    finally:
        subprocess.run(["cupsenable", QUEUE], check=True, timeout=10)

    slip_queue.retry_failed()
    assert [o.state for o in slip_queue.process(force=True)] == [PrintState.DONE]
    _wait_for_output(job_id)
    # Retrying again finds nothing to do; CUPS saw the job once and cups-pdf wrote one file.
    slip_queue.retry_failed()
    assert slip_queue.process(force=True) == []
    assert [name for _, name, _ in cups_jobs(QUEUE)].count(job_title(job_id)) == 1
    assert len(_outputs(job_id)) == 1
    # What crash recovery relies on: CUPS remembers which of our jobs it already took.
    assert CupsPrinter(QUEUE).already_submitted(job_title(job_id)) is True
    assert CupsPrinter(QUEUE).already_submitted(job_title("never-sent")) is False


def test_chinese_text_survives_the_cups_pdf_filter_chain(
    cups: None, slip_queue: PrintQueue, posting_id: str
) -> None:
    job_id = slip_queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
    slip_queue.process(force=True)
    # CUPS turns the PDF into PostScript (pdftops) and cups-pdf back into PDF (Ghostscript), which
    # rebuilds ToUnicode from the glyph names our subset fonts carry (kiosk.print.fonts).
    squashed = _text(_wait_for_output(job_id))
    assert "220元/天" in squashed  # the pay
    assert "东城区世纪花园小区" in squashed  # the place
    slip_number = "单号" + short_reference(DocumentKind.JOB_SLIP, posting_id)
    assert slip_number in squashed


def test_a_stopped_printer_fails_the_desk_job_with_its_reason_and_retry_prints_it_once(
    cups: None, services: Services, settings: Settings, posting_id: str, tmp_path: Path
) -> None:
    """Issue 12 point 4, through the printing process staff mode uses: the printer chosen at
    the desk takes effect without restarting it; a stopped queue fails the job in a bounded
    number of tries with CUPS's own reason; after "retry failed" it prints exactly once."""
    settings.slip_printer = f"file:{tmp_path / 'configured'}"
    identity = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
    ensure_own_key(services.db, identity)
    queue = PrintQueue(services.db, settings, identity)
    worker = PrintWorker(settings, services.ctx.device_id)
    try:

        def due() -> list[tuple[str, DocumentKind]]:
            return due_with_printer(services.db, settings, utcnow())

        assert QUEUE in [p.name for p in available_system_printers()]  # what the picker offers
        queue.choose_printer(PrinterRole.SLIP, f"cups:{QUEUE}", actor="staff")
        subprocess.run(["cupsdisable", "-r", "Media empty", QUEUE], check=True, timeout=10)
        try:
            job_id = queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
            assert due() == [(job_id, DocumentKind.JOB_SLIP)]
            tries = [worker.run(job_id) for _ in range(MAX_UNREACHABLE_TRIES)]
        finally:
            subprocess.run(["cupsenable", QUEUE], check=True, timeout=10)
        states = [t.state for t in tries]
        assert states == [PrintState.QUEUED] * (MAX_UNREACHABLE_TRIES - 1) + [PrintState.FAILED]
        assert tries[-1].problem == PrintProblem.STOPPED
        assert "Media empty" in tries[-1].detail
        assert due() == []  # failed: it waits for staff, it does not come out late
        assert not (tmp_path / "configured").exists()

        assert queue.retry_failed() == 1
        assert due() == [(job_id, DocumentKind.JOB_SLIP)]
        assert worker.run(job_id).state is PrintState.DONE
        _wait_for_output(job_id)
        assert queue.retry_failed() == 0 and due() == []
        assert [name for _, name, _ in cups_jobs(QUEUE)].count(job_title(job_id)) == 1
        assert len(_outputs(job_id)) == 1
    finally:
        worker.close()


def test_a_queue_that_refuses_jobs_fails_the_job_at_once_and_says_so(
    cups: None, slip_queue: PrintQueue, posting_id: str
) -> None:
    subprocess.run(["cupsreject", "-r", "Closed for service", QUEUE], check=True, timeout=10)
    try:
        slip_queue.enqueue(DocumentKind.JOB_SLIP, posting_id)
        (outcome,) = slip_queue.process(force=True)
    finally:
        subprocess.run(["cupsaccept", QUEUE], check=True, timeout=10)
    # Nobody will accept it by waiting: it fails at once, for staff to choose another printer.
    assert (outcome.state, outcome.problem) == (PrintState.FAILED, PrintProblem.REJECTING)
    assert "not accepting" in outcome.detail
