"""The entities of the docking zone as plain dataclasses and enums, with their state machines."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from kiosk.domain.errors import DomainError, ErrorCode

# The market's clock: the venue's calendar day decides "today" (kiosk, paper and web);
# records keep UTC.
VENUE_TZ = ZoneInfo("Asia/Shanghai")


def new_id() -> str:
    """A UUID made where the record is created, so records from many devices never clash."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------- enums


class EmployerKind(StrEnum):
    INDIVIDUAL = "individual"
    COMPANY = "company"
    INTERMEDIARY = "intermediary"


class EmployerStatus(StrEnum):
    OK = "ok"
    WARNED = "warned"
    BLACKLISTED = "blacklisted"


class PayUnit(StrEnum):
    HOUR = "hour"
    DAY = "day"
    PIECE = "piece"


class Settlement(StrEnum):
    SAME_DAY = "same_day"
    WEEKLY = "weekly"
    ON_COMPLETION = "on_completion"


class PostingStatus(StrEnum):
    DRAFT = "draft"
    PENDING_REVIEW = "pending_review"
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"
    SUSPENDED = "suspended"
    EXPIRED = "expired"


class ApplicationStatus(StrEnum):
    INTERESTED = "interested"
    REFERRED = "referred"
    HIRED = "hired"
    DECLINED = "declined"
    NO_SHOW = "no_show"
    WITHDRAWN = "withdrawn"


class SortOrder(StrEnum):
    """How a person can order postings: newest first, highest pay, soonest start."""

    NEWEST = "newest"
    PAY = "pay"
    START = "start"


class Channel(StrEnum):
    KIOSK = "kiosk"
    STAFF = "staff"
    SESSION = "session"
    IMPORT = "import"
    REGISTRY = "registry"
    WEB = "web"


class SessionKind(StrEnum):
    ON_SITE = "on_site"
    CARAVAN = "caravan"
    TARGETED = "targeted"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class PartyKind(StrEnum):
    WORKER = "worker"
    EMPLOYER = "employer"


class Lane(StrEnum):
    PRIORITY = "priority"
    NORMAL = "normal"


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    AT_TABLE = "at_table"
    AGREED = "agreed"
    NO_DEAL = "no_deal"
    LEFT = "left"


class NegotiationOutcome(StrEnum):
    AGREED = "agreed"
    NO_DEAL = "no_deal"


class EnrollmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ComplaintTarget(StrEnum):
    POSTING = "posting"
    EMPLOYER = "employer"
    INTERMEDIARY = "intermediary"
    VENUE = "venue"


class ComplaintCategory(StrEnum):
    FEE_CHARGED = "fee_charged"
    FALSE_POST = "false_post"
    UNPAID_WAGES = "unpaid_wages"
    ID_WITHHELD = "id_withheld"
    DISCRIMINATION = "discrimination"
    OTHER = "other"


class ComplaintStatus(StrEnum):
    RECEIVED = "received"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class StaffRole(StrEnum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class PrintState(StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"


class DocumentKind(StrEnum):
    JOB_SLIP = "job_slip"
    REFERRAL_SLIP = "referral_slip"
    NEGOTIATION_RECORD = "negotiation_record"
    NEGOTIATION_COPY = "negotiation_copy"
    QUEUE_TICKET = "queue_ticket"
    WORKER_CARD = "worker_card"
    POSTING_POSTER = "posting_poster"
    TRAINING_CONFIRMATION = "training_confirmation"
    COMPLAINT_RECEIPT = "complaint_receipt"
    SESSION_SUMMARY = "session_summary"


class Circumstance(StrEnum):
    """Declared circumstances that earn graded assistance (the "green channel")."""

    OLDER_WORKER = "older_worker"
    DISABILITY = "disability"
    LOW_INCOME_FAMILY = "low_income_family"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"


class AssistanceGrade(IntEnum):
    NONE = 0
    ATTENTION = 1
    PRIORITY = 2
    INTENSIVE = 3


# ---------------------------------------------------------------- state machines

S = TypeVar("S", bound=StrEnum)

POSTING_TRANSITIONS: dict[PostingStatus, frozenset[PostingStatus]] = {
    PostingStatus.DRAFT: frozenset(
        {PostingStatus.PENDING_REVIEW, PostingStatus.OPEN, PostingStatus.CLOSED}
    ),
    PostingStatus.PENDING_REVIEW: frozenset(
        {PostingStatus.OPEN, PostingStatus.CLOSED, PostingStatus.SUSPENDED, PostingStatus.EXPIRED}
    ),
    PostingStatus.OPEN: frozenset(
        {PostingStatus.FILLED, PostingStatus.CLOSED, PostingStatus.SUSPENDED, PostingStatus.EXPIRED}
    ),
    PostingStatus.FILLED: frozenset(
        {PostingStatus.OPEN, PostingStatus.CLOSED, PostingStatus.SUSPENDED, PostingStatus.EXPIRED}
    ),
    PostingStatus.SUSPENDED: frozenset({PostingStatus.OPEN, PostingStatus.CLOSED}),
    PostingStatus.EXPIRED: frozenset({PostingStatus.CLOSED}),
    PostingStatus.CLOSED: frozenset(),
}

APPLICATION_TERMINAL = frozenset(
    {
        ApplicationStatus.HIRED,
        ApplicationStatus.DECLINED,
        ApplicationStatus.NO_SHOW,
        ApplicationStatus.WITHDRAWN,
    }
)

APPLICATION_TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    ApplicationStatus.INTERESTED: frozenset({ApplicationStatus.REFERRED} | APPLICATION_TERMINAL),
    ApplicationStatus.REFERRED: APPLICATION_TERMINAL,
    # A hire that fell through becomes a no-show; nothing else leaves a terminal state.
    ApplicationStatus.HIRED: frozenset({ApplicationStatus.NO_SHOW}),
    ApplicationStatus.DECLINED: frozenset(),
    ApplicationStatus.NO_SHOW: frozenset(),
    ApplicationStatus.WITHDRAWN: frozenset(),
}

TICKET_TRANSITIONS: dict[TicketState, frozenset[TicketState]] = {
    TicketState.WAITING: frozenset({TicketState.CALLED, TicketState.LEFT}),
    TicketState.CALLED: frozenset({TicketState.AT_TABLE, TicketState.WAITING, TicketState.LEFT}),
    TicketState.AT_TABLE: frozenset({TicketState.AGREED, TicketState.NO_DEAL, TicketState.LEFT}),
    TicketState.AGREED: frozenset(),
    TicketState.NO_DEAL: frozenset({TicketState.WAITING}),
    TicketState.LEFT: frozenset(),
}

# A closed case stays closed: a worker who needs help again gets a new case (with the grade
# they have then), so each case's outcome keeps meaning what it said.
CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
}

COMPLAINT_TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.RECEIVED: frozenset(
        {ComplaintStatus.INVESTIGATING, ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED}
    ),
    ComplaintStatus.INVESTIGATING: frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED}),
    ComplaintStatus.RESOLVED: frozenset(),
    ComplaintStatus.DISMISSED: frozenset(),
}


def check_transition(table: Mapping[S, frozenset[S]], current: S, target: S) -> None:
    """Raise TRANSITION_INVALID unless `current -> target` is allowed (staying put is allowed)."""
    if current == target:
        return
    if target not in table[current]:
        raise DomainError(ErrorCode.TRANSITION_INVALID, current=current.value, target=target.value)


# ---------------------------------------------------------------- entities


@dataclass(slots=True, kw_only=True)
class Venue:
    id: str
    name: str
    district: str
    region: str = ""
    address: str = ""
    hours: str = ""
    hotline: str = ""
    complaint_channels: str = ""
    rules_text: str = ""


@dataclass(slots=True, kw_only=True)
class Employer:
    id: str = field(default_factory=new_id)
    name: str
    kind: EmployerKind = EmployerKind.COMPANY
    licence_no: str = ""
    verified: bool = False
    phone: str = ""
    status: EmployerStatus = EmployerStatus.OK
    warnings: int = 0


@dataclass(slots=True, kw_only=True)
class ScreeningFlag:
    """Why a posting is held for review: a stable `code`; `detail` quotes what triggered it."""

    code: str
    field: str
    detail: str = ""


@dataclass(slots=True, kw_only=True)
class PostingTerms:
    """The terms a worker is offered: what a posting carries and what a negotiation agrees."""

    pay_amount: Decimal
    pay_unit: PayUnit
    settlement: Settlement
    start_date: date
    end_date: date
    start_time: time | None = None
    end_time: time | None = None
    workplace: str = ""
    meals: str = ""
    transport: str = ""
    deductions: str = ""
    safety: str = ""
    other: str = ""


@dataclass(slots=True, kw_only=True)
class Posting:
    id: str = field(default_factory=new_id)
    employer_id: str
    title: str
    occupation_code: str
    skill_tags: list[str] = field(default_factory=list)
    description: str = ""
    requirements: str = ""
    district: str
    workplace: str
    pay_amount: Decimal
    pay_unit: PayUnit
    settlement: Settlement
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
    status: PostingStatus = PostingStatus.DRAFT
    flags: list[ScreeningFlag] = field(default_factory=list)
    valid_through: datetime | None = None
    source_channel: Channel = Channel.STAFF
    venue_id: str = ""
    review_note: str = ""
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    origin_device: str = ""
    server_version: int = 0

    @property
    def headcount_left(self) -> int:
        return max(0, self.headcount - self.filled)

    def terms(self) -> PostingTerms:
        return PostingTerms(
            pay_amount=self.pay_amount,
            pay_unit=self.pay_unit,
            settlement=self.settlement,
            start_date=self.start_date,
            end_date=self.end_date,
            start_time=self.start_time,
            end_time=self.end_time,
            workplace=self.workplace,
            meals=self.meals,
            transport=self.transport,
            deductions=self.deductions,
        )


@dataclass(slots=True, kw_only=True)
class Worker:
    id: str = field(default_factory=new_id)
    display_name: str
    phone: str
    birth_year: int | None = None
    skills: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    available_dates: list[date] = field(default_factory=list)
    expected_pay: Decimal | None = None
    expected_pay_unit: PayUnit = PayUnit.DAY
    languages: list[str] = field(default_factory=lambda: ["zh"])
    circumstances: list[Circumstance] = field(default_factory=list)
    assistance_grade: AssistanceGrade = AssistanceGrade.NONE
    assistance_reasons: list[str] = field(default_factory=list)
    consent_at: datetime | None = None
    last_job_on: date | None = None
    registered_at: datetime = field(default_factory=utcnow)
    card_code: str = ""
    venue_id: str = ""
    merged_into: str | None = None


@dataclass(slots=True, kw_only=True)
class Application:
    id: str = field(default_factory=new_id)
    worker_id: str
    posting_id: str
    status: ApplicationStatus = ApplicationStatus.INTERESTED
    channel: Channel = Channel.KIOSK
    created_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True, kw_only=True)
class MatchSession:
    id: str = field(default_factory=new_id)
    venue_id: str = ""
    kind: SessionKind
    title: str
    place: str = ""
    on_date: date
    status: SessionStatus = SessionStatus.PLANNED


@dataclass(slots=True, kw_only=True)
class CheckIn:
    id: str = field(default_factory=new_id)
    session_id: str
    party: PartyKind
    worker_id: str | None = None
    employer_id: str | None = None
    number: int
    lane: Lane = Lane.NORMAL
    table_no: int | None = None
    called_at: datetime | None = None
    state: TicketState = TicketState.WAITING
    checked_in_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True, kw_only=True)
class Negotiation:
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    posting_id: str
    worker_id: str
    employer_id: str
    posted_terms: dict[str, str]
    agreed_terms: dict[str, str]
    outcome: NegotiationOutcome
    worker_confirmed_at: datetime | None = None
    employer_confirmed_at: datetime | None = None
    witness_staff_id: str | None = None
    record_hash: str = ""
    supersedes_id: str | None = None
    created_at: datetime = field(default_factory=utcnow)

    @property
    def frozen(self) -> bool:
        return bool(self.record_hash)


@dataclass(slots=True, kw_only=True)
class TrainingCourse:
    id: str = field(default_factory=new_id)
    title: str
    provider: str = ""
    category: str = ""
    skill_tags: list[str] = field(default_factory=list)
    starts_on: date
    ends_on: date
    schedule: str = ""
    place: str = ""
    seats: int
    enrolled: int = 0
    subsidy_text: str = ""

    @property
    def seats_left(self) -> int:
        return max(0, self.seats - self.enrolled)


@dataclass(slots=True, kw_only=True)
class Enrollment:
    id: str = field(default_factory=new_id)
    course_id: str
    worker_id: str
    status: EnrollmentStatus
    created_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True, kw_only=True)
class AssistanceCase:
    id: str = field(default_factory=new_id)
    worker_id: str
    grade: AssistanceGrade
    reasons: list[str] = field(default_factory=list)
    plan: str = ""
    assigned_staff_id: str | None = None
    status: CaseStatus = CaseStatus.OPEN
    opened_at: datetime = field(default_factory=utcnow)
    outcome: str = ""  # what came of it, written when it is closed
    closed_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class FollowUp:
    id: str = field(default_factory=new_id)
    case_id: str
    note: str
    due_on: date | None = None
    done_at: datetime | None = None
    staff_id: str | None = None
    created_at: datetime = field(default_factory=utcnow)


@dataclass(slots=True, kw_only=True)
class Complaint:
    id: str = field(default_factory=new_id)
    reference: str = ""
    target: ComplaintTarget
    target_id: str | None = None
    category: ComplaintCategory
    text: str = ""
    contact_phone: str = ""
    anonymous: bool = True
    status: ComplaintStatus = ComplaintStatus.RECEIVED
    resolution: str = ""
    proposed_action: str = ""
    created_at: datetime = field(default_factory=utcnow)


ROLE_RANK = {StaffRole.STAFF: 1, StaffRole.SUPERVISOR: 2, StaffRole.ADMIN: 3}


@dataclass(slots=True, kw_only=True)
class StaffUser:
    id: str = field(default_factory=new_id)
    name: str
    role: StaffRole = StaffRole.STAFF

    def can(self, minimum: StaffRole) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[minimum]
