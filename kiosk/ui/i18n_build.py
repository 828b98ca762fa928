"""`python -m kiosk.ui.i18n_build`: compile the Qt Linguist sources (.ts) into .qm files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ASSETS_I18N = Path(__file__).resolve().parents[2] / "assets" / "i18n"
QM_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("zh_CN", "en")


def lrelease() -> str | None:
    """pyside6-lrelease next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / "pyside6-lrelease"
    if local.exists():
        return str(local)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ts_path(language: str) -> Path:
    return ASSETS_I18N / f"kiosk_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"kiosk_{language}.qm"


def stale(language: str) -> bool:
    ts, qm = ts_path(language), qm_path(language)
    return ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)


def build(language: str) -> Path:
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found: install the 'kiosk' extra")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool, "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return qm_path(language)


def ensure(language: str) -> Path | None:
    """The .qm for `language`, compiled first if missing or older than its .ts."""
    if stale(language):
        try:
            build(language)
        except (RuntimeError, OSError, subprocess.SubprocessError):
            return None
    qm = qm_path(language)
    return qm if qm.exists() else None


def main() -> int:
    for language in LANGUAGES:
        print(build(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
