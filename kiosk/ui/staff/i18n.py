"""Staff mode's own translations (assets/i18n/staff_*.ts), installed beside the kiosk's."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from kiosk.ui import i18n_build

ASSETS_I18N = i18n_build.ASSETS_I18N
QM_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = i18n_build.LANGUAGES


def ts_path(language: str) -> Path:
    return ASSETS_I18N / f"staff_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"staff_{language}.qm"


def ensure(language: str) -> Path | None:
    """The staff .qm for `language`, compiled first if missing or older than its .ts."""
    ts, qm = ts_path(language), qm_path(language)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            i18n_build.compile_qm(ts, qm)
        except (RuntimeError, OSError, subprocess.SubprocessError):
            return None
    return qm if qm.exists() else None


class StaffTranslator(QObject):
    """Keeps the staff translator installed for the kiosk's current language.

    Installed beside the kiosk's by kiosk.ui.i18n.Translations, in the same switch: installing
    a translator posts a LanguageChange event to every widget, staff pages and screens alike.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self.language = ""

    def switch(self, language: str) -> bool:
        app = QCoreApplication.instance()
        if app is None or language == self.language:
            return self._translator is not None
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        self.language = language
        qm = ensure(language)
        translator = QTranslator(self)
        if qm is None or not translator.load(str(qm)):
            return False
        app.installTranslator(translator)
        self._translator = translator
        return True


def main() -> int:
    """`python -m kiosk.ui.staff.i18n`: compile both staff .ts files."""
    for language in LANGUAGES:
        print(ensure(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
