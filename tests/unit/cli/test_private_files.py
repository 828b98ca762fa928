"""What the `kiosk` command leaves on disk is private, and its key comes from where systemd says."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
import sys
from pathlib import Path

from unit.cli.test_cli import kiosk

from kiosk.store import at_rest

ROOT = Path(__file__).resolve().parents[3]
UNITS = ROOT / "installers" / "systemd"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_kiosk_uses_the_key_systemd_hands_it_and_never_keeps_one_in_its_data(
    tmp_path: Path,
) -> None:
    credentials = tmp_path / "credentials"
    key_file = credentials / "data.key"
    made = subprocess.run(
        [sys.executable, "-m", "kiosk.datakey", str(key_file)], cwd=ROOT, capture_output=True
    )
    assert made.returncode == 0, made.stderr
    assert mode(key_file) == 0o600 and mode(credentials) == 0o700
    home = tmp_path / "home"
    env = {**os.environ, "CREDENTIALS_DIRECTORY": str(credentials)}
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(home), "db", "upgrade"],
        cwd=ROOT,
        env={k: v for k, v in env.items() if k != "KIOSK_DATA_KEY_FILE"},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    conn = at_rest.connect(home / "kiosk.db", key_file.read_bytes())
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    conn.close()
    assert not any(p.name.endswith(".key") for p in home.rglob("*"))


def test_a_database_opened_with_another_key_is_one_clear_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert kiosk(home, "db", "upgrade").returncode == 0
    other = tmp_path / "other.key"
    other.write_bytes(bytes(32))
    env = {**os.environ, "KIOSK_DATA_KEY_FILE": str(other)}
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--home", str(home), "db", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert out.stderr.startswith("kiosk: ") and "Traceback" not in out.stderr
    assert "cannot be opened with this data key" in out.stderr


def test_backups_and_printed_pdfs_from_the_command_line_are_private(tmp_path: Path) -> None:
    os.umask(0o022)  # a login shell's umask: the kiosk must not rely on it
    home = tmp_path / "home"
    assert kiosk(home, "seed", "--postings", "2", "--workers", "1").returncode == 0
    backup = tmp_path / "usb" / "backup.db"
    assert kiosk(home, "db", "backup", str(backup)).returncode == 0
    posting_id = kiosk(home, "search", "--json", "--limit", "1").stdout.split('"id": "')[1][:36]
    pdf = tmp_path / "slips" / "slip.pdf"
    out = kiosk(home, "print", "slip", "--posting", posting_id, "--to", str(pdf))
    assert out.returncode == 0, out.stderr
    printer = tmp_path / "file-printer"
    out = kiosk(home, "print", "slip", "--posting", posting_id, "--printer", f"file:{printer}")
    assert out.returncode == 0, out.stderr
    printed = [p for p in printer.rglob("*") if p.is_file()]
    assert printed and {mode(p) for p in printed} == {0o600}
    assert mode(backup) == 0o600 and mode(pdf) == 0o600
    assert mode(home) == 0o700 and mode(home / "kiosk.db") == 0o600


def test_the_systemd_unit_keeps_the_kiosks_files_private_and_its_key_with_root() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(UNITS / "gig-kiosk.service")
    service = unit["Service"]
    assert service["UMask"] == "0077"
    assert service["StateDirectoryMode"] == "0700"
    assert service["LoadCredential"] == "data.key:/etc/gig-kiosk/data.key"
    assert "gig-kiosk-datakey.service" in unit["Unit"]["Requires"]
    maker = configparser.ConfigParser(strict=False, interpolation=None)
    maker.read(UNITS / "gig-kiosk-datakey.service")
    assert maker["Service"]["ExecStart"].endswith("-m kiosk.datakey /etc/gig-kiosk/data.key")
