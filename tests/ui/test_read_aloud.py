"""The speaker button reads the screen aloud in its language, shows that it is reading, and stops.

The first tests use Qt's mock engine (it has English voices only, so it also stands for a kiosk
with no Mandarin voice); the last one speaks through the real engine, speech-dispatcher with
espeak-ng, into a PulseAudio null sink, and checks that sound came out.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui.shell import KioskShell
from kiosk.ui.speech import ReadState
from tests.conftest import require_binary, require_system
from tests.ui.people import Person


def test_read_aloud_speaks_the_current_screen_and_stops_on_a_second_tap(
    person: Person, kiosk: KioskShell
) -> None:
    reader = kiosk.reader
    button = kiosk.window.topbar.read_button
    person.tap(kiosk.window.topbar.language_buttons["en"])
    assert reader._tts is None
    with person.qtbot.waitSignal(reader.sig_speaking, timeout=3000) as spoken:
        person.tap(button)
    assert reader.engine_name == "mock"
    assert "Welcome" in spoken.args[0]
    assert reader.state == ReadState.SPEAKING
    assert button.text() == "Stop reading"

    person.tap(button)
    person.qtbot.waitUntil(lambda: reader.state == ReadState.IDLE, timeout=3000)
    assert button.text() == "Read aloud"

    person.tap_tile("find")
    person.on("find_work")
    with person.qtbot.waitSignal(reader.sig_speaking, timeout=3000) as spoken:
        person.tap(button)
    assert "jobs found" in spoken.args[0]


def test_with_no_voice_for_the_language_the_button_says_reading_is_unavailable(
    person: Person, kiosk: KioskShell
) -> None:
    # Qt's mock engine has no Chinese voice: a kiosk without a Mandarin voice must say so, not
    # read Chinese with an English voice or stay silent.
    reader = kiosk.reader
    with person.qtbot.waitSignal(reader.sig_state_changed, timeout=3000):
        person.tap(kiosk.window.topbar.read_button)
    assert reader.state == ReadState.UNAVAILABLE
    assert kiosk.window.topbar.read_button.text() == "朗读不可用"


def test_with_no_engine_at_all_the_button_says_reading_is_unavailable(
    person: Person, kiosk: KioskShell
) -> None:
    kiosk.reader.engine_name = "no-such-engine"
    person.tap(kiosk.window.topbar.language_buttons["en"])
    person.tap(kiosk.window.topbar.read_button)
    assert kiosk.reader.state == ReadState.UNAVAILABLE
    assert kiosk.window.topbar.read_button.text() == "Read-aloud unavailable"


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


def _peak(wav_path: Path) -> int:
    with wave.open(str(wav_path)) as recording:
        assert recording.getsampwidth() == 2
        samples = array.array("h", recording.readframes(recording.getnframes()))
    return max((abs(s) for s in samples), default=0)


def test_read_aloud_speaks_mandarin_and_english_through_the_real_engine(
    null_audio_sink: str, tmp_path: Path, person: Person, kiosk: KioskShell
) -> None:
    reader = kiosk.reader
    reader.engine_name = "speechd"
    button = kiosk.window.topbar.read_button
    for language, voice_word in (("zh_CN", "mandarin"), ("en", "english")):
        person.tap(kiosk.window.topbar.language_buttons[language])
        recording = tmp_path / f"{language}.wav"
        parec = subprocess.Popen(
            [
                "parec",
                "--server",
                null_audio_sink,
                "-d",
                f"{SINK}.monitor",
                "--file-format=wav",
                str(recording),
            ],
        )
        try:
            person.tap(button)
            person.qtbot.waitUntil(lambda: reader.state == ReadState.SPEAKING, timeout=10_000)
            choice = reader._voices[language]
            assert choice is not None and voice_word in choice.voice.name().lower()
            # Let the engine speak for a moment: this is a recording window, not a wait for a
            # condition.
            person.qtbot.wait(2500)
            person.tap(button)
            person.qtbot.waitUntil(lambda: reader.state == ReadState.IDLE, timeout=5000)
        finally:
            parec.terminate()
            parec.wait(10)
        assert _peak(recording) > 2000, f"no sound came out for {language}"
