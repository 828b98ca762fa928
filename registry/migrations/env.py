"""Alembic environment of the registry: its own metadata, never the kiosk's."""

from __future__ import annotations

from alembic import context

from registry.tables import metadata

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table="reg_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
