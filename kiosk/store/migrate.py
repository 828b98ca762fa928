"""Schema migrations (Alembic), run at every start so an old database file upgrades in place."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk.store.database import Database


def _config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "kiosk.store:migrations")
    cfg.set_main_option("sqlalchemy.url", str(db.engine.url))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(_config(db)).get_current_head()


def autogenerate(db: Database, message: str, rev_id: str) -> None:
    """Developer helper: write a new revision from the difference to the tables."""
    cfg = _config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
