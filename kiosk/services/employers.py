"""Employer use cases: create inline at intake, find recent ones, warn or blacklist."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from kiosk.domain import validation
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import ComplaintTarget, Employer, EmployerKind, EmployerStatus
from kiosk.services.base import Service
from kiosk.store.tables import ComplaintRow, EmployerRow, PostingRow


def employer_to_domain(row: EmployerRow) -> Employer:
    return Employer(
        id=row.id,
        name=row.name,
        kind=EmployerKind(row.kind),
        licence_no=row.licence_no,
        verified=row.verified,
        phone=row.phone,
        status=EmployerStatus(row.status),
        warnings=row.warnings,
    )


@dataclass(slots=True, frozen=True)
class VenueWarning:
    """A warning (or a blacklisting proposed to the city) this venue gave an employer, from
    a complaint staff handled: what the posting form and the employer's history show."""

    complaint_id: str
    reference: str
    action: str  # "warn" or "blacklist" (proposed)
    reason: str
    at: datetime


def _payload(e: Employer) -> dict[str, object]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind.value,
        "licence_no": e.licence_no,
        "phone": e.phone,
    }


class EmployerService(Service):
    def create(self, employer: Employer, *, actor: str = "staff", demo: bool = False) -> Employer:
        clean = self.clean(employer, demo=demo)
        with self.ctx.db.write() as session:
            return self.insert(session, clean, actor=actor, demo=demo)

    @staticmethod
    def clean(employer: Employer, *, demo: bool = False) -> Employer:
        """Checked intake values. Verification and status are the registry's to decide."""
        if not employer.name.strip():
            raise DomainError(ErrorCode.REQUIRED, "name")
        phone = validation.normalize_phone(employer.phone) if employer.phone else ""
        return replace(
            employer,
            name=employer.name.strip(),
            phone=phone,
            verified=employer.verified if demo else False,
            status=employer.status if demo else EmployerStatus.OK,
        )

    def insert(self, session: Session, clean: Employer, *, actor: str, demo: bool) -> Employer:
        """Add an employer inside the caller's transaction (used by imports and intake)."""
        row = EmployerRow(
            id=clean.id,
            name=clean.name,
            kind=clean.kind.value,
            licence_no=clean.licence_no.strip(),
            verified=clean.verified,
            phone=clean.phone,
            status=clean.status.value,
            venue_id=self.ctx.settings.venue_id,
            origin_device=self.ctx.device_id,
        )
        session.add(row)
        self._sync(
            session,
            entity=Entity.EMPLOYER,
            entity_id=row.id,
            action="create",
            payload=_payload(clean),
            demo=demo,
        )
        if not demo:
            self._audit(session, actor=actor, action="employer.create", subject=row.id)
        return clean

    def get(self, employer_id: str) -> Employer:
        with self.ctx.db.read() as session:
            row = session.get(EmployerRow, employer_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "employer_id", id=employer_id)
            return employer_to_domain(row)

    def recent(self, limit: int = 12) -> list[Employer]:
        """Employers who posted most recently, for the quick-posting picker."""
        with self.ctx.db.read() as session:
            last_posted = (
                select(PostingRow.employer_id)
                .order_by(col(PostingRow.created_at).desc())
                .limit(limit * 20)
                .subquery()
            )
            ids = list(dict.fromkeys(session.exec(select(last_posted.c.employer_id)).all()))
            rows = {
                r.id: r
                for r in session.exec(select(EmployerRow).where(col(EmployerRow.id).in_(ids)))
            }
            return [employer_to_domain(rows[i]) for i in ids[:limit] if i in rows]

    def find(self, name: str, limit: int = 20) -> list[Employer]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(EmployerRow)
                .where(col(EmployerRow.name).contains(name.strip()))
                .order_by(EmployerRow.name)
                .limit(limit)
            ).all()
            return [employer_to_domain(r) for r in rows]

    def at_venue(self, name: str = "", limit: int = 30) -> list[Employer]:
        """Employers with postings at this venue, by name (part of it, if given).

        What a worker complaining at the kiosk picks from: the employers they met here,
        chosen by sight instead of typed in pinyin.
        """
        with self.ctx.db.read() as session:
            posted_here = select(PostingRow.employer_id).where(
                PostingRow.venue_id == self.ctx.settings.venue_id
            )
            query = select(EmployerRow).where(col(EmployerRow.id).in_(posted_here))
            if name.strip():
                query = query.where(col(EmployerRow.name).contains(name.strip()))
            rows = session.exec(query.order_by(EmployerRow.name).limit(limit)).all()
            return [employer_to_domain(r) for r in rows]

    def venue_warnings(self, employer_id: str) -> list[VenueWarning]:
        """Warnings and blacklisting proposals this venue's staff gave the employer, newest
        first: complaints about the employer, or about one of its postings, handled with one."""
        with self.ctx.db.read() as session:
            postings = select(PostingRow.id).where(PostingRow.employer_id == employer_id)
            rows = session.exec(
                select(ComplaintRow)
                .where(
                    col(ComplaintRow.proposed_action).in_(("warn", "blacklist")),
                    or_(
                        and_(
                            col(ComplaintRow.target).in_(
                                (ComplaintTarget.EMPLOYER.value, ComplaintTarget.INTERMEDIARY.value)
                            ),
                            col(ComplaintRow.target_id) == employer_id,
                        ),
                        and_(
                            col(ComplaintRow.target) == ComplaintTarget.POSTING.value,
                            col(ComplaintRow.target_id).in_(postings),
                        ),
                    ),
                )
                .order_by(col(ComplaintRow.updated_at).desc())
            ).all()
            return [
                VenueWarning(
                    complaint_id=r.id,
                    reference=r.reference,
                    action=r.proposed_action,
                    reason=r.resolution,
                    at=r.updated_at,
                )
                for r in rows
            ]
