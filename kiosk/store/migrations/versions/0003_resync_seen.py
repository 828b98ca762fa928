"""records seen during a full re-pull; complaint references no longer unique

A full re-pull retires what the registry no longer holds (resync_seen). Complaint references
are made on each kiosk, so two kiosks may in rare cases make the same one: a unique constraint
made a pulled complaint delete the local one that shared its reference.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    op.create_table(
        "resync_seen",
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "id"),
    )
    # 0001 made the constraint unnamed: the naming convention lets batch mode find it.
    with op.batch_alter_table("complaint", naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint("uq_complaint_reference", type_="unique")
        batch_op.create_index("ix_complaint_reference", ["reference"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch_op:
        batch_op.drop_index("ix_complaint_reference")
        batch_op.create_unique_constraint("uq_complaint_reference", ["reference"])
    op.drop_table("resync_seen")
