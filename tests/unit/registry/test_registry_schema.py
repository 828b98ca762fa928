"""The registry's tables stay off the kiosk's metadata; its migrations match its models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import kiosk.store.tables  # noqa: F401
from registry.db import Database, upgrade
from registry.tables import metadata


def test_kiosk_autogenerate_never_sees_registry_tables() -> None:
    import registry.tables  # noqa: F401  (imported: the kiosk's metadata must still lack them)

    assert not [t for t in SQLModel.metadata.tables if t.startswith("reg_")]
    assert set(metadata.tables) and all(t.startswith("reg_") for t in metadata.tables)


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    upgrade(db)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": "reg_alembic_version"})
        diff = compare_metadata(context, metadata)
    db.dispose()
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name.endswith("version"))] == []
