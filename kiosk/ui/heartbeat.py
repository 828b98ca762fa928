"""The kiosk's pings to systemd's watchdog, sent from the UI thread's event loop."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk import systemd


class Heartbeat(QObject):
    """Says READY once the kiosk is usable, then WATCHDOG at half the watchdog's period.

    A QTimer on the UI thread: if the event loop stops (the screen froze), the pings stop, and
    systemd restarts the kiosk. Outside systemd it sends nothing and costs nothing.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        interval = systemd.watchdog_interval_s()
        if interval is not None:
            self._timer.setInterval(max(1, round(interval * 1000)))

    def ready(self) -> None:
        """The home screen is on the glass and the database is open."""
        systemd.notify(systemd.READY)
        if self._timer.interval() > 0:
            systemd.notify(systemd.WATCHDOG)
            self._timer.start()

    def stopping(self) -> None:
        self._timer.stop()
        systemd.notify(systemd.STOPPING)

    def _on_timer_timeout(self) -> None:
        systemd.notify(systemd.WATCHDOG)
