"""`make deb`: Debian packages of the kiosk and the registry, each with its own virtual environment.

    python installers/deb/build.py [--source DIR] [--version X.Y.Z] [--out dist]

Writes dist/gig-kiosk_<version>_<arch>.deb and dist/gig-registry_<version>_<arch>.deb. Each
holds the application installed (not editable) with its pinned dependencies (constraints.txt)
into a virtual environment under /opt, made with Debian's /usr/bin/python3 so it runs on the
machine that installs it; systemd units; a system user, a conffile and maintainer scripts that
migrate the database on install and upgrade. dpkg-deb builds the archive; `--source` lets the
test package an earlier release's tree with today's packaging.

This does by hand what dh-virtualenv does (make the venv in a staging root, then point its
scripts at the installed path): it needs no debhelper toolchain on a venue's build machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALLERS = HERE.parent
ROOT = HERE.parents[1]
# Debian's interpreter, not the build machine's own: the venv must run where it is installed.
SYSTEM_PYTHON = "/usr/bin/python3"


@dataclass(frozen=True)
class Package:
    name: str
    extra: str
    prefix: str
    summary: str
    depends: tuple[str, ...]
    recommends: tuple[str, ...]
    units: tuple[str, ...]
    conffiles: dict[str, str]  # installed path -> template file under installers/deb/<name>/


# tzdata: the venue's time zone (Asia/Shanghai) comes from the system's zoneinfo.
PYTHON_DEPENDS = ("python3 (>= 3.11)", "python3 (<< 3.12)", "passwd", "adduser", "tzdata")

PACKAGES = (
    Package(
        name="gig-kiosk",
        extra="kiosk",
        prefix="/opt/gig-kiosk",
        summary="Gig market docking kiosk: touchscreen app, staff desk, printing and sync",
        depends=(*PYTHON_DEPENDS, "fonts-wqy-microhei", "libfontconfig1", "libxkbcommon0",
                 "libegl1", "libgl1", "libdbus-1-3", "libpulse0", "libglib2.0-0"),
        # cage runs the kiosk through its Xwayland (kiosk-session.sh), which it does not pull in.
        recommends=("cage", "xwayland", "cups-client", "fonts-noto-cjk", "speech-dispatcher",
                    "speech-dispatcher-espeak-ng", "libspeechd2", "libxkbcommon-x11-0",
                    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"),
        units=("gig-kiosk.service", "gig-kiosk-datakey.service"),
        conffiles={"/etc/gig-kiosk/kiosk.toml": "kiosk.toml"},
    ),
    Package(
        name="gig-registry",
        extra="registry",
        prefix="/opt/gig-registry",
        summary="Gig market central registry: sync, public job pages and slip verification",
        depends=PYTHON_DEPENDS,
        recommends=("postgresql",),
        units=("gig-registry.service",),
        conffiles={"/etc/gig-registry/registry.env": "registry.env"},
    ),
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="the project tree to package")
    parser.add_argument("--version", help="default: the source's pyproject.toml version")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--only", choices=[p.name for p in PACKAGES], action="append")
    args = parser.parse_args(argv)
    source = args.source.resolve()
    version = args.version or _declared_version(source)
    args.out.mkdir(parents=True, exist_ok=True)
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    for package in PACKAGES:
        if args.only and package.name not in args.only:
            continue
        deb = build(package, source, version, arch, args.out.resolve())
        print(deb)
    return 0


def _declared_version(source: Path) -> str:
    project: dict[str, str] = tomllib.loads((source / "pyproject.toml").read_text())["project"]
    return project["version"]


def build(package: Package, source: Path, version: str, arch: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix=f"{package.name}-") as tmp:
        stage = Path(tmp) / "root"
        venv = stage / package.prefix.lstrip("/") / "venv"
        _make_venv(venv, source, package.extra)
        if package.extra == "kiosk":
            _add_kiosk_assets(venv, source)
        # Bytecode is compiled on the target by postinst, against the installed paths.
        for cache in venv.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        _relocate(venv, f"{package.prefix}/venv")
        _install_files(package, source, stage)
        _control(package, version, arch, stage)
        deb = out / f"{package.name}_{version}_{arch}.deb"
        subprocess.run(
            # zstd at a low level: a PySide6 venv is ~600 MB, and xz would take minutes.
            ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z3", "--build", str(stage), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        return deb


def _make_venv(venv: Path, source: Path, extra: str) -> None:
    subprocess.run([SYSTEM_PYTHON, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    constraints = source / "constraints.txt"
    pins = ["-c", str(constraints)] if constraints.exists() else []
    # A copy of the tree, so building the wheel never writes into the source (build/, egg-info).
    with tempfile.TemporaryDirectory(prefix="src-") as tmp:
        tree = Path(tmp) / "src"
        shutil.copytree(
            source, tree, ignore=shutil.ignore_patterns(".git", ".venv", "dist", "build", ".home",
                                                        "*.egg-info", "__pycache__", "docs")
        )  # fmt: skip
        subprocess.run([*pip, "install", "--no-compile", *pins, f"{tree}[{extra}]"], check=True)


def _add_kiosk_assets(venv: Path, source: Path) -> None:
    """The icons and translation sources the screens read from `assets/` beside the `kiosk`
    package (outside it in the source tree, so not in the wheel), and the compiled translations.

    A top-level `assets` folder is only acceptable because this venv is the application's own.
    """
    site = next((venv / "lib").glob("python3*/site-packages"))
    shutil.copytree(source / "assets", site / "assets", dirs_exist_ok=True)
    python = str(venv / "bin" / "python")
    for module in ("kiosk.ui.i18n_build", "kiosk.ui.staff.i18n"):
        subprocess.run([python, "-m", module], check=True, capture_output=True, cwd=site)


def _relocate(venv: Path, installed: str) -> None:
    """Point the venv's scripts and settings at where dpkg will put it."""
    staged = str(venv)
    for path in [*(venv / "bin").iterdir(), venv / "pyvenv.cfg"]:
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if staged.encode() in data:
            path.write_bytes(data.replace(staged.encode(), installed.encode()))


def _install_files(package: Package, source: Path, stage: Path) -> None:
    units = stage / "lib" / "systemd" / "system"
    units.mkdir(parents=True)
    for unit in package.units:
        shutil.copy2(INSTALLERS / "systemd" / unit, units / unit)
    for installed, template in package.conffiles.items():
        target = stage / installed.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(HERE / package.name / template, target)
    if package.name == "gig-kiosk":
        session = stage / package.prefix.lstrip("/") / "kiosk-session.sh"
        shutil.copy2(INSTALLERS / "kiosk-session.sh", session)
        session.chmod(0o755)
    command = stage / "usr" / "bin" / package.name
    command.parent.mkdir(parents=True)
    shutil.copy2(HERE / package.name / package.name, command)
    command.chmod(0o755)
    docs = stage / "usr" / "share" / "doc" / package.name
    docs.mkdir(parents=True)
    for name in ("README.md", "CHANGELOG.md", "LICENSE"):
        if (source / name).exists():
            shutil.copy2(source / name, docs / name)


def _control(package: Package, version: str, arch: str, stage: Path) -> None:
    debian = stage / "DEBIAN"
    debian.mkdir()
    size_kb = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file()) // 1024
    fields = {
        "Package": package.name,
        "Version": version,
        "Architecture": arch,
        "Maintainer": "Gig market kiosk team <kiosk@example.invalid>",
        "Installed-Size": str(size_kb),
        "Depends": ", ".join(package.depends),
        "Recommends": ", ".join(package.recommends),
        "Section": "misc",
        "Priority": "optional",
        "Description": package.summary,
    }
    (debian / "control").write_text("".join(f"{k}: {v}\n" for k, v in fields.items()))
    (debian / "conffiles").write_text("".join(f"{path}\n" for path in package.conffiles))
    for script in ("postinst", "prerm", "postrm"):
        template = HERE / package.name / script
        target = debian / script
        target.write_text(template.read_text().replace("@PREFIX@", package.prefix))
        target.chmod(0o755)


if __name__ == "__main__":
    sys.exit(main())
