"""The kiosk app syncs in the background once enrolled, and its indicator tells the truth."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import make_kiosk, running_registry
from kiosk import config
from kiosk.domain.model import Worker
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell

WAIT_MS = 20_000
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the qapp fixture starts Qt


def test_an_enrolled_kiosk_shows_online_and_pushes_what_it_records(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        kiosk.close()
        settings = config.load(kiosk.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings)
        try:
            assert shell.window.topbar.online_label.text() in ("Offline", "离线")
            shell.attach(services)
            assert shell.sync is not None
            qtbot.waitUntil(
                lambda: shell.window.topbar.online_label.text() in ("Online", "在线"),
                timeout=WAIT_MS,
            )
            registered = services.workers.register(
                Worker(display_name="赵六", phone="13712345678"), consent=True
            ).worker
            shell.sync.poke()  # what a finished database job does in the app
            qtbot.waitUntil(lambda: registered.id in registry.records("worker"), timeout=WAIT_MS)
        finally:
            shell.close()
