"""core tables

Revision ID: 0001
Revises:
Create Date: 2026-11-25 10:14:35.620720
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import kiosk.store.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("hash"),
    )
    op.create_table(
        "complaint",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("resolution", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("proposed_action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_table(
        "device_key",
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("public_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("venue_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("revoked_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "employer",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("licence_no", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("venue_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_name"), ["name"], unique=False)

    op.create_table(
        "match_session",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("venue_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "outbox_op",
        sa.Column("op_seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("op_seq"),
        sa.UniqueConstraint("op_id"),
    )
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_op_state"), ["state"], unique=False)

    op.create_table(
        "print_job",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("lang", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("printer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("printed_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_job_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_job_state"), ["state"], unique=False)

    op.create_table(
        "staff_user",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pin_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "training_course",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("skill_tags", sa.JSON(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("schedule", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("subsidy_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "venue",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("district", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hours", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("hotline", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("complaint_channels", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("rules_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "worker",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("districts", sa.JSON(), nullable=False),
        sa.Column("available_dates", sa.JSON(), nullable=False),
        sa.Column("expected_pay_cents", sa.Integer(), nullable=True),
        sa.Column("expected_pay_unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("circumstances", sa.JSON(), nullable=False),
        sa.Column("assistance_grade", sa.Integer(), nullable=False),
        sa.Column("assistance_reasons", sa.JSON(), nullable=False),
        sa.Column("consent_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_job_on", sa.Date(), nullable=True),
        sa.Column("registered_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("card_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("venue_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("merged_into", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worker_card_code"), ["card_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_worker_phone"), ["phone"], unique=False)

    op.create_table(
        "assistance_case",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("plan", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("assigned_staff_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assistance_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assistance_case_worker_id"), ["worker_id"], unique=False
        )

    op.create_table(
        "check_in",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("party", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("employer_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("posting_ids", sa.JSON(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("lane", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=True),
        sa.Column("called_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("checked_in_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["match_session.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "number"),
    )
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_check_in_session_id"), ["session_id"], unique=False)

    op.create_table(
        "enrollment",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("course_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["training_course.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("course_id", "worker_id"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_course_id"), ["course_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "posting",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("num", sa.Integer(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("employer_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("occupation_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("skill_tags", sa.JSON(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("requirements", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("district", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("workplace", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pay_cents", sa.Integer(), nullable=False),
        sa.Column("day_rate_cents", sa.Integer(), nullable=False),
        sa.Column("pay_unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("settlement", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("filled", sa.Integer(), nullable=False),
        sa.Column("meals", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("transport", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deductions", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("contact_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("contact_phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("valid_through", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("source_channel", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("venue_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("review_note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
        ),
        sa.PrimaryKeyConstraint("num"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posting_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index("ix_posting_status", ["status"], unique=False)
        batch_op.create_index(
            "ix_posting_status_day_rate", ["status", "day_rate_cents"], unique=False
        )
        batch_op.create_index("ix_posting_status_district", ["status", "district"], unique=False)
        batch_op.create_index(
            "ix_posting_status_occupation", ["status", "occupation_code"], unique=False
        )
        batch_op.create_index(
            "ix_posting_status_start", ["status", "start_date", "start_time"], unique=False
        )

    op.create_table(
        "skill_wish",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("skill", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("skill_wish", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_wish_skill"), ["skill"], unique=False)

    op.create_table(
        "application",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("posting_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["posting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("worker_id", "posting_id"),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_posting_id"), ["posting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_application_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("staff_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["assistance_case.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_due_on"), ["due_on"], unique=False)

    op.create_table(
        "lottery",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("posting_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("record_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["posting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["match_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lottery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lottery_posting_id"), ["posting_id"], unique=False)

    op.create_table(
        "negotiation",
        sa.Column("created_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", kiosk.store.types.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("posting_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("worker_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("employer_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("posted_terms", sa.JSON(), nullable=False),
        sa.Column("agreed_terms", sa.JSON(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("worker_confirmed_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("employer_confirmed_at", kiosk.store.types.UTCDateTime(), nullable=True),
        sa.Column("witness_staff_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("record_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("supersedes_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["posting_id"],
            ["posting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["match_session.id"],
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["negotiation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("negotiation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_negotiation_posting_id"), ["posting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_negotiation_worker_id"), ["worker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("negotiation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_negotiation_worker_id"))
        batch_op.drop_index(batch_op.f("ix_negotiation_posting_id"))

    op.drop_table("negotiation")
    with op.batch_alter_table("lottery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lottery_posting_id"))

    op.drop_table("lottery")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_due_on"))
        batch_op.drop_index(batch_op.f("ix_follow_up_case_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_worker_id"))
        batch_op.drop_index(batch_op.f("ix_application_posting_id"))

    op.drop_table("application")
    with op.batch_alter_table("skill_wish", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_wish_skill"))

    op.drop_table("skill_wish")
    with op.batch_alter_table("posting", schema=None) as batch_op:
        batch_op.drop_index("ix_posting_status_start")
        batch_op.drop_index("ix_posting_status_occupation")
        batch_op.drop_index("ix_posting_status_district")
        batch_op.drop_index("ix_posting_status_day_rate")
        batch_op.drop_index("ix_posting_status")
        batch_op.drop_index(batch_op.f("ix_posting_employer_id"))

    op.drop_table("posting")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_worker_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_course_id"))

    op.drop_table("enrollment")
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_session_id"))

    op.drop_table("check_in")
    with op.batch_alter_table("assistance_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistance_case_worker_id"))

    op.drop_table("assistance_case")
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_phone"))
        batch_op.drop_index(batch_op.f("ix_worker_card_code"))

    op.drop_table("worker")
    op.drop_table("venue")
    op.drop_table("training_course")
    op.drop_table("sync_state")
    op.drop_table("staff_user")
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_job_state"))
        batch_op.drop_index(batch_op.f("ix_print_job_document_id"))

    op.drop_table("print_job")
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_op_state"))

    op.drop_table("outbox_op")
    op.drop_table("match_session")
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_name"))

    op.drop_table("employer")
    op.drop_table("device_key")
    op.drop_table("complaint")
    op.drop_table("audit_event")
