"""Typed settings: `kiosk.toml` in the data directory, then KIOSK_* environment variables.

The data directory comes from platformdirs unless `--home DIR` or KIOSK_HOME says otherwise.
No Qt here: the CLI, services and tests read the same settings.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs

from kiosk import datakey

CONFIG_FILE = "kiosk.toml"
ENV_PREFIX = "KIOSK_"
# An installed kiosk's settings made by its installer (the package's conffile); the data
# directory's kiosk.toml, which `kiosk enroll` writes, overrides it.
SYSTEM_CONFIG = Path("/etc/gig-kiosk") / CONFIG_FILE
SYSTEM_CONFIG_ENV = "KIOSK_SYSTEM_CONFIG"


class ConfigError(Exception):
    """The settings file or an environment variable holds something unusable."""


@dataclass(slots=True, kw_only=True)
class Settings:
    home: Path
    # venue identity (registry-owned once the kiosk is enrolled)
    venue_id: str = "local-venue"
    venue_name: str = "零工市场对接区"
    venue_district: str = "东城区"
    venue_address: str = ""
    venue_hours: str = "08:00-18:00"
    venue_hotline: str = "12333"
    device_name: str = "kiosk-1"
    # people
    language: str = "zh_CN"
    idle_timeout_s: int = 60
    staff_idle_timeout_s: int = 300
    elderly_mode: bool = False
    # rules
    min_pay_hour: Decimal = Decimal("24")
    min_pay_day: Decimal = Decimal("190")
    posting_valid_days: int = 7
    # printers: "cups:QUEUE", "escpos-net:HOST[:PORT]", "escpos-usb:VID:PID", "file:DIR"
    slip_printer: str = ""
    record_printer: str = ""
    ticket_printer: str = ""
    # registry
    registry_url: str = ""
    verify_base_url: str = ""
    sync_interval_s: int = 30
    # the key that encrypts the data at rest (kiosk/datakey.py); "" picks `data_key_path`'s default
    data_key_file: str = ""
    credentials_directory: str = ""  # systemd's $CREDENTIALS_DIRECTORY, set by LoadCredential=
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def database_path(self) -> Path:
        return self.home / "kiosk.db"

    @property
    def key_path(self) -> Path:
        return self.home / "device_key.pem"

    @property
    def data_key_path(self) -> Path:
        """Where the data key is: never in the data directory, which a backup or a thief copies.

        The setting if given; else the one systemd hands the service; else the installed
        kiosk's root-only /etc/gig-kiosk/data.key; else (a development run) the user's config
        directory, where the first start makes one.
        """
        if self.data_key_file:
            return Path(self.data_key_file).expanduser()
        if self.credentials_directory:
            handed = Path(self.credentials_directory) / datakey.FILE_NAME
            if handed.exists():
                return handed
        installed = datakey.SYSTEM_DIR / datakey.FILE_NAME
        if installed.exists():
            return installed
        return Path(platformdirs.user_config_dir("gig-kiosk", appauthor=False)) / datakey.FILE_NAME

    @property
    def print_dir(self) -> Path:
        return self.home / "prints"

    @property
    def verification_base(self) -> str:
        """Base URL put in every QR code: the registry's public verification page."""
        if self.verify_base_url:
            return self.verify_base_url.rstrip("/") + "/"
        base = self.registry_url or "https://jobs.example.invalid"
        return base.rstrip("/") + "/v/"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("gig-kiosk", appauthor=False))


def resolve_home(home: str | Path | None = None, env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if home:
        return Path(home).expanduser()
    if env.get("KIOSK_HOME"):
        return Path(env["KIOSK_HOME"]).expanduser()
    return default_home()


def _coerce(name: str, kind: Any, raw: Any) -> Any:
    try:
        if kind in ("bool", bool):
            if isinstance(raw, bool):
                return raw
            if str(raw).lower() in ("1", "true", "yes", "on"):
                return True
            if str(raw).lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if kind in ("int", int):
            return int(raw)
        if kind in ("Decimal", Decimal):
            return Decimal(str(raw))
        if kind in ("str", str):
            return str(raw)
    except (ValueError, ArithmeticError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {raw!r}") from exc
    return raw


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def system_config(env: dict[str, str]) -> Path:
    return Path(env.get(SYSTEM_CONFIG_ENV) or SYSTEM_CONFIG)


def load(home: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Settings for a data directory: defaults < /etc/gig-kiosk/kiosk.toml < the data
    directory's kiosk.toml < KIOSK_* variables."""
    env = dict(os.environ) if env is None else env
    root = resolve_home(home, env)
    values = _read_toml(system_config(env))
    values.update(_read_toml(root / CONFIG_FILE))
    known = {f.name: f for f in fields(Settings) if f.name not in ("home", "extra")}
    for name in known:
        key = ENV_PREFIX + name.upper()
        if key in env:
            values[name] = env[key]
    if env.get("CREDENTIALS_DIRECTORY"):
        values["credentials_directory"] = env["CREDENTIALS_DIRECTORY"]
    settings: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, raw in values.items():
        if name in known:
            settings[name] = _coerce(name, known[name].type, raw)
        else:
            extra[name] = raw
    return Settings(home=root, extra=extra, **settings)


def write(settings: Settings) -> Path:
    """Save the settings that differ from the defaults and the installer's system file as TOML
    in the data directory (used by `kiosk enroll` and the admin screen)."""
    base = _read_toml(system_config(dict(os.environ)))
    defaults = Settings(home=settings.home)
    known = {f.name: f for f in fields(Settings)}
    for name, raw in base.items():
        if name in known and name not in ("home", "extra"):
            setattr(defaults, name, _coerce(name, known[name].type, raw))
    lines = []
    for f in fields(Settings):
        # The credentials directory is systemd's for one run, never a setting to keep.
        if f.name in ("home", "extra", "credentials_directory"):
            continue
        value = getattr(settings, f.name)
        if value == getattr(defaults, f.name):
            continue
        if isinstance(value, bool):
            lines.append(f"{f.name} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{f.name} = {value}")
        else:
            escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{f.name} = "{escaped}"')
    settings.home.mkdir(parents=True, exist_ok=True)
    path = settings.home / CONFIG_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def replace(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, **changes)
