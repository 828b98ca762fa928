"""each device's release and sync protocol, as its requests last said (kiosk-registry device list)

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reg_device") as batch_op:
        batch_op.add_column(
            sa.Column("release", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("protocol", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("reg_device") as batch_op:
        batch_op.drop_column("protocol")
        batch_op.drop_column("release")
