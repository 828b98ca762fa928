"""`kiosk doctor`, as an installer runs it on a new kiosk: a real screen (Xvfb), real CUPS, the
real read-aloud engine and a real registry; then the same kiosk with its parts missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import require_binary

from integration.test_sync_harness import make_kiosk, running_registry
from tests.speech_helpers import null_audio_sink

__all__ = ["null_audio_sink"]  # the fixture, used by name

KIOSK = [sys.executable, "-m", "kiosk"]
NAMED = {"display", "fonts", "printer:slip", "printer:record", "printer:ticket", "speech_zh",
         "speech_en", "keyboard", "registry", "clock", "disk", "database"}  # fmt: skip


def _doctor(
    home: Path, *args: str, screen: bool, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    command = [*KIOSK, "--home", str(home), "doctor", *args]
    if screen:
        command = [require_binary("xvfb-run"), "-a", "-s", "-screen 0 1920x1080x24", *command]
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        command, capture_output=True, text=True, timeout=180, env={**clean, **env}
    )


def test_a_kiosk_with_its_parts_in_place_passes_the_doctor(
    null_audio_sink: str, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k1")
        kiosk.close()
        (kiosk.home / "kiosk.toml").write_text(
            kiosk.home.joinpath("kiosk.toml").read_text()
            + f'slip_printer = "cups:PDF"\nrecord_printer = "file:{tmp_path / "a4"}"\n'
        )
        env = {k: os.environ[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
        done = _doctor(kiosk.home, "--json", "--lang", "en", screen=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(done.stdout)
    found = {row["check"]: row for row in rows}
    assert set(found) >= NAMED, NAMED - set(found)
    for name in NAMED:
        assert found[name]["ok"], found[name]
    assert "Mandarin" in found["speech_zh"]["detail"]
    assert "1920×1080" in found["display"]["detail"]
    assert found["registry"]["detail"].startswith(registry.url)


def test_the_doctor_names_in_chinese_what_a_new_kiosk_lacks(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k1")
        kiosk.close()
    # The registry is gone now; the printer queue never existed; no speech engine, no screen.
    (kiosk.home / "kiosk.toml").write_text(
        kiosk.home.joinpath("kiosk.toml").read_text()
        + 'slip_printer = "cups:NoSuchQueue"\ntts_engine = "no-such-engine"\n'
    )
    done = _doctor(kiosk.home, screen=False, env={})
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    by_name = {line.split(":", 1)[0]: line for line in lines}
    assert by_name["✗ 屏幕"].endswith(
        "没有屏幕：请在触摸屏的图形会话中运行（DISPLAY 或 WAYLAND_DISPLAY）"
    )
    assert "cups:NoSuchQueue" in by_name["✗ 小票打印机"]
    assert "连不上" in by_name["✗ 中心平台"]
    assert "没有 zh_CN 朗读语音" in by_name["✗ 中文朗读"]
    assert by_name["✓ 数据库"].startswith("✓ 数据库: 数据库完好")
    assert "Traceback" not in done.stderr
