"""`python -m kiosk.ui.i18n_build [--update]`: the worker screens' Qt Linguist catalogues.

Plain, it compiles the sources (assets/i18n/kiosk_*.ts) into .qm files next to the UI. With
--update it first refreshes the .ts files from the code with lupdate: new strings arrive
unfinished (translate them, then build again), strings gone from the code are dropped.

English is the language the code is written in, so its catalogue holds only the plural
messages (tr(text, "", n) with %n): "%n jobs found" needs "1 job found" and "2 jobs found",
every other string shows as written. Chinese has one form for any count.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ASSETS_I18N = Path(__file__).resolve().parents[2] / "assets" / "i18n"
QM_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
# The region the catalogue declares: Qt picks the plural rules from it.
TS_LANGUAGE = {"zh_CN": "zh_CN", "en": "en_US"}
# The worker screens are the modules right here; staff mode (staff/) keeps its own catalogue.
SOURCES_DIR = Path(__file__).resolve().parent


def _tool(name: str) -> str | None:
    """pyside6-<name> next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / f"pyside6-{name}"
    if local.exists():
        return str(local)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def lrelease() -> str | None:
    return _tool("lrelease")


def lupdate() -> str | None:
    return _tool("lupdate")


def sources() -> list[Path]:
    return sorted(SOURCES_DIR.glob("*.py"))


def ts_path(language: str) -> Path:
    return ASSETS_I18N / f"kiosk_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"kiosk_{language}.qm"


def stale(language: str) -> bool:
    ts, qm = ts_path(language), qm_path(language)
    return ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)


def build(language: str) -> Path:
    compile_qm(ts_path(language), qm_path(language))
    return qm_path(language)


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` beside it, then swap it in.

    A running kiosk's QTranslator maps its .qm into memory: lrelease rewriting that file in
    place (another process seeing a newer .ts) killed it with SIGBUS at its next tr().
    """
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found: install the 'kiosk' extra")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=qm.parent, prefix=f".{qm.stem}.", suffix=".qm")
    os.close(fd)
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", name], check=True, capture_output=True, timeout=60
        )
        os.replace(name, qm)
    finally:
        Path(name).unlink(missing_ok=True)


def ensure(language: str) -> Path | None:
    """The .qm for `language`, compiled first if missing or older than its .ts."""
    if stale(language):
        try:
            build(language)
        except (RuntimeError, OSError, subprocess.SubprocessError):
            return None
    qm = qm_path(language)
    return qm if qm.exists() else None


def update(language: str) -> Path:
    """Refresh `language`'s .ts from the sources; translations already there are kept."""
    tool = lupdate()
    if tool is None:
        raise RuntimeError("pyside6-lupdate not found: install the 'kiosk' extra")
    options = ["-silent", "-no-obsolete", "-locations", "absolute"]
    options += ["-target-language", TS_LANGUAGE[language]]
    if language == SOURCE_LANGUAGE:
        options.append("-pluralonly")
    ts = ts_path(language)
    subprocess.run(
        [tool, *options, *(str(p) for p in sources()), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return ts


def unfinished(language: str) -> list[str]:
    """Source texts still waiting for a translation (or for one of their plural forms)."""
    waiting = []
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") == "unfinished" or not all(
            (f.text or "").strip() for f in forms
        ):
            waiting.append(message.findtext("source") or "")
    return waiting


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    missing = 0
    for language in LANGUAGES:
        if "--update" in args:
            update(language)
            for source in unfinished(language):
                print(f"{language}: untranslated: {source!r}", file=sys.stderr)
                missing += 1
        print(build(language))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
