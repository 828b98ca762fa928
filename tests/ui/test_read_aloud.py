"""The speaker button reads the screen aloud in its language, shows that it is reading, and stops.

The first tests use Qt's mock engine (it has English voices only, so it also stands for a kiosk
with no Mandarin voice); the last one speaks through the real engine, speech-dispatcher with
espeak-ng, into a PulseAudio null sink, and checks that sound came out.
"""

from __future__ import annotations

import array
import subprocess
import wave
from pathlib import Path

from kiosk.ui.shell import KioskShell
from kiosk.ui.speech import ReadState
from tests.speech_helpers import SINK, null_audio_sink
from tests.ui.people import Person

__all__ = ["null_audio_sink"]  # the fixture, used by name


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
