"""The one-folder bundle (`make bundle`) on a machine's X screen, used as a worker would.

The bundle is built here (or taken from GIG_TEST_BUNDLE, a dist/gig-kiosk-<version>-<arch>
folder) and run under Xvfb at 1280x800: it starts with demo data and paints the home screen,
a tap on the search field brings up the on-screen keyboard, taps on b-a-o-j-i-e give pinyin
candidates and the first one types 保洁, the English button turns the screen English, and the
bundle's own `print slip` writes a slip whose text is Chinese.

Run by `make test-packages`; screenshots of each step are left in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import require_binary, require_system

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "bundle" / "build.py"
PREBUILT_ENV = "GIG_TEST_BUNDLE"
SCREEN = (1280, 800)
# Where things are on the 1280x800 screen (read off the screenshots of this release).
FIND_WORK = (237, 350)
SEARCH_FIELD = (770, 143)
ENGLISH = (951, 47)
CHINESE_IN_ENGLISH = (707, 47)  # 简体中文, where the English top bar puts it
KEYS = {
    "a": (129, 557),
    "b": (767, 656),
    "e": (321, 460),
    "i": (958, 460),
    "j": (894, 557),
    "o": (1085, 460),
}
FIRST_CANDIDATE = (47, 378)
KEYBOARD = (0, 410, 1280, 800)  # the keys, below the candidate row
CANDIDATES = (0, 362, 1280, 396)
SEARCH_BUTTON = (1035, 112, 1135, 172)
# The screen's title in the top bar: 找工作 ends before x=335, "Find work" runs on past it.
TITLE_TAIL = (335, 25, 480, 70)


def dominant_share(image: Image.Image) -> float:
    """The share of the picture's pixels that have its commonest colour (1.0: one flat colour)."""
    rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=rgb.width * rgb.height)
    assert colours is not None
    return max(count for count, _ in colours) / (rgb.width * rgb.height)


def dark_share(image: Image.Image, below: int = 96) -> float:
    """The share of pixels darker than `below` (out of 255): text on a light bar, say."""
    grey = image.convert("L")
    return sum(grey.histogram()[:below]) / (grey.width * grey.height)


def blue_share(image: Image.Image) -> float:
    """The share of pixels in the kiosk's action blue (the 搜索 button, a chosen language)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    blue = sum(1 for r, g, b in pixels if b > 130 and r < 60 and g < 130)
    return blue / (rgb.width * rgb.height)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's `gig-kiosk` executable."""
    if os.environ.get(PREBUILT_ENV):
        executable = Path(os.environ[PREBUILT_ENV]) / "gig-kiosk"
        assert executable.is_file(), f"{PREBUILT_ENV} has no gig-kiosk: {executable}"
        return executable
    require_system(
        subprocess.run([sys.executable, "-c", "import PyInstaller"]).returncode == 0,
        "PyInstaller is not installed (the dev extra)",
    )
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(BUILD), "--out", str(out), "--work", str(out / "work")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    folder = Path(done.stdout.strip().splitlines()[-1])
    # PyInstaller links some libraries twice (symlinks): count each file once.
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(
        json.dumps(
            {"bundle_build_s": round(time.monotonic() - started), "bundle_mb": round(size / 2**20)}
        )
    )
    return folder / "gig-kiosk"


def test_the_bundle_says_its_release(bundle: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    done = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["kiosk", version]
    assert bundle.parent.name == f"gig-kiosk-{version}-{platform.machine()}"


@pytest.fixture
def kiosk_env(tmp_path: Path) -> dict[str, str]:
    """A fresh data directory and data key; no Qt settings from the developer's session."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_"))}
    env.update(
        {
            "KIOSK_HOME": str(tmp_path / "home"),
            "KIOSK_DATA_KEY_FILE": str(tmp_path / "data.key"),
            "KIOSK_TTS_ENGINE": "mock",  # read-aloud is not what this test listens for
        }
    )
    return env


@dataclass
class Screen:
    """An Xvfb screen: taps and key presses with xdotool, screenshots with ImageMagick."""

    display: str
    shots: Path
    count: int = 0

    def _env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def tap(self, point: tuple[int, int]) -> None:
        x, y = point
        subprocess.run(
            ["xdotool", "mousemove", str(x), str(y), "click", "1"],
            env=self._env(),
            check=True,
            timeout=10,
        )

    def keys(self, *combos: str) -> None:
        subprocess.run(["xdotool", "key", *combos], env=self._env(), check=True, timeout=10)

    def clipboard(self) -> str:
        return subprocess.run(
            ["xclip", "-o", "-selection", "clipboard"],
            env=self._env(),
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout

    def shot(self, name: str) -> Image.Image:
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self._env(), check=True, timeout=20
        )
        return Image.open(path)

    def wait_for(
        self, name: str, seen: Callable[[Image.Image], bool], timeout: float
    ) -> Image.Image:
        """Take screenshots until one shows what `seen` looks for."""
        deadline = time.monotonic() + timeout
        while True:
            image = self.shot(name)
            if seen(image):
                return image
            assert time.monotonic() < deadline, f"not seen within {timeout} s: {name}"
            time.sleep(0.3)

    def tap_until(
        self, spot: tuple[int, int], name: str, seen: Callable[[Image.Image], bool], timeout: float
    ) -> Image.Image:
        """Tap, and tap again when nothing happened, as a person does. The kiosk drops a tap
        that lands while a screen is still appearing (kiosk/ui/tap_guard.py), so a tap sent the
        moment a screenshot shows the new screen may be one it rightly ignores."""
        deadline = time.monotonic() + timeout
        while True:
            self.tap(spot)
            try:
                return self.wait_for(name, seen, 2)
            except AssertionError:
                assert time.monotonic() < deadline, f"not seen within {timeout} s: {name}"


@pytest.fixture
def screen(tmp_path: Path) -> Iterator[Screen]:
    for tool in ("Xvfb", "xdotool", "import", "xclip"):
        require_binary(tool)
    read, write = os.pipe()
    width, height = SCREEN
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    shots = tmp_path / "shots"
    shots.mkdir()
    yield Screen(display=f":{number}", shots=shots)
    xvfb.terminate()
    xvfb.wait(timeout=10)


def test_the_bundle_starts_types_pinyin_speaks_english_and_prints_a_slip(
    bundle: Path, kiosk_env: dict[str, str], screen: Screen, tmp_path: Path
) -> None:
    app_env = {
        **kiosk_env,
        "DISPLAY": screen.display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_IM_MODULE": "qtvirtualkeyboard",
    }
    log = (tmp_path / "kiosk.log").open("w")
    app = subprocess.Popen(
        [str(bundle), "run", "--demo", "--kiosk"], env=app_env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        home = screen.wait_for(
            "home", lambda shot: dominant_share(shot) < 0.5 and app.poll() is None, timeout=120
        )
        assert home.size == SCREEN
        assert app.poll() is None, (tmp_path / "kiosk.log").read_text()[-2000:]

        # The blue 搜索 button stands where the home screen has its light background.
        screen.tap_until(
            FIND_WORK, "find-work", lambda shot: blue_share(shot.crop(SEARCH_BUTTON)) > 0.5, 20
        )
        # The keyboard's near-black keys cover the lower half of the screen.
        screen.tap_until(
            SEARCH_FIELD, "keyboard", lambda shot: dark_share(shot.crop(KEYBOARD), 48) > 0.6, 20
        )
        before = screen.shot("no-candidates").crop(CANDIDATES)
        for letter in "baojie":
            screen.tap(KEYS[letter])
        screen.wait_for(
            "pinyin", lambda shot: shot.crop(CANDIDATES).tobytes() != before.tobytes(), 20
        )
        screen.tap(FIRST_CANDIDATE)
        screen.keys("ctrl+a", "ctrl+c")
        typed = screen.clipboard()
        assert typed == "保洁", typed  # pinyin "bao jie", its first candidate

        zh = screen.shot("zh")
        assert dark_share(zh.crop(TITLE_TAIL)) == 0  # 找工作 is short
        screen.tap(ENGLISH)
        screen.wait_for("en", lambda shot: dark_share(shot.crop(TITLE_TAIL)) > 0.02, timeout=20)
        screen.tap(CHINESE_IN_ENGLISH)
        screen.wait_for("zh-again", lambda shot: dark_share(shot.crop(TITLE_TAIL)) == 0, 20)
        assert app.poll() is None, (tmp_path / "kiosk.log").read_text()[-2000:]
    finally:
        app.terminate()
        app.wait(timeout=30)
        log.close()

    posting = json.loads(
        subprocess.run(
            [str(bundle), "search", "保洁", "--json", "--limit", "1"],
            env=kiosk_env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    )[0]
    slip = tmp_path / "slip.pdf"
    subprocess.run(
        [str(bundle), "print", "slip", "--posting", posting["id"], "--to", str(slip)],
        env=kiosk_env,
        check=True,
        timeout=60,
    )
    require_binary("pdftotext")
    text = subprocess.run(
        ["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = "".join(text.split())
    assert "岗位信息单" in words  # the slip's heading, in the CJK font
    assert "".join(posting["title"].split()) in words
