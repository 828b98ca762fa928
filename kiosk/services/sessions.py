"""Matchmaking sessions: check-in, queue numbers with a priority lane, tables, the lottery."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func
from sqlmodel import Session, col, select

from kiosk.domain import allocation, matching
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    TICKET_TRANSITIONS,
    VENUE_TZ,
    Application,
    ApplicationStatus,
    AssistanceGrade,
    Channel,
    CheckIn,
    DocumentKind,
    Lane,
    MatchSession,
    NegotiationOutcome,
    PartyKind,
    SessionKind,
    SessionStatus,
    StaffRole,
    TicketState,
    Worker,
    check_transition,
    new_id,
)
from kiosk.domain.session_summary import SessionSummary
from kiosk.services import actionable
from kiosk.services.actionable import PostingChoice
from kiosk.services.applications import ApplicationService, application_to_domain
from kiosk.services.base import Service, ServiceContext
from kiosk.services.staff import StaffService, require_role
from kiosk.services.workers import WorkerService, worker_to_domain
from kiosk.store import postings as posting_store
from kiosk.store import print_jobs
from kiosk.store.tables import (
    ApplicationRow,
    AuditEventRow,
    CheckInRow,
    EmployerRow,
    LotteryRow,
    MatchSessionRow,
    NegotiationRow,
    PostingRow,
    WorkerRow,
)

WAITING_CAP_DAYS = 90  # someone who never had a job through us counts as waiting this long


def _session(row: MatchSessionRow) -> MatchSession:
    return MatchSession(
        id=row.id,
        venue_id=row.venue_id,
        kind=SessionKind(row.kind),
        title=row.title,
        place=row.place,
        on_date=row.on_date,
        status=SessionStatus(row.status),
    )


def _check_in(row: CheckInRow) -> CheckIn:
    return CheckIn(
        id=row.id,
        session_id=row.session_id,
        party=PartyKind(row.party),
        worker_id=row.worker_id,
        employer_id=row.employer_id,
        number=row.number,
        lane=Lane(row.lane),
        table_no=row.table_no,
        called_at=row.called_at,
        state=TicketState(row.state),
        checked_in_at=row.checked_in_at,
    )


@dataclass(slots=True)
class SessionView:
    """The live picture a staff member watches: who waits, who sits where, how it went."""

    session: MatchSession
    waiting: list[CheckIn] = field(default_factory=list)
    called: list[CheckIn] = field(default_factory=list)
    at_table: list[CheckIn] = field(default_factory=list)
    agreed: list[CheckIn] = field(default_factory=list)
    no_deal: list[CheckIn] = field(default_factory=list)
    employers: list[CheckIn] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Lottery:
    """A stored draw: its record, who drew and authorized it, and whether it was voided."""

    id: str
    record: allocation.LotteryRecord
    drawn_at: datetime | None = None
    drawn_by: str = ""
    authorized_by: str = ""
    reason: str = ""
    voided_at: datetime | None = None
    voided_by: str = ""

    @property
    def drawn(self) -> bool:
        return record_drawn(self.record)


def record_drawn(record: allocation.LotteryRecord) -> bool:
    """Whether lots were drawn: more people than places. Otherwise everyone was referred."""
    return len(record.entries) > record.seats


def _lottery(row: LotteryRow) -> Lottery:
    return Lottery(
        id=row.id,
        record=allocation.LotteryRecord.from_json(row.record_json),
        drawn_at=row.created_at,
        drawn_by=row.drawn_by,
        authorized_by=row.authorized_by,
        reason=row.reason,
        voided_at=row.voided_at,
        voided_by=row.voided_by,
    )


class SessionService(Service):
    def __init__(self, ctx: ServiceContext, applications: ApplicationService | None = None) -> None:
        super().__init__(ctx)
        # The lottery refers its winners through the applications' own status change, so the
        # state machine, slip, outbox op and audit of a referral are the same however it happens.
        self.applications = applications or ApplicationService(ctx)
        # A second draw is approved with a supervisor's PIN, checked as at sign-in.
        self.staff = StaffService(ctx)
        # A walk-in met at check-in registers through the kiosk's own rules and consent.
        self.workers = WorkerService(ctx)

    def create(
        self, *, kind: SessionKind, title: str, place: str, on_date: date, actor: str
    ) -> MatchSession:
        if not title.strip():
            raise DomainError(ErrorCode.REQUIRED, "title")
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = MatchSessionRow(
                kind=kind.value,
                title=title.strip(),
                place=place.strip(),
                on_date=on_date,
                status=SessionStatus.RUNNING.value,
                venue_id=self.ctx.settings.venue_id,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            self._audit(
                session, actor=actor, action="session.create", subject=row.id, kind=kind.value
            )
            return _session(row)

    def close(self, session_id: str, *, actor: str, lang: str = "zh_CN") -> SessionSummary:
        """Close a session: its figures are fixed and its A4 summary is queued to print.

        Closing a closed session changes nothing and prints nothing again (reprint instead).
        """
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = self._session_row(session, session_id)
            if row.status == SessionStatus.CLOSED.value and row.summary_json:
                return SessionSummary.from_json(row.summary_json)
            summary = self._summary(session, row, closed_at=self.ctx.now())
            row.status = SessionStatus.CLOSED.value
            row.summary_json = summary.to_json()
            session.add(row)
            print_jobs.enqueue(
                session, kind=DocumentKind.SESSION_SUMMARY, document_id=row.id, lang=lang
            )
            self._audit(
                session,
                actor=actor,
                action="session.close",
                subject=row.id,
                workers=summary.workers,
                referrals=summary.referrals,
                hires=summary.hires,
            )
            return summary

    def summary(self, session_id: str) -> SessionSummary:
        """The session's figures so far (as fixed at closing, once it is closed)."""
        with self.ctx.db.read() as session:
            row = self._session_row(session, session_id)
            if row.summary_json:
                return SessionSummary.from_json(row.summary_json)
            return self._summary(session, row, closed_at=self.ctx.now())

    def _summary(
        self, session: Session, row: MatchSessionRow, *, closed_at: datetime
    ) -> SessionSummary:
        tickets = session.exec(select(CheckInRow).where(CheckInRow.session_id == row.id)).all()
        workers = [t for t in tickets if t.party == PartyKind.WORKER.value]
        tables = [t for t in tickets if t.party == PartyKind.EMPLOYER.value]
        posting_ids = sorted({p for t in tables for p in t.posting_ids})
        openings = sum(
            p.headcount
            for p in session.exec(
                select(PostingRow).where(col(PostingRow.id).in_(posting_ids))
            ).all()
        )
        # Referrals made in this session (a candidate referred here, or a draw held here)
        # that still stand: a voided draw's referrals were withdrawn.
        draws = set(
            session.exec(select(LotteryRow.id).where(LotteryRow.session_id == row.id)).all()
        )
        # Only the events since the session's day began are read, not the whole audit log.
        day_start = datetime.combine(row.on_date, time(0), VENUE_TZ)
        referred_ids = {
            e.subject
            for e in session.exec(
                select(AuditEventRow).where(
                    AuditEventRow.action == "application.referred",
                    col(AuditEventRow.at) >= day_start,
                )
            ).all()
            if e.detail.get("match_session") == row.id or e.detail.get("lottery") in draws
        }
        standing = session.exec(
            select(func.count()).where(
                col(ApplicationRow.id).in_(sorted(referred_ids)),
                col(ApplicationRow.status).in_(
                    [ApplicationStatus.REFERRED.value, ApplicationStatus.HIRED.value]
                ),
            )
        ).one()
        records = session.exec(
            select(NegotiationRow.outcome).where(
                NegotiationRow.session_id == row.id,
                NegotiationRow.record_hash != "",
                col(NegotiationRow.supersedes_id).is_(None),
            )
        ).all()
        return SessionSummary(
            session_id=row.id,
            title=row.title,
            place=row.place,
            on_date=row.on_date,
            closed_at=closed_at,
            workers_normal=sum(t.lane == Lane.NORMAL.value for t in workers),
            workers_priority=sum(t.lane == Lane.PRIORITY.value for t in workers),
            employers=len({t.employer_id for t in tables}),
            postings=len(posting_ids),
            openings=openings,
            referrals=int(standing),
            hires=sum(o == NegotiationOutcome.AGREED.value for o in records),
            no_deals=sum(o == NegotiationOutcome.NO_DEAL.value for o in records),
        )

    def list_sessions(self, *, on_date: date | None = None) -> list[MatchSession]:
        with self.ctx.db.read() as session:
            stmt = select(MatchSessionRow).order_by(col(MatchSessionRow.on_date).desc())
            if on_date:
                stmt = stmt.where(MatchSessionRow.on_date == on_date)
            return [_session(r) for r in session.exec(stmt)]

    def check_in_worker(
        self, session_id: str, worker_id: str, *, actor: str, lang: str = "zh_CN"
    ) -> CheckIn:
        """A numbered ticket; workers with an assistance grade take the priority lane."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._open_session(session, session_id)
            worker = session.get(WorkerRow, worker_id)
            if worker is None or worker.merged_into:
                raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
            existing = session.exec(
                select(CheckInRow).where(
                    CheckInRow.session_id == session_id,
                    CheckInRow.worker_id == worker_id,
                    col(CheckInRow.state).in_(
                        [
                            TicketState.WAITING.value,
                            TicketState.CALLED.value,
                            TicketState.AT_TABLE.value,
                        ]
                    ),
                )
            ).first()
            if existing is not None:
                return _check_in(existing)  # checking in twice hands back the same ticket
            lane = Lane.PRIORITY if worker.assistance_grade > AssistanceGrade.NONE else Lane.NORMAL
            row = CheckInRow(
                session_id=session_id,
                party=PartyKind.WORKER.value,
                worker_id=worker_id,
                number=self._next_number(session, session_id),
                lane=lane.value,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            print_jobs.enqueue(
                session, kind=DocumentKind.QUEUE_TICKET, document_id=row.id, lang=lang
            )
            self._audit(
                session,
                actor=actor,
                action="session.check_in",
                subject=row.id,
                party="worker",
                lane=lane.value,
                number=row.number,
            )
            return _check_in(row)

    def check_in_employer(
        self,
        session_id: str,
        employer_id: str,
        *,
        posting_ids: list[str],
        table_no: int,
        actor: str,
    ) -> CheckIn:
        """An employer takes a table with the postings they recruit for today."""
        if table_no < 1:
            raise DomainError(ErrorCode.VALUE_INVALID, "table_no")
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._open_session(session, session_id)
            if session.get(EmployerRow, employer_id) is None:
                raise DomainError(ErrorCode.NOT_FOUND, "employer_id", id=employer_id)
            now = self.ctx.now()
            for posting_id in posting_ids:
                posting = actionable.open_posting(session, posting_id, now=now)
                if posting.employer_id != employer_id:
                    raise DomainError(ErrorCode.NOT_FOUND, "posting_ids", id=posting_id)
            taken = session.exec(
                select(CheckInRow).where(
                    CheckInRow.session_id == session_id,
                    CheckInRow.party == PartyKind.EMPLOYER.value,
                    CheckInRow.table_no == table_no,
                )
            ).first()
            if taken is not None and taken.employer_id != employer_id:
                raise DomainError(ErrorCode.VALUE_INVALID, "table_no", table=table_no)
            row = CheckInRow(
                session_id=session_id,
                party=PartyKind.EMPLOYER.value,
                employer_id=employer_id,
                posting_ids=list(posting_ids),
                number=self._next_number(session, session_id),
                table_no=table_no,
                state=TicketState.AT_TABLE.value,
                origin_device=self.ctx.device_id,
            )
            session.add(row)
            session.flush()
            self._audit(
                session,
                actor=actor,
                action="session.check_in",
                subject=row.id,
                party="employer",
                table=table_no,
            )
            return _check_in(row)

    def check_in_new_worker(
        self, session_id: str, worker: Worker, *, consent: bool, actor: str, lang: str = "zh_CN"
    ) -> CheckIn:
        """A walk-in with a phone not known here: registered as at the kiosk (same rules, their
        consent), then checked in."""
        with self.ctx.db.read() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._open_session(session, session_id)
        registered = self.workers.register(worker, consent=consent, actor=actor)
        return self.check_in_worker(session_id, registered.worker.id, actor=actor, lang=lang)

    def refer_candidate(
        self, session_id: str, posting_id: str, worker_id: str, *, actor: str
    ) -> Application:
        """Refer a ranked candidate staff chose: their application (made now if there was none)
        becomes a referral, with its slip, through the applications' one status change."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._open_session(session, session_id)
            actionable.open_posting(session, posting_id, now=self.ctx.now())
            app = session.exec(
                select(ApplicationRow).where(
                    ApplicationRow.worker_id == worker_id, ApplicationRow.posting_id == posting_id
                )
            ).first()
            if app is None:
                if session.get(WorkerRow, worker_id) is None:
                    raise DomainError(ErrorCode.NOT_FOUND, "worker_id", id=worker_id)
                app = self.applications.create(
                    session, worker_id=worker_id, posting_id=posting_id, channel=Channel.SESSION
                )
            self.applications.transition(
                session, app, ApplicationStatus.REFERRED, actor=actor, match_session=session_id
            )
            return application_to_domain(app)

    def call_next(self, session_id: str, *, table_no: int, actor: str) -> CheckIn | None:
        """Call the next worker to a table: the priority lane first, each lane in number order."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            self._open_session(session, session_id)
            for lane in (Lane.PRIORITY, Lane.NORMAL):
                row = session.exec(
                    select(CheckInRow)
                    .where(
                        CheckInRow.session_id == session_id,
                        CheckInRow.party == PartyKind.WORKER.value,
                        CheckInRow.state == TicketState.WAITING.value,
                        CheckInRow.lane == lane.value,
                    )
                    .order_by(col(CheckInRow.number))
                ).first()
                if row is not None:
                    row.state = TicketState.CALLED.value
                    row.table_no = table_no
                    row.called_at = self.ctx.now()
                    session.add(row)
                    self._audit(
                        session,
                        actor=actor,
                        action="session.call",
                        subject=row.id,
                        number=row.number,
                        table=table_no,
                    )
                    return _check_in(row)
            return None

    def set_state(self, check_in_id: str, target: TicketState, *, actor: str) -> CheckIn:
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            row = session.get(CheckInRow, check_in_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "check_in_id", id=check_in_id)
            check_transition(TICKET_TRANSITIONS, TicketState(row.state), target)
            row.state = target.value
            if target is TicketState.WAITING:
                row.table_no = None
            session.add(row)
            self._audit(session, actor=actor, action=f"session.{target.value}", subject=row.id)
            return _check_in(row)

    def view(self, session_id: str) -> SessionView:
        with self.ctx.db.read() as session:
            view = SessionView(session=_session(self._session_row(session, session_id)))
            rows = session.exec(
                select(CheckInRow)
                .where(CheckInRow.session_id == session_id)
                .order_by(col(CheckInRow.number))
            ).all()
        buckets = {
            TicketState.WAITING: view.waiting,
            TicketState.CALLED: view.called,
            TicketState.AT_TABLE: view.at_table,
            TicketState.AGREED: view.agreed,
            TicketState.NO_DEAL: view.no_deal,
        }
        for row in rows:
            ticket = _check_in(row)
            if ticket.party is PartyKind.EMPLOYER:
                view.employers.append(ticket)
            elif ticket.state in buckets:
                buckets[ticket.state].append(ticket)
        view.waiting.sort(key=lambda t: (t.lane is not Lane.PRIORITY, t.number))
        return view

    def called_numbers(self, *, limit: int = 10) -> list[CheckIn]:
        """What the board shows: the latest numbers called, newest first."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(CheckInRow)
                .where(col(CheckInRow.called_at).is_not(None))
                .order_by(col(CheckInRow.called_at).desc())
                .limit(limit)
            ).all()
            return [_check_in(r) for r in rows]

    def postings(self, session_id: str) -> list[PostingChoice]:
        """The postings a session's pickers offer: those of its seated employers open now."""
        with self.ctx.db.read() as session:
            self._session_row(session, session_id)
            employer_ids = session.exec(
                select(CheckInRow.employer_id).where(
                    CheckInRow.session_id == session_id,
                    CheckInRow.party == PartyKind.EMPLOYER.value,
                )
            ).all()
            ids = sorted({e for e in employer_ids if e})
            return actionable.choices(session, now=self.ctx.now(), employer_ids=ids)

    def employer_postings(self, employer_id: str) -> list[PostingChoice]:
        """An employer's postings open now, for their check-in."""
        with self.ctx.db.read() as session:
            return actionable.choices(session, now=self.ctx.now(), employer_ids=[employer_id])

    def candidates(self, session_id: str, posting_id: str) -> list[matching.Match]:
        """Checked-in waiting workers ranked for a posting, each score with its reasons."""
        with self.ctx.db.read() as session:
            row = actionable.open_posting(session, posting_id, now=self.ctx.now())
            worker_ids = session.exec(
                select(CheckInRow.worker_id).where(
                    CheckInRow.session_id == session_id,
                    CheckInRow.party == PartyKind.WORKER.value,
                    CheckInRow.state == TicketState.WAITING.value,
                )
            ).all()
            workers = [
                worker_to_domain(w)
                for w in session.exec(select(WorkerRow).where(col(WorkerRow.id).in_(worker_ids)))
            ]
            posting = posting_store.to_domain(row)
        today = self.ctx.today()
        waiting = {w.id: self._days_waiting(w.last_job_on, today) for w in workers}
        return matching.rank_workers(posting, workers, today=today, days_waiting=waiting)

    def run_lottery(
        self, posting_id: str, *, actor: str, session_id: str | None = None, seed: str | None = None
    ) -> Lottery:
        """Draw who gets an over-subscribed posting's places left among its interested workers.

        A posting is drawn once (LOTTERY_ALREADY_DRAWN after that: see `redraw_lottery`).
        Nobody interested is NOTHING_TO_DRAW; no more people than places refers everyone and
        draws nothing, so it does not count as the draw. The record keeps seed and inputs, so
        anyone can re-run it and get the same winners. Winners are referred like any referral
        (slip, outbox op, audit naming this draw); the others stay interested.
        """
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            if self._standing_draw(session, posting_id) is not None:
                raise DomainError(ErrorCode.LOTTERY_ALREADY_DRAWN, "posting_id", id=posting_id)
            return self._draw(session, posting_id, actor=actor, session_id=session_id, seed=seed)

    def redraw_lottery(
        self,
        posting_id: str,
        *,
        actor: str,
        supervisor: str,
        pin: str,
        reason: str,
        session_id: str | None = None,
        seed: str | None = None,
    ) -> Lottery:
        """Draw a posting again: a supervisor's PIN and a reason; the standing draw is voided
        and its referrals withdrawn (audited), then the interested are drawn as usual."""
        if not reason.strip():
            raise DomainError(ErrorCode.REQUIRED, "reason")
        approver = self.staff.authorize(name=supervisor, pin=pin, minimum=StaffRole.SUPERVISOR)
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.STAFF)
            standing = self._standing_draw(session, posting_id)
            # The new draw's id is known first, so the voided one can point at it.
            lottery_id = new_id()
            if standing is not None:
                self._void(session, standing, by=lottery_id, actor=actor, reason=reason)
            return self._draw(
                session,
                posting_id,
                actor=actor,
                session_id=session_id,
                seed=seed,
                lottery_id=lottery_id,
                authorized_by=approver.id,
                reason=reason.strip(),
            )

    def _draw(
        self,
        session: Session,
        posting_id: str,
        *,
        actor: str,
        session_id: str | None,
        seed: str | None,
        lottery_id: str | None = None,
        authorized_by: str = "",
        reason: str = "",
    ) -> Lottery:
        posting = actionable.open_posting(session, posting_id, now=self.ctx.now())
        actionable.require_place(session, posting)
        seats = actionable.places_left(session, posting)
        apps = session.exec(
            select(ApplicationRow).where(
                ApplicationRow.posting_id == posting_id,
                ApplicationRow.status == ApplicationStatus.INTERESTED.value,
            )
        ).all()
        if not apps:
            raise DomainError(ErrorCode.NOTHING_TO_DRAW, "posting_id", id=posting_id)
        today = self.ctx.today()
        entries = []
        for app in apps:
            worker = session.get(WorkerRow, app.worker_id)
            assert worker is not None
            entries.append(
                allocation.LotteryEntry(
                    worker_id=worker.id,
                    days_since_last_job=self._days_waiting(worker.last_job_on, today),
                    grade=AssistanceGrade(worker.assistance_grade),
                )
            )
        record = allocation.run_lottery(posting_id, seats, entries, seed or allocation.new_seed())
        row = LotteryRow(
            id=lottery_id or new_id(),
            posting_id=posting_id,
            session_id=session_id,
            record_json=record.to_json(),
            drawn_by=actor,
            authorized_by=authorized_by,
            reason=reason,
            created_at=self.ctx.now(),
            origin_device=self.ctx.device_id,
        )
        session.add(row)
        session.flush()
        winners = set(record.winners)
        for app in apps:
            if app.worker_id in winners:
                self.applications.transition(
                    session, app, ApplicationStatus.REFERRED, actor=actor, lottery=row.id
                )
        self._audit(
            session,
            actor=actor,
            action="lottery.run",
            subject=row.id,
            posting=posting_id,
            seats=seats,
            entries=len(entries),
            winners=sorted(winners),
            drawn=record_drawn(record),
            authorized_by=authorized_by,
            reason=reason,
        )
        return _lottery(row)

    def _standing_draw(self, session: Session, posting_id: str) -> LotteryRow | None:
        """The posting's draw that counts: an actual draw (more people than places), not voided."""
        rows = session.exec(
            select(LotteryRow).where(
                LotteryRow.posting_id == posting_id, col(LotteryRow.voided_at).is_(None)
            )
        ).all()
        drawn = [r for r in rows if record_drawn(allocation.LotteryRecord.from_json(r.record_json))]
        return drawn[0] if drawn else None

    def _void(self, session: Session, row: LotteryRow, *, by: str, actor: str, reason: str) -> None:
        record = allocation.LotteryRecord.from_json(row.record_json)
        referred = session.exec(
            select(ApplicationRow).where(
                ApplicationRow.posting_id == row.posting_id,
                col(ApplicationRow.worker_id).in_(record.winners),
                ApplicationRow.status == ApplicationStatus.REFERRED.value,
            )
        ).all()
        for app in referred:
            self.applications.transition(
                session, app, ApplicationStatus.WITHDRAWN, actor=actor, lottery_voided=row.id
            )
        row.voided_at = self.ctx.now()
        row.voided_by = by
        session.add(row)
        self._audit(
            session,
            actor=actor,
            action="lottery.void",
            subject=row.id,
            posting=row.posting_id,
            replaced_by=by,
            withdrawn=sorted(a.id for a in referred),
            reason=reason,
        )

    def lottery(self, lottery_id: str) -> Lottery:
        with self.ctx.db.read() as session:
            row = session.get(LotteryRow, lottery_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "lottery_id", id=lottery_id)
            return _lottery(row)

    def lotteries(self, posting_id: str) -> list[Lottery]:
        """Every draw of a posting, newest first, voided ones included: each can be re-run."""
        with self.ctx.db.read() as session:
            rows = session.exec(
                select(LotteryRow)
                .where(LotteryRow.posting_id == posting_id)
                .order_by(col(LotteryRow.created_at).desc())
            ).all()
            return [_lottery(r) for r in rows]

    def rerun_lottery(self, lottery_id: str) -> allocation.LotteryRecord:
        """Draw again from the stored seed and inputs: same winners unless the record changed."""
        return allocation.rerun(self.lottery(lottery_id).record)

    @staticmethod
    def _days_waiting(last_job_on: date | None, today: date) -> int:
        if last_job_on is None:
            return WAITING_CAP_DAYS
        return max(0, min(WAITING_CAP_DAYS, (today - last_job_on).days))

    def _next_number(self, session: Session, session_id: str) -> int:
        top = session.exec(
            select(func.max(CheckInRow.number)).where(CheckInRow.session_id == session_id)
        ).one()
        return int(top or 0) + 1

    def _session_row(self, session: Session, session_id: str) -> MatchSessionRow:
        row = session.get(MatchSessionRow, session_id)
        if row is None:
            raise DomainError(ErrorCode.NOT_FOUND, "session_id", id=session_id)
        return row

    def _open_session(self, session: Session, session_id: str) -> MatchSessionRow:
        row = self._session_row(session, session_id)
        if row.status == SessionStatus.CLOSED.value:
            raise DomainError(ErrorCode.TRANSITION_INVALID, "session_id", current=row.status)
        return row
