"""The package's kiosk session, as its systemd unit starts it (`cage -d -- kiosk-session.sh`), on
wlroots' headless backend: the kiosk fills cage's output with its home screen, and grim's
screenshot of it is docs/screenshots/kiosk-session.png.

The kiosk is the source tree's (KIOSK_BIN; the session script defaults to the package's).
Run by `make test-packages`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from tests.conftest import require_binary
from tests.packages.test_bundle import blue_share, dark_share, dominant_share

ROOT = Path(__file__).resolve().parents[2]
SESSION = ROOT / "installers" / "kiosk-session.sh"
SCREENSHOT = ROOT / "docs" / "screenshots" / "kiosk-session.png"
# cage puts one 1280x720 output on the headless backend.
OUTPUT = (1280, 720)


def _cage_command(cage: str) -> list[str]:
    # "-r -r" turns the output upside down (grim turns the picture back). Upright, cage 0.1.4
    # scans the full-screen kiosk's buffer out directly, and wlroots 0.15's screencopy then
    # hands grim the last frame cage composed itself (black, from before the kiosk mapped).
    command = [cage, "-d", "-r", "-r", "--", str(SESSION)]
    if os.geteuid() == 0:
        # cage refuses to run as root (a kiosk runs as its own user): in a user namespace the
        # test is an ordinary user to cage, and still root to the files (the venv, the data).
        return ["unshare", "--user", "--map-user=1000", "--map-group=1000", *command]
    return command


def _screenshot(env: dict[str, str], path: Path) -> Image.Image | None:
    done = subprocess.run(["grim", str(path)], env=env, capture_output=True, timeout=30)
    return Image.open(path).convert("RGB") if done.returncode == 0 else None


def test_the_kiosk_session_fills_the_screen_with_the_home_screen(tmp_path: Path) -> None:
    cage = require_binary("cage")
    require_binary("grim")
    require_binary("Xwayland")  # cage 0.1.4 will not start without it
    kiosk = os.environ.get("KIOSK_BIN") or str(Path(sys.executable).parent / "kiosk")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QT_", "KIOSK_", "WLR_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(
        {
            "KIOSK_BIN": kiosk,
            "KIOSK_HOME": str(tmp_path / "home"),
            "KIOSK_DATA_KEY_FILE": str(tmp_path / "data.key"),
            "KIOSK_TTS_ENGINE": "mock",  # no speech-dispatcher daemon left behind
            "XDG_RUNTIME_DIR": str(runtime),
        }
    )
    subprocess.run([kiosk, "seed", "--postings", "60", "--workers", "5"], env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    log_path = tmp_path / "cage.log"
    with log_path.open("w") as log:
        session = subprocess.Popen(
            _cage_command(cage),
            env={**env, "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1"},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        shot_path = tmp_path / "session.png"
        deadline = time.monotonic() + 120
        shot = None
        while time.monotonic() < deadline and session.poll() is None:
            sockets = [p for p in runtime.glob("wayland-*") if not p.name.endswith(".lock")]
            if sockets:
                shot = _screenshot({**env, "WAYLAND_DISPLAY": sockets[0].name}, shot_path)
                # Painted: no longer one flat colour (cage's black before the kiosk maps).
                if shot is not None and dominant_share(shot) < 0.5:
                    break
            time.sleep(0.5)
        assert session.poll() is None, log_path.read_text()[-3000:]
        assert shot is not None and dominant_share(shot) < 0.5, log_path.read_text()[-3000:]
    finally:
        with contextlib.suppress(ProcessLookupError):  # cage (and the kiosk) may be gone
            os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=30)

    assert shot.size == OUTPUT  # grim takes the whole output
    # The kiosk covers it to the edges: no strip of cage's black background anywhere.
    width, height = shot.size
    for edge in [(0, 0, width, 8), (0, height - 8, width, height), (0, 0, 8, height),
                 (width - 8, 0, width, height)]:  # fmt: skip
        assert dark_share(shot.crop(edge), below=16) < 0.05, edge
    assert dark_share(shot, below=16) < 0.02
    assert blue_share(shot) > 0.03  # the home screen's blue 找工作 tile
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot_path, SCREENSHOT)
