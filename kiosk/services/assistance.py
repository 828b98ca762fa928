"""Graded assistance: open a case for a worker who needs help, follow up on due dates, close
it with what came of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    CASE_TRANSITIONS,
    AssistanceCase,
    AssistanceGrade,
    CaseStatus,
    FollowUp,
    StaffRole,
)
from kiosk.services.base import Service
from kiosk.services.staff import require_role
from kiosk.store.tables import AssistanceCaseRow, FollowUpRow, WorkerRow


def _case(row: AssistanceCaseRow) -> AssistanceCase:
    return AssistanceCase(
        id=row.id,
        worker_id=row.worker_id,
        grade=AssistanceGrade(row.grade),
        reasons=list(row.reasons),
        plan=row.plan,
        assigned_staff_id=row.assigned_staff_id,
        status=CaseStatus(row.status),
        opened_at=row.created_at,
        outcome=row.outcome,
        closed_at=row.closed_at,
    )


def _follow_up(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=row.id,
        case_id=row.case_id,
        note=row.note,
        due_on=row.due_on,
        done_at=row.done_at,
        staff_id=row.staff_id,
        created_at=row.created_at,
    )


def _case_row(session: Session, case_id: str) -> AssistanceCaseRow:
    row = session.get(AssistanceCaseRow, case_id)
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "case_id", id=case_id)
    return row


@dataclass(slots=True, frozen=True)
class DueFollowUp:
    """A follow-up on the due list with the worker it concerns: staff call that person."""

    follow_up: FollowUp
    worker_id: str
    worker_name: str


class AssistanceService(Service):
    def open_case(self, *, worker_id: str, plan: str, actor: str) -> AssistanceCase:
        """Open a case carrying the worker's current grade and reasons."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            worker = session.get(WorkerRow, worker_id)
            if worker is None:
                raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
            row = AssistanceCaseRow(
                worker_id=worker_id,
                grade=worker.assistance_grade,
                reasons=list(worker.assistance_reasons),
                plan=plan.strip(),
                assigned_staff_id=actor,
                origin_device=self.ctx.device_id,
                created_at=self.ctx.now(),  # staff see it as the opened date: the service's clock
            )
            session.add(row)
            session.flush()
            self._sync(
                session,
                entity=Entity.ASSISTANCE_CASE,
                entity_id=row.id,
                action="create",
                payload={
                    "id": row.id,
                    "worker_id": worker_id,
                    "grade": row.grade,
                    "reasons": row.reasons,
                    "plan": row.plan,
                    "assigned_staff_id": actor,
                },
            )
            self._audit(session, actor=actor, action="case.open", subject=row.id)
            return _case(row)

    def add_follow_up(
        self, *, case_id: str, note: str, due_on: date | None, actor: str
    ) -> FollowUp:
        if not note.strip():
            raise DomainError(ErrorCode.REQUIRED, "note")
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            case = _case_row(session, case_id)
            if case.status == CaseStatus.CLOSED:
                raise DomainError(ErrorCode.CASE_CLOSED, "case_id")
            row = FollowUpRow(
                case_id=case_id,
                note=note.strip(),
                due_on=due_on,
                staff_id=actor,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            self._sync(
                session,
                entity=Entity.FOLLOW_UP,
                entity_id=row.id,
                action="create",
                payload={
                    "id": row.id,
                    "case_id": case_id,
                    "note": row.note,
                    "due_on": due_on,
                    "staff_id": actor,
                },
            )
            self._audit(session, actor=actor, action="case.follow_up", subject=case_id)
            return _follow_up(row)

    def complete_follow_up(self, follow_up_id: str, *, actor: str) -> FollowUp:
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = session.get(FollowUpRow, follow_up_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "follow_up_id", id=follow_up_id)
            row.done_at = self.ctx.now()
            session.add(row)
            self._sync(
                session,
                entity=Entity.FOLLOW_UP,
                entity_id=row.id,
                action="update",
                payload={"done_at": row.done_at},
                base_version=row.server_version,
            )
            self._audit(session, actor=actor, action="case.follow_up_done", subject=row.id)
            return _follow_up(row)

    def close_case(self, case_id: str, *, outcome: str, actor: str) -> AssistanceCase:
        """Close a case with what came of it (a job, moved away, no longer needs help...).

        Its follow-ups still due leave the due list: nobody is to call about a closed case.
        """
        outcome = outcome.strip()
        if not outcome:
            raise DomainError(ErrorCode.REQUIRED, "outcome")
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = _case_row(session, case_id)
            if CaseStatus.CLOSED not in CASE_TRANSITIONS[CaseStatus(row.status)]:
                raise DomainError(ErrorCode.CASE_CLOSED, "case_id")
            row.status = CaseStatus.CLOSED.value
            row.outcome = outcome
            row.closed_at = self.ctx.now()
            session.add(row)
            self._sync(
                session,
                entity=Entity.ASSISTANCE_CASE,
                entity_id=row.id,
                action="transition",
                payload={"status": row.status, "outcome": outcome, "closed_at": row.closed_at},
                base_version=row.server_version,
            )
            self._audit(session, actor=actor, action="case.close", subject=row.id)
            return _case(row)

    def due(self, on: date | None = None) -> list[FollowUp]:
        """Follow-ups due on or before a day (default today) and not done yet."""
        return [d.follow_up for d in self.due_with_workers(on)]

    def due_with_workers(self, on: date | None = None) -> list[DueFollowUp]:
        """The due list as staff work through it: oldest due first, each with its worker."""
        day = on or self.ctx.today()
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(FollowUpRow, WorkerRow)
                .join(AssistanceCaseRow, col(AssistanceCaseRow.id) == col(FollowUpRow.case_id))
                .join(WorkerRow, col(WorkerRow.id) == col(AssistanceCaseRow.worker_id))
                .where(
                    col(FollowUpRow.due_on) <= day,
                    col(FollowUpRow.done_at).is_(None),
                    col(AssistanceCaseRow.status) == CaseStatus.OPEN.value,
                )
                .order_by(col(FollowUpRow.due_on), col(FollowUpRow.created_at))
            ).all()
            return [DueFollowUp(_follow_up(f), w.id, w.display_name) for f, w in rows]

    def case(self, case_id: str) -> AssistanceCase:
        with self.ctx.db.read() as session:
            row = _case_row(session, case_id)
            return _case(row)

    def cases_for(self, worker_id: str) -> list[AssistanceCase]:
        """A worker's cases, oldest first: staff choose among them, so the order must hold."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(AssistanceCaseRow)
                .where(AssistanceCaseRow.worker_id == worker_id)
                .order_by(col(AssistanceCaseRow.created_at), col(AssistanceCaseRow.id))
            ).all()
            return [_case(r) for r in rows]

    def follow_ups(self, case_id: str) -> list[FollowUp]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(FollowUpRow)
                .where(FollowUpRow.case_id == case_id)
                .order_by(col(FollowUpRow.created_at))
            ).all()
            return [_follow_up(r) for r in rows]
