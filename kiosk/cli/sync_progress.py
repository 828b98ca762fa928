"""`kiosk sync --once` on a terminal: a progress bar per phase of a long sync, on stderr.

On a terminal tqdm draws the bar (records or bytes, percent, time left). When stderr is a
file or a pipe (a service's log, a test), a bar's redraws would fill it with control
characters: a plain line per tenth of the way instead. Either way stdout keeps only the
final counts line, for scripts.
"""

from __future__ import annotations

import os
import threading
from typing import Never, TextIO

from tqdm import tqdm

from kiosk.sync.progress import Phase, SyncProgress

WHAT = {
    Phase.DOWNLOAD: "downloading snapshot",
    Phase.LOAD: "loading snapshot",
    Phase.PULL: "pulling changes",
}
STEP_PERCENT = 10
# A terminal that does not say its size (a serial console, a fresh pty) reports 0 x 0, and
# tqdm then draws nothing at all (it takes the bar's row to be below the screen).
FALLBACK_SIZE = (80, 24)


class TerminalProgress:
    """A ProgressSink for the command line; the engine may call it from its sync threads."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bars = stream.isatty()
        self._lock = threading.Lock()
        self._phase: Phase | None = None
        self._bar: tqdm[Never] | None = None
        self._said_percent = -1

    def __call__(self, progress: SyncProgress) -> None:
        if progress.total == 0:
            return  # nothing to fetch (the pull after a snapshot, a poll): no empty bar
        with self._lock:
            if self._phase is not progress.phase:
                self._end_phase()  # each phase reports its end itself (a final report)
                self._phase = progress.phase
            if self.bars:
                self._draw(progress)
            else:
                self._line(progress)

    def close(self) -> None:
        """The sync is over (or failed): the last bar stays on screen as it stood."""
        with self._lock:
            self._end_phase()
            self._phase = None

    def _end_phase(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._said_percent = -1

    def _draw(self, progress: SyncProgress) -> None:
        bar = self._bar
        if bar is None:
            in_bytes = progress.phase is Phase.DOWNLOAD
            columns, rows = _terminal_size(self.stream)
            bar = tqdm(
                total=progress.total,
                desc=WHAT[progress.phase],
                unit="B" if in_bytes else " records",
                unit_scale=in_bytes,
                unit_divisor=1024 if in_bytes else 1000,
                file=self.stream,
                ncols=columns,
                nrows=rows,
            )
            self._bar = bar
        if progress.total is not None and bar.total != progress.total:
            bar.total = progress.total
        bar.update(progress.done - bar.n)

    def _line(self, progress: SyncProgress) -> None:
        fraction = progress.fraction()
        if fraction is None:
            return  # no total, no tenths: the final counts line says how many
        percent = int(fraction * 100) // STEP_PERCENT * STEP_PERCENT
        if percent <= self._said_percent:
            return
        self._said_percent = percent
        eta = progress.eta_s()
        left = f", about {eta:.0f} s left" if eta is not None and eta >= 1 else ""
        print(
            f"{WHAT[progress.phase]}: {percent}% ({_amount(progress)}){left}",
            file=self.stream,
            flush=True,
        )


def _amount(progress: SyncProgress) -> str:
    if progress.phase is Phase.DOWNLOAD:
        return f"{progress.done / 1e6:,.1f} / {(progress.total or 0) / 1e6:,.1f} MB"
    return f"{progress.done:,} / {progress.total or 0:,} records"


def _terminal_size(stream: TextIO) -> tuple[int, int]:
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return FALLBACK_SIZE
    return (size.columns, size.lines) if size.columns and size.lines else FALLBACK_SIZE
