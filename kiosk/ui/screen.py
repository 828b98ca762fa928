"""What every screen shares: its dependencies, live retranslation, reset and read-aloud text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.config import Settings
from kiosk.domain.model import Worker
from kiosk.ui import texts
from kiosk.ui.printing import SlipDispatcher
from kiosk.ui.question import Question
from kiosk.ui.session import Preferences, WorkerSession
from kiosk.ui.tasks import LaneName, TaskRunner

if TYPE_CHECKING:
    # Imported for types only: the services (SQLAlchemy) load after the first frame.
    from kiosk.services.container import Services
    from kiosk.sync.runner import SyncRunner


class Navigator(Protocol):
    def go(self, name: str, arg: Any = None) -> None: ...

    def back(self) -> None: ...

    def home(self) -> None: ...

    def wipe(self) -> None: ...

    def ask(self, question: Question) -> None: ...


class ScreenDeps:
    """Handed to every screen by the main window (constructor injection, no globals).

    The services arrive after the first frame (opening and migrating the database is slow), so
    they are attached later; only screens built after that may use them.
    """

    def __init__(
        self,
        *,
        settings: Settings,
        runner: TaskRunner,
        session: WorkerSession,
        prefs: Preferences,
        slips: SlipDispatcher,
        nav: Navigator,
    ) -> None:
        self.settings = settings
        self.runner = runner
        self.session = session
        self.prefs = prefs
        self.slips = slips
        self.nav = nav
        self._services: Services | None = None
        # The background sync of an enrolled kiosk (set by the shell once it runs); None when
        # this kiosk works on its own.
        self.sync: SyncRunner | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services are not attached yet")
        return self._services

    @property
    def ready(self) -> bool:
        return self._services is not None

    def attach(self, services: Services) -> None:
        self._services = services


class Screen(QWidget):
    """A full-window page. Subclasses build widgets in __init__ and set words in retranslate()."""

    name = ""
    # Polished, laid out and painted offscreen at idle start-up (MainWindow._warm_up_next).
    warm_on_start = False
    # A screen whose title changes while it stays shown (staff mode's pages) emits this.
    sig_title_changed = Signal()

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__()
        self.deps = deps
        self.setObjectName("screen")

    # -- what subclasses fill in

    def keeps_awake(self) -> bool:
        """True while the kiosk's idle wipe must wait (a signed-in staff member's work)."""
        return False

    def retranslate(self) -> None:
        """Set every visible word; runs at start and on each language change."""

    def reset(self) -> None:
        """Forget everything the last person entered or chose (the idle wipe)."""

    def enter(self, arg: Any = None) -> None:
        """Called each time the screen is shown, with what the previous screen passed."""

    def records_arrived(self) -> None:
        """The registry's records came in while this screen is shown (a first sync, say)."""

    def title(self) -> str:
        return ""

    def step_back(self) -> bool:
        """The top bar's Back: go back a step inside this screen; False when at its first."""
        return False

    def unsaved(self) -> bool:
        """True while leaving would throw away what the person typed (so leaving asks first)."""
        return False

    def speech_text(self) -> str:
        """What the read-aloud button says: the visible words, top to bottom."""
        parts: list[str] = []
        widgets = [w for w in self.findChildren(QWidget) if w.isVisibleTo(self)]
        widgets.sort(
            key=lambda w: (
                w.mapTo(self, w.rect().topLeft()).y(),
                w.mapTo(self, w.rect().topLeft()).x(),
            )
        )
        for widget in widgets:
            if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
                parts.append(widget.text().strip())
        return "\n".join(dict.fromkeys(parts))

    def warm_up(self) -> None:
        """At idle start-up, after the first offscreen paint: prepare anything else slow."""

    def theme_changed(self) -> None:
        """Elderly mode switched: re-measure anything sized by hand (style sheets follow)."""

    # -- helpers

    def submit_db(self, job: str, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        """A service call on the db lane, one live job per (screen, job)."""
        self.deps.runner.submit(LaneName.DB, f"{self.name}.{job}", fn, on_done, on_error)

    def look_up_card(
        self,
        field: QLineEdit,
        on_found: Callable[[Worker], None],
        show_error: Callable[[str], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """A worker card read into `field` by the keyboard-wedge scanner: find its worker."""
        code = field.text().strip()
        field.clear()
        if not code:
            return
        workers = self.deps.services.workers

        def found(worker: Worker | None) -> None:
            if worker is None:
                show_error(texts.unknown_card())
            else:
                on_found(worker)

        self.submit_db("find", lambda: workers.find_by_card(code), found, on_error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
