"""One release number, in pyproject.toml, printed by both commands."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_both_commands_print_the_release_pyproject_declares() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for module, name in (("kiosk.cli", "kiosk"), ("registry.cli", "kiosk-registry")):
        code = f"from {module} import main; raise SystemExit(main())"
        done = subprocess.run(
            [sys.executable, "-c", code, "--version"],
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        assert done.stdout.strip() == f"{name} {declared}"
