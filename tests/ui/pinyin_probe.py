"""Run under a real X display: type pinyin on Qt Virtual Keyboard into the register name field.

Started as a subprocess by test_virtual_keyboard.py, because QT_IM_MODULE must be set before the
QApplication exists. Prints one JSON line: the locale, the candidates and the committed text.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.app import prepare_environment, prepare_locale
from kiosk.services.container import Services
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.shell import KioskShell

PINYIN = "wangjianguo"


def _keyboard_eval(expression: str) -> Any:
    """Evaluate QML in the keyboard's context, where the InputContext singleton lives."""
    view = next(
        w for w in QGuiApplication.topLevelWindows() if "InputView" in w.metaObject().className()
    )
    keyboard = view.findChild(QObject, "keyboard")
    expr = QQmlExpression(QQmlEngine.contextForObject(keyboard), keyboard, expression)
    value = expr.evaluate()
    if expr.hasError():
        raise RuntimeError(expr.error().toString())
    return value[0] if isinstance(value, tuple) else value


def main() -> int:
    home = Path(tempfile.mkdtemp())
    settings = config.load(home, env={})
    prepare_environment(fullscreen=True)
    prepare_locale(settings.language)
    app = QApplication(sys.argv[:1])
    services = Services.create(settings)
    shell = KioskShell(app, settings)
    shell.window.resize(1280, 800)
    shell.window.show()
    shell.attach(services)
    shell.window.go("register")
    screen = shell.window.screens["register"]
    assert isinstance(screen, RegisterScreen)
    result: dict[str, Any] = {"im_module": os.environ.get("QT_IM_MODULE")}

    def focus() -> None:
        screen.name_field.activateWindow()
        screen.name_field.setFocus()
        QGuiApplication.inputMethod().show()
        QTimer.singleShot(1500, type_pinyin)

    def type_pinyin() -> None:
        result["locale"] = _keyboard_eval("InputContext.locale")
        for ch in PINYIN:
            _keyboard_eval(
                f"InputContext.inputEngine.virtualKeyClick(Qt.Key_{ch.upper()}, '{ch}', 0)"
            )
        QTimer.singleShot(500, pick)

    def pick() -> None:
        model = "InputContext.inputEngine.wordCandidateListModel"
        count = int(_keyboard_eval(f"{model}.count"))
        result["preedit"] = _keyboard_eval("InputContext.preeditText")
        result["candidates"] = [
            _keyboard_eval(f"{model}.dataAt({i})") for i in range(min(5, count))
        ]
        _keyboard_eval(f"{model}.selectItem(0)")
        QTimer.singleShot(300, finish)

    def finish() -> None:
        result["committed"] = screen.name_field.text()
        print(json.dumps(result, ensure_ascii=False), flush=True)
        app.quit()

    QTimer.singleShot(300, focus)
    QTimer.singleShot(15000, app.quit)  # never hang a test run
    app.exec()
    shell.close()
    return 0 if "committed" in result else 1


if __name__ == "__main__":
    sys.exit(main())
