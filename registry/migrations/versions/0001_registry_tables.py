"""registry tables: venues, devices, codes, nonces, op log, records, change log

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reg_change",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("partition", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("entity", "entity_id", "version", "partition"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("reg_change", schema=None) as batch_op:
        batch_op.create_index("ix_reg_change_partition_seq", ["partition", "seq"], unique=False)

    op.create_table(
        "reg_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "reg_nonce",
        sa.Column("device_id", sa.String(length=40), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "nonce"),
    )
    with op.batch_alter_table("reg_nonce", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reg_nonce_seen_at"), ["seen_at"], unique=False)

    op.create_table(
        "reg_op",
        sa.Column("device_id", sa.String(length=40), nullable=False),
        sa.Column("op_seq", sa.BigInteger(), nullable=False),
        sa.Column("op_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "op_seq"),
    )
    op.create_table(
        "reg_record",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("partitions", sa.String(), nullable=False),
        sa.Column("venue_id", sa.String(), nullable=False),
        sa.Column("origin_device", sa.String(), nullable=False),
        sa.Column("lookup", sa.String(length=200), nullable=True),
        sa.Column("card_code", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("entity", "id"),
    )
    with op.batch_alter_table("reg_record", schema=None) as batch_op:
        batch_op.create_index("ix_reg_record_card", ["entity", "card_code"], unique=False)
        batch_op.create_index("ix_reg_record_lookup", ["entity", "lookup"], unique=False)

    op.create_table(
        "reg_record_version",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "id", "version"),
    )
    op.create_table(
        "reg_venue",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("district", sa.String(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("hours", sa.String(), nullable=False),
        sa.Column("hotline", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "reg_device",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("venue_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("last_op_seq", sa.BigInteger(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["venue_id"],
            ["reg_venue.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_key"),
    )
    with op.batch_alter_table("reg_device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reg_device_venue_id"), ["venue_id"], unique=False)

    op.create_table(
        "reg_enroll_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("venue_id", sa.String(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["venue_id"],
            ["reg_venue.id"],
        ),
        sa.PrimaryKeyConstraint("code_hash"),
    )


def downgrade() -> None:
    op.drop_table("reg_enroll_code")
    with op.batch_alter_table("reg_device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reg_device_venue_id"))

    op.drop_table("reg_device")
    op.drop_table("reg_venue")
    op.drop_table("reg_record_version")
    with op.batch_alter_table("reg_record", schema=None) as batch_op:
        batch_op.drop_index("ix_reg_record_lookup")
        batch_op.drop_index("ix_reg_record_card")

    op.drop_table("reg_record")
    op.drop_table("reg_op")
    with op.batch_alter_table("reg_nonce", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reg_nonce_seen_at"))

    op.drop_table("reg_nonce")
    op.drop_table("reg_meta")
    with op.batch_alter_table("reg_change", schema=None) as batch_op:
        batch_op.drop_index("ix_reg_change_partition_seq")

    op.drop_table("reg_change")
