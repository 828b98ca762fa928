"""UI test fixtures: offscreen Qt, the mock speech engine, and a kiosk over real services."""

from __future__ import annotations

import os

# Before any QApplication exists: widgets render offscreen, speech never reaches a sound card.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KIOSK_TTS_ENGINE"] = "mock"
os.environ.pop("QT_IM_MODULE", None)

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from tests.ui.people import Person

# Qt messages a test may cause without anything being wrong.
ALLOWED_QT_WARNINGS = (
    "This plugin does not support propagateSizeHints()",
    "QFont::setPointSize",
)


@pytest.fixture
def kiosk(
    qapp: object, qtbot: QtBot, settings: config.Settings, services: Services
) -> Iterator[KioskShell]:
    """The worker kiosk in zh_CN, normal size, with every screen built over `services`."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = KioskShell(app, settings)
    shell.window.resize(1920, 1080)
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.attach(services)
    yield shell
    shell.prefs.restore_defaults()
    shell.runner.shutdown()
    app.removeEventFilter(shell.window.watch)
    shell.translations.switch("en")


@pytest.fixture
def person(qtbot: QtBot, kiosk: KioskShell) -> Person:
    return Person(qtbot, kiosk)
