"""The speaker button reads the current screen aloud (mock speech engine), in its language."""

from __future__ import annotations

from kiosk.ui.shell import KioskShell
from tests.ui.people import Person


def test_read_aloud_speaks_the_current_screen(person: Person, kiosk: KioskShell) -> None:
    reader = kiosk.reader
    assert reader._tts is None
    with person.qtbot.waitSignal(reader.sig_speaking, timeout=3000) as spoken:
        person.tap(kiosk.window.topbar.read_button)
    assert reader.engine_name == "mock"
    assert "欢迎" in spoken.args[0]
    assert "找工作" in spoken.args[0]

    person.tap(kiosk.window.topbar.language_buttons["en"])
    person.tap_tile("find")
    person.on("find_work")
    with person.qtbot.waitSignal(reader.sig_speaking, timeout=3000) as spoken:
        person.tap(kiosk.window.topbar.read_button)
    assert "jobs found" in spoken.args[0]
