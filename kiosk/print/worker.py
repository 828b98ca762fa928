"""Prints queued jobs in a separate process, so rendering never competes with the touchscreen.

Rendering a slip is pure-Python work (reportlab); in a thread of the kiosk process it holds the
interpreter lock and the screen stalls for tens of milliseconds at a time (200 ms for the first
slip, which loads the CJK font). A small child process does it instead: it opens its own
connection to the same SQLite file, loads the font once when it starts, and answers requests
given on its stdin, one per line, and answers each with a JSON line saying how it went
({"state", "detail", "problem"}). A plain subprocess, not multiprocessing: spawning would
re-import the kiosk's __main__ in the child.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config
from kiosk.config import Settings
from kiosk.domain.model import PrintState

if TYPE_CHECKING:
    from kiosk.print.queue import PrintQueue

READY = "ready"
ANSWER_TIMEOUT_S = 120.0  # the backends time out first (lp: 30 s); this only catches a hang


@dataclass(frozen=True, slots=True)
class JobResult:
    """How one job went: its state afterwards, the printer's words and the problem's code."""

    state: PrintState
    detail: str = ""
    problem: str = ""


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as KIOSK_* variables, so the child sees exactly what the parent sees."""
    env: dict[str, str] = {}
    for field in dataclasses.fields(settings):
        if field.name in ("home", "extra"):
            continue
        value = getattr(settings, field.name)
        if isinstance(value, bool):
            value = "true" if value else "false"
        env[config.ENV_PREFIX + field.name.upper()] = str(value)
    return env


class PrintWorker:
    """One long-lived printing process. `print_job` blocks its caller (an io thread), not the UI."""

    def __init__(self, settings: Settings, device_id: str) -> None:
        self._settings = settings
        self._device_id = device_id
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._start()  # the child loads the font now, while nobody is waiting for a slip

    def _start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(config.ENV_PREFIX)}
        env.update(settings_env(self._settings))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.print.worker", str(self._settings.home), self._device_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            env=env,
        )

    def _answer(self) -> str:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        while True:
            ready, _, _ = select.select([proc.stdout], [], [], ANSWER_TIMEOUT_S)
            if not ready:
                raise TimeoutError("print worker did not answer")
            line = proc.stdout.readline()
            if not line:
                raise BrokenPipeError("print worker exited")
            if line.strip() != READY:
                return line.strip()

    def _ask(self, request: str) -> dict[str, object] | None:
        """The child's answer to one request line; None when it cannot answer."""
        with self._lock:
            for attempt in range(2):  # a crashed worker is restarted once
                try:
                    if self._proc is None or self._proc.poll() is not None:
                        self._start()
                    assert self._proc is not None and self._proc.stdin is not None
                    self._proc.stdin.write(request + "\n")
                    self._proc.stdin.flush()
                    answer = json.loads(self._answer())
                    return answer if isinstance(answer, dict) else None
                except (BrokenPipeError, OSError, TimeoutError, ValueError):
                    self._stop()
                    if attempt:
                        return None
            return None

    def run(self, job_id: str) -> JobResult:
        """Print one job now (backoff ignored) and say how it went; it never raises."""
        answer = self._ask(job_id)
        if answer is None:
            return JobResult(PrintState.QUEUED, "the printing process did not answer")
        return JobResult(
            PrintState(str(answer["state"])),
            str(answer.get("detail", "")),
            str(answer.get("problem", "")),
        )

    def print_job(self, job_id: str) -> bool:
        """True when the job printed; False leaves it queued (the worker is told where to go)."""
        return self.run(job_id).state is PrintState.DONE

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def close(self) -> None:
        with self._lock:
            self._stop()


def _print_one(queue: PrintQueue, job_id: str) -> dict[str, object]:
    outcomes = queue.process(limit=1, force=True, only=[job_id])
    if outcomes:
        o = outcomes[0]
        return {"state": o.state.value, "detail": o.detail, "problem": o.problem or ""}
    # Not claimed: another process holds the job, or it is finished already.
    job = queue.job(job_id)
    if job is None:
        return {"state": PrintState.FAILED.value, "detail": f"no print job {job_id}"}
    return {"state": job.state.value, "detail": job.error, "problem": job.problem or ""}


def _serve(home: str, device_id: str) -> int:
    from kiosk.identity import DeviceIdentity
    from kiosk.print.fonts import register_fonts
    from kiosk.print.queue import PrintQueue
    from kiosk.store.database import Database

    settings = config.load(Path(home))
    register_fonts()
    queue = PrintQueue(
        Database(settings.database_path),
        settings,
        DeviceIdentity.load_or_create(settings, device_id),
    )
    print(READY, flush=True)
    for line in sys.stdin:
        request = line.strip()
        if not request:
            continue
        answer: dict[str, object]
        try:
            answer = _print_one(queue, request)
        except Exception as exc:  # the job stays queued; the kiosk must still get an answer
            answer = {"state": PrintState.QUEUED.value, "detail": str(exc)}
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1], sys.argv[2]))
