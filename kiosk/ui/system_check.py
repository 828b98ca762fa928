"""What `kiosk doctor` asks Qt: the screen and touch, Chinese fonts, read-aloud voices.

Each probe returns plain findings (no widgets); the doctor words them. A QApplication must exist.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase, QGuiApplication, QInputDevice

from kiosk.ui.speech import engine_names, find_voice, open_engine

# speech-dispatcher spawned by the first connection takes a few seconds to listen.
SPEECH_ATTEMPTS = 6
SPEECH_RETRY_S = 1.0


@dataclass(frozen=True)
class Screen:
    platform: str
    width: int
    height: int
    touch: bool


@dataclass(frozen=True)
class Voice:
    engine: str
    name: str


def screen() -> Screen | None:
    """The primary screen as Qt sees it; None when there is none."""
    app = QGuiApplication.instance()
    primary = QGuiApplication.primaryScreen()
    if not isinstance(app, QGuiApplication) or primary is None:
        return None
    size = primary.geometry()
    touch = any(
        device.type() == QInputDevice.DeviceType.TouchScreen for device in QInputDevice.devices()
    )
    return Screen(QGuiApplication.platformName(), size.width(), size.height(), touch)


def chinese_ui_fonts() -> list[str]:
    """Font families Qt can draw Simplified Chinese with (the screens' text), SC faces first."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return sorted(families, key=lambda name: not name.endswith(" SC"))


def voice(engine_name: str, language: str) -> Voice | None:
    """The voice read-aloud would use for `language`, or None (no engine, or no such voice)."""
    if not engine_name and not engine_names():
        return None
    for attempt in range(SPEECH_ATTEMPTS):
        tts = open_engine(engine_name)
        if tts is not None:
            try:
                choice = find_voice(tts, language)
                return Voice(tts.engine(), choice.voice.name()) if choice else None
            finally:
                tts.deleteLater()
        if attempt + 1 < SPEECH_ATTEMPTS:
            time.sleep(SPEECH_RETRY_S)
    return None
