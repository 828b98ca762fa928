"""Build the one-folder kiosk bundle: dist/gig-kiosk-<version>-<arch>/gig-kiosk (`make bundle`).

For machines without Debian's packages: the bundle carries Python, PySide6 with Qt Virtual
Keyboard (pinyin) and the read-aloud plugins, the compiled translations, the icons and the
migrations; it needs the system's fonts (fonts-wqy-microhei) and, for printing to a printer, CUPS.
Run it with the project's virtual environment's Python (make bundle does).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).resolve().parent / "gig-kiosk.spec"


def bundle_name() -> str:
    """gig-kiosk-<version>-<arch>, the version being pyproject's (the release number)."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return f"gig-kiosk-{version}-{platform.machine()}"


def build(out: Path, work: Path) -> Path:
    # The compiled translations are not in git: compile them as `make translations` does.
    for module in ("kiosk.ui.i18n_build", "kiosk.ui.staff.i18n"):
        subprocess.run([sys.executable, "-m", module], cwd=ROOT, check=True)
    staging = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(staging), "--workpath", str(work / "build"), str(SPEC)],
        check=True,
    )  # fmt: skip
    target = out / bundle_name()
    if target.exists():
        shutil.rmtree(target)
    out.mkdir(parents=True, exist_ok=True)
    shutil.move(staging / "gig-kiosk", target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "bundle", help="PyInstaller's work folder"
    )
    args = parser.parse_args()
    print(build(args.out.resolve(), args.work.resolve()))


if __name__ == "__main__":
    main()
