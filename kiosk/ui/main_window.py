"""The kiosk's one window: top bar, a stack of screens, navigation, the idle wipe, read-aloud."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.ui.event_watch import EventWatch
from kiosk.ui.home_screen import HomeScreen
from kiosk.ui.idle import ELDERLY_FACTOR, CountdownOverlay, IdleWatcher
from kiosk.ui.keyboard import KeyboardDock
from kiosk.ui.printing import SlipDispatcher
from kiosk.ui.question import Question, QuestionOverlay
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.session import Preferences, WorkerSession, who_text
from kiosk.ui.speech import Reader
from kiosk.ui.tap_guard import TapGuard
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.topbar import TopBar
from kiosk.ui.widgets import show_current_page_only

if TYPE_CHECKING:
    from kiosk.services.container import Services

log = logging.getLogger(__name__)

ScreenFactory = Callable[[ScreenDeps], Screen]


class MainWindow(QMainWindow):
    """Owns the screens and moves between them; screens ask it to go somewhere by name."""

    sig_screen_shown = Signal(str)
    sig_wiped = Signal()
    sig_services_attached = Signal()

    def __init__(
        self,
        *,
        settings: Settings,
        prefs: Preferences,
        runner: TaskRunner,
        reader: Reader,
        staff: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.prefs = prefs
        self.runner = runner
        self.reader = reader
        self.staff = staff
        self.session = WorkerSession(self)
        self.slips = SlipDispatcher(runner, None, self)
        self.deps = ScreenDeps(
            settings=settings,
            runner=runner,
            session=self.session,
            prefs=prefs,
            slips=self.slips,
            nav=self,
        )
        self.setWindowTitle(settings.venue_name)
        self.topbar = TopBar()
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.topbar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Watches the application (see self.watch): the on-screen keyboard docks below.
        self.keyboard = KeyboardDock(self, layout)
        # The window is the screen: what it holds never makes it grow past it (the keyboard's
        # margin, while a screen is still settling, would push it beyond the bottom edge).
        window_layout = self.layout()
        if window_layout is not None:
            window_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        show_current_page_only(self.stack)
        self.screens: dict[str, Screen] = {}
        self._history: list[str] = []
        # Screens still to be polished, laid out and painted once offscreen (see _warm_up_next).
        self._to_warm: list[Screen] = []
        self._warm_timer = QTimer(self, singleShot=True, interval=0)
        self._warm_timer.timeout.connect(self._warm_up_next)
        self._waiting: tuple[str, Any] | None = None
        self.home_screen = HomeScreen(self.deps)
        self._add(self.home_screen)

        # Installed on the application by the shell: drops bounced and double taps everywhere.
        self.tap_guard = TapGuard(self)
        self.idle = IdleWatcher(settings.idle_timeout_s, self)
        # Installed on the application by the shell. The idle watcher is asked first: it sees
        # every touch, even a tap the guard then drops.
        self.watch = EventWatch(self.idle, self.keyboard, self.tap_guard, parent=self)
        self.idle.sig_idle.connect(self._on_idle_idle)
        self.question = QuestionOverlay(central)
        self.overlay = CountdownOverlay(central)
        self.overlay.sig_continue_clicked.connect(self.idle.poke)
        self.overlay.sig_expired.connect(self._on_overlay_expired)

        self.topbar.sig_back_clicked.connect(self.back)
        self.topbar.sig_home_clicked.connect(self._on_topbar_home_clicked)
        self.topbar.sig_done_clicked.connect(self.wipe)
        self.session.sig_worker_changed.connect(self._on_session_worker_changed)
        self.topbar.sig_language_chosen.connect(prefs.set_language)
        self.topbar.sig_elderly_toggled.connect(prefs.set_elderly)
        self.topbar.sig_read_aloud_clicked.connect(self._on_topbar_read_aloud)
        self.reader.sig_state_changed.connect(self.topbar.set_reading)
        prefs.sig_language_changed.connect(self._on_prefs_language_changed)
        prefs.sig_elderly_changed.connect(self._on_prefs_elderly_changed)
        self.topbar.set_language(prefs.language)
        self.topbar.set_elderly(prefs.elderly)
        self.idle.set_relaxed(prefs.elderly)
        self.topbar.retranslate()
        self._show(self.home_screen)

    # -- building

    def attach_services(self, services: Services, factories: list[ScreenFactory]) -> None:
        """Services are ready (after the first frame): build the screens that need them."""
        self.deps.attach(services)
        for factory in factories:
            screen = factory(self.deps)
            self._add(screen)
            if screen.warm_on_start:
                self._to_warm.append(screen)
        self._warm_timer.start()
        self.sig_services_attached.emit()
        if self._waiting is not None:
            name, arg = self._waiting
            self._waiting = None
            self.go(name, arg)

    def _add(self, screen: Screen) -> None:
        self.screens[screen.name] = screen
        self.stack.addWidget(screen)
        screen.sig_title_changed.connect(self._on_screen_title_changed)

    def _warm_up_next(self) -> None:
        """Polish, lay out and paint one hidden screen offscreen, one per event-loop turn.

        A screen's first showing costs style-sheet polish of every child, a first layout pass
        and cold glyph and icon caches: 100+ ms at once on the kiosk's slow CPU. Doing it here,
        while the kiosk waits for its first tap, makes the first visit as cheap as the next.
        """
        while self._to_warm:
            screen = self._to_warm.pop(0)
            page = self.stack.currentWidget()
            if screen is page or page is None or not self.isVisible():
                continue
            if screen.size() != page.size():
                screen.setGeometry(page.geometry())
            screen.ensurePolished()
            layout = screen.layout()
            if layout is not None:
                layout.activate()
            canvas = QPixmap(screen.size())
            screen.render(canvas)
            screen.warm_up()
            break
        if self._to_warm:
            self._warm_timer.start()
        else:
            # Start-up is over: what exists now (modules, widgets, services) lives as long as
            # the kiosk. Moved out of the collector's view, a full (gen 2) collection no
            # longer walks it all on the UI thread, which stalled the screen for ~100 ms.
            gc.freeze()

    # -- Navigator

    def go(self, name: str, arg: Any = None) -> None:
        screen = self.screens.get(name)
        if screen is None:
            if not self.deps.ready:
                self._waiting = (name, arg)  # a tap in the first moment after start
            else:
                log.warning("no screen called %s", name)
            return
        current = self.current_screen()
        if current is not screen:
            self._history.append(current.name)
        self._show(screen)
        screen.enter(arg)

    def back(self) -> None:
        """The top bar's Back: a step back inside the screen first, then the screen before."""
        screen = self.current_screen()
        if screen.step_back():
            return
        if screen.unsaved():
            self._ask_leave(self._back_to_previous)
            return
        self._back_to_previous()

    def ask(self, question: Question) -> None:
        self.tap_guard.screen_changed()  # the tap that asked must not answer too
        self.question.ask(question)

    def _back_to_previous(self) -> None:
        while self._history:
            screen = self.screens.get(self._history.pop())
            if screen is not None and screen is not self.current_screen():
                self._show(screen)
                return
        self.home()

    def home(self) -> None:
        self._history.clear()
        self._show(self.home_screen)

    def _ask_leave(self, then: Callable[[], None]) -> None:
        screen = self.current_screen()

        def leave() -> None:
            screen.reset()
            then()

        self.ask(
            Question(
                lambda: (
                    self.tr("Leave without saving?"),
                    self.tr("What you typed here will be lost."),
                    self.tr("Leave"),
                    self.tr("Stay and finish"),
                ),
                on_yes=leave,
            )
        )

    def _ask_done(self) -> None:
        worker = self.session.worker
        if worker is None:
            self.home()
            return
        self.ask(
            Question(
                lambda: (
                    self.tr("Are you done?"),
                    who_text(worker),
                    self.tr("Yes, I'm done"),
                    self.tr("No, I want to do more"),
                ),
                on_yes=self.wipe,
                on_no=self.home,
            )
        )

    def wipe(self) -> None:
        """Forget the person: every field, filter, choice, the identified worker, their language."""
        self.question.dismiss()
        self.overlay.stop()
        self.reader.stop()
        for screen in self.screens.values():
            screen.reset()
        self.session.clear()
        self.prefs.restore_defaults()
        self.home()
        self.idle.poke()
        self.sig_wiped.emit()

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _show(self, screen: Screen) -> None:
        self.keyboard.put_away()  # typing belonged to the screen before
        self.stack.setCurrentWidget(screen)
        self._update_title()
        self.sig_screen_shown.emit(screen.name)

    def _update_title(self) -> None:
        screen = self.current_screen()
        self.topbar.set_title(screen.title(), at_home=screen is self.home_screen)

    # -- events

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.topbar.retranslate()
            self._update_title()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        central = self.centralWidget()
        if central is not None:
            for cover in (self.overlay, self.question):
                if cover.isVisible():
                    cover.setGeometry(central.rect())

    def _on_prefs_language_changed(self, language: str) -> None:
        self.topbar.set_language(language)

    def _on_prefs_elderly_changed(self, elderly: bool) -> None:
        self.topbar.set_elderly(elderly)
        self.idle.set_relaxed(elderly)
        for screen in self.screens.values():
            screen.theme_changed()

    def _on_topbar_home_clicked(self) -> None:
        # Home is where the next person starts: a worker still identified is asked whether
        # they are done, and a half-filled form asks before it is thrown away.
        if self.current_screen().unsaved():
            self._ask_leave(self._ask_done)
        else:
            self._ask_done()

    def _on_session_worker_changed(self) -> None:
        worker = self.session.worker
        self.topbar.set_who(who_text(worker) if worker is not None else "")

    def _on_topbar_read_aloud(self) -> None:
        screen = self.current_screen()
        text = "\n".join(x for x in (screen.title(), screen.speech_text()) if x)
        try:
            self.reader.toggle(text, self.prefs.language)
        except Exception:  # a broken speech engine must never take the kiosk down
            log.exception("read aloud failed")

    def _nothing_to_wipe(self) -> bool:
        return (
            self.current_screen() is self.home_screen
            and self.session.worker is None
            and self.prefs.at_defaults
        )

    def _on_screen_title_changed(self) -> None:
        if self.sender() is self.current_screen():
            self._update_title()

    def _on_idle_idle(self) -> None:
        # Signed-in staff have their own, longer idle sign-out; after it, this wipe applies.
        if self.current_screen().keeps_awake():
            self.idle.poke()
            return
        if self._nothing_to_wipe() or self.overlay.running:
            self.idle.poke()
            return
        factor = ELDERLY_FACTOR if self.prefs.elderly else 1
        self.overlay.start(self.overlay.countdown_s * factor)

    def _on_overlay_expired(self) -> None:
        self.wipe()


def window_flags(fullscreen: bool) -> Qt.WindowType:
    if fullscreen:
        return Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
    return Qt.WindowType.Window
