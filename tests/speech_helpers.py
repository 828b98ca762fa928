"""A private PulseAudio null sink with its own speech-dispatcher, for tests that hear read-aloud."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import require_binary, require_system

SINK = "kiosk_null"


@pytest.fixture
def null_audio_sink(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private PulseAudio server with one null sink; speech-dispatcher spawned inside it.

    XDG_RUNTIME_DIR points at a fresh folder so the speech-dispatcher that libspeechd starts
    is this test's own, and inherits PULSE_SERVER: nothing reaches a sound card.
    """
    pulseaudio = require_binary("pulseaudio")
    require_binary("parec")
    require_binary("speech-dispatcher")
    require_system(
        shutil.which("espeak-ng") is not None, "espeak-ng is not installed (make system-deps)"
    )
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    socket = runtime / "pulse-native"
    server = subprocess.Popen(
        [
            pulseaudio,
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--use-pid-file=no",
            f"--load=module-null-sink sink_name={SINK}",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
    try:
        ready = subprocess.run(
            ["pactl", "--server", f"unix:{socket}", "info"], capture_output=True, timeout=10
        )
        for _ in range(50):
            if socket.exists() and ready.returncode == 0:
                break
            ready = subprocess.run(
                ["pactl", "--server", f"unix:{socket}", "info"], capture_output=True, timeout=10
            )
        require_system(ready.returncode == 0, "PulseAudio did not start")
        # Started here as the kiosk session starts it: spawned on demand by the first
        # QTextToSpeech, it takes seconds to listen and that first attempt gives up.
        subprocess.run(["speech-dispatcher", "--run-daemon"], check=True, timeout=30)
        speechd_socket = runtime / "speech-dispatcher" / "speechd.sock"
        for _ in range(100):
            if speechd_socket.exists():
                break
            time.sleep(0.1)
        require_system(speechd_socket.exists(), "speech-dispatcher did not start")
        yield f"unix:{socket}"
    finally:
        pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
        if pid_file.exists():
            subprocess.run(["kill", pid_file.read_text().strip()], check=False)
        server.terminate()
        server.wait(10)
