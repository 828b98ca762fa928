"""Loads what a print job needs from the store into document data, with its signed token.

What each document signs is defined once, in kiosk.domain.document_terms (the registry's
verification page uses the same definition); this module feeds it the store's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlmodel import Session, SQLModel, col, func, select

from kiosk.config import Settings
from kiosk.domain import document_terms as signed
from kiosk.domain.model import DocumentKind, utcnow
from kiosk.domain.session_summary import SessionSummary
from kiosk.domain.token import short_reference
from kiosk.identity import DeviceIdentity
from kiosk.print.documents import (
    ComplaintReceipt,
    Document,
    DocumentMeta,
    JobSlip,
    JobTerms,
    NegotiationRecord,
    PostingPoster,
    QueueTicket,
    ReferralSlip,
    TrainingConfirmation,
    WorkerCard,
    dates_text,
    pay_text,
)
from kiosk.print.labels import Labels
from kiosk.print.qr import (
    current_registry,
    screen_posting_url,
    sign_document,
    verification_url,
)
from kiosk.print.session_summary import SessionSummaryDoc
from kiosk.store import postings
from kiosk.store.database import Database
from kiosk.store.sync_apply import TABLES
from kiosk.store.tables import (
    ApplicationRow,
    CheckInRow,
    ComplaintRow,
    EmployerRow,
    EnrollmentRow,
    MatchSessionRow,
    NegotiationRow,
    PostingRow,
    StaffUserRow,
    TrainingCourseRow,
    WorkerRow,
)

T = TypeVar("T")

# A rough pace of the docking zone, for the "about N minutes" on a queue ticket.
MINUTES_PER_PARTY = 4


class DocumentNotFound(LookupError):
    """The record a print job or a token points at is not in the local store."""

    def __init__(self, kind: DocumentKind, document_id: str) -> None:
        super().__init__(f"{kind.value} {document_id} is not in the local store")
        self.kind = kind
        self.document_id = document_id


@dataclass(frozen=True, slots=True)
class Source:
    """One stored document: the terms its token signs, a summary, and how to build it."""

    kind: DocumentKind
    document_id: str
    terms: dict[str, str]
    summary: str
    reference: str
    build: Callable[[DocumentMeta], Document]


@dataclass(frozen=True, slots=True)
class Prepared:
    document: Document
    token: str
    source: Source


def _get(session: Session, table: type[T], kind: DocumentKind, row_id: str | None) -> T:
    row = session.get(table, row_id) if row_id else None
    if row is None:
        raise DocumentNotFound(kind, row_id or "")
    return row


def record_loader(session: Session) -> signed.Load:
    """The store's rows as the records a document's terms are built from."""

    def load(entity: str, record_id: str) -> signed.Record | None:
        table: type[SQLModel] = TABLES[entity]
        # Every synced table has a string `id` (the posting's primary key is its rowid `num`).
        row = session.exec(select(table).where(table.id == record_id)).first()  # type: ignore[attr-defined]
        return None if row is None else row.model_dump()

    return load


def _posting(session: Session, kind: DocumentKind, posting_id: str) -> PostingRow:
    row = postings.get_row(session, posting_id)
    if row is None:
        raise DocumentNotFound(kind, posting_id)
    return row


def _job(session: Session, row: PostingRow) -> JobTerms:
    employer = session.get(EmployerRow, row.employer_id)
    return JobTerms(
        title=row.title,
        employer_name=employer.name if employer else "",
        employer_verified=bool(employer and employer.verified),
        pay_amount=postings.from_cents(row.pay_cents),
        pay_unit=row.pay_unit,
        settlement=row.settlement,
        start_date=row.start_date,
        end_date=row.end_date,
        start_time=row.start_time,
        end_time=row.end_time,
        district=row.district,
        workplace=row.workplace,
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        headcount=row.headcount,
        meals=row.meals,
        transport=row.transport,
        deductions=row.deductions,
    )


def _job_summary(job: JobTerms, labels: Labels) -> str:
    pay = pay_text(job.pay_amount, job.pay_unit, labels)
    place = " ".join(p for p in (job.district, job.workplace) if p)
    return f"{job.title} | {pay} | {place} | {dates_text(job.start_date, job.end_date)}"


def load_source(
    session: Session, settings: Settings, kind: DocumentKind, document_id: str, labels: Labels
) -> Source:
    """Read one document's record; raise DocumentNotFound if it is not in this store."""
    ref = short_reference(kind, document_id)

    def source(
        summary: str, build: Callable[[DocumentMeta], Document], reference: str = ref
    ) -> Source:
        terms = signed.document_terms(kind, document_id, record_loader(session))
        if terms is None:
            raise DocumentNotFound(kind, document_id)
        return Source(kind, document_id, terms, summary, reference, build)

    if kind in (DocumentKind.JOB_SLIP, DocumentKind.POSTING_POSTER):
        job = _job(session, _posting(session, kind, document_id))
        url = screen_posting_url(settings, document_id)
        if kind is DocumentKind.JOB_SLIP:
            return source(_job_summary(job, labels), lambda meta: JobSlip(meta=meta, job=job))
        return source(
            _job_summary(job, labels),
            lambda meta: PostingPoster(meta=meta, job=job, public_url=url),
        )

    if kind is DocumentKind.REFERRAL_SLIP:
        app = _get(session, ApplicationRow, kind, document_id)
        posting = _posting(session, kind, app.posting_id)
        worker = _get(session, WorkerRow, kind, app.worker_id)
        job = _job(session, posting)
        place, when = posting.workplace, signed.report_when(posting.model_dump())
        return source(
            _job_summary(job, labels),
            lambda meta: ReferralSlip(
                meta=meta,
                job=job,
                worker_name=worker.display_name,
                worker_phone=worker.phone,
                report_place=place,
                report_when=when,
            ),
        )

    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        neg = _get(session, NegotiationRow, kind, document_id)
        posting = _posting(session, kind, neg.posting_id)
        worker = _get(session, WorkerRow, kind, neg.worker_id)
        employer = session.get(EmployerRow, neg.employer_id)
        match = session.get(MatchSessionRow, neg.session_id) if neg.session_id else None
        staff = session.get(StaffUserRow, neg.witness_staff_id) if neg.witness_staff_id else None
        summary = f"{posting.title} | {labels.get('outcome_' + neg.outcome, neg.outcome)}"
        return source(
            summary,
            lambda meta: NegotiationRecord(
                meta=meta,
                job_title=posting.title,
                employer_name=employer.name if employer else "",
                worker_name=worker.display_name,
                worker_phone=worker.phone,
                session_title=match.title if match else "",
                posted=dict(neg.posted_terms),
                agreed=dict(neg.agreed_terms),
                outcome=neg.outcome,
                worker_confirmed_at=neg.worker_confirmed_at,
                employer_confirmed_at=neg.employer_confirmed_at,
                witness=staff.name if staff else (neg.witness_staff_id or ""),
                record_hash=neg.record_hash,
                worker_copy=kind is DocumentKind.NEGOTIATION_COPY,
            ),
        )

    if kind is DocumentKind.QUEUE_TICKET:
        ticket = _get(session, CheckInRow, kind, document_id)
        match = _get(session, MatchSessionRow, kind, ticket.session_id)
        ahead = session.exec(
            select(func.count())
            .select_from(CheckInRow)
            .where(
                CheckInRow.session_id == ticket.session_id,
                CheckInRow.lane == ticket.lane,
                CheckInRow.state == "waiting",
                col(CheckInRow.number) < ticket.number,
            )
        ).one()
        summary = f"{match.title} | {ticket.number:03d} | {labels.get('lane_' + ticket.lane, '')}"
        return source(
            summary,
            lambda meta: QueueTicket(
                meta=meta,
                number=ticket.number,
                session_title=match.title,
                place=match.place,
                lane=ticket.lane,
                party=ticket.party,
                ahead=int(ahead),
                wait_minutes=int(ahead) * MINUTES_PER_PARTY,
                table_no=ticket.table_no,
            ),
        )

    if kind is DocumentKind.WORKER_CARD:
        worker = _get(session, WorkerRow, kind, document_id)
        return source(
            worker.card_code,
            lambda meta: WorkerCard(
                meta=meta, display_name=worker.display_name, card_code=worker.card_code
            ),
        )

    if kind is DocumentKind.TRAINING_CONFIRMATION:
        enrol = _get(session, EnrollmentRow, kind, document_id)
        course = _get(session, TrainingCourseRow, kind, enrol.course_id)
        summary = f"{course.title} | {labels.get(enrol.status, enrol.status)}"
        return source(
            summary,
            lambda meta: TrainingConfirmation(
                meta=meta,
                course_title=course.title,
                provider=course.provider,
                starts_on=course.starts_on,
                ends_on=course.ends_on,
                schedule=course.schedule,
                place=course.place,
                status=enrol.status,
                subsidy_text=course.subsidy_text,
            ),
        )

    if kind is DocumentKind.COMPLAINT_RECEIPT:
        complaint = _get(session, ComplaintRow, kind, document_id)
        name = ""
        if complaint.target_id and complaint.target in ("employer", "intermediary"):
            employer = session.get(EmployerRow, complaint.target_id)
            name = employer.name if employer else ""
        elif complaint.target_id and complaint.target == "posting":
            posting_row = postings.get_row(session, complaint.target_id)
            name = posting_row.title if posting_row else ""
        summary = f"{complaint.reference} | {labels.get('category_' + complaint.category, '')}"
        return source(
            summary,
            lambda meta: ComplaintReceipt(
                meta=meta,
                category=complaint.category,
                target=complaint.target,
                received_at=complaint.created_at,
                anonymous=complaint.anonymous,
                target_name=name,
            ),
            reference=complaint.reference or ref,
        )

    if kind is DocumentKind.SESSION_SUMMARY:
        # The figures were fixed when the session closed (kiosk.domain.session_summary).
        closed = _get(session, MatchSessionRow, kind, document_id)
        if not closed.summary_json:
            raise DocumentNotFound(kind, document_id)
        figures = SessionSummary.from_json(closed.summary_json)
        return Source(
            kind,
            document_id,
            {"session_id": document_id},
            closed.title,
            ref,
            lambda meta: SessionSummaryDoc(meta=meta, summary=figures),
        )

    raise DocumentNotFound(kind, document_id)


def prepare(
    db: Database,
    settings: Settings,
    identity: DeviceIdentity,
    kind: DocumentKind,
    document_id: str,
    labels: Labels,
    *,
    reprint: bool = False,
    now: datetime | None = None,
) -> Prepared:
    """The document ready to render: store data, meta, and (for signed kinds) the QR token."""
    issued = (now or utcnow()).replace(microsecond=0)
    settings = current_registry(settings)
    with db.read() as session:
        src = load_source(session, settings, kind, document_id, labels)
    token = ""
    if kind not in signed.UNSIGNED:
        token = sign_document(
            identity, kind=kind, document_id=document_id, terms=src.terms, issued_at=issued
        )
    meta = DocumentMeta(
        venue_name=settings.venue_name,
        hotline=settings.venue_hotline,
        reference=src.reference,
        issued_at=issued,
        device_id=identity.device_id,
        qr_url=verification_url(settings, token) if token else "",
        reprint=reprint,
    )
    return Prepared(src.build(meta), token, src)
