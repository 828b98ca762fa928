"""Training use cases: the catalogue, sign-up with seats and a waitlist, skills wanted."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    DocumentKind,
    Enrollment,
    EnrollmentStatus,
    StaffRole,
    TrainingCourse,
)
from kiosk.services.base import Service
from kiosk.services.staff import require_role
from kiosk.store import print_jobs
from kiosk.store.tables import EnrollmentRow, SkillWishRow, TrainingCourseRow, WorkerRow


def _course(row: TrainingCourseRow, enrolled: int) -> TrainingCourse:
    return TrainingCourse(
        id=row.id,
        title=row.title,
        provider=row.provider,
        category=row.category,
        skill_tags=list(row.skill_tags),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        schedule=row.schedule,
        place=row.place,
        seats=row.seats,
        enrolled=enrolled,
        subsidy_text=row.subsidy_text,
    )


def _enrollment(row: EnrollmentRow) -> Enrollment:
    return Enrollment(
        id=row.id,
        course_id=row.course_id,
        worker_id=row.worker_id,
        status=EnrollmentStatus(row.status),
        created_at=row.created_at,
    )


@dataclass(slots=True, frozen=True)
class SignUp:
    enrollment: Enrollment
    course: TrainingCourse
    print_job_id: str | None


class TrainingService(Service):
    def courses(self, *, from_date: date | None = None) -> list[TrainingCourse]:
        """Courses not yet over, soonest first, with the seats still free."""
        day = from_date or self.ctx.today()
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(TrainingCourseRow)
                .where(
                    col(TrainingCourseRow.ends_on) >= day,
                    col(TrainingCourseRow.deleted_at).is_(None),
                )
                .order_by(col(TrainingCourseRow.starts_on), col(TrainingCourseRow.title))
            ).all()
            counts = self._enrolled_counts(session)
            return [_course(r, counts.get(r.id, 0)) for r in rows]

    def course(self, course_id: str) -> TrainingCourse:
        with self.ctx.db.read() as session:
            row = self._course_row(session, course_id)
            return _course(row, self._enrolled_counts(session).get(row.id, 0))

    def create_course(
        self, course: TrainingCourse, *, actor: str = "", demo: bool = False
    ) -> TrainingCourse:
        """Add a course (the registry owns courses once synced; a venue may add its own)."""
        if not course.title.strip():
            raise DomainError(ErrorCode.REQUIRED, "title")
        if course.seats < 1:
            raise DomainError(ErrorCode.VALUE_INVALID, "seats")
        if course.ends_on < course.starts_on:
            raise DomainError(ErrorCode.DATE_ORDER, "ends_on")
        with self.ctx.db.write() as session:
            if not demo:
                require_role(session, actor, StaffRole.STAFF)
                self._audit(session, actor=actor, action="training.course_add", subject=course.id)
            row = TrainingCourseRow(
                id=course.id,
                title=course.title,
                provider=course.provider,
                category=course.category,
                skill_tags=list(course.skill_tags),
                starts_on=course.starts_on,
                ends_on=course.ends_on,
                schedule=course.schedule,
                place=course.place,
                seats=course.seats,
                subsidy_text=course.subsidy_text,
                demo=demo,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            return _course(row, 0)

    def enroll(
        self, *, course_id: str, worker_id: str, lang: str = "zh_CN", actor: str = "kiosk"
    ) -> SignUp:
        """Take a seat, or a waitlist place when the course is full; a confirmation is queued.

        Staff may enroll a worker from the training page (`actor` is then their id, audited).
        """
        with self.ctx.db.write() as session:
            if actor != "kiosk":
                require_role(session, actor, StaffRole.STAFF)
            course = self._course_row(session, course_id)
            if session.get(WorkerRow, worker_id) is None:
                raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
            existing = session.exec(
                select(EnrollmentRow).where(
                    EnrollmentRow.course_id == course_id, EnrollmentRow.worker_id == worker_id
                )
            ).first()
            if existing is not None and existing.status != EnrollmentStatus.CANCELLED.value:
                raise DomainError(ErrorCode.ALREADY_ENROLLED, "course_id")
            taken = self._enrolled_counts(session).get(course_id, 0)
            status = (
                EnrollmentStatus.ENROLLED if taken < course.seats else EnrollmentStatus.WAITLISTED
            )
            row = existing or EnrollmentRow(
                course_id=course_id,
                worker_id=worker_id,
                status=status.value,
                origin_device=self.ctx.device_id,
            )
            row.status = status.value
            row.updated_at = self.ctx.now()
            session.add(row)
            session.flush()
            self._sync(
                session,
                entity=Entity.ENROLLMENT,
                entity_id=row.id,
                action="create",
                payload={
                    "id": row.id,
                    "course_id": course_id,
                    "worker_id": worker_id,
                    "status": status.value,
                },
            )
            job = print_jobs.enqueue(
                session, kind=DocumentKind.TRAINING_CONFIRMATION, document_id=row.id, lang=lang
            )
            if actor != "kiosk":
                self._audit(
                    session, actor=actor, action="training.enroll", subject=row.id, status=status
                )
            enrolled = taken + (1 if status is EnrollmentStatus.ENROLLED else 0)
            return SignUp(
                enrollment=_enrollment(row), course=_course(course, enrolled), print_job_id=job.id
            )

    def cancel(self, enrollment_id: str, *, actor: str) -> Enrollment | None:
        """Give up a seat; the longest-waiting person on the waitlist takes it. Returns them."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._audit(session, actor=actor, action="training.cancel", subject=enrollment_id)
            row = session.get(EnrollmentRow, enrollment_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "enrollment_id", id=enrollment_id)
            had_seat = row.status == EnrollmentStatus.ENROLLED.value
            row.status = EnrollmentStatus.CANCELLED.value
            session.add(row)
            self._sync(
                session,
                entity=Entity.ENROLLMENT,
                entity_id=row.id,
                action="transition",
                payload={"status": row.status},
                base_version=row.server_version,
            )
            if not had_seat:
                return None
            nxt = session.exec(
                select(EnrollmentRow)
                .where(
                    EnrollmentRow.course_id == row.course_id,
                    EnrollmentRow.status == EnrollmentStatus.WAITLISTED.value,
                )
                .order_by(col(EnrollmentRow.created_at))
            ).first()
            if nxt is None:
                return None
            nxt.status = EnrollmentStatus.ENROLLED.value
            session.add(nxt)
            self._sync(
                session,
                entity=Entity.ENROLLMENT,
                entity_id=nxt.id,
                action="transition",
                payload={"status": nxt.status},
                base_version=nxt.server_version,
            )
            return _enrollment(nxt)

    def enrollments(self, course_id: str) -> list[Enrollment]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(EnrollmentRow)
                .where(EnrollmentRow.course_id == course_id)
                .order_by(col(EnrollmentRow.created_at))
            ).all()
            return [_enrollment(r) for r in rows]

    def wish(self, skill: str, *, worker_id: str | None = None) -> None:
        """Remember a skill someone wants to learn, even when no course fits yet."""
        skill = skill.strip()
        if not skill:
            raise DomainError(ErrorCode.REQUIRED, "skill")
        with self.ctx.db.write() as session:
            row = SkillWishRow(skill=skill, worker_id=worker_id, origin_device=self.ctx.device_id)
            session.add(row)
            session.flush()
            self._sync(
                session,
                entity=Entity.SKILL_WISH,
                entity_id=row.id,
                action="create",
                payload={"id": row.id, "skill": skill, "worker_id": worker_id},
            )

    def demand(self) -> list[tuple[str, int]]:
        with self.ctx.db.read() as session:
            counts = Counter(session.exec(select(SkillWishRow.skill)).all())
            return counts.most_common()

    def _course_row(self, session: Session, course_id: str) -> TrainingCourseRow:
        row = session.get(TrainingCourseRow, course_id)
        if row is None or row.deleted_at is not None:
            raise DomainError(ErrorCode.NOT_FOUND, "course_id", id=course_id)
        return row

    def _enrolled_counts(self, session: Session) -> dict[str, int]:
        stmt = (
            select(EnrollmentRow.course_id, func.count())
            .where(EnrollmentRow.status == EnrollmentStatus.ENROLLED.value)
            .group_by(EnrollmentRow.course_id)
        )
        return {cid: int(n) for cid, n in session.exec(stmt)}
