"""snapshots become SQLite images: the stored JSON-lines ones are dropped

A kiosk of this release cannot read the old ones; the next snapshot list, or the background
refresh, builds each partition's snapshot again as an image (registry/snapshot.py).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM reg_snapshot"))


def downgrade() -> None:
    # Images mean nothing to the older code either: it builds JSON lines again on demand.
    op.execute(sa.text("DELETE FROM reg_snapshot"))
