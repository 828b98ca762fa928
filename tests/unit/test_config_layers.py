"""An installed kiosk's settings: the installer's /etc file, what enrollment wrote, then env."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import config


def test_the_data_directorys_settings_override_the_installers_and_enrollment_keeps_them_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = tmp_path / "etc" / "kiosk.toml"
    system.parent.mkdir()
    system.write_text(
        'slip_printer = "cups:Slip80"\nvenue_name = "东城区零工市场"\nlanguage = "en"\n'
    )
    home = tmp_path / "home"
    home.mkdir()
    (home / "kiosk.toml").write_text('venue_name = "东城区零工驿站"\n')
    env = {config.SYSTEM_CONFIG_ENV: str(system), "KIOSK_LANGUAGE": "zh_CN"}

    settings = config.load(home, env=env)
    assert settings.slip_printer == "cups:Slip80"  # the installer's
    assert settings.venue_name == "东城区零工驿站"  # the data directory's wins
    assert settings.language == "zh_CN"  # the environment wins over both

    # Enrollment writes what it learned; the installer's printer stays in /etc alone, so a
    # later change there still takes effect.
    monkeypatch.setenv(config.SYSTEM_CONFIG_ENV, str(system))
    config.write(config.replace(settings, registry_url="https://registry.example.org"))
    written = (home / "kiosk.toml").read_text()
    assert 'registry_url = "https://registry.example.org"' in written
    assert "slip_printer" not in written
    system.write_text('slip_printer = "cups:NewSlip"\n')
    assert config.load(home, env=env).slip_printer == "cups:NewSlip"
