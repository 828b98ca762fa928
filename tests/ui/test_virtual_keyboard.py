"""Qt Virtual Keyboard: pinyin for the name field, docked below 下一步, put away by Enter or a
tap elsewhere (needs Xvfb)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import require_system

from kiosk.app import virtual_keyboard_available

ROOT = Path(__file__).resolve().parents[2]


def _probe(xvfb: object, module: str) -> dict[str, Any]:
    """Run `module` under Xvfb with Qt Virtual Keyboard; its last stdout line is JSON."""
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
        [sys.executable, "-m", module],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.system
def test_pinyin_candidates_on_the_register_name_field(xvfb: object) -> None:
    result = _probe(xvfb, "tests.ui.pinyin_probe")
    assert result["im_module"] == "qtvirtualkeyboard"
    assert result["locale"] == "zh_CN"
    assert result["preedit"].replace(" ", "") == "wangjianguo"
    assert result["candidates"] and "王" in result["candidates"]
    assert all(c and all("\u4e00" <= ch <= "\u9fff" for ch in c) for c in result["candidates"])
    assert result["committed"] == result["candidates"][0]
    assert all("\u4e00" <= ch <= "\u9fff" for ch in result["committed"])


@pytest.mark.system
def test_the_keyboard_leaves_next_in_sight_and_goes_with_enter_or_a_tap_elsewhere(
    xvfb: object,
) -> None:
    result = _probe(xvfb, "tests.ui.keyboard_probe")
    assert result["shown"]
    assert result["covered_px"] > 0
    assert result["next_bottom"] <= result["keyboard_top"]  # 下一步 is above the keyboard
    assert result["step_after_enter"] == "work"  # Enter moved on...
    assert not result["shown_after_enter"]  # ...and the keyboard went with it
    assert result["shown_again"]
    assert not result["shown_after_tap"]  # a tap on the heading, not the small hide key
    assert result["covered_after_tap"] == 0
