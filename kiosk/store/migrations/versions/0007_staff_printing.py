"""staff printing: the printer staff chose at the desk for slips, records and tickets, and
why a print job did not print (a code staff words translate)

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from kiosk.store.types import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "printer_choice",
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("spec", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("chosen_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("role"),
    )
    with op.batch_alter_table("print_job") as batch_op:
        batch_op.add_column(
            sa.Column(
                "problem", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("print_job") as batch_op:
        batch_op.drop_column("problem")
    op.drop_table("printer_choice")
