"""Background jobs for screens: a serial `db` lane, a small `io` lane, results on the UI thread."""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class LaneName(StrEnum):
    DB = "db"
    IO = "io"


@dataclass(slots=True)
class _Outcome:
    """What a finished job hands back to the UI thread."""

    slot: str
    generation: int
    result: Any
    error: BaseException | None
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class TaskRunner(QObject):
    """Runs plain functions off the UI thread; one live job per slot, newer jobs win.

    A screen submits under a slot name ("find_work.search"); submitting again under the same
    slot makes the older job's result be dropped, so a slow old search never overwrites a new
    one. Callbacks run on the UI thread because the relay signal is queued.
    """

    sig_job_finished = Signal(str)  # slot name, after its callback ran (tests wait on this)
    # Carries no arguments: outcomes wait in a deque, so no Python object crosses threads
    # inside a queued signal (PySide6 has had refcount bugs there).
    _sig_outcome_ready = Signal()

    def __init__(self, io_workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One db thread: SQLite has one writer, and serial order keeps "save then reload" right.
        self._lanes = {
            LaneName.DB: ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-db"),
            LaneName.IO: ThreadPoolExecutor(max_workers=io_workers, thread_name_prefix="kiosk-io"),
        }
        self._generations: dict[str, int] = {}
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._pending = 0
        self._outcomes: deque[_Outcome] = deque()
        self._sig_outcome_ready.connect(
            self._on_relay_outcome_ready, Qt.ConnectionType.QueuedConnection
        )

    def submit(
        self,
        lane: LaneName,
        slot: str,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on `lane`; `on_done(result)` or `on_error(exc)` later runs on the UI thread."""
        generation = next(self._counter)
        with self._lock:
            self._generations[slot] = generation
            self._pending += 1

        def job() -> None:
            try:
                result: Any = fn()
                error: BaseException | None = None
            except Exception as exc:  # every failure must reach the screen, not die in a thread
                result, error = None, exc
            self._outcomes.append(_Outcome(slot, generation, result, error, on_done, on_error))
            self._sig_outcome_ready.emit()

        future: Future[None] = self._lanes[lane].submit(job)
        del future

    def cancel(self, slot: str) -> None:
        """Forget the job in `slot`: whatever it returns is dropped."""
        with self._lock:
            self._generations[slot] = next(self._counter)

    def cancel_prefix(self, prefix: str) -> None:
        """Forget every job of one screen (slots named "screen.job")."""
        with self._lock:
            for slot in list(self._generations):
                if slot.startswith(prefix):
                    self._generations[slot] = next(self._counter)

    @property
    def pending(self) -> int:
        return self._pending

    def shutdown(self) -> None:
        for pool in self._lanes.values():
            pool.shutdown(wait=True, cancel_futures=True)

    @Slot()
    def _on_relay_outcome_ready(self) -> None:
        while self._outcomes:
            self._deliver(self._outcomes.popleft())

    def _deliver(self, outcome: _Outcome) -> None:
        with self._lock:
            self._pending -= 1
            current = self._generations.get(outcome.slot) == outcome.generation
        if current:
            if outcome.error is not None:
                if outcome.on_error is not None:
                    outcome.on_error(outcome.error)
                else:
                    log.error("background job %s failed", outcome.slot, exc_info=outcome.error)
            elif outcome.on_done is not None:
                outcome.on_done(outcome.result)
        self.sig_job_finished.emit(outcome.slot)
