"""Installs the translator for the chosen language; Qt then retranslates every screen live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from kiosk.ui import i18n_build


class Translations(QObject):
    """Holds the one installed QTranslator and swaps it when the person picks a language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.language = ""

    def switch(self, language: str) -> bool:
        """Install `language`; QEvent.LanguageChange then reaches every widget."""
        qm = i18n_build.ensure(language)
        translator = QTranslator(self)
        loaded = qm is not None and translator.load(str(qm))
        app = QCoreApplication.instance()
        if app is None:
            return False
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        if loaded:
            app.installTranslator(translator)
            self._translator = translator
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Deliver the LanguageChange events now, so the whole screen flips in one go.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return loaded
