"""Composition root: the QApplication, translator, window and services, home screen first."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kiosk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.services.container import Services
    from kiosk.ui.heartbeat import Heartbeat
    from kiosk.ui.shell import KioskShell

log = logging.getLogger(__name__)

# Set by the startup benchmark: print a marker and quit once the home screen has painted.
EXIT_AFTER_FIRST_PAINT = "KIOSK_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_MARKER = "KIOSK_FIRST_PAINT"
VIRTUAL_KEYBOARD_ENV = "KIOSK_VIRTUAL_KEYBOARD"

Mode = Literal["app", "board"]


def virtual_keyboard_available() -> bool:
    """Whether PySide6 ships the Qt Virtual Keyboard input context plugin."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforminputcontexts"
    return any(plugin.glob("libqtvirtualkeyboardplugin*"))


def prepare_environment(fullscreen: bool, env: MutableMapping[str, str] | None = None) -> None:
    """Environment Qt reads when the QApplication is made: the on-screen keyboard with pinyin.

    The hall has no physical keyboard, so full screen always gets the virtual keyboard; a
    window on a desk PC gets it when asked (KIOSK_VIRTUAL_KEYBOARD=1). The offscreen platform
    (tests, benchmarks) has no screen to show it on.
    """
    target: MutableMapping[str, str] = os.environ if env is None else env
    if target.get("QT_QPA_PLATFORM") == "offscreen" or "QT_IM_MODULE" in target:
        return
    wanted = fullscreen or target.get(VIRTUAL_KEYBOARD_ENV) == "1"
    if wanted and virtual_keyboard_available():
        target["QT_IM_MODULE"] = "qtvirtualkeyboard"
        # Offer Chinese (pinyin) first and English second on the keyboard's language key.
        target.setdefault("QT_VIRTUALKEYBOARD_ACTIVE_LOCALES", "zh_CN;en_US")


def prepare_locale(language: str) -> None:
    """The default locale before the QApplication: the virtual keyboard starts in it (pinyin)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(language))


def place_window(window: QWidget, fullscreen: bool) -> None:
    """Full screen: frameless and exactly the primary screen, which works with no window manager."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if fullscreen:
        window.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.show()
        window.raise_()
        window.activateWindow()
    else:
        window.resize(1280, 800)
        window.show()


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gig-kiosk")
    _quit_on_sigterm(app)
    return app


def _quit_on_sigterm(app: QApplication) -> None:
    """`systemctl stop` (SIGTERM) and Ctrl+C end the event loop, so the kiosk closes in order:
    the sync stops between transactions, the database is checkpointed and closed.

    Python runs a signal handler only when it gets control; Qt's loop runs in C++, so a timer
    hands control back a few times a second.
    """
    from PySide6.QtCore import QTimer

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def launch(settings: Settings, *, mode: Mode | str, fullscreen: bool, staff: bool) -> int:
    """Start the kiosk (`mode="app"`) or the big-screen board (`mode="board"`); blocks."""
    started = time.perf_counter()
    prepare_environment(fullscreen)
    prepare_locale(settings.language)
    app = _application()
    if mode == "board":
        return _launch_board(app, settings, fullscreen)
    from kiosk.ui.heartbeat import Heartbeat
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(app, settings, staff=staff)
    heartbeat = Heartbeat(app)
    shell.window.home_screen.sig_first_paint.connect(
        lambda: _on_first_paint(app, shell, started, staff, heartbeat)
    )
    place_window(shell.window, fullscreen)
    try:
        return app.exec()
    finally:
        heartbeat.stopping()
        shell.close()


def _on_first_paint(
    app: QApplication, shell: KioskShell, started: float, staff: bool, heartbeat: Heartbeat
) -> None:
    from PySide6.QtCore import QTimer

    if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
        print(f"{FIRST_PAINT_MARKER} {time.perf_counter() - started:.3f}", flush=True)
        QTimer.singleShot(0, app.quit)
        return
    # The database opens (and migrates) on the db lane, after the home screen is on the glass.
    from kiosk.ui.tasks import LaneName

    def open_services() -> Services:
        from kiosk.services.container import Services

        return Services.create(shell.settings)

    def on_ready(services: Services) -> None:
        from kiosk.ui.expiry import ExpiryTimer

        shell.attach(services)
        # Postings past their date leave the walk-ins' lists at start, every 10 min, at midnight.
        ExpiryTimer(services.postings, shell.runner, parent=shell.window).start()
        if staff:
            shell.window.go("staff")
        heartbeat.ready()

    def on_failed(error: BaseException) -> None:
        log.error("the database cannot be opened", exc_info=error)
        shell.window.home_screen.show_fault()
        # Alive and telling staff what is wrong: a restart would not mend the file.
        heartbeat.ready()

    shell.runner.submit(LaneName.DB, "app.services", open_services, on_ready, on_failed)


def _launch_board(app: QApplication, settings: Settings, fullscreen: bool) -> int:
    from kiosk.services.container import Services
    from kiosk.ui.board_screen import BoardWindow
    from kiosk.ui.expiry import ExpiryTimer
    from kiosk.ui.heartbeat import Heartbeat

    services = Services.create(settings)
    board = BoardWindow(app, settings, services)
    expiry = ExpiryTimer(services.postings, board.runner, parent=board)
    expiry.sig_expired.connect(lambda _count: board.window.reload())
    expiry.start()
    place_window(board.window, fullscreen)
    heartbeat = Heartbeat(app)
    heartbeat.ready()
    try:
        return app.exec()
    finally:
        heartbeat.stopping()
        board.close()
        services.db.close()
