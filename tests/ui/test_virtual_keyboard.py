"""Qt Virtual Keyboard shows pinyin candidates for the name field (needs Xvfb)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require_system

from kiosk.app import virtual_keyboard_available

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.system
def test_pinyin_candidates_on_the_register_name_field(xvfb: object) -> None:
    require_system(xvfb is not None, "Xvfb is not running (install xvfb; pytest-xvfb starts it)")
    require_system(virtual_keyboard_available(), "PySide6 has no Qt Virtual Keyboard plugin")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(
        {
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": f":{xvfb.display}",  # type: ignore[attr-defined]
            "KIOSK_TTS_ENGINE": "mock",
            "PYTHONPATH": str(ROOT),
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.pinyin_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["im_module"] == "qtvirtualkeyboard"
    assert result["locale"] == "zh_CN"
    assert result["preedit"].replace(" ", "") == "wangjianguo"
    assert result["candidates"] and "王" in result["candidates"]
    assert all(c and all("\u4e00" <= ch <= "\u9fff" for ch in c) for c in result["candidates"])
    assert result["committed"] == result["candidates"][0]
    assert all("\u4e00" <= ch <= "\u9fff" for ch in result["committed"])
