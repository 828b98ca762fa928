"""posting_fts keeps no copy of the text it indexes (content-less, with deletes)

The search only ever reads rowids from the index: the copy of every posting's search text
was written (and encrypted) for nothing, a third of the index's cost in a first sync. The
index is rebuilt from the posting table.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.store.postings import reindex_all
from kiosk.store.search import FTS_DDL

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_OLD_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS posting_fts USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2')"
)


def _rebuild(ddl: str) -> None:
    op.execute(sa.text("DROP TABLE IF EXISTS posting_fts"))
    op.execute(sa.text(ddl))
    reindex_all(op.get_bind())


def upgrade() -> None:
    _rebuild(FTS_DDL)


def downgrade() -> None:
    _rebuild(_OLD_DDL)
