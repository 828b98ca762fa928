"""The system spooler (CUPS) through `lp`, `lpstat` and `ipptool`, every call with a timeout."""

from __future__ import annotations

import csv
import io
import math
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.print.backends import PrinterUnavailable, PrintProblem, PrintRequest

QUERY_TIMEOUT_S = 10
SUBMIT_TIMEOUT_S = 30

# Every job also carries our title as a custom job attribute: CUPS treats job-name as private
# and, depending on its state, answers Get-Jobs with an empty name even to the job's owner.
JOB_ATTRIBUTE = "kiosk-print-job"
# Get-Jobs for all jobs (history included) as the current user; `lpstat` never shows titles.
_GET_JOBS_TEST = """{
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR name requesting-user-name $user
  ATTR keyword which-jobs all
  ATTR keyword requested-attributes job-id,job-name,job-state,kiosk-print-job
  STATUS successful-ok
  DISPLAY job-id
  DISPLAY job-name
  DISPLAY job-state
  DISPLAY kiosk-print-job
}
"""
_REQUEST_ID = re.compile(r"request id is (\S+)")


class QueueState(StrEnum):
    READY = "ready"
    DISABLED = "disabled"
    REJECTING = "rejecting"
    MISSING = "missing"
    NO_SPOOLER = "no_spooler"


@dataclass(frozen=True, slots=True)
class SystemPrinter:
    name: str
    state: QueueState
    detail: str


def _run(
    args: list[str], timeout: float, data: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(args[0]) is None:
        raise PrinterUnavailable(
            f"{args[0]} not found: CUPS client tools are not installed", PrintProblem.NO_SPOOLER
        )
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrinterUnavailable(
            f"{args[0]} did not answer within {timeout:g} s", PrintProblem.NO_SPOOLER
        ) from exc
    except OSError as exc:
        raise PrinterUnavailable(f"{args[0]} failed: {exc}", PrintProblem.NO_SPOOLER) from exc


def _text(proc: subprocess.CompletedProcess[bytes]) -> str:
    return (proc.stdout + proc.stderr).decode("utf-8", "replace").strip()


def queue_state(queue: str) -> tuple[QueueState, str]:
    """The queue's state as `lpstat` reports it, with its one-line reason."""
    proc = _run(["lpstat", "-p", queue], QUERY_TIMEOUT_S)
    out = _text(proc)
    if proc.returncode != 0 or not out:
        if "scheduler" in out.lower() or "connect" in out.lower():
            return QueueState.NO_SPOOLER, out or "CUPS is not running"
        return QueueState.MISSING, out or f"no printer queue {queue!r}"
    if "disabled" in out.splitlines()[0]:
        return QueueState.DISABLED, out
    accepting = _run(["lpstat", "-a", queue], QUERY_TIMEOUT_S)
    if "not accepting" in _text(accepting):
        return QueueState.REJECTING, _text(accepting)
    return QueueState.READY, out


def available_system_printers() -> list[SystemPrinter]:
    """Every queue the system spooler offers, with its state; empty if CUPS is absent."""
    try:
        proc = _run(["lpstat", "-e"], QUERY_TIMEOUT_S)
    except PrinterUnavailable:
        return []
    names = [n for n in _text(proc).splitlines() if n and proc.returncode == 0]
    result = []
    for name in names:
        try:
            state, detail = queue_state(name)
        except PrinterUnavailable as exc:
            state, detail = QueueState.NO_SPOOLER, str(exc)
        result.append(SystemPrinter(name, state, detail.splitlines()[0] if detail else ""))
    return result


def cups_jobs(queue: str) -> list[tuple[str, str, str]]:
    """(job id, title, state) of every job CUPS remembers for a queue, finished ones included.

    The title is our job attribute when present, else the job name."""
    with tempfile.TemporaryDirectory(prefix="kiosk-ipp-") as tmp:
        test = Path(tmp) / "get-jobs.test"
        test.write_text(_GET_JOBS_TEST, encoding="ascii")
        proc = _run(
            ["ipptool", "-c", f"ipp://localhost/printers/{queue}", str(test)], QUERY_TIMEOUT_S
        )
    if proc.returncode != 0:
        raise PrinterUnavailable(f"cannot list CUPS jobs of {queue}: {_text(proc)}")
    rows = list(csv.reader(io.StringIO(proc.stdout.decode("utf-8", "replace"))))
    return [(r[0], (r[3] if len(r) > 3 and r[3] else r[1]), r[2]) for r in rows[1:] if len(r) >= 3]


_PROBLEMS = {
    QueueState.DISABLED: PrintProblem.STOPPED,
    QueueState.REJECTING: PrintProblem.REJECTING,
    QueueState.MISSING: PrintProblem.MISSING,
    QueueState.NO_SPOOLER: PrintProblem.NO_SPOOLER,
}


def _reason(detail: str) -> str:
    """The queue's own reason from `lpstat` output: a stopped queue's is on the line after
    "disabled since ...", indented (e.g. "Paused", "Media empty"); else the first line."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    if len(lines) > 1 and "disabled" in lines[0]:
        return f"{lines[0]} — {lines[1]}"
    return lines[0] if lines else ""


class CupsPrinter:
    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.spec = f"cups:{queue}"

    def _check_ready(self) -> None:
        state, detail = queue_state(self.queue)
        # A disabled queue still accepts jobs and would hold them out of our sight; better to
        # keep the job in our own queue, visible to staff, until the printer is back.
        if state is not QueueState.READY:
            raise PrinterUnavailable(_reason(detail), _PROBLEMS[state])

    def submit(self, request: PrintRequest) -> str:
        self._check_ready()
        if request.roll:
            # Without an explicit size CUPS puts an 80 mm slip on A4 (or scales it down).
            media = f"Custom.{round(request.width_mm)}x{math.ceil(request.height_mm)}mm"
        else:
            media = "A4"
        args = [
            "lp",
            "-d",
            self.queue,
            "-t",
            request.title,
            "-n",
            str(request.copies),
            "-o",
            f"media={media}",
            "-o",
            "fit-to-page=false",
            "-o",
            f"{JOB_ATTRIBUTE}={request.title}",
            "--",
            "-",
        ]
        proc = _run(args, SUBMIT_TIMEOUT_S, data=request.pdf)
        if proc.returncode != 0:
            raise PrinterUnavailable(_text(proc), PrintProblem.REFUSED)
        match = _REQUEST_ID.search(_text(proc))
        return match.group(1) if match else _text(proc)

    def already_submitted(self, title: str) -> bool | None:
        try:
            jobs = cups_jobs(self.queue)
        except PrinterUnavailable:
            return None
        return any(
            name == title and state not in ("canceled", "aborted") for _, name, state in jobs
        )
