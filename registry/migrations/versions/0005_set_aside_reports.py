"""records kiosks set aside, as their last reports said (kiosk-registry set-aside list)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reg_set_aside",
        sa.Column("device_id", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("venue_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("problem", sa.String(length=200), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "entity", "record_id"),
    )
    with op.batch_alter_table("reg_set_aside", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reg_set_aside_venue_id"), ["venue_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reg_set_aside", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reg_set_aside_venue_id"))
    op.drop_table("reg_set_aside")
