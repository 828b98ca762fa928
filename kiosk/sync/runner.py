"""Background sync: a push thread woken by local changes and a pull thread that long-polls.

Plain threads with a stop event (no Qt): the UI polls `status()` or subscribes a callback,
which is called from these threads and must hand the snapshot to the UI thread itself.
A long pull's progress waits in `progress` for the UI to poll it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from kiosk.store.database import Database
from kiosk.sync import progress, set_aside_report, state
from kiosk.sync.backoff import Backoff
from kiosk.sync.client import RegistryClient, RegistryRefused, RegistryUnavailable
from kiosk.sync.engine import SyncEngine, SyncStuck

Listener = Callable[[state.SyncStatus], None]
LONG_POLL_S = 25.0
# After a local change, wait this long so a burst of edits goes out as one batch.
PUSH_DEBOUNCE_S = 0.2


class SyncRunner:
    def __init__(
        self,
        db: Database,
        make_client: Callable[[], RegistryClient],
        *,
        interval_s: float = 30.0,
        long_poll_s: float = LONG_POLL_S,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 300.0,
    ) -> None:
        self.db = db
        # One client per thread: a requests.Session is not shared between threads.
        self._push_engine = SyncEngine(db, make_client())
        self._pull_engine = SyncEngine(db, make_client())
        # The pull engine's newest progress value; None when no pull is under way.
        self.progress = progress.LatestProgress()
        self._pull_engine.progress = self.progress
        self.interval_s = interval_s
        self.long_poll_s = long_poll_s
        self._push_backoff = Backoff(backoff_base_s, backoff_cap_s)
        self._pull_backoff = Backoff(backoff_base_s, backoff_cap_s)
        self._stop = threading.Event()
        self._push_wake = threading.Event()
        self._pull_wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self.online = False
        # Records pulled since start: the UI looks for a change (an int, read from any thread)
        # and lets a screen that shows nothing yet look again.
        self.pulled = 0

    def start(self) -> None:
        if self._threads:
            return
        self._stop.clear()
        for name, target in (("sync-push", self._push_loop), ("sync-pull", self._pull_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 5.0) -> None:
        """Ask both threads to end; a long poll in flight ends within its read timeout."""
        self._stop.set()
        self._push_wake.set()
        self._pull_wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        self._push_engine.client.close()
        self._pull_engine.client.close()

    def poke(self) -> None:
        """A local change was written: push soon."""
        self._push_wake.set()

    def sync_now(self) -> None:
        """Staff asked: push and pull at once, without sitting out a backoff."""
        self._push_wake.set()
        self._pull_wake.set()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def status(self) -> state.SyncStatus:
        return state.read(self.db)

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        if not listeners:
            return
        snapshot = self.status()
        for listener in listeners:
            listener(snapshot)

    def _set_online(self, online: bool) -> None:
        came_back = online and not self.online
        self.online = online
        if came_back:
            # The link is back: send what waited at once, do not sit out the backoff.
            self._push_wake.set()
            self._pull_wake.set()

    def _push_loop(self) -> None:
        while not self._stop.is_set():
            delay = self.interval_s
            try:
                report = self._push_engine.push_pending()
                self._push_backoff.reset()
                if report.pushed or report.rejected:
                    # Only an answer says the registry is there: with nothing to send, nothing
                    # was asked (a poke after every database job must not claim "online").
                    self._set_online(True)
            except RegistryUnavailable as exc:
                self._set_online(False)
                delay = self._push_backoff.next_delay(exc.retry_after)
            except (RegistryRefused, SyncStuck) as exc:
                # Answered but refused (revoked, clock, lost ops): keep trying, slowly.
                self._set_online(True)
                self._push_engine.note_error(str(exc), answered=True)
                delay = self._push_backoff.next_delay(getattr(exc, "retry_after", None))
            except Exception as exc:
                self._push_engine.note_error(f"{type(exc).__name__}: {exc}", answered=False)
                delay = self._push_backoff.next_delay()
            self._notify()
            if self._push_wake.wait(delay):
                self._push_wake.clear()
                self._stop.wait(PUSH_DEBOUNCE_S)

    def _pull_loop(self) -> None:
        while not self._stop.is_set():
            delay = 0.0 if self.online else self.interval_s
            try:
                wait = self.long_poll_s if self.online else 0.0
                try:
                    report = self._pull_engine.pull_all(wait=wait)
                finally:
                    # Done or failed: what it reached is no longer news (the page hides it).
                    self.progress.clear()
                set_aside_report.report_if_changed(self.db, self._pull_engine.client)
                self._pull_backoff.reset()
                self._set_online(True)
                if report.pulled:
                    self.pulled += report.pulled
                    self._notify()
                delay = 0.0 if self.long_poll_s else self.interval_s
            except RegistryUnavailable as exc:
                self._set_online(False)
                delay = self._pull_backoff.next_delay(exc.retry_after)
                self._notify()
            except RegistryRefused as exc:
                # Answered but refused (revoked, clock, a protocol it does not serve): say why.
                self._set_online(True)
                self._pull_engine.note_error(str(exc), answered=True)
                delay = self._pull_backoff.next_delay(exc.retry_after)
                self._notify()
            except Exception as exc:
                self._pull_engine.note_error(f"{type(exc).__name__}: {exc}", answered=False)
                delay = self._pull_backoff.next_delay()
            if self._pull_wake.wait(delay):
                self._pull_wake.clear()
