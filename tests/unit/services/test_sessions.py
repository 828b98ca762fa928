"""Matchmaking sessions: tickets, the priority lane, tables, lottery, negotiation records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

import builders
from kiosk.config import Settings
from kiosk.domain import allocation
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    VENUE_TZ,
    ApplicationStatus,
    Channel,
    Circumstance,
    DocumentKind,
    Lane,
    NegotiationOutcome,
    PostingStatus,
    SessionKind,
    StaffUser,
    TicketState,
)
from kiosk.identity import DeviceIdentity
from kiosk.print.queue import PrintQueue
from kiosk.services.container import Services
from kiosk.store import audit, print_jobs
from kiosk.store.tables import AuditEventRow, LotteryRow, OutboxOpRow, PrintJobRow
from print_helpers import pdf_text


def _session(services: Services, staff_id: str) -> str:
    return services.sessions.create(
        kind=SessionKind.ON_SITE,
        title="周三对接会",
        place="一楼对接区",
        on_date=services.ctx.today(),
        actor=staff_id,
    ).id


def _worker(services: Services, n: int, **kw: object) -> str:
    return services.workers.register(
        builders.worker(phone=f"139{n:08d}", **kw), consent=True
    ).worker.id  # type: ignore[arg-type]


def test_a_graded_worker_is_called_first(services: Services, staff_id: str) -> None:
    sid = _session(services, staff_id)
    plain = [_worker(services, i, birth_year=1995) for i in range(3)]
    graded = _worker(services, 99, birth_year=1958, circumstances=[Circumstance.DISABILITY])
    tickets = [services.sessions.check_in_worker(sid, w, actor=staff_id) for w in plain]
    late = services.sessions.check_in_worker(sid, graded, actor=staff_id)
    assert late.lane is Lane.PRIORITY and late.number == 4
    assert {t.lane for t in tickets} == {Lane.NORMAL}
    first = services.sessions.call_next(sid, table_no=2, actor=staff_id)
    assert first is not None and first.worker_id == graded and first.table_no == 2
    second = services.sessions.call_next(sid, table_no=3, actor=staff_id)
    assert second is not None and second.number == tickets[0].number
    board = services.sessions.called_numbers()
    assert [t.number for t in board] == [second.number, first.number]
    with services.db.read() as session:
        kinds = [j.kind for j in print_jobs.jobs(session)]
    assert kinds.count(DocumentKind.QUEUE_TICKET.value) == 4
    assert services.sessions.check_in_worker(sid, plain[1], actor=staff_id).number == 2


def test_the_lottery_record_re_runs_to_the_same_winners(services: Services, staff_id: str) -> None:
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=3))
    workers = [_worker(services, i) for i in range(12)]
    for w in workers:
        services.applications.express_interest(worker_id=w, posting_id=posting.id)
    drawn = services.sessions.run_lottery(posting.id, actor=staff_id, seed="2026-11-25-table-3")
    assert len(drawn.record.winners) == 3 and len(drawn.record.entries) == 12
    stored = services.sessions.lottery(drawn.id)
    assert stored.record == drawn.record
    assert services.sessions.rerun_lottery(drawn.id).winners == drawn.record.winners
    referred = {
        a.worker_id
        for a in services.applications.for_posting(posting.id)
        if a.status is ApplicationStatus.REFERRED
    }
    assert referred == set(drawn.record.winners)
    # A record altered by hand no longer re-runs to what it claims.
    with services.db.write() as session:
        row = session.get(LotteryRow, drawn.id)
        assert row is not None
        loser = next(w for w in workers if w not in drawn.record.winners)
        row.record_json = row.record_json.replace(drawn.record.winners[0], loser)
        session.add(row)
    assert not allocation.verify(services.sessions.lottery(drawn.id).record)


def test_lottery_winners_are_referred_like_any_referral(services: Services, staff_id: str) -> None:
    """The draw changes applications through the same status change as a staff referral."""
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=2))
    workers = [_worker(services, 40 + i) for i in range(5)]
    for w in workers:
        services.applications.express_interest(worker_id=w, posting_id=posting.id, print_slip=False)
    drawn = services.sessions.run_lottery(posting.id, actor=staff_id, seed="seed-2")
    referred = {
        a.id: a.worker_id
        for a in services.applications.for_posting(posting.id)
        if a.status is ApplicationStatus.REFERRED
    }
    assert sorted(referred.values()) == sorted(drawn.record.winners)
    with services.db.read() as session:
        events = session.exec(
            select(AuditEventRow).where(AuditEventRow.action == "application.referred")
        ).all()
        slips = [
            j.document_id
            for j in print_jobs.jobs(session)
            if j.kind == DocumentKind.REFERRAL_SLIP.value
        ]
        ops = session.exec(
            select(OutboxOpRow).where(
                OutboxOpRow.entity == "application", OutboxOpRow.action == "transition"
            )
        ).all()
    assert {ev.subject for ev in events} == set(referred)
    assert all(ev.detail == {"previous": "interested", "lottery": drawn.id} for ev in events)
    assert sorted(slips) == sorted(referred)
    assert {op.entity_id: op.payload for op in ops} == {
        a: {"status": "referred", "from": "interested"} for a in referred
    }
    # A posting is drawn once (a second draw needs a supervisor: see below).
    _refused(
        ErrorCode.LOTTERY_ALREADY_DRAWN,
        lambda: services.sessions.run_lottery(posting.id, actor=staff_id, seed="seed-3"),
    )


def _negotiate(services: Services, staff_id: str) -> tuple[str, str, str]:
    sid = _session(services, staff_id)
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=2))
    w = _worker(services, 1)
    services.sessions.check_in_employer(
        sid, e.id, posting_ids=[posting.id], table_no=1, actor=staff_id
    )
    services.sessions.check_in_worker(sid, w, actor=staff_id)
    services.sessions.call_next(sid, table_no=1, actor=staff_id)
    return sid, posting.id, w


def test_a_record_confirmed_by_both_and_witnessed_is_frozen_and_printed(
    services: Services, staff_id: str
) -> None:
    sid, posting_id, worker_id = _negotiate(services, staff_id)
    n = services.negotiations.open(
        posting_id=posting_id, worker_id=worker_id, actor=staff_id, session_id=sid
    )
    assert n.posted_terms["pay_amount"] == "220.00" and not n.frozen
    n = services.negotiations.set_terms(
        n.id,
        agreed={"pay_amount": "240", "meals": "包午餐", "safety": "提供安全帽"},
        outcome=NegotiationOutcome.AGREED,
        actor=staff_id,
    )
    services.negotiations.confirm_worker(n.id)
    services.negotiations.confirm_employer(n.id, actor=staff_id)
    frozen = services.negotiations.witness(n.id, actor=staff_id)
    assert frozen.frozen and len(frozen.record_hash) == 64
    assert frozen.agreed_terms["pay_amount"] == "240" and frozen.agreed_terms["workplace"]
    with services.db.read() as session:
        kinds = {j.kind for j in print_jobs.jobs(session) if j.document_id == n.id}
        ops = session.exec(select(OutboxOpRow).where(OutboxOpRow.entity == "negotiation")).all()
    assert kinds == {DocumentKind.NEGOTIATION_RECORD.value, DocumentKind.NEGOTIATION_COPY.value}
    assert [op.payload["record_hash"] for op in ops] == [frozen.record_hash]
    view = services.sessions.view(sid)
    assert [t.worker_id for t in view.agreed] == [worker_id]
    hired = services.applications.for_worker(worker_id)
    assert [a.status for a in hired] == [ApplicationStatus.HIRED]
    assert services.postings.get(posting_id).posting.filled == 1
    with pytest.raises(DomainError) as err:
        services.negotiations.confirm_worker(n.id)
    assert err.value.code is ErrorCode.RECORD_FROZEN


def test_editing_a_frozen_record_makes_a_correction(services: Services, staff_id: str) -> None:
    sid, posting_id, worker_id = _negotiate(services, staff_id)
    n = services.negotiations.open(
        posting_id=posting_id, worker_id=worker_id, actor=staff_id, session_id=sid
    )
    services.negotiations.confirm_worker(n.id)
    services.negotiations.confirm_employer(n.id, actor=staff_id)
    original = services.negotiations.witness(n.id, actor=staff_id)
    fix = services.negotiations.set_terms(
        original.id,
        agreed={"end_date": str(date.today() + timedelta(days=3))},
        outcome=NegotiationOutcome.AGREED,
        actor=staff_id,
    )
    assert fix.id != original.id and fix.supersedes_id == original.id and not fix.frozen
    assert services.negotiations.get(original.id).record_hash == original.record_hash
    assert [r.id for r in services.negotiations.history(original.id)] == [original.id, fix.id]
    services.negotiations.confirm_worker(fix.id)
    services.negotiations.confirm_employer(fix.id, actor=staff_id)
    services.negotiations.witness(fix.id, actor=staff_id)
    assert services.postings.get(posting_id).posting.filled == 1  # a correction is not a 2nd hire


def test_a_whole_session_with_100_workers_and_20_employers(
    services: Services, staff_id: str
) -> None:
    sid = _session(services, staff_id)
    employers = [builders.employer(services, name=f"雇主{i:02d}") for i in range(20)]
    postings = [
        services.postings.create(
            builders.posting(e.id, headcount=3, pay_amount=Decimal(200 + i * 5))
        )
        for i, e in enumerate(employers)
    ]
    for table, (e, p) in enumerate(zip(employers, postings, strict=True), start=1):
        services.sessions.check_in_employer(
            sid, e.id, posting_ids=[p.id], table_no=table, actor=staff_id
        )
    graded = set()
    for i in range(100):
        needs_help = i % 10 == 0
        circumstances = [Circumstance.LOW_INCOME_FAMILY] if needs_help else []
        w = _worker(services, i, birth_year=1995, circumstances=circumstances)
        if needs_help:
            graded.add(w)
        services.sessions.check_in_worker(sid, w, actor=staff_id)
    called_order: list[str] = []
    agreed = 0
    for round_no in range(5):
        for table, p in enumerate(postings, start=1):
            ticket = services.sessions.call_next(sid, table_no=table, actor=staff_id)
            if ticket is None:
                break
            assert ticket.worker_id is not None
            called_order.append(ticket.worker_id)
            services.sessions.set_state(ticket.id, TicketState.AT_TABLE, actor=staff_id)
            n = services.negotiations.open(
                posting_id=p.id, worker_id=ticket.worker_id, actor=staff_id, session_id=sid
            )
            odd = (table + round_no) % 2
            outcome = NegotiationOutcome.AGREED if odd else NegotiationOutcome.NO_DEAL
            if services.postings.get(p.id).posting.headcount_left == 0:
                outcome = NegotiationOutcome.NO_DEAL
            services.negotiations.set_terms(n.id, agreed={}, outcome=outcome, actor=staff_id)
            services.negotiations.confirm_worker(n.id)
            services.negotiations.confirm_employer(n.id, actor=staff_id)
            services.negotiations.witness(n.id, actor=staff_id)
            agreed += outcome is NegotiationOutcome.AGREED
    assert len(called_order) == 100 and len(set(called_order)) == 100
    assert set(called_order[: len(graded)]) == graded  # the green channel went first
    view = services.sessions.view(sid)
    assert len(view.agreed) == agreed and len(view.agreed) + len(view.no_deal) == 100
    assert view.waiting == [] and len(view.employers) == 20
    filled = [services.postings.get(p.id).posting for p in postings]
    assert sum(p.filled for p in filled) == agreed
    assert all(p.filled <= p.headcount for p in filled)
    assert any(p.status is PostingStatus.FILLED for p in filled)
    report = services.reports.today()
    assert report.agreements == agreed and report.hires == agreed
    assert report.graded_workers_served == len(graded)
    assert "totals,hires," in report.to_csv()
    with services.db.read() as session:
        assert audit.verify(session).ok
        assert len(session.exec(select(AuditEventRow)).all()) > 500


def test_an_agreement_hires_the_worker_s_existing_application_like_staff_would(
    services: Services, staff_id: str
) -> None:
    sid, posting_id, worker_id = _negotiate(services, staff_id)
    applied = services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    n = services.negotiations.open(
        posting_id=posting_id, worker_id=worker_id, actor=staff_id, session_id=sid
    )
    services.negotiations.set_terms(
        n.id, agreed={}, outcome=NegotiationOutcome.AGREED, actor=staff_id
    )
    services.negotiations.confirm_worker(n.id)
    services.negotiations.confirm_employer(n.id, actor=staff_id)
    services.negotiations.witness(n.id, actor=staff_id)

    [app] = services.applications.for_worker(worker_id)
    assert app.id == applied.application.id and app.status is ApplicationStatus.HIRED
    assert services.postings.get(posting_id).posting.filled == 1
    with services.db.read() as session:
        ops = session.exec(
            select(OutboxOpRow).where(OutboxOpRow.entity_id == app.id).order_by(OutboxOpRow.op_seq)
        ).all()
        events = session.exec(select(AuditEventRow).where(AuditEventRow.subject == app.id)).all()
    assert [(op.action, op.payload.get("status")) for op in ops][-1] == ("transition", "hired")
    assert [(e.action, e.actor, e.detail.get("negotiation")) for e in events] == [
        ("application.hired", staff_id, n.id)
    ]


def _refused(code: ErrorCode, action: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as err:
        action()
    assert err.value.code is code, err.value
    return err.value


def test_a_rejected_or_expired_posting_cannot_be_checked_in_drawn_referred_or_negotiated(
    services: Services, staff_id: str, supervisor_id: str
) -> None:
    """Issue 12 point 1: a negotiation was recorded and a lottery run on a rejected posting."""
    sid = _session(services, staff_id)
    e = builders.employer(services)
    good = services.postings.create(builders.posting(e.id, title="商场保洁员"))
    fraud = services.postings.create(
        builders.posting(e.id, description="入职先交押金300元，扣身份证。")
    )
    assert fraud.status is PostingStatus.PENDING_REVIEW
    services.postings.reject(fraud.id, actor=supervisor_id, reason="收押金")
    workers = [_worker(services, 70 + i) for i in range(2)]
    services.sessions.check_in_worker(sid, workers[0], actor=staff_id)

    def check_in(posting_id: str) -> object:
        return services.sessions.check_in_employer(
            sid, e.id, posting_ids=[posting_id], table_no=1, actor=staff_id
        )

    for action in (
        lambda: check_in(fraud.id),
        lambda: services.sessions.candidates(sid, fraud.id),
        lambda: services.sessions.run_lottery(fraud.id, actor=staff_id),
        lambda: services.negotiations.open(
            posting_id=fraud.id, worker_id=workers[0], actor=staff_id, session_id=sid
        ),
        lambda: services.applications.express_interest(worker_id=workers[0], posting_id=fraud.id),
    ):
        assert _refused(ErrorCode.POSTING_NOT_OPEN, action).params["status"] == "closed"

    check_in(good.id)
    [choice] = services.sessions.postings(sid)
    assert (choice.id, choice.title, choice.employer_name) == (good.id, "商场保洁员", e.name)
    assert (choice.places_left, choice.pay_amount) == (3, Decimal("220"))
    interest = services.applications.express_interest(
        worker_id=workers[1], posting_id=good.id, print_slip=False
    )
    n = services.negotiations.open(
        posting_id=good.id, worker_id=workers[0], actor=staff_id, session_id=sid
    )
    # The posting's last day passes (the expiry job has not run yet): nothing more is done to it.
    later = datetime.combine(good.end_date + timedelta(days=1), time(9), VENUE_TZ)
    services.ctx.clock = lambda: later
    assert services.postings.get(good.id).posting.status is PostingStatus.OPEN
    for action in (
        lambda: services.applications.refer(interest.application.id, actor=staff_id),
        lambda: services.negotiations.confirm_worker(n.id),
        lambda: services.sessions.candidates(sid, good.id),
        lambda: services.sessions.run_lottery(good.id, actor=staff_id),
    ):
        assert _refused(ErrorCode.POSTING_NOT_OPEN, action).params["status"] == "expired"
    assert services.sessions.postings(sid) == []
    assert services.sessions.employer_postings(e.id) == []


def test_referrals_never_take_more_places_than_the_posting_has(
    services: Services, staff_id: str
) -> None:
    """Places left are the headcount minus referrals and hires, for every way of referring."""
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=2))
    apps = [
        services.applications.express_interest(
            worker_id=_worker(services, 80 + i), posting_id=posting.id, print_slip=False
        ).application
        for i in range(3)
    ]
    services.applications.refer(apps[0].id, actor=staff_id)
    services.applications.record_hire(apps[1].id, actor=staff_id)
    _refused(
        ErrorCode.NO_PLACES_LEFT, lambda: services.applications.refer(apps[2].id, actor=staff_id)
    )
    _refused(
        ErrorCode.NO_PLACES_LEFT, lambda: services.sessions.run_lottery(posting.id, actor=staff_id)
    )
    assert [c.places_left for c in services.sessions.employer_postings(e.id)] == [0]
    # The referred worker's hire takes the place they already hold.
    services.applications.record_hire(apps[0].id, actor=staff_id)
    assert services.postings.get(posting.id).posting.status is PostingStatus.FILLED


def _referred(services: Services, posting_id: str) -> set[str]:
    return {
        a.worker_id
        for a in services.applications.for_posting(posting_id)
        if a.status is ApplicationStatus.REFERRED
    }


def test_a_lottery_is_drawn_once_and_a_second_draw_needs_a_supervisor_and_voids_the_first(
    services: Services, staff_id: str, supervisor_id: str
) -> None:
    """Issue 12 point 3: pressing 进行抽签 again referred 5 people for 3 places."""
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=4))
    apps = [
        services.applications.express_interest(
            worker_id=_worker(services, 200 + i), posting_id=posting.id, print_slip=False
        ).application
        for i in range(9)
    ]
    services.applications.refer(apps[0].id, actor=staff_id)  # holds one of the 4 places
    first = services.sessions.run_lottery(posting.id, actor=staff_id, seed="first")
    assert first.record.seats == 3 and len(first.record.entries) == 8 and first.drawn
    assert _referred(services, posting.id) == {apps[0].worker_id, *first.record.winners}
    _refused(
        ErrorCode.LOTTERY_ALREADY_DRAWN,
        lambda: services.sessions.run_lottery(posting.id, actor=staff_id, seed="again"),
    )

    def redraw(name: str, pin: str, reason: str) -> object:
        return services.sessions.redraw_lottery(
            posting.id, actor=staff_id, supervisor=name, pin=pin, reason=reason, seed="second"
        )

    _refused(ErrorCode.FORBIDDEN, lambda: redraw("小王", "1357", "抽错了岗位"))
    _refused(ErrorCode.PIN_WRONG, lambda: redraw("李主管", "0000", "抽错了岗位"))
    _refused(ErrorCode.REQUIRED, lambda: redraw("李主管", "8642", " "))
    assert services.sessions.lottery(first.id).voided_at is None
    second = services.sessions.redraw_lottery(
        posting.id, actor=staff_id, supervisor="李主管", pin="8642", reason="抽签时有人未到场"
    )
    assert second.authorized_by == supervisor_id and second.reason == "抽签时有人未到场"
    assert not set(second.record.winners) & set(first.record.winners)
    assert _referred(services, posting.id) == {apps[0].worker_id, *second.record.winners}
    statuses = {a.worker_id: a.status for a in services.applications.for_posting(posting.id)}
    assert {statuses[w] for w in first.record.winners} == {ApplicationStatus.WITHDRAWN}
    # Both draws stay listed on the posting and re-run to what they recorded.
    listed = services.sessions.lotteries(posting.id)
    assert [lot.id for lot in listed] == [second.id, first.id]
    assert listed[1].voided_at is not None and listed[1].voided_by == second.id
    for lot in listed:
        assert services.sessions.rerun_lottery(lot.id) == lot.record
    with services.db.read() as session:
        [void] = session.exec(
            select(AuditEventRow).where(AuditEventRow.action == "lottery.void")
        ).all()
    assert void.subject == first.id and void.detail["reason"] == "抽签时有人未到场"


def test_no_more_people_than_places_refers_everyone_without_a_draw(
    services: Services, staff_id: str
) -> None:
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=3))
    _refused(
        ErrorCode.NOTHING_TO_DRAW, lambda: services.sessions.run_lottery(posting.id, actor=staff_id)
    )
    early = [_worker(services, 300 + i) for i in range(2)]
    for w in early:
        services.applications.express_interest(worker_id=w, posting_id=posting.id)
    everyone = services.sessions.run_lottery(posting.id, actor=staff_id)
    assert not everyone.drawn and set(everyone.record.winners) == set(early)
    # Nothing was drawn, so the one place left can still be drawn among later arrivals.
    late = [_worker(services, 310 + i) for i in range(3)]
    for w in late:
        services.applications.express_interest(worker_id=w, posting_id=posting.id)
    drawn = services.sessions.run_lottery(posting.id, actor=staff_id)
    assert drawn.drawn and drawn.record.seats == 1 and len(drawn.record.winners) == 1
    assert len(_referred(services, posting.id)) == 3


def test_desk_work_registers_a_walk_in_refers_a_candidate_and_records_interest_for_them(
    services: Services, staff_id: str
) -> None:
    """Issue 12 point 8: check-in met an unknown phone and the desk had no way forward."""
    sid = _session(services, staff_id)
    e = builders.employer(services)
    posting = services.postings.create(builders.posting(e.id, headcount=2))
    walk_in = builders.worker(display_name="赵大姐", phone="13611112222", birth_year=1962)
    _refused(
        ErrorCode.CONSENT_REQUIRED,
        lambda: services.sessions.check_in_new_worker(sid, walk_in, consent=False, actor=staff_id),
    )
    ticket = services.sessions.check_in_new_worker(sid, walk_in, consent=True, actor=staff_id)
    registered = services.workers.find_by_phone("13611112222")
    assert registered is not None and ticket.worker_id == registered.id
    assert ticket.lane is Lane.PRIORITY  # born 1962: graded by the kiosk's own rules
    assert [w.id for w in services.workers.find_by_name("赵大")] == [registered.id]

    services.sessions.check_in_employer(
        sid, e.id, posting_ids=[posting.id], table_no=1, actor=staff_id
    )
    [ranked] = services.sessions.candidates(sid, posting.id)
    app = services.sessions.refer_candidate(sid, posting.id, ranked.subject_id, actor=staff_id)
    assert app.status is ApplicationStatus.REFERRED and app.channel.value == "session"

    other = _worker(services, 500)
    interest = services.applications.express_interest(
        worker_id=other, posting_id=posting.id, channel=Channel.SESSION, actor=staff_id
    )
    with services.db.read() as session:
        kinds = [j.kind for j in print_jobs.jobs(session)]
        [event] = session.exec(
            select(AuditEventRow).where(AuditEventRow.action == "application.interested")
        ).all()
    assert (event.actor, event.subject) == (staff_id, interest.application.id)
    assert kinds.count(DocumentKind.REFERRAL_SLIP.value) == 1
    assert kinds.count(DocumentKind.JOB_SLIP.value) == 1


def test_an_admin_unlocks_a_locked_staff_account(
    services: Services, staff_id: str, admin: StaffUser
) -> None:
    for _ in range(5):
        with pytest.raises(DomainError):
            services.staff.sign_in(name="小王", pin="0000")
    _refused(ErrorCode.STAFF_LOCKED, lambda: services.staff.sign_in(name="小王", pin="1357"))
    _refused(ErrorCode.FORBIDDEN, lambda: services.staff.unlock("小王", actor=staff_id))
    services.staff.unlock("小王", actor=admin.id)
    assert services.staff.sign_in(name="小王", pin="1357").id == staff_id


def test_closing_a_session_prints_an_a4_summary_of_what_happened(
    services: Services, staff_id: str, settings: Settings, tmp_path: Path
) -> None:
    """Issue 12 point 8: attendance by lane, employers, openings, referrals, hires, no-deals."""
    sid, posting_id, first = _negotiate(services, staff_id)  # 1 employer, headcount 2
    graded = _worker(services, 600, birth_year=1958, circumstances=[Circumstance.DISABILITY])
    services.sessions.check_in_worker(sid, graded, actor=staff_id)
    services.sessions.refer_candidate(sid, posting_id, graded, actor=staff_id)
    young = _worker(services, 601, birth_year=1995)
    services.sessions.check_in_worker(sid, young, actor=staff_id)
    for worker_id, outcome in (
        (first, NegotiationOutcome.NO_DEAL),
        (graded, NegotiationOutcome.AGREED),
    ):
        n = services.negotiations.open(
            posting_id=posting_id, worker_id=worker_id, actor=staff_id, session_id=sid
        )
        services.negotiations.set_terms(n.id, agreed={}, outcome=outcome, actor=staff_id)
        services.negotiations.confirm_worker(n.id)
        services.negotiations.confirm_employer(n.id, actor=staff_id)
        services.negotiations.witness(n.id, actor=staff_id)

    summary = services.sessions.close(sid, actor=staff_id)
    assert (summary.workers_normal, summary.workers_priority) == (1, 2)  # born 1968, 1958
    assert (summary.employers, summary.postings, summary.openings) == (1, 1, 2)
    assert (summary.referrals, summary.hires, summary.no_deals) == (1, 1, 1)
    assert services.sessions.close(sid, actor=staff_id) == summary  # closing twice prints once

    identity = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
    queue = PrintQueue(services.db, settings, identity)
    with services.db.read() as session:
        [job] = [j for j in print_jobs.jobs(session) if j.kind == "session_summary"]
    out = tmp_path / "out"
    with services.db.write() as session:
        row = session.get(PrintJobRow, job.id)
        assert row is not None
        row.printer = f"file:{out}"
        session.add(row)
    queue.process(force=True)
    [pdf] = list(out.glob("*.pdf"))
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "对接活动小结" in text and "周三对接会" in text
    assert "3 人（普通 1，优先 2）" in text
