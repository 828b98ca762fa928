"""Complaints: anyone files one (anonymous or with contact) and gets a receipt; staff triage."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from kiosk.domain import validation
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    COMPLAINT_TRANSITIONS,
    VENUE_TZ,
    Complaint,
    ComplaintCategory,
    ComplaintStatus,
    ComplaintTarget,
    DocumentKind,
    StaffRole,
    check_transition,
)
from kiosk.services.base import Service
from kiosk.services.staff import require_role
from kiosk.store import postings as posting_store
from kiosk.store import print_jobs
from kiosk.store.tables import ComplaintRow, EmployerRow

MAX_TEXT = 2000
# What handling a complaint may do to the employer it names: a warning at this venue, or a
# blacklisting proposed to the city registry, which decides (kiosk-registry proposals).
WARN = "warn"
PROPOSE_BLACKLIST = "blacklist"
EMPLOYER_ACTIONS = (WARN, PROPOSE_BLACKLIST)
# Digits and capitals without 0/O, 1/I/L and U: nothing a caller can mishear on the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def _complaint(row: ComplaintRow) -> Complaint:
    return Complaint(
        id=row.id,
        reference=row.reference,
        target=ComplaintTarget(row.target),
        target_id=row.target_id,
        category=ComplaintCategory(row.category),
        text=row.text,
        contact_phone=row.contact_phone,
        anonymous=row.anonymous,
        status=ComplaintStatus(row.status),
        resolution=row.resolution,
        proposed_action=row.proposed_action,
        created_at=row.created_at,
    )


@dataclass(slots=True, frozen=True)
class Filed:
    complaint: Complaint
    print_job_id: str


class ComplaintService(Service):
    def file(
        self,
        *,
        target: ComplaintTarget,
        category: ComplaintCategory,
        target_id: str | None = None,
        text: str = "",
        contact_phone: str = "",
        lang: str = "zh_CN",
    ) -> Filed:
        """Store a complaint and queue its receipt. No contact given means anonymous.

        A complaint about a posting or an employer may name it (`target_id`): staff taking a
        call pick it from recent postings or by the employer's name, so handling the complaint
        can reach that employer.
        """
        text = text.strip()
        if len(text) > MAX_TEXT:
            raise DomainError(ErrorCode.TEXT_TOO_LONG, "text", limit=MAX_TEXT)
        phone = validation.normalize_phone(contact_phone) if contact_phone.strip() else ""
        with self.ctx.db.write() as session:
            if target_id and employer_of(session, target, target_id) is None:
                raise DomainError(ErrorCode.NOT_FOUND, "target_id", id=target_id)
            row = ComplaintRow(
                reference=self._reference(session),
                target=target.value,
                target_id=target_id,
                category=category.value,
                text=text,
                contact_phone=phone,
                anonymous=not phone,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            complaint = _complaint(row)
            self._sync(
                session,
                entity=Entity.COMPLAINT,
                entity_id=row.id,
                action="create",
                payload={
                    "id": row.id,
                    "reference": row.reference,
                    "target": row.target,
                    "target_id": target_id,
                    "category": row.category,
                    "text": text,
                    "contact_phone": phone,
                    "anonymous": row.anonymous,
                    # When the worker made it: sent later, it must not take its arrival time.
                    "created_at": row.created_at,
                },
            )
            job = print_jobs.enqueue(
                session, kind=DocumentKind.COMPLAINT_RECEIPT, document_id=row.id, lang=lang
            )
            return Filed(complaint=complaint, print_job_id=job.id)

    def _reference(self, session: Session) -> str:
        """A short reference a person can read out on the hotline: TS-YYMMDD-XXXXXX.

        Six random characters (729 million per day): 500 kiosks each making their references
        alone, with no counter to share, practically never meet. A reference is not a key
        (the complaint's id is), so a rare repeat loses nothing.
        """
        day = self.ctx.now().astimezone(VENUE_TZ).strftime("%y%m%d")
        while True:
            tail = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
            ref = f"TS-{day}-{tail}"
            if (
                session.exec(select(ComplaintRow).where(ComplaintRow.reference == ref)).first()
                is None
            ):
                return ref

    def list(self, *, statuses: tuple[ComplaintStatus, ...] = ()) -> list[Complaint]:
        with self.ctx.db.read() as session:
            stmt = select(ComplaintRow).order_by(col(ComplaintRow.created_at).desc())
            if statuses:
                stmt = stmt.where(col(ComplaintRow.status).in_([s.value for s in statuses]))
            return [_complaint(r) for r in session.exec(stmt)]

    def target_names(self, complaints: Sequence[Complaint]) -> dict[str, str]:
        """What each complaint is about, by complaint id: a posting's title and employer, or
        an employer's name (complaints that name nothing are left out)."""
        names: dict[str, str] = {}
        with self.ctx.db.read() as session:
            for c in complaints:
                if not c.target_id:
                    continue
                if c.target is ComplaintTarget.POSTING:
                    posting = posting_store.get_row(session, c.target_id)
                    if posting is not None:
                        owner = session.get(EmployerRow, posting.employer_id)
                        names[c.id] = f"{posting.title} · {owner.name if owner else ''}"
                else:
                    employer = session.get(EmployerRow, c.target_id)
                    if employer is not None:
                        names[c.id] = employer.name
        return names

    def get(self, complaint_id: str) -> Complaint:
        with self.ctx.db.read() as session:
            return _complaint(self._row(session, complaint_id))

    def set_status(
        self,
        complaint_id: str,
        target: ComplaintStatus,
        *,
        actor: str,
        resolution: str = "",
        proposed_action: str = "",
    ) -> Complaint:
        if (
            target in (ComplaintStatus.RESOLVED, ComplaintStatus.DISMISSED)
            and not resolution.strip()
        ):
            raise DomainError(ErrorCode.REQUIRED, "resolution")
        if proposed_action and proposed_action not in EMPLOYER_ACTIONS:
            raise DomainError(ErrorCode.VALUE_INVALID, "proposed_action")
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = self._row(session, complaint_id)
            employer_id = None
            if proposed_action:
                # A warning or a proposal is about someone: the complaint must name them.
                employer_id = employer_of(session, ComplaintTarget(row.target), row.target_id)
                if employer_id is None:
                    raise DomainError(ErrorCode.REQUIRED, "target_id")
            current = ComplaintStatus(row.status)
            check_transition(COMPLAINT_TRANSITIONS, current, target)
            base_version = row.server_version
            row.status = target.value
            row.resolution = resolution.strip() or row.resolution
            row.proposed_action = proposed_action or row.proposed_action
            row.updated_at = self.ctx.now()
            session.add(row)
            self._sync(
                session,
                entity=Entity.COMPLAINT,
                entity_id=row.id,
                action="transition",
                payload={
                    "status": row.status,
                    "resolution": row.resolution,
                    "proposed_action": row.proposed_action,
                },
                base_version=base_version,
            )
            self._audit(
                session,
                actor=actor,
                action=f"complaint.{target.value}",
                subject=row.id,
                proposed_action=proposed_action,
                employer_id=employer_id,
            )
            return _complaint(row)

    def resolve(
        self, complaint_id: str, *, actor: str, resolution: str, proposed_action: str = ""
    ) -> Complaint:
        return self.set_status(
            complaint_id,
            ComplaintStatus.RESOLVED,
            actor=actor,
            resolution=resolution,
            proposed_action=proposed_action,
        )

    def _row(self, session: Session, complaint_id: str) -> ComplaintRow:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, "complaint_id", id=complaint_id)
        return row


def employer_of(session: Session, target: ComplaintTarget, target_id: str | None) -> str | None:
    """The employer a complaint's target stands for: itself, or the posting's employer."""
    if not target_id:
        return None
    if target in (ComplaintTarget.EMPLOYER, ComplaintTarget.INTERMEDIARY):
        return target_id if session.get(EmployerRow, target_id) is not None else None
    if target is ComplaintTarget.POSTING:
        row = posting_store.get_row(session, target_id)
        return row.employer_id if row is not None else None
    return None
