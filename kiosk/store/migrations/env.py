"""Alembic environment: runs on the connection handed in by kiosk.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import kiosk.store.tables  # noqa: F401  (registers the tables on the metadata)

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
