"""One application-wide event filter that hands each event to the kiosk's watchers in turn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventWatch(QObject):
    """Every event of the application reaches the watchers through a single call into Python.

    Qt asks an application-wide filter about every event (timers, paints, layout requests), and
    each question from Qt to a Python filter must first take the GIL. While the sync threads
    hold it (a first sync), one take waits up to the interpreter's switch interval: three
    filters installed one by one made three waits for every event, and the screen froze for
    tens of milliseconds at a time. The watchers are asked in the order given; the first to
    claim an event stops it, as Qt's own filter chain does.
    """

    def __init__(self, *watchers: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watchers = watchers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return any(watcher.eventFilter(watched, event) for watcher in self._watchers)
