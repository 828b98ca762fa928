"""SQLModel tables of the local store. Column names follow kiosk.domain.model field names."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from kiosk.domain.model import new_id, utcnow
from kiosk.store.types import UTCDateTime


def _id() -> Any:
    return Field(default_factory=new_id, primary_key=True, max_length=36)


def _at() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime)


def _at_opt() -> Any:
    return Field(default=None, sa_type=UTCDateTime)


def _json_list() -> Any:
    return Field(default_factory=list, sa_type=JSON)


class Synced(SQLModel):
    """Fields every synced record carries (DESIGN.md section 3)."""

    created_at: datetime = _at()
    updated_at: datetime = _at()
    origin_device: str = ""
    server_version: int = 0
    deleted_at: datetime | None = _at_opt()


class VenueRow(Synced, table=True):
    __tablename__ = "venue"
    id: str = _id()
    name: str
    district: str = ""
    region: str = ""
    address: str = ""
    hours: str = ""
    hotline: str = ""
    complaint_channels: str = ""
    rules_text: str = ""


class EmployerRow(Synced, table=True):
    __tablename__ = "employer"
    id: str = _id()
    name: str = Field(index=True)
    kind: str = "company"
    licence_no: str = ""
    verified: bool = False
    phone: str = ""
    status: str = "ok"
    warnings: int = 0
    venue_id: str = ""


class PostingRow(Synced, table=True):
    """A job posting. `num` is an integer rowid alias so the search index survives VACUUM."""

    __tablename__ = "posting"
    # Every index starts with status (searches show open postings) and, being an SQLite index,
    # ends with the rowid `num`: so each one also yields "newest first" (num DESC) for free.
    __table_args__ = (
        Index("ix_posting_status", "status"),
        Index("ix_posting_status_district", "status", "district"),
        Index("ix_posting_status_occupation", "status", "occupation_code"),
        Index("ix_posting_status_start", "status", "start_date", "start_time"),
        Index("ix_posting_status_day_rate", "status", "day_rate_cents"),
    )
    num: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_id, unique=True, max_length=36)
    employer_id: str = Field(foreign_key="employer.id", index=True)
    title: str
    occupation_code: str
    skill_tags: list[str] = _json_list()
    description: str = ""
    requirements: str = ""
    district: str
    workplace: str
    pay_cents: int
    # Pay as a day's earnings (hour x 8; piece rates 0), so "highest pay" compares like with like.
    day_rate_cents: int = 0
    pay_unit: str
    settlement: str
    start_date: date
    end_date: date
    start_time: time | None = None
    end_time: time | None = None
    headcount: int
    filled: int = 0
    meals: str = ""
    transport: str = ""
    deductions: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    status: str = "draft"
    flags: list[dict[str, str]] = _json_list()
    valid_through: datetime | None = _at_opt()
    source_channel: str = "staff"
    venue_id: str = ""
    review_note: str = ""
    demo: bool = False


class WorkerRow(Synced, table=True):
    __tablename__ = "worker"
    id: str = _id()
    display_name: str
    phone: str = Field(index=True)
    birth_year: int | None = None
    skills: list[str] = _json_list()
    districts: list[str] = _json_list()
    available_dates: list[str] = _json_list()
    expected_pay_cents: int | None = None
    expected_pay_unit: str = "day"
    languages: list[str] = _json_list()
    circumstances: list[str] = _json_list()
    assistance_grade: int = 0
    assistance_reasons: list[str] = _json_list()
    consent_at: datetime | None = _at_opt()
    last_job_on: date | None = None
    registered_at: datetime = _at()
    card_code: str = Field(default="", index=True)
    venue_id: str = ""
    merged_into: str | None = None
    demo: bool = False


class ApplicationRow(Synced, table=True):
    __tablename__ = "application"
    __table_args__ = (UniqueConstraint("worker_id", "posting_id"),)
    id: str = _id()
    worker_id: str = Field(foreign_key="worker.id", index=True)
    posting_id: str = Field(foreign_key="posting.id", index=True)
    status: str = "interested"
    channel: str = "kiosk"


class MatchSessionRow(Synced, table=True):
    __tablename__ = "match_session"
    id: str = _id()
    venue_id: str = ""
    kind: str
    title: str
    place: str = ""
    on_date: date
    status: str = "planned"
    # Its figures as printed when it closed (kiosk.domain.session_summary), empty until then.
    summary_json: str = ""


class CheckInRow(Synced, table=True):
    __tablename__ = "check_in"
    __table_args__ = (UniqueConstraint("session_id", "number"),)
    id: str = _id()
    session_id: str = Field(foreign_key="match_session.id", index=True)
    party: str
    worker_id: str | None = Field(default=None, foreign_key="worker.id")
    employer_id: str | None = Field(default=None, foreign_key="employer.id")
    posting_ids: list[str] = _json_list()
    number: int
    lane: str = "normal"
    table_no: int | None = None
    called_at: datetime | None = _at_opt()
    state: str = "waiting"
    checked_in_at: datetime = _at()


class NegotiationRow(Synced, table=True):
    """Append-only: a frozen record (record_hash set) is never updated; corrections supersede."""

    __tablename__ = "negotiation"
    id: str = _id()
    session_id: str | None = Field(default=None, foreign_key="match_session.id")
    posting_id: str = Field(foreign_key="posting.id", index=True)
    worker_id: str = Field(foreign_key="worker.id", index=True)
    employer_id: str = Field(foreign_key="employer.id")
    posted_terms: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    agreed_terms: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    outcome: str
    worker_confirmed_at: datetime | None = _at_opt()
    employer_confirmed_at: datetime | None = _at_opt()
    witness_staff_id: str | None = None
    record_hash: str = ""
    supersedes_id: str | None = Field(default=None, foreign_key="negotiation.id")


class LotteryRow(Synced, table=True):
    __tablename__ = "lottery"
    id: str = _id()
    posting_id: str = Field(foreign_key="posting.id", index=True)
    session_id: str | None = Field(default=None, foreign_key="match_session.id")
    record_json: str
    # A posting is drawn once: a second draw is authorized by a supervisor, with a reason, and
    # voids the first (issue 12 point 3).
    drawn_by: str = ""
    authorized_by: str = ""
    reason: str = ""
    voided_at: datetime | None = _at_opt()
    voided_by: str = ""  # the draw that replaced this one


class TrainingCourseRow(Synced, table=True):
    __tablename__ = "training_course"
    id: str = _id()
    title: str
    provider: str = ""
    category: str = ""
    skill_tags: list[str] = _json_list()
    starts_on: date
    ends_on: date
    schedule: str = ""
    place: str = ""
    seats: int
    subsidy_text: str = ""
    demo: bool = False


class EnrollmentRow(Synced, table=True):
    __tablename__ = "enrollment"
    __table_args__ = (UniqueConstraint("course_id", "worker_id"),)
    id: str = _id()
    course_id: str = Field(foreign_key="training_course.id", index=True)
    worker_id: str = Field(foreign_key="worker.id", index=True)
    status: str


class SkillWishRow(Synced, table=True):
    """A skill a worker wants to learn, collected even when no course fits."""

    __tablename__ = "skill_wish"
    id: str = _id()
    worker_id: str | None = Field(default=None, foreign_key="worker.id")
    skill: str = Field(index=True)


class AssistanceCaseRow(Synced, table=True):
    __tablename__ = "assistance_case"
    id: str = _id()
    worker_id: str = Field(foreign_key="worker.id", index=True)
    grade: int
    reasons: list[str] = _json_list()
    plan: str = ""
    assigned_staff_id: str | None = None
    status: str = "open"
    outcome: str = ""
    closed_at: datetime | None = _at_opt()


class FollowUpRow(Synced, table=True):
    __tablename__ = "follow_up"
    id: str = _id()
    case_id: str = Field(foreign_key="assistance_case.id", index=True)
    note: str
    due_on: date | None = Field(default=None, index=True)
    done_at: datetime | None = _at_opt()
    staff_id: str | None = None


class ComplaintRow(Synced, table=True):
    __tablename__ = "complaint"
    id: str = _id()
    # Not unique: made on each kiosk without asking anyone (see ComplaintService._reference).
    reference: str = Field(index=True)
    target: str
    target_id: str | None = None
    category: str
    text: str = ""
    contact_phone: str = ""
    anonymous: bool = True
    status: str = "received"
    resolution: str = ""
    proposed_action: str = ""


class StaffUserRow(SQLModel, table=True):
    __tablename__ = "staff_user"
    id: str = _id()
    name: str = Field(unique=True)
    role: str = "staff"
    pin_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = _at_opt()
    created_at: datetime = _at()


class AuditEventRow(SQLModel, table=True):
    """Append-only, hash-chained: each row's hash covers its fields and the previous hash."""

    __tablename__ = "audit_event"
    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = _at()
    actor: str
    action: str
    subject: str = ""
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    prev_hash: str
    hash: str = Field(unique=True)


class PrintJobRow(SQLModel, table=True):
    """Local only. A job is rendered when printed, from the stored document id and kind."""

    __tablename__ = "print_job"
    id: str = _id()
    kind: str
    document_id: str = Field(index=True)
    lang: str = "zh_CN"
    printer: str = ""
    copies: int = 1
    state: str = Field(default="queued", index=True)
    attempts: int = 0
    error: str = ""
    # Why it did not print, as a code (kiosk.print.backends.PrintProblem); `error` is the
    # printer's own words.
    problem: str = ""
    reprint: bool = False
    created_at: datetime = _at()
    updated_at: datetime = _at()
    printed_at: datetime | None = _at_opt()


class PrinterChoiceRow(SQLModel, table=True):
    """Local only. The printer staff chose for one role (slip, record, ticket) at the desk; it
    wins over kiosk.toml and is read at each print, so a change needs no restart."""

    __tablename__ = "printer_choice"
    role: str = Field(primary_key=True, max_length=16)
    spec: str
    chosen_by: str = ""
    updated_at: datetime = _at()


class OutboxOpRow(SQLModel, table=True):
    """One local change waiting for the registry; written in the same transaction as the change."""

    __tablename__ = "outbox_op"
    op_seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(default_factory=new_id, unique=True)
    entity: str
    entity_id: str
    action: str
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    base_version: int | None = None
    created_at: datetime = _at()
    state: str = Field(default="pending", index=True)
    result: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SyncStateRow(SQLModel, table=True):
    __tablename__ = "sync_state"
    key: str = Field(primary_key=True)
    value: str


class ResyncSeenRow(SQLModel, table=True):
    """Records a full re-pull (after a 410) has brought back so far; emptied when it ends.

    Kept in the database, not in memory: a re-pull spans many pages and may be cut off by a
    crash. What a finished re-pull did not bring back, the registry no longer holds.
    """

    __tablename__ = "resync_seen"
    entity: str = Field(primary_key=True)
    id: str = Field(primary_key=True)


class SyncDeferredRow(SQLModel, table=True):
    """The registry's newest copy of a record a pull met while a local op of it waited.

    The pull cannot apply it (it would undo the waiting edit) and moves its cursor past it;
    once the push is answered the copy is applied if it is at least as new as what the push
    made, so a concurrent push and pull never strand a record (issue 14, point 5).
    """

    __tablename__ = "sync_deferred"
    entity: str = Field(primary_key=True)
    id: str = Field(primary_key=True)
    version: int
    deleted: bool = False
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SetAsideRow(SQLModel, table=True):
    """A pulled record this kiosk could not take: kept as it came, shown to staff, not applied.

    One bad record never stops a pull (issue 14): it waits here, with the field that broke
    the sync contract, until the registry sends a version that keeps it.
    """

    __tablename__ = "sync_set_aside"
    entity: str = Field(primary_key=True)
    id: str = Field(primary_key=True)
    version: int
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    problem: str
    set_aside_at: datetime = _at()


class DeviceKeyRow(SQLModel, table=True):
    """Public keys of devices whose documents this kiosk can verify offline."""

    __tablename__ = "device_key"
    device_id: str = Field(primary_key=True)
    public_key: str
    venue_id: str = ""
    revoked_at: datetime | None = _at_opt()
