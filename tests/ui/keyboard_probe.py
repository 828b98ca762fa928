"""Run under a real X display: the register screen with Qt Virtual Keyboard up.

Started as a subprocess by test_virtual_keyboard.py (QT_IM_MODULE must be set before the
QApplication exists). Prints one JSON line: where the keyboard stood, whether 下一步 was in
sight above it, and whether Enter and a tap elsewhere put it away.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.app import prepare_environment, prepare_locale
from kiosk.services.container import Services
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.shell import KioskShell
from tests.ui.pinyin_probe import _keyboard_eval

SHOW_MS = 1500


def main() -> int:
    home = Path(tempfile.mkdtemp())
    settings = config.load(home, env={})
    prepare_environment(fullscreen=True)
    prepare_locale(settings.language)
    app = QApplication(sys.argv[:1])
    services = Services.create(settings)
    shell = KioskShell(app, settings)
    screen_size = QGuiApplication.primaryScreen().geometry()
    shell.window.setGeometry(screen_size)
    shell.window.show()
    shell.attach(services)
    shell.window.go("register")
    screen = shell.window.screens["register"]
    assert isinstance(screen, RegisterScreen)
    method = QGuiApplication.inputMethod()
    result: dict[str, Any] = {}

    def type_in_name(then: Callable[[], None]) -> None:
        screen.name_field.activateWindow()
        screen.name_field.setFocus()
        method.show()
        QTimer.singleShot(SHOW_MS, then)

    def measured() -> None:
        keyboard = method.keyboardRectangle()
        button = screen.next_button
        bottom = button.mapToGlobal(button.rect().bottomLeft()).y()
        result["shown"] = method.isVisible()
        result["keyboard_top"] = keyboard.top()
        result["next_bottom"] = bottom
        result["covered_px"] = shell.window.keyboard.covered_px
        screen.phone.setText("13912345678")
        screen.name_field.setText("王建国")
        _keyboard_eval("InputContext.inputEngine.virtualKeyClick(Qt.Key_Return, '\\n', 0)")
        QTimer.singleShot(800, after_enter)

    def after_enter() -> None:
        result["step_after_enter"] = screen.current_step()
        result["shown_after_enter"] = method.isVisible()
        screen._go_step(0)
        type_in_name(tap_elsewhere)

    def tap_elsewhere() -> None:
        result["shown_again"] = method.isVisible()
        QTest.mouseClick(screen.heading, Qt.MouseButton.LeftButton)
        QTimer.singleShot(800, finish)

    def finish() -> None:
        result["shown_after_tap"] = method.isVisible()
        result["covered_after_tap"] = shell.window.keyboard.covered_px
        print(json.dumps(result), flush=True)
        app.quit()

    QTimer.singleShot(500, lambda: type_in_name(measured))
    QTimer.singleShot(20000, app.quit)  # never hang a test run
    app.exec()
    shell.close()
    return 0 if "shown_after_tap" in result else 1


if __name__ == "__main__":
    sys.exit(main())
