"""Posting use cases: post a job (validated and screened), review, expire, find."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from kiosk.domain import review, screening, validation
from kiosk.domain.contract import Entity
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    POSTING_TRANSITIONS,
    VENUE_TZ,
    Employer,
    EmployerKind,
    EmployerStatus,
    Posting,
    PostingStatus,
    ScreeningFlag,
    StaffRole,
    check_transition,
)
from kiosk.services.base import Service
from kiosk.services.employers import EmployerService, employer_to_domain
from kiosk.services.staff import require_role
from kiosk.store import postings as posting_store
from kiosk.store import search as search_store
from kiosk.store.search import SearchQuery
from kiosk.store.tables import EmployerRow, PostingRow

EXPIRING = (PostingStatus.OPEN, PostingStatus.PENDING_REVIEW, PostingStatus.FILLED)


@dataclass(slots=True, kw_only=True)
class PostingCard:
    """A posting with what a card shows about its employer."""

    posting: Posting
    employer_name: str
    employer_verified: bool
    employer_kind: EmployerKind


class PostingService(Service):
    def minimums(self) -> validation.PayMinimums:
        s = self.ctx.settings
        return validation.PayMinimums(hour=s.min_pay_hour, day=s.min_pay_day)

    def policy(self, session: Session) -> screening.ScreeningPolicy:
        licensed = session.exec(
            select(EmployerRow.licence_no).where(
                EmployerRow.kind == EmployerKind.INTERMEDIARY.value,
                col(EmployerRow.verified).is_(True),
                EmployerRow.licence_no != "",
            )
        ).all()
        blacklisted = session.exec(
            select(EmployerRow.id).where(EmployerRow.status == EmployerStatus.BLACKLISTED.value)
        ).all()
        return screening.ScreeningPolicy(
            licensed_intermediaries=frozenset(licensed),
            blacklisted_employer_ids=frozenset(blacklisted),
        )

    def screen(
        self, posting: Posting, *, new_employer: Employer | None = None
    ) -> list[ScreeningFlag]:
        """Flags for a draft, for the staff form's live feedback; stores nothing.

        `new_employer` is one typed in on the form and not stored yet: it is screened as it
        will be stored.
        """
        with self.ctx.db.read() as session:
            employer = new_employer or self._employer(session, posting.employer_id)
            return screening.screen_posting(posting, employer, self.policy(session))

    def create(self, posting: Posting, *, actor: str = "kiosk", demo: bool = False) -> Posting:
        """Validate, screen and store a posting: open when clean, held for review when flagged."""
        return self.create_many([posting], actor=actor, demo=demo)[0]

    def create_many(
        self,
        postings: list[Posting],
        *,
        actor: str = "kiosk",
        demo: bool = False,
        new_employers: Sequence[Employer] = (),
    ) -> list[Posting]:
        """Store several postings (and employers new to them) in one transaction: all or none."""
        today = self.ctx.today()
        for posting in postings:
            validation.validate_posting(posting, today=today, minimums=self.minimums())
        employers = [EmployerService.clean(e, demo=demo) for e in new_employers]
        with self.ctx.db.write() as session:
            # Saving the same draft again (a double tap, a retry after a lost answer) is the
            # same posting: the staff form keeps its ids until it is cleared (issue 12).
            saved = {p.id: row for p in postings if (row := posting_store.get_row(session, p.id))}
            for employer in employers:
                if session.get(EmployerRow, employer.id) is None:
                    EmployerService(self.ctx).insert(session, employer, actor=actor, demo=demo)
            session.flush()
            policy = self.policy(session)
            known = self._employers(session, {p.employer_id for p in postings})
            return [
                posting_store.to_domain(saved[p.id])
                if p.id in saved
                else self._insert(session, p, known[p.employer_id], policy, actor=actor, demo=demo)
                for p in postings
            ]

    def _employers(self, session: Session, ids: set[str]) -> dict[str, Employer]:
        rows = session.exec(select(EmployerRow).where(col(EmployerRow.id).in_(ids))).all()
        found = {r.id: employer_to_domain(r) for r in rows}
        for employer_id in ids - found.keys():
            raise DomainError(ErrorCode.NOT_FOUND, "employer_id", id=employer_id)
        return found

    def _insert(
        self,
        session: Session,
        posting: Posting,
        employer: Employer,
        policy: screening.ScreeningPolicy,
        *,
        actor: str,
        demo: bool,
    ) -> Posting:
        flags = screening.screen_posting(posting, employer, policy)
        now = self.ctx.now()
        stored = replace(
            posting,
            flags=flags,
            status=screening.status_after_screening(flags),
            valid_through=posting.valid_through or self._valid_through(posting),
            venue_id=posting.venue_id or self.ctx.settings.venue_id,
            origin_device=self.ctx.device_id,
            created_at=now,
            updated_at=now,
            filled=0,
            server_version=0,
        )
        posting_store.insert(session, stored, employer_name=employer.name, demo=demo)
        self._sync(
            session,
            entity=Entity.POSTING,
            entity_id=stored.id,
            action="create",
            payload=posting_store.row_values(stored),
            demo=demo,
        )
        if actor != "kiosk" and not demo:
            self._audit(
                session,
                actor=actor,
                action="posting.create",
                subject=stored.id,
                status=stored.status,
                flags=[f.code for f in flags],
            )
        return stored

    def _valid_through(self, posting: Posting) -> datetime:
        end_of_last_day = datetime.combine(posting.end_date, time(23, 59, 59), VENUE_TZ)
        cap = self.ctx.now() + timedelta(days=self.ctx.settings.posting_valid_days)
        return min(end_of_last_day, cap.astimezone(VENUE_TZ))

    def _employer(self, session: Session, employer_id: str) -> Employer:
        row = session.get(EmployerRow, employer_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, "employer_id", id=employer_id)
        return employer_to_domain(row)

    def _row(self, session: Session, posting_id: str) -> PostingRow:
        row = posting_store.get_row(session, posting_id)
        if row is None or row.deleted_at is not None:
            raise DomainError(ErrorCode.NOT_FOUND, "posting_id", id=posting_id)
        return row

    def transition(
        self,
        posting_id: str,
        target: PostingStatus,
        *,
        actor: str,
        reason: str = "",
        minimum_role: StaffRole = StaffRole.STAFF,
    ) -> Posting:
        """Move a posting along its state machine (review, close, suspend), audited and synced."""
        with self.ctx.db.write() as session:
            require_role(session, actor, minimum_role)
            row = self._row(session, posting_id)
            self._move(session, row, target, actor=actor, reason=reason)
            return posting_store.to_domain(row)

    def _move(
        self,
        session: Session,
        row: PostingRow,
        target: PostingStatus,
        *,
        actor: str,
        reason: str,
        corrected: dict[str, Any] | None = None,
    ) -> None:
        current = PostingStatus(row.status)
        check_transition(POSTING_TRANSITIONS, current, target)
        base_version = row.server_version
        row.status = target.value
        if reason:
            row.review_note = reason
        row.updated_at = self.ctx.now()
        session.add(row)
        payload: dict[str, Any] = {"status": target.value, "from": current.value, "reason": reason}
        if corrected:
            payload["corrections"] = corrected
        self._sync(
            session,
            entity=Entity.POSTING,
            entity_id=row.id,
            action="transition",
            payload=payload,
            base_version=base_version,
            demo=row.demo,
        )
        self._audit(
            session,
            actor=actor,
            action=f"posting.{target.value}",
            subject=row.id,
            previous=current.value,
            reason=reason,
        )

    def approve(
        self, posting_id: str, *, actor: str, note: str, corrected: Posting | None = None
    ) -> Posting:
        """A supervisor opens a held posting, saying why; `corrected` is the posting as the
        supervisor mended it (a fee struck out, a typo fixed), validated and screened again."""
        return self._review(
            posting_id, PostingStatus.OPEN, actor=actor, reason=note, corrected=corrected
        )

    def reject(self, posting_id: str, *, actor: str, reason: str) -> Posting:
        return self._review(posting_id, PostingStatus.CLOSED, actor=actor, reason=reason)

    def _review(
        self,
        posting_id: str,
        target: PostingStatus,
        *,
        actor: str,
        reason: str,
        corrected: Posting | None = None,
    ) -> Posting:
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.SUPERVISOR)
            row = self._row(session, posting_id)
            if row.status != PostingStatus.PENDING_REVIEW.value:
                raise DomainError(
                    ErrorCode.TRANSITION_INVALID, "status", current=row.status, target=target.value
                )
            if not reason.strip():
                raise DomainError(ErrorCode.REQUIRED, "reason")
            employer = self._employer(session, row.employer_id)
            if target is PostingStatus.OPEN and employer.status is EmployerStatus.BLACKLISTED:
                # The city's decision: no venue puts this employer's jobs in front of workers.
                raise DomainError(ErrorCode.EMPLOYER_BLACKLISTED, "employer_id", name=employer.name)
            changes = None
            if corrected is not None:
                changes = self._correct(session, row, corrected, employer, actor=actor)
            self._move(session, row, target, actor=actor, reason=reason.strip(), corrected=changes)
            return posting_store.to_domain(row)

    def _correct(
        self,
        session: Session,
        row: PostingRow,
        corrected: Posting,
        employer: Employer,
        *,
        actor: str,
    ) -> dict[str, Any]:
        """Store a supervisor's corrections to a held posting; returns the changed fields."""
        before = posting_store.to_domain(row)
        validation.validate_posting(
            corrected, today=self.ctx.today(), minimums=self.minimums(), creating=False
        )
        old_values = posting_store.row_values(before)
        # Only the terms change: the posting stays the employer's, with its id and history.
        changes = review.corrections(old_values, posting_store.row_values(corrected))
        if not changes:
            return {}
        mended = posting_store.to_domain(SimpleNamespace(**{**old_values, **changes}))
        mended.flags = screening.screen_posting(mended, employer, self.policy(session))
        posting_store.save(session, mended, demo=row.demo)
        changes["flags"] = posting_store.row_values(mended)["flags"]
        self._audit(
            session,
            actor=actor,
            action="posting.correct",
            subject=row.id,
            before={k: old_values[k] for k in changes},
            after=changes,
        )
        return changes

    def expire_due(self) -> int:
        """Expire postings past valid_through or past their last day; returns how many.

        Safe to run at any time. The end date counts too: a posting pulled from the registry
        may carry no valid_through, and it must not stay open for walk-ins after its last day.
        """
        now = self.ctx.now()
        today = self.ctx.today()
        with self.ctx.db.write() as session:
            rows = session.exec(
                select(PostingRow).where(
                    col(PostingRow.status).in_([s.value for s in EXPIRING]),
                    or_(col(PostingRow.valid_through) < now, col(PostingRow.end_date) < today),
                    col(PostingRow.deleted_at).is_(None),
                )
            ).all()
            for row in rows:
                previous = row.status
                row.status = PostingStatus.EXPIRED.value
                row.updated_at = now
                session.add(row)
                self._sync(
                    session,
                    entity=Entity.POSTING,
                    entity_id=row.id,
                    action="transition",
                    payload={"status": row.status, "from": previous, "reason": "valid_through"},
                    base_version=row.server_version,
                    demo=row.demo,
                )
            return len(rows)

    def get(self, posting_id: str) -> PostingCard:
        with self.ctx.db.read() as session:
            return self._cards(session, [posting_store.to_domain(self._row(session, posting_id))])[
                0
            ]

    def search(self, query: SearchQuery) -> list[PostingCard]:
        with self.ctx.db.read() as session:
            nums = search_store.search_ids(session, query)
            return self._cards(session, posting_store.by_nums(session, nums))

    def count(self, query: SearchQuery) -> int:
        with self.ctx.db.read() as session:
            return search_store.count(session, query)

    def pending_review(self) -> list[PostingCard]:
        q = SearchQuery(statuses=(PostingStatus.PENDING_REVIEW.value,), limit=500)
        return self.search(q)

    def _cards(self, session: Session, postings: list[Posting]) -> list[PostingCard]:
        ids = {p.employer_id for p in postings}
        table = EmployerRow.__table__  # type: ignore[attr-defined]
        # Core rows, not ORM objects: this runs for every page of search results.
        employers = {
            r.id: r
            for r in session.connection().execute(
                sa_select(table.c.id, table.c.name, table.c.verified, table.c.kind).where(
                    table.c.id.in_(ids)
                )
            )
        }
        cards = []
        for posting in postings:
            e = employers.get(posting.employer_id)
            cards.append(
                PostingCard(
                    posting=posting,
                    employer_name=e.name if e else "",
                    employer_verified=bool(e and e.verified),
                    employer_kind=EmployerKind(e.kind) if e else EmployerKind.COMPANY,
                )
            )
        return cards
