"""Worker use cases: register (merging a repeat phone), find by phone or card, update."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from kiosk.domain import grading, validation
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    AssistanceGrade,
    Circumstance,
    DocumentKind,
    PayUnit,
    StaffRole,
    Worker,
)
from kiosk.services.base import Service
from kiosk.services.staff import require_role
from kiosk.store import print_jobs
from kiosk.store.postings import from_cents, to_cents
from kiosk.store.tables import WorkerRow

# Identity fields are write-once at the kiosk: a walk-in cannot rename someone else's record.
IDENTITY_FIELDS = ("display_name", "birth_year")


def new_card_code() -> str:
    """An opaque, unguessable worker card code: the only thing a worker card's QR holds."""
    return base64.b32encode(secrets.token_bytes(10)).decode("ascii")


def worker_to_domain(row: WorkerRow) -> Worker:
    return Worker(
        id=row.id,
        display_name=row.display_name,
        phone=row.phone,
        birth_year=row.birth_year,
        skills=list(row.skills),
        districts=list(row.districts),
        available_dates=[date.fromisoformat(d) for d in row.available_dates],
        expected_pay=from_cents(row.expected_pay_cents)
        if row.expected_pay_cents is not None
        else None,
        expected_pay_unit=PayUnit(row.expected_pay_unit),
        languages=list(row.languages),
        circumstances=[Circumstance(c) for c in row.circumstances],
        assistance_grade=AssistanceGrade(row.assistance_grade),
        assistance_reasons=list(row.assistance_reasons),
        consent_at=row.consent_at,
        last_job_on=row.last_job_on,
        registered_at=row.registered_at,
        card_code=row.card_code,
        venue_id=row.venue_id,
        merged_into=row.merged_into,
    )


def worker_values(w: Worker) -> dict[str, Any]:
    return {
        "id": w.id,
        "display_name": w.display_name,
        "phone": w.phone,
        "birth_year": w.birth_year,
        "skills": list(w.skills),
        "districts": list(w.districts),
        "available_dates": sorted({d.isoformat() for d in w.available_dates}),
        "expected_pay_cents": to_cents(w.expected_pay) if w.expected_pay is not None else None,
        "expected_pay_unit": w.expected_pay_unit.value,
        "languages": list(w.languages),
        "circumstances": [c.value for c in w.circumstances],
        "assistance_grade": int(w.assistance_grade),
        "assistance_reasons": list(w.assistance_reasons),
        "consent_at": w.consent_at,
        "last_job_on": w.last_job_on,
        "registered_at": w.registered_at,
        "card_code": w.card_code,
        "venue_id": w.venue_id,
        "merged_into": w.merged_into,
    }


@dataclass(slots=True, frozen=True)
class Registration:
    worker: Worker
    merged: bool


class WorkerService(Service):
    def register(
        self, worker: Worker, *, consent: bool, actor: str = "kiosk", demo: bool = False
    ) -> Registration:
        """Store a worker after consent; the same phone again updates the existing record."""
        if not consent:
            raise DomainError(ErrorCode.CONSENT_REQUIRED, "consent")
        today = self.ctx.today()
        phone = validation.normalize_phone(worker.phone)
        candidate = replace(worker, phone=phone, display_name=worker.display_name.strip())
        validation.validate_worker(candidate, today=today)
        grade, reasons = grading.grade_worker(
            birth_year=candidate.birth_year, circumstances=candidate.circumstances, today=today
        )
        with self.ctx.db.write() as session:
            existing = self._by_phone(session, phone)
            if existing is not None:
                merged = self._merge(existing, candidate, grade, reasons)
                self._save(
                    session,
                    merged,
                    action="update",
                    base_version=existing.server_version,
                    demo=demo,
                )
                return Registration(worker=merged, merged=True)
            now = self.ctx.now()
            fresh = replace(
                candidate,
                assistance_grade=grade,
                assistance_reasons=reasons,
                consent_at=now,
                registered_at=now,
                card_code=candidate.card_code or new_card_code(),
                venue_id=candidate.venue_id or self.ctx.settings.venue_id,
                merged_into=None,
            )
            self._save(session, fresh, action="create", base_version=None, demo=demo)
            if actor != "kiosk" and not demo:
                self._audit(session, actor=actor, action="worker.register", subject=fresh.id)
            return Registration(worker=fresh, merged=False)

    def _merge(
        self, row: WorkerRow, new: Worker, grade: AssistanceGrade, reasons: list[str]
    ) -> Worker:
        old = worker_to_domain(row)
        return replace(
            old,
            display_name=old.display_name or new.display_name,
            birth_year=old.birth_year or new.birth_year,
            skills=list(dict.fromkeys([*old.skills, *new.skills])),
            districts=new.districts or old.districts,
            available_dates=sorted(set(old.available_dates) | set(new.available_dates)),
            expected_pay=new.expected_pay if new.expected_pay is not None else old.expected_pay,
            expected_pay_unit=new.expected_pay_unit,
            languages=new.languages or old.languages,
            circumstances=new.circumstances or old.circumstances,
            assistance_grade=max(grade, old.assistance_grade),
            assistance_reasons=reasons or old.assistance_reasons,
            consent_at=self.ctx.now(),
        )

    def update(self, worker_id: str, *, actor: str = "kiosk", **changes: Any) -> Worker:
        """Change a worker's details; identity fields only by staff (correction is audited)."""
        with self.ctx.db.write() as session:
            row = self._row(session, worker_id)
            old = worker_to_domain(row)
            if actor == "kiosk":
                changes = {k: v for k, v in changes.items() if k not in IDENTITY_FIELDS}
            else:
                require_role(session, actor, StaffRole.STAFF)
            if "phone" in changes:
                changes["phone"] = validation.normalize_phone(changes["phone"])
            new = replace(old, **changes)
            validation.validate_worker(new, today=self.ctx.today())
            if "circumstances" in changes or "birth_year" in changes:
                grade, reasons = grading.grade_worker(
                    birth_year=new.birth_year,
                    circumstances=new.circumstances,
                    today=self.ctx.today(),
                )
                new = replace(new, assistance_grade=grade, assistance_reasons=reasons)
            self._save(
                session, new, action="update", base_version=row.server_version, demo=row.demo
            )
            if actor != "kiosk":
                self._audit(
                    session,
                    actor=actor,
                    action="worker.update",
                    subject=worker_id,
                    fields=sorted(changes),
                )
            return new

    def mark_available(self, worker_id: str, days: list[date]) -> Worker:
        """'I'm free today': release the worker's availability for matching."""
        with self.ctx.db.read() as session:
            current = worker_to_domain(self._row(session, worker_id)).available_dates
        keep = sorted({d for d in [*current, *days] if d >= self.ctx.today()})
        return self.update(worker_id, available_dates=keep)

    def queue_worker_card(self, worker_id: str, lang: str = "zh_CN") -> str:
        """Queue a worker card (its QR holds only the opaque card code); returns the job id."""
        with self.ctx.db.write() as session:
            row = self._row(session, worker_id)
            job = print_jobs.enqueue(
                session, kind=DocumentKind.WORKER_CARD, document_id=row.id, lang=lang
            )
            return job.id

    def get(self, worker_id: str) -> Worker:
        with self.ctx.db.read() as session:
            return worker_to_domain(self._row(session, worker_id))

    def find_by_phone(self, raw_phone: str) -> Worker | None:
        phone = validation.normalize_phone(raw_phone)
        with self.ctx.db.read() as session:
            row = self._by_phone(session, phone)
            return worker_to_domain(row) if row else None

    def find_by_card(self, card_code: str) -> Worker | None:
        code = card_code.strip().upper()
        if not code:
            return None
        with self.ctx.db.read() as session:
            row = session.exec(
                select(WorkerRow).where(
                    WorkerRow.card_code == code, col(WorkerRow.merged_into).is_(None)
                )
            ).first()
            return worker_to_domain(row) if row else None

    def find_by_name(self, text: str, *, limit: int = 20) -> list[Worker]:
        """Workers whose name contains `text`, for staff when the worker has no phone or card
        to hand; several people share a name, so the caller shows them to choose from."""
        text = text.strip()
        if not text:
            return []
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(WorkerRow)
                .where(
                    col(WorkerRow.display_name).contains(text, autoescape=True),
                    col(WorkerRow.merged_into).is_(None),
                    col(WorkerRow.deleted_at).is_(None),
                )
                .order_by(col(WorkerRow.display_name), col(WorkerRow.registered_at))
                .limit(limit)
            ).all()
            return [worker_to_domain(r) for r in rows]

    def list(self, *, limit: int = 200, available_on: date | None = None) -> list[Worker]:
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(WorkerRow)
                .where(col(WorkerRow.merged_into).is_(None), col(WorkerRow.deleted_at).is_(None))
                .order_by(col(WorkerRow.registered_at).desc())
                .limit(limit)
            ).all()
            workers = [worker_to_domain(r) for r in rows]
        if available_on:
            workers = [w for w in workers if available_on in w.available_dates]
        return workers

    def _by_phone(self, session: Session, phone: str) -> WorkerRow | None:
        return session.exec(
            select(WorkerRow).where(
                WorkerRow.phone == phone,
                col(WorkerRow.merged_into).is_(None),
                col(WorkerRow.deleted_at).is_(None),
            )
        ).first()

    def _row(self, session: Session, worker_id: str) -> WorkerRow:
        row = session.get(WorkerRow, worker_id)
        if row is None or row.deleted_at is not None:
            raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
        if row.merged_into:
            return self._row(session, row.merged_into)
        return row

    def _save(
        self, session: Session, w: Worker, *, action: str, base_version: int | None, demo: bool
    ) -> None:
        values = worker_values(w)
        row = session.get(WorkerRow, w.id)
        if row is None:
            row = WorkerRow(**values, origin_device=self.ctx.device_id, demo=demo)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        row.updated_at = self.ctx.now()
        session.add(row)
        self._sync(
            session,
            entity=Entity.WORKER,
            entity_id=w.id,
            action=action,
            payload=values,
            base_version=base_version,
            demo=demo,
        )
