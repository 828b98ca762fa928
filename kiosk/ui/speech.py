"""Read aloud: the current screen or a slip, through QtTextToSpeech, made on first use."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

ENGINE_ENV = "KIOSK_TTS_ENGINE"
# Qt's test engine: it speaks nothing aloud, so it is only used when named.
MOCK_ENGINE = "mock"
# Voice names that mean Mandarin. espeak-ng files its Mandarin voice under the "C" locale, so a
# voice is recognised by its name as well as by its locale.
_MANDARIN_HINTS = ("mandarin", "cmn", "huihui", "yaoyao", "tingting", "xiaoxiao", "kangkang")
# Chinese voices that a Mandarin speaker would not follow.
_NOT_MANDARIN = ("cantonese", "yue", "hakka", "jyutping", "min nan")


class ReadState(StrEnum):
    IDLE = "idle"
    SPEAKING = "speaking"
    # No engine, or no voice for the language: the button says so instead of staying silent.
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class VoiceChoice:
    locale: QLocale
    voice: QVoice


def engine_names() -> list[str]:
    """The engines a kiosk may speak through: every installed plugin except the test engine."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return [name for name in QTextToSpeech.availableEngines() if name != MOCK_ENGINE]


def open_engine(name: str, parent: QObject | None = None) -> QTextToSpeech | None:
    """The named engine (or the first real one), or None when it cannot start.

    Qt reports a plugin that fails to load (speechd without libspeechd, or without a running
    speech-dispatcher) as an engine in the Error state, not as an exception.
    """
    from PySide6.QtTextToSpeech import QTextToSpeech

    candidates = [name] if name else engine_names()
    for candidate in candidates:
        # The speechd engine starts with a voice for the default locale and gives up when it
        # has none: espeak-ng files Mandarin under "C", so a kiosk set to zh_CN never spoke.
        # It starts under en_US (every engine has it); find_voice then picks the language.
        default = QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        try:
            tts = QTextToSpeech(candidate, parent)
        finally:
            QLocale.setDefault(default)
        if tts.state() != QTextToSpeech.State.Error:
            return tts
        log.warning("text-to-speech engine %s: %s", candidate, tts.errorString())
        tts.deleteLater()
    return None


def find_voice(tts: QTextToSpeech, language: str) -> VoiceChoice | None:
    """A voice that speaks `language` (zh_CN means Mandarin), or None if the engine has none."""
    chinese = language.startswith("zh")
    wanted = QLocale.Language.Chinese if chinese else QLocale.Language.English
    locales = tts.availableLocales()
    # Locales of the wanted language first (en_US before en_GB for the English default).
    ordered = sorted(
        locales,
        key=lambda loc: (loc.language() != wanted, loc.name() != ("zh_CN" if chinese else "en_US")),
    )
    before = tts.locale()
    try:
        for locale in ordered:
            if not chinese and locale.language() != wanted:
                break
            tts.setLocale(locale)
            voice = _pick(tts.availableVoices(), chinese, by_locale=locale.language() == wanted)
            if voice is not None:
                return VoiceChoice(locale, voice)
    finally:
        tts.setLocale(before)
    return None


def _pick(voices: list[QVoice], chinese: bool, *, by_locale: bool) -> QVoice | None:
    # Plain voices before espeak-ng's "+variant" copies of them; for English, American first.
    for voice in sorted(voices, key=lambda v: ("+" in v.name(), "america" not in v.name().lower())):
        name = voice.name().lower()
        if not chinese:
            return voice
        if any(hint in name for hint in _NOT_MANDARIN):
            continue
        if any(hint in name for hint in _MANDARIN_HINTS) or (by_locale and "chinese" in name):
            return voice
    if chinese and by_locale:
        # A zh locale whose voices carry no telling name (a vendor's "Voice 1"): trust the locale.
        plain = [v for v in voices if not any(h in v.name().lower() for h in _NOT_MANDARIN)]
        return plain[0] if plain else None
    return None


class Reader(QObject):
    """Speaks text in the kiosk's language. The engine starts on the first tap, never before:

    the default speech-dispatcher engine can hang on a machine with no audio sink, and most
    people never press the speaker.
    """

    sig_speaking = Signal(str)
    sig_state_changed = Signal(str)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = os.environ.get(ENGINE_ENV, engine)
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, VoiceChoice | None] = {}
        self._language = ""
        self.state = ReadState.IDLE
        self.last_text = ""

    def toggle(self, text: str, language: str) -> None:
        """The speaker button: reads, or stops what it is reading."""
        if self.state == ReadState.SPEAKING:
            self.stop()
        else:
            self.speak(text, language)

    def speak(self, text: str, language: str) -> bool:
        tts = self._engine()
        choice = self._voice(tts, language) if tts is not None else None
        if tts is None or choice is None:
            self._set_state(ReadState.UNAVAILABLE)
            return False
        if language != self._language:
            tts.setLocale(choice.locale)
            tts.setVoice(choice.voice)
            self._language = language
        tts.stop()
        self.last_text = text
        tts.say(text)
        self._set_state(ReadState.SPEAKING)
        self.sig_speaking.emit(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()
        if self.state == ReadState.SPEAKING:
            self._set_state(ReadState.IDLE)

    def _engine(self) -> QTextToSpeech | None:
        # Tried again on every tap until it starts: speech-dispatcher, spawned by the first
        # attempt, may not be listening yet when that attempt gives up.
        if self._tts is None:
            self._tts = open_engine(self.engine_name, self)
            if self._tts is not None:
                self._tts.stateChanged.connect(self._on_tts_state_changed)
        return self._tts

    def _voice(self, tts: QTextToSpeech, language: str) -> VoiceChoice | None:
        if language not in self._voices:
            self._voices[language] = find_voice(tts, language)
            if self._voices[language] is None:
                log.warning("no %s voice in the %s engine", language, tts.engine())
        return self._voices[language]

    def _on_tts_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._set_state(ReadState.SPEAKING)
        elif state == QTextToSpeech.State.Error:
            self._set_state(ReadState.UNAVAILABLE)
        elif self.state == ReadState.SPEAKING:
            self._set_state(ReadState.IDLE)

    def _set_state(self, state: ReadState) -> None:
        if state != self.state or state == ReadState.UNAVAILABLE:
            self.state = state
            self.sig_state_changed.emit(state.value)
