"""Application use cases: express interest (with a job slip), refer, hire, withdraw."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from kiosk.domain.actionable import HOLDING_PLACES
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    APPLICATION_TRANSITIONS,
    Application,
    ApplicationStatus,
    Channel,
    DocumentKind,
    PostingStatus,
    StaffRole,
    check_transition,
)
from kiosk.services import actionable
from kiosk.services.base import Service
from kiosk.services.staff import require_role
from kiosk.store import postings as posting_store
from kiosk.store import print_jobs
from kiosk.store.tables import ApplicationRow, WorkerRow


def application_to_domain(row: ApplicationRow) -> Application:
    return Application(
        id=row.id,
        worker_id=row.worker_id,
        posting_id=row.posting_id,
        status=ApplicationStatus(row.status),
        channel=Channel(row.channel),
        created_at=row.created_at,
    )


@dataclass(slots=True, frozen=True)
class Interest:
    application: Application
    print_job_id: str | None


def apply_hire_effects(
    session: Session,
    row: ApplicationRow,
    current: ApplicationStatus,
    target: ApplicationStatus,
    *,
    today: date,
) -> None:
    """Filled counts follow hires (never typed in), and a full posting shows as filled.

    Shared by every way a hire happens: a staff member recording it, or an agreed negotiation.
    """
    posting = posting_store.get_row(session, row.posting_id)
    assert posting is not None
    if target is ApplicationStatus.HIRED:
        posting.filled += 1
        worker = session.get(WorkerRow, row.worker_id)
        if worker is not None:
            worker.last_job_on = today
            session.add(worker)
    elif current is ApplicationStatus.HIRED:
        posting.filled = max(0, posting.filled - 1)
    if posting.status == PostingStatus.OPEN.value and posting.filled >= posting.headcount:
        posting.status = PostingStatus.FILLED.value
    elif posting.status == PostingStatus.FILLED.value and posting.filled < posting.headcount:
        posting.status = PostingStatus.OPEN.value
    session.add(posting)


class ApplicationService(Service):
    def express_interest(
        self,
        *,
        worker_id: str,
        posting_id: str,
        channel: Channel = Channel.KIOSK,
        lang: str = "zh_CN",
        print_slip: bool = True,
        actor: str = "kiosk",
    ) -> Interest:
        """Record "I'm interested" once per worker and posting, and queue the job slip with it.

        Staff may record it on a worker's behalf at the desk (`actor` is then their id, audited).
        """
        with self.ctx.db.write() as session:
            if actor != "kiosk":
                require_role(session, actor, StaffRole.STAFF)
            posting = actionable.open_posting(session, posting_id, now=self.ctx.now())
            if posting.filled >= posting.headcount:
                raise DomainError(ErrorCode.POSTING_NOT_OPEN, "posting_id", status=posting.status)
            worker = session.get(WorkerRow, worker_id)
            if worker is None or worker.merged_into:
                raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
            existing = session.exec(
                select(ApplicationRow).where(
                    ApplicationRow.worker_id == worker_id, ApplicationRow.posting_id == posting_id
                )
            ).first()
            if existing is not None:
                raise DomainError(
                    ErrorCode.ALREADY_APPLIED, "posting_id", application_id=existing.id
                )
            row = self.create(session, worker_id=worker_id, posting_id=posting_id, channel=channel)
            app = application_to_domain(row)
            if actor != "kiosk":
                self._audit(
                    session,
                    actor=actor,
                    action="application.interested",
                    subject=row.id,
                    on_behalf_of=worker_id,
                )
            job_id = None
            if print_slip:
                # The slip documents the posting (what was offered), so its QR verifies against
                # the posting wherever it is checked; the application is the record of interest.
                job = print_jobs.enqueue(
                    session, kind=DocumentKind.JOB_SLIP, document_id=posting_id, lang=lang
                )
                job_id = job.id
            return Interest(application=app, print_job_id=job_id)

    def create(
        self, session: Session, *, worker_id: str, posting_id: str, channel: Channel
    ) -> ApplicationRow:
        """A new interested application and its outbox op, in the caller's unit of work."""
        row = ApplicationRow(
            worker_id=worker_id,
            posting_id=posting_id,
            channel=channel.value,
            origin_device=self.ctx.device_id,
            created_at=self.ctx.now(),
            updated_at=self.ctx.now(),
        )
        session.add(row)
        session.flush()
        self._sync(
            session,
            entity=Entity.APPLICATION,
            entity_id=row.id,
            action="create",
            payload=application_payload(application_to_domain(row)),
        )
        return row

    def set_status(
        self, application_id: str, target: ApplicationStatus, *, actor: str
    ) -> Application:
        with self.ctx.db.write() as session:
            if actor != "kiosk":  # a worker may only withdraw, at the kiosk
                require_role(session, actor, StaffRole.STAFF)
            elif target is not ApplicationStatus.WITHDRAWN:
                raise DomainError(ErrorCode.FORBIDDEN, "actor")
            row = self._row(session, application_id)
            self.transition(session, row, target, actor=actor)
            return application_to_domain(row)

    def transition(
        self,
        session: Session,
        row: ApplicationRow,
        target: ApplicationStatus,
        *,
        actor: str,
        **detail: Any,
    ) -> bool:
        """Move an application to `target` inside the caller's unit of work.

        The one place an application's status changes for staff and kiosk actions and the
        lottery: the state machine is checked, hire effects applied, the outbox op written,
        a referral slip queued and the change audited. `detail` goes into the audit event
        (the lottery names its draw). Returns False when the application already had `target`.
        The caller checks who may act.
        """
        current = ApplicationStatus(row.status)
        check_transition(APPLICATION_TRANSITIONS, current, target)
        if current == target:
            return False
        if target in HOLDING_PLACES:
            # A referral or hire is done to the posting: it must be open now, and one that
            # does not already hold a place needs a free one.
            posting = actionable.open_posting(session, row.posting_id, now=self.ctx.now())
            if current not in HOLDING_PLACES:
                actionable.require_place(session, posting)
        base_version = row.server_version
        row.status = target.value
        row.updated_at = self.ctx.now()
        session.add(row)
        apply_hire_effects(session, row, current, target, today=self.ctx.today())
        self._sync(
            session,
            entity=Entity.APPLICATION,
            entity_id=row.id,
            action="transition",
            payload={"status": target.value, "from": current.value},
            base_version=base_version,
        )
        if target is ApplicationStatus.REFERRED:
            print_jobs.enqueue(session, kind=DocumentKind.REFERRAL_SLIP, document_id=row.id)
        if actor != "kiosk":  # a walk-in worker is anonymous; the audit log is staff actions
            self._audit(
                session,
                actor=actor,
                action=f"application.{target.value}",
                subject=row.id,
                previous=current.value,
                **detail,
            )
        return True

    def withdraw(self, application_id: str, *, actor: str = "kiosk") -> Application:
        return self.set_status(application_id, ApplicationStatus.WITHDRAWN, actor=actor)

    def refer(self, application_id: str, *, actor: str) -> Application:
        return self.set_status(application_id, ApplicationStatus.REFERRED, actor=actor)

    def record_hire(self, application_id: str, *, actor: str) -> Application:
        return self.set_status(application_id, ApplicationStatus.HIRED, actor=actor)

    def for_worker(self, worker_id: str) -> list[Application]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(ApplicationRow).where(ApplicationRow.worker_id == worker_id)
            ).all()
            return [application_to_domain(r) for r in rows]

    def for_posting(self, posting_id: str) -> list[Application]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(ApplicationRow).where(ApplicationRow.posting_id == posting_id)
            ).all()
            return [application_to_domain(r) for r in rows]

    def _row(self, session: Session, application_id: str) -> ApplicationRow:
        row = session.get(ApplicationRow, application_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, "application_id", id=application_id)
        return row


def application_payload(app: Application) -> dict[str, object]:
    return {
        "id": app.id,
        "worker_id": app.worker_id,
        "posting_id": app.posting_id,
        "status": app.status.value,
        "channel": app.channel.value,
        "created_at": app.created_at,
    }
