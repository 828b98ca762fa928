"""Installs the translator for the chosen language; Qt then retranslates every screen live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from kiosk.ui import i18n_build
from kiosk.ui.staff.i18n import StaffTranslator


class Translations(QObject):
    """Holds the installed QTranslator and swaps it when the person picks a language.

    With `staff`, staff mode's catalogue is swapped in the same step. Installing a translator
    sends LanguageChange through every widget of the window: staff mode installing its own
    while the screens were built, or after each switch, retranslated every screen once more
    (~20 ms of UI-thread work, stretched to ~80 ms when a first sync holds the GIL).
    """

    def __init__(self, parent: QObject | None = None, *, staff: bool = False) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._staff = StaffTranslator(self) if staff else None
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
        if self._staff is not None:
            self._staff.switch(language)
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Deliver the LanguageChange events now, so the whole screen flips in one go.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return loaded
