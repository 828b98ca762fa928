"""Read aloud: the current screen or a slip, through QtTextToSpeech, made on first use."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal

log = logging.getLogger(__name__)

ENGINE_ENV = "KIOSK_TTS_ENGINE"
_MANDARIN_HINTS = ("zh", "cmn", "mandarin", "chinese", "huihui", "yaoyao", "tingting")


class Reader(QObject):
    """Speaks text in the kiosk's language. The engine starts on the first tap, never before:

    the default speech-dispatcher engine can hang on a machine with no audio sink, and most
    people never press the speaker.
    """

    sig_speaking = Signal(str)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = os.environ.get(ENGINE_ENV, engine)
        self._tts: object | None = None
        self._language = ""
        self.last_text = ""

    def speak(self, text: str, language: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts is None:
            self._tts = (
                QTextToSpeech(self.engine_name, self) if self.engine_name else QTextToSpeech(self)
            )
        tts = self._tts
        assert isinstance(tts, QTextToSpeech)
        if language != self._language:
            self._choose_voice(tts, language)
            self._language = language
        tts.stop()
        self.last_text = text
        tts.say(text)
        self.sig_speaking.emit(text)

    def stop(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if isinstance(self._tts, QTextToSpeech):
            self._tts.stop()

    @staticmethod
    def _choose_voice(tts: object, language: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert isinstance(tts, QTextToSpeech)
        chinese = language.startswith("zh")
        wanted = QLocale.Language.Chinese if chinese else QLocale.Language.English
        for locale in tts.availableLocales():
            if locale.language() == wanted:
                tts.setLocale(locale)
                break
        if not chinese:
            return
        # A Chinese locale may still offer Cantonese or other voices: prefer Mandarin by name.
        for voice in tts.availableVoices():
            name = voice.name().lower()
            if voice.locale().language() == QLocale.Language.Chinese and any(
                hint in name for hint in _MANDARIN_HINTS
            ):
                tts.setVoice(voice)
                return
        log.info("no Mandarin voice by name; using the engine's default for %s", language)
