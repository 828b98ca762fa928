"""What every command needs, made on first use: settings, the migrated database, services."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from kiosk import config

if TYPE_CHECKING:
    # Loaded on first use: `kiosk run` must not pay for SQLAlchemy before its first frame.
    from kiosk.services.container import Services
    from kiosk.store.database import Database


Handler = Callable[[argparse.Namespace, "Context"], int]


def lazy(module: str, name: str) -> Handler:
    """A command handler imported only when its command runs (keeps `kiosk run` quick)."""

    def run(args: argparse.Namespace, ctx: Context) -> int:
        handler: Handler = getattr(importlib.import_module(module), name)
        return handler(args, ctx)

    return run


class CliError(Exception):
    """One clear line for stderr; exit code 1 unless said otherwise."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    def __init__(self, home: str | None) -> None:
        self._home = home
        self._db: Database | None = None

    @cached_property
    def settings(self) -> config.Settings:
        try:
            return config.load(self._home)
        except config.ConfigError as exc:
            raise CliError(str(exc)) from exc

    @cached_property
    def services(self) -> Services:
        from kiosk.datakey import DataKeyError
        from kiosk.services.container import Services
        from kiosk.store.at_rest import UnreadableDatabase

        try:
            self._db = Services.open_database(self.settings)
        except (DataKeyError, UnreadableDatabase) as exc:
            raise CliError(f"{exc} (data key: {self.settings.data_key_path})") from exc
        return Services(self.settings, self._db)

    @property
    def db(self) -> Database:
        return self.services.db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
