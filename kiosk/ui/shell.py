"""Builds the kiosk's object graph: translator, style, task runner, window, screens, printer."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.ui import style
from kiosk.ui.i18n import Translations
from kiosk.ui.main_window import MainWindow, ScreenFactory
from kiosk.ui.session import Preferences
from kiosk.ui.speech import Reader
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.print.worker import PrintWorker
    from kiosk.services.container import Services
    from kiosk.sync.runner import SyncRunner

log = logging.getLogger(__name__)
SYNC_WATCH_MS = 2000
# The UI thread takes the GIL for every call from Qt into Python (the event filter, a slot, a
# card's paint), and while other threads run Python (a first sync parsing, screening and
# indexing 10,000 records on two threads) each take waits for the switch interval, once per
# thread ahead of it. Against two busy Python threads, CPython's 5 ms let a 1 ms timer beat
# 48-64 ms apart (p99; 14-22 ms at 1 ms), and a first sync is no slower at 1 ms.
SWITCH_INTERVAL_S = 0.001


def screen_factories() -> list[ScreenFactory]:
    """Every screen after home. Imported here, late: they pull in the services and SQLAlchemy."""
    from kiosk.ui.complaint_screen import ComplaintScreen
    from kiosk.ui.find_work_screen import FindWorkScreen
    from kiosk.ui.help_screen import HelpScreen
    from kiosk.ui.identify_screen import IdentifyScreen
    from kiosk.ui.job_detail_screen import JobDetailScreen
    from kiosk.ui.register_screen import RegisterScreen
    from kiosk.ui.result_screen import ResultScreen
    from kiosk.ui.staff_screen import StaffScreen
    from kiosk.ui.training_screen import TrainingScreen
    from kiosk.ui.venue_screen import VenueScreen

    return [
        FindWorkScreen,
        JobDetailScreen,
        IdentifyScreen,
        ResultScreen,
        RegisterScreen,
        TrainingScreen,
        HelpScreen,
        ComplaintScreen,
        VenueScreen,
        StaffScreen,
    ]


def slip_printer(settings: Settings, services: Services) -> PrintWorker | None:
    """A printing process for the configured slip printer; None when there is no printer.

    With no slip printer configured the job simply stays queued and the worker is sent to the
    service desk, where staff print it.
    """
    if not settings.slip_printer:
        return None
    try:
        from kiosk.print.worker import PrintWorker
    except ImportError:  # the print package is optional in a stripped-down kiosk image
        log.warning("kiosk.print is missing: slips stay queued for the service desk")
        return None
    return PrintWorker(settings, services.ctx.device_id)


class KioskShell:
    """The worker kiosk: one window over the services, in the person's language and size."""

    def __init__(self, app: QApplication, settings: Settings, *, staff: bool = False) -> None:
        self.app = app
        self.settings = settings
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.prefs = Preferences(settings.language, settings.elderly_mode)
        self.translations = Translations(staff=True)
        self.runner = TaskRunner()
        self.reader = Reader(str(settings.extra.get("tts_engine", "")))
        self.translations.switch(self.prefs.language)
        self.prefs.sig_language_changed.connect(self._on_prefs_language_changed)
        self.prefs.sig_elderly_changed.connect(self._on_prefs_elderly_changed)
        self._apply_style()
        self.window = MainWindow(
            settings=settings, prefs=self.prefs, runner=self.runner, reader=self.reader, staff=staff
        )
        app.installEventFilter(self.window.watch)
        self.services: Services | None = None
        self.printer: PrintWorker | None = None
        self.sync: SyncRunner | None = None
        self._sync_watch = QTimer(interval=SYNC_WATCH_MS)
        self._pulled_seen = 0
        self._sync_watch.timeout.connect(self._on_sync_watch_timeout)

    def attach(self, services: Services) -> None:
        """Build every other screen once the database is open."""
        self.services = services
        self.printer = slip_printer(self.settings, services)
        self.window.slips.set_processor(self.printer.print_job if self.printer else None)
        self.window.attach_services(services, screen_factories())
        self._start_sync(services)

    def _start_sync(self, services: Services) -> None:
        """Sync in the background when this kiosk is enrolled; offline it works all the same."""
        from kiosk.sync.enrollment import build_runner

        self.sync = build_runner(self.settings, services.db)
        if self.sync is None:
            return
        self.sync.start()
        self.window.deps.sync = self.sync
        # Every finished database job may have queued ops: the push thread batches bursts.
        self.runner.sig_job_finished.connect(self._on_runner_job_finished)
        self._sync_watch.start()

    def _on_runner_job_finished(self, _slot: str) -> None:
        if self.sync is not None:
            self.sync.poke()

    def _on_sync_watch_timeout(self) -> None:
        # Polled on the UI thread: the sync threads never touch a widget.
        if self.sync is not None:
            self.window.topbar.set_online(self.sync.online)
            if self.sync.pulled != self._pulled_seen:
                self._pulled_seen = self.sync.pulled
                self.window.current_screen().records_arrived()

    def close(self) -> None:
        self._sync_watch.stop()
        if self.sync is not None:
            self.sync.stop()
        self.app.removeEventFilter(self.window.watch)
        self.runner.shutdown()
        self.window.close()
        self.window.deleteLater()
        if self.printer is not None:
            self.printer.close()
        if self.services is not None:
            self.services.db.close()

    def _apply_style(self) -> None:
        sheet = style.style_sheet(self.prefs.theme)
        if self.app.styleSheet() != sheet:  # setting it re-polishes every widget: slow
            self.app.setStyleSheet(sheet)

    def _on_prefs_language_changed(self, language: str) -> None:
        self.translations.switch(language)

    def _on_prefs_elderly_changed(self, _elderly: bool) -> None:
        self._apply_style()
