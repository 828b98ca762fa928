"""Posting expiry while the kiosk or the board is up: at start, every 10 minutes, at midnight."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.domain.expiry import next_expiry_check
from kiosk.services.postings import PostingService
from kiosk.ui.tasks import LaneName, TaskRunner

log = logging.getLogger(__name__)


class ExpiryTimer(QObject):
    """Expires due postings on the db lane, then schedules the next check.

    A single-shot timer aimed at the next check (rather than a fixed interval) so the midnight
    check lands on midnight whenever the kiosk was started.
    """

    sig_expired = Signal(int)  # how many postings this check expired (only when some were)

    def __init__(
        self, postings: PostingService, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._postings = postings
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check at once, then keep checking until stop()."""
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def check_now(self) -> None:
        self._timer.stop()
        self._runner.submit(
            LaneName.DB, "expiry.check", self._postings.expire_due, self._on_done, self._on_failed
        )

    def _on_done(self, count: int) -> None:
        if count:
            self.sig_expired.emit(count)
        self._schedule()

    def _on_failed(self, error: BaseException) -> None:
        # A busy or locked database must not end expiry for the day: try again next time.
        log.error("posting expiry failed", exc_info=error)
        self._schedule()

    def _schedule(self) -> None:
        now = self._postings.ctx.now()
        wait_ms = (next_expiry_check(now) - now).total_seconds() * 1000
        self._timer.start(max(0, round(wait_ms)))
