"""a lottery records who drew it, who authorized a second draw and why, and when it was voided;
a closed session keeps the figures of its printed summary

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from kiosk.store.types import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_TEXT_COLUMNS = ("drawn_by", "authorized_by", "reason", "voided_by")


def upgrade() -> None:
    with op.batch_alter_table("lottery") as batch_op:
        for name in _TEXT_COLUMNS:
            batch_op.add_column(
                sa.Column(
                    name, sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
                )
            )
        batch_op.add_column(sa.Column("voided_at", UTCDateTime(), nullable=True))
    with op.batch_alter_table("match_session") as batch_op:
        batch_op.add_column(
            sa.Column(
                "summary_json",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("match_session") as batch_op:
        batch_op.drop_column("summary_json")
    with op.batch_alter_table("lottery") as batch_op:
        batch_op.drop_column("voided_at")
        for name in reversed(_TEXT_COLUMNS):
            batch_op.drop_column(name)
