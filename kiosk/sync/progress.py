"""How far a long sync has got: what the staff sync page and `kiosk sync --once` show.

A first sync of a province's postings takes long enough that a person needs to see it
move (issue 16, point 3). The engine reports `SyncProgress` values to a sink; whoever
shows them (a Qt page, a terminal bar) turns them into words. No Qt here: the sink is
called from the sync thread and must hand the value to the UI thread itself.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace


class Phase(enum.StrEnum):
    DOWNLOAD = "download"  # a snapshot's bytes arriving; `done`/`total` in bytes
    LOAD = "load"  # a snapshot's records going into the database; in records
    PULL = "pull"  # cursor pages being applied; in records (total from the registry, if told)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: Phase
    done: int
    total: int | None  # None: the size is not known (a registry that does not say)
    started_at: float = field(default_factory=time.monotonic)  # monotonic, this phase's start
    at: float = field(default_factory=time.monotonic)  # monotonic, when `done` was reached

    @property
    def unit(self) -> str:
        return "bytes" if self.phase is Phase.DOWNLOAD else "records"

    def fraction(self) -> float | None:
        """0..1, or None when the total is unknown."""
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))

    def eta_s(self) -> float | None:
        """Seconds left at the rate so far; None until there is a rate worth quoting."""
        fraction = self.fraction()
        elapsed = self.at - self.started_at
        if fraction is None or fraction <= 0.0 or elapsed < 0.5:
            return None
        return elapsed * (1.0 - fraction) / fraction

    def advanced(self, done: int, total: int | None = None) -> SyncProgress:
        """The same phase further on."""
        return replace(
            self, done=done, total=self.total if total is None else total, at=time.monotonic()
        )


ProgressSink = Callable[[SyncProgress], None]


def ignore(_progress: SyncProgress) -> None:
    """The sink when nobody is watching."""


class LatestProgress:
    """Keeps the newest value reported from the sync thread for a reader on another thread
    (the staff page polls it); `clear()` once the sync is done so nothing stale shows."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: SyncProgress | None = None

    def __call__(self, progress: SyncProgress) -> None:
        with self._lock:
            self._value = progress

    def get(self) -> SyncProgress | None:
        with self._lock:
            return self._value

    def clear(self) -> None:
        with self._lock:
            self._value = None
