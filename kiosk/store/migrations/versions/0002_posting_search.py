"""posting search index (FTS5, CJK characters as tokens)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.store.postings import reindex_all

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


# The index as this revision made it (0010 made it content-less): history does not change.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS posting_fts USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    op.execute(FTS_DDL)
    # A database made before the index existed gets its postings indexed here.
    reindex_all(op.get_bind())


def downgrade() -> None:
    op.execute(sa.text("DROP TABLE IF EXISTS posting_fts"))
