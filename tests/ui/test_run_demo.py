"""`kiosk run --demo` (what `make run` starts) shows the demo venue, address included.

The command runs in a process of its own: run in the test's process, it left the application
changed for every later test (presses on a stepper stopped repeating, taps were lost).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.cli import main
from kiosk.ui.main_window import MainWindow
from kiosk.ui.venue_screen import VenueScreen

GIVE_UP_MS = 60_000


ROOT = Path(__file__).resolve().parents[2]


def read_guide(argv: list[str]) -> tuple[int, str]:
    """Run the real command; once its window is up with the database open, read the guide."""
    app = QApplication([sys.argv[0]])
    read: list[str] = []

    def look() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].deps.ready or "venue" not in windows[0].screens:
            return
        window = windows[0]
        window.go("venue")
        screen = window.screens["venue"]
        assert isinstance(screen, VenueScreen)
        read.append(f"{screen.venue_label.text()}\n{screen.info.text()}")
        app.quit()

    poll = QTimer(interval=100)
    poll.timeout.connect(look)
    poll.start()
    QTimer.singleShot(GIVE_UP_MS, app.quit)  # never hang the suite on a window that never came
    try:
        code = main(argv)
    finally:
        poll.stop()
    assert read, "the kiosk window never got its screens"
    return code, read[0]


def _run_and_read_the_venue_guide(argv: list[str]) -> tuple[int, str]:
    program = (
        "import json, sys; from tests.ui.test_run_demo import read_guide; "
        "print(json.dumps(read_guide(sys.argv[1:])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, *argv], cwd=ROOT, capture_output=True, text=True,
        timeout=GIVE_UP_MS / 1000 + 60, env=dict(os.environ, PYTHONPATH=f"{ROOT}:{ROOT / 'tests'}"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    code, guide = json.loads(done.stdout.strip().splitlines()[-1])
    return int(code), str(guide)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "mock")
    for name in [n for n in os.environ if n.startswith("KIOSK_VENUE")]:
        monkeypatch.delenv(name)
    return tmp_path / "home"


def test_the_demo_kiosk_shows_its_venues_real_looking_address(home: Path) -> None:
    code, guide = _run_and_read_the_venue_guide(["--home", str(home), "run", "--demo"])
    assert code == 0
    assert guide.startswith("东城区零工市场\n")
    assert "东城区建设路88号人力资源市场一楼" in guide
    assert "请到服务台咨询" not in guide  # what a kiosk with no address says instead


def test_a_real_venue_started_with_demo_data_keeps_its_own_address(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "kiosk.toml").write_text('venue_address = "西城区和平街1号"\n', encoding="utf-8")
    code, guide = _run_and_read_the_venue_guide(["--home", str(home), "run", "--demo"])
    assert code == 0
    assert "西城区和平街1号" in guide and "建设路88号" not in guide
