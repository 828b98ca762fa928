"""Negotiation records: posted vs agreed terms, three confirmations, then frozen and printed."""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session, col, select

from kiosk.domain import negotiation as rules
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    ApplicationStatus,
    Channel,
    DocumentKind,
    Negotiation,
    NegotiationOutcome,
    StaffRole,
    TicketState,
)
from kiosk.services import actionable
from kiosk.services.applications import (
    ApplicationService,
    application_payload,
    application_to_domain,
    apply_hire_effects,
)
from kiosk.services.base import Service, ServiceContext
from kiosk.services.staff import require_role
from kiosk.store import postings as posting_store
from kiosk.store import print_jobs
from kiosk.store.tables import ApplicationRow, CheckInRow, NegotiationRow, WorkerRow


def _negotiation(row: NegotiationRow) -> Negotiation:
    return Negotiation(
        id=row.id,
        session_id=row.session_id,
        posting_id=row.posting_id,
        worker_id=row.worker_id,
        employer_id=row.employer_id,
        posted_terms=dict(row.posted_terms),
        agreed_terms=dict(row.agreed_terms),
        outcome=NegotiationOutcome(row.outcome),
        worker_confirmed_at=row.worker_confirmed_at,
        employer_confirmed_at=row.employer_confirmed_at,
        witness_staff_id=row.witness_staff_id,
        record_hash=row.record_hash,
        supersedes_id=row.supersedes_id,
        created_at=row.created_at,
    )


class NegotiationService(Service):
    def __init__(self, ctx: ServiceContext, applications: ApplicationService | None = None) -> None:
        super().__init__(ctx)
        # An agreement hires through the applications' own status change (state machine,
        # hire effects, outbox op, audit), as a staff member's "hired" would.
        self.applications = applications or ApplicationService(ctx)

    def open(
        self, *, posting_id: str, worker_id: str, actor: str, session_id: str | None = None
    ) -> Negotiation:
        """Start a record at the table: the posted terms, and agreed terms that begin as a copy."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            posting = actionable.open_posting(session, posting_id, now=self.ctx.now())
            if session.get(WorkerRow, worker_id) is None:
                raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
            posted = rules.posted_terms(posting_store.to_domain(posting))
            row = NegotiationRow(
                session_id=session_id,
                posting_id=posting_id,
                worker_id=worker_id,
                employer_id=posting.employer_id,
                posted_terms=posted,
                agreed_terms=dict(posted),
                outcome=NegotiationOutcome.AGREED.value,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            self._audit(session, actor=actor, action="negotiation.open", subject=row.id)
            return _negotiation(row)

    def set_terms(
        self,
        negotiation_id: str,
        *,
        agreed: Mapping[str, str],
        outcome: NegotiationOutcome,
        actor: str,
    ) -> Negotiation:
        """Edit the agreed terms. A frozen record is never changed: the edit becomes a new
        record that points at it (a correction), which needs its own confirmations."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = self._row(session, negotiation_id)
            if not row.record_hash:
                # A correction of a frozen record describes the past: only a new record
                # needs its posting open now.
                actionable.open_posting(session, row.posting_id, now=self.ctx.now())
            terms = rules.clean_agreed_terms(agreed, row.posted_terms)
            if row.record_hash:
                newer = session.exec(
                    select(NegotiationRow).where(NegotiationRow.supersedes_id == row.id)
                ).first()
                if newer is not None:
                    raise DomainError(
                        ErrorCode.RECORD_FROZEN, "negotiation_id", correction=newer.id
                    )
                row = NegotiationRow(
                    session_id=row.session_id,
                    posting_id=row.posting_id,
                    worker_id=row.worker_id,
                    employer_id=row.employer_id,
                    posted_terms=dict(row.posted_terms),
                    agreed_terms=terms,
                    outcome=outcome.value,
                    supersedes_id=row.id,
                    origin_device=self.ctx.device_id,
                )
                action = "negotiation.correct"
            else:
                row.agreed_terms = terms
                row.outcome = outcome.value
                # Changed terms need fresh confirmations from everyone.
                row.worker_confirmed_at = row.employer_confirmed_at = None
                row.witness_staff_id = None
                action = "negotiation.edit"
            row.updated_at = self.ctx.now()
            session.add(row)
            session.flush()
            self._audit(
                session, actor=actor, action=action, subject=row.id, supersedes=row.supersedes_id
            )
            return _negotiation(row)

    def confirm_worker(self, negotiation_id: str, *, lang: str = "zh_CN") -> Negotiation:
        """The worker confirms on the kiosk screen."""
        return self._confirm(negotiation_id, "worker", actor=None, lang=lang)

    def confirm_employer(
        self, negotiation_id: str, *, actor: str, lang: str = "zh_CN"
    ) -> Negotiation:
        return self._confirm(negotiation_id, "employer", actor=actor, lang=lang)

    def witness(self, negotiation_id: str, *, actor: str, lang: str = "zh_CN") -> Negotiation:
        return self._confirm(negotiation_id, "witness", actor=actor, lang=lang)

    def _confirm(
        self, negotiation_id: str, who: str, *, actor: str | None, lang: str
    ) -> Negotiation:
        with self.ctx.db.write() as session:
            if actor is not None:
                require_role(session, actor, StaffRole.STAFF)
            row = self._row(session, negotiation_id)
            if row.record_hash:
                raise DomainError(ErrorCode.RECORD_FROZEN, "negotiation_id")
            if row.supersedes_id is None:
                actionable.open_posting(session, row.posting_id, now=self.ctx.now())
            now = self.ctx.now().replace(microsecond=0)
            if who == "worker":
                row.worker_confirmed_at = now
            elif who == "employer":
                row.employer_confirmed_at = now
            else:
                row.witness_staff_id = actor
            session.add(row)
            self._audit(
                session, actor=actor or "kiosk", action=f"negotiation.confirm_{who}", subject=row.id
            )
            if row.worker_confirmed_at and row.employer_confirmed_at and row.witness_staff_id:
                self._freeze(session, row, lang=lang)
            return _negotiation(row)

    def _freeze(self, session: Session, row: NegotiationRow, *, lang: str) -> None:
        """All three confirmed: hash, sync, print both copies, close the ticket, record the hire."""
        assert row.worker_confirmed_at and row.employer_confirmed_at and row.witness_staff_id
        outcome = NegotiationOutcome(row.outcome)
        row.record_hash = rules.record_hash(
            record_id=row.id,
            posting_id=row.posting_id,
            worker_id=row.worker_id,
            employer_id=row.employer_id,
            posted=row.posted_terms,
            agreed=row.agreed_terms,
            outcome=outcome,
            worker_confirmed_at=row.worker_confirmed_at,
            employer_confirmed_at=row.employer_confirmed_at,
            witness_staff_id=row.witness_staff_id,
            supersedes_id=row.supersedes_id,
        )
        session.add(row)
        record = _negotiation(row)
        self._sync(
            session,
            entity=Entity.NEGOTIATION,
            entity_id=row.id,
            action="create",
            payload={**_payload(record)},
        )
        print_jobs.enqueue(
            session, kind=DocumentKind.NEGOTIATION_RECORD, document_id=row.id, lang=lang
        )
        print_jobs.enqueue(
            session, kind=DocumentKind.NEGOTIATION_COPY, document_id=row.id, lang=lang
        )
        if row.session_id:
            ticket = session.exec(
                select(CheckInRow).where(
                    CheckInRow.session_id == row.session_id,
                    CheckInRow.worker_id == row.worker_id,
                    col(CheckInRow.state).in_(
                        [TicketState.CALLED.value, TicketState.AT_TABLE.value]
                    ),
                )
            ).first()
            if ticket is not None:
                ticket.state = (
                    TicketState.AGREED
                    if outcome is NegotiationOutcome.AGREED
                    else TicketState.NO_DEAL
                ).value
                session.add(ticket)
        if outcome is NegotiationOutcome.AGREED and row.supersedes_id is None:
            self._record_hire(session, row)
        self._audit(
            session,
            actor=row.witness_staff_id,
            action="negotiation.frozen",
            subject=row.id,
            record_hash=row.record_hash,
        )

    def _record_hire(self, session: Session, row: NegotiationRow) -> None:
        """An agreement is a hire: the worker's application (made now if there was none)."""
        app = session.exec(
            select(ApplicationRow).where(
                ApplicationRow.worker_id == row.worker_id,
                ApplicationRow.posting_id == row.posting_id,
            )
        ).first()
        witness = row.witness_staff_id
        assert witness is not None  # a record is frozen only with a staff witness
        if app is not None:
            if app.status in (ApplicationStatus.INTERESTED.value, ApplicationStatus.REFERRED.value):
                self.applications.transition(
                    session, app, ApplicationStatus.HIRED, actor=witness,
                    negotiation=row.id,
                )  # fmt: skip
            return  # already hired (or withdrawn, rejected): the record stands on its own
        # Agreed at a table with no application before: one is made, hired from the start,
        # and it needs a free place like any hire.
        posting = actionable.open_posting(session, row.posting_id, now=self.ctx.now())
        actionable.require_place(session, posting)
        app = ApplicationRow(
            worker_id=row.worker_id,
            posting_id=row.posting_id,
            status=ApplicationStatus.HIRED.value,
            channel=Channel.SESSION.value,
            origin_device=self.ctx.device_id,
        )
        session.add(app)
        session.flush()
        self._sync(
            session,
            entity=Entity.APPLICATION,
            entity_id=app.id,
            action="create",
            payload=application_payload(application_to_domain(app)),
        )
        apply_hire_effects(
            session, app, ApplicationStatus.INTERESTED, ApplicationStatus.HIRED,
            today=self.ctx.today(),
        )  # fmt: skip

    def get(self, negotiation_id: str) -> Negotiation:
        with self.ctx.db.read() as session:
            return _negotiation(self._row(session, negotiation_id))

    def history(self, negotiation_id: str) -> list[Negotiation]:
        """The record and its corrections, oldest first."""
        with self.ctx.db.read() as session:
            row = self._row(session, negotiation_id)
            while row.supersedes_id:
                row = self._row(session, row.supersedes_id)
            chain = [_negotiation(row)]
            while True:
                newer = session.exec(
                    select(NegotiationRow).where(NegotiationRow.supersedes_id == chain[-1].id)
                ).first()
                if newer is None:
                    return chain
                chain.append(_negotiation(newer))

    def _row(self, session: Session, negotiation_id: str) -> NegotiationRow:
        row = session.get(NegotiationRow, negotiation_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, "negotiation_id", id=negotiation_id)
        return row


def _payload(n: Negotiation) -> dict[str, object]:
    return {
        "id": n.id,
        "session_id": n.session_id,
        "posting_id": n.posting_id,
        "worker_id": n.worker_id,
        "employer_id": n.employer_id,
        "posted_terms": n.posted_terms,
        "agreed_terms": n.agreed_terms,
        "outcome": n.outcome.value,
        "worker_confirmed_at": n.worker_confirmed_at,
        "employer_confirmed_at": n.employer_confirmed_at,
        "witness_staff_id": n.witness_staff_id,
        "record_hash": n.record_hash,
        "supersedes_id": n.supersedes_id,
        "created_at": n.created_at,
    }
