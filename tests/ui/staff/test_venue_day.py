"""A whole day at the venue on the staff desk (issue 12, "Done when").

Two sessions, ten employers, forty workers (every fourth one graded), driven where it matters
with taps and typing on real services over a temporary database, printing through the real
print queue to file printers and the CUPS `PDF` queue, enrolled with a real registry that
blacklists an employer mid-day. One printer is broken until mid-day.
At the end the day's invariants are checked: nothing was done to a posting that was not open,
referrals never took more places than a posting has, every issued document printed exactly
once after the printer came back, and the session summaries and the month's report count
what happened.
"""

from __future__ import annotations

import shutil
import subprocess
import time as clock
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import require_system
from PySide6.QtCore import Qt
from sqlmodel import col, select

from integration.test_sync_harness import Registry, running_registry
from kiosk import config
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    VENUE_TZ,
    ApplicationStatus,
    Circumstance,
    ComplaintCategory,
    ComplaintTarget,
    Employer,
    EmployerStatus,
    NegotiationOutcome,
    PayUnit,
    Posting,
    PostingStatus,
    PrintState,
    SessionKind,
    Settlement,
    TicketState,
    Worker,
)
from kiosk.identity import DeviceIdentity
from kiosk.print.queue import PrintQueue, job_title
from kiosk.print.routing import PrinterRole, role_of
from kiosk.print.verify import ensure_own_key
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.store.tables import (
    ApplicationRow,
    CheckInRow,
    LotteryRow,
    NegotiationRow,
    PrintJobRow,
)
from kiosk.sync.enrollment import build_engine, enroll
from kiosk.ui.staff.session_screen import SessionScreen
from kiosk.ui.staff.sessions_screen import SessionsScreen
from registry import admin
from tests.ui.staff.conftest import STAFF, Desk

CUPS_QUEUE = "PDF"
CUPS_OUT = (Path("/root/PDF"), Path("/var/spool/cups-pdf/ANONYMOUS"))


@pytest.fixture
def printers(tmp_path: Path) -> dict[str, Path]:
    """Slips to a file printer that is broken until mid-day (its folder is a plain file),
    tickets to a working file printer, A4 records and summaries to CUPS."""
    slips, tickets = tmp_path / "slips", tmp_path / "tickets"
    slips.write_text("not a folder: the slip printer is out of order", encoding="utf-8")
    return {"slips": slips, "tickets": tickets}


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    """The city's registry, a real server on SQLite."""
    with running_registry("sqlite", tmp_path) as city:
        yield city


@pytest.fixture
def settings(tmp_path: Path, printers: dict[str, Path], registry: Registry) -> config.Settings:
    """A kiosk enrolled with the registry before the day starts."""
    home = tmp_path / "home"
    home.mkdir()
    first = config.load(home, env={})
    setup = Services.create(first)
    try:
        enroll(first, setup.db, registry.url, registry.code(registry.venue("东城零工市场")))
    finally:
        setup.db.close()
    s = config.load(home, env={})
    s.slip_printer = f"file:{printers['slips']}"
    s.ticket_printer = f"file:{printers['tickets']}"
    s.record_printer = f"cups:{CUPS_QUEUE}"
    return s


def _cups_ready() -> bool:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return False
    out = subprocess.run([lpstat, "-p", CUPS_QUEUE], capture_output=True, text=True, timeout=10)
    return "enabled" in out.stdout


def _posting(services: Services, employer: Employer, n: int, **kw: object) -> Posting:
    today = services.ctx.today()
    values: dict[str, object] = {
        "employer_id": employer.id,
        "title": "保洁员",  # ten postings with one title: the pickers must tell them apart
        "occupation_code": "4-09-08-01",
        "skill_tags": ["保洁"],
        "district": "东城区",
        "workplace": f"东城区{n}号楼",
        "pay_amount": Decimal(200 + 10 * n),
        "pay_unit": PayUnit.DAY,
        "settlement": Settlement.SAME_DAY,
        "start_date": today,
        "end_date": today + timedelta(days=2),
        "headcount": 3,
        "contact_phone": "13800138000",
    }
    values.update(kw)
    return services.postings.create(Posting(**values))  # type: ignore[arg-type]


def _phone(n: int) -> str:
    return f"1390000{n:04d}"


class Day:
    """What the test did, to compare with what the desk and the report say."""

    def __init__(self) -> None:
        self.worker_check_ins = 0
        self.employer_check_ins = 0


def _sign_in(desk: Desk, name: str, pin: str) -> None:
    """As Desk.sign_in, waiting longer: signing in builds every staff page, which took 7 s on
    this 2-core machine when it was busy."""
    page = desk.mode.sign_in
    page.name_field.setText(name)
    desk.type_on_pad(page.pad, pin)
    desk.tap(page.sign_in_button)
    desk.qtbot.waitUntil(lambda: desk.kiosk.runner.pending == 0, timeout=30000)


def _start_session(desk: Desk, title: str) -> SessionScreen:
    sessions = desk.open("staff.sessions")
    assert isinstance(sessions, SessionsScreen)
    desk.type_chinese(sessions.title_field, title)
    desk.tap(sessions.create_button)
    desk.settle()
    page = desk.mode.current()
    assert isinstance(page, SessionScreen)
    desk.settle()
    return page


def _refused(code: ErrorCode, action: Callable[[], object]) -> None:
    with pytest.raises(DomainError) as err:
        action()
    assert err.value.code is code, err.value


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = clock.monotonic() + timeout
    while not condition():
        assert clock.monotonic() < deadline, "timed out"
        clock.sleep(0.2)


@pytest.fixture
def queue(services: Services, settings: config.Settings) -> Iterator[PrintQueue]:
    identity = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
    ensure_own_key(services.db, identity)
    yield PrintQueue(services.db, settings, identity)


def test_a_day_at_the_venue_holds_up_from_opening_to_the_monthly_report(
    desk: Desk,
    services: Services,
    staff_id: str,
    supervisor_id: str,
    printers: dict[str, Path],
    queue: PrintQueue,
    registry: Registry,
    settings: config.Settings,
) -> None:
    require_system(_cups_ready(), f"no CUPS queue {CUPS_QUEUE} (cups-pdf)")
    day = Day()
    today = services.ctx.today()
    employers = [
        services.employers.create(Employer(name=f"东城{i}号家政公司", phone=f"1380000{i:04d}"))
        for i in range(10)
    ]
    postings = [_posting(services, e, i) for i, e in enumerate(employers)]
    oversubscribed = postings[0]
    ending_today = _posting(services, employers[8], 8, end_date=today, headcount=2)
    fraud = _posting(services, employers[9], 9, description="上岗前交押金300元，扣身份证")
    assert fraud.status is PostingStatus.PENDING_REVIEW
    services.postings.reject(fraud.id, actor=supervisor_id, reason="收押金、扣证件")
    workers = [
        services.workers.register(
            Worker(
                display_name=f"求职者{i:02d}",
                phone=_phone(i),
                birth_year=1955 if i % 4 == 0 else 1990,
                circumstances=[Circumstance.LOW_INCOME_FAMILY] if i % 8 == 0 else [],
            ),
            consent=True,
        ).worker
        for i in range(40)
    ]
    for w in workers[10:18]:  # eight say "I'm interested" at the kiosk for three places
        services.applications.express_interest(
            worker_id=w.id, posting_id=oversubscribed.id, print_slip=False
        )

    # -- morning session, at the desk
    _sign_in(desk, *STAFF)
    page = _start_session(desk, "上午对接会")
    sid = page.session_id
    page.tabs.setCurrentIndex(1)
    page.employer_box.setCurrentIndex(page.employer_box.findData(employers[0].id))
    desk.wait(lambda: page.employer_postings.count() == 1)
    assert "剩 3 个名额" in page.employer_postings.item(0).text()
    desk.tap(page.check_in_employer_button)
    desk.wait(lambda: page.data is not None and len(page.data.view.employers) == 1)
    for table, (e, p) in enumerate(zip(employers[1:4], postings[1:4], strict=True), start=2):
        services.sessions.check_in_employer(
            sid, e.id, posting_ids=[p.id], table_no=table, actor=staff_id
        )
    day.employer_check_ins += 4
    # The rejected 押金 posting cannot be brought to a table, drawn, negotiated or referred.
    _refused(
        ErrorCode.POSTING_NOT_OPEN,
        lambda: services.sessions.check_in_employer(
            sid, employers[9].id, posting_ids=[fraud.id], table_no=5, actor=staff_id
        ),
    )
    _refused(
        ErrorCode.POSTING_NOT_OPEN, lambda: services.sessions.run_lottery(fraud.id, actor=staff_id)
    )

    page.tabs.setCurrentIndex(1)

    def waiting() -> int:
        return len(page.data.view.waiting) if page.data else 0

    # Desk printing runs beside the clicks (and keeps retrying the broken printer), so each
    # step waits for what the person would see rather than for an idle task runner.
    for n, w in enumerate(workers[:4], start=1):  # by phone, Enter submits
        desk.qtbot.keyClicks(page.phone, w.phone)
        desk.qtbot.keyClick(page.phone, Qt.Key.Key_Return)
        desk.wait(lambda n=n: waiting() == n)
    for n, w in enumerate(workers[4:6], start=5):  # by card scan
        desk.qtbot.keyClicks(page.card, w.card_code)
        desk.qtbot.keyClick(page.card, Qt.Key.Key_Return)
        desk.wait(lambda n=n: waiting() == n)
    for n, name in enumerate(("周大姐", "吴师傅", "郑阿姨")):  # unknown phones: registered here
        desk.qtbot.keyClicks(page.phone, _phone(100 + n))
        desk.qtbot.keyClick(page.phone, Qt.Key.Key_Return)
        desk.wait(lambda: not page.register_box.isHidden())
        desk.type_chinese(page.new_name, name)
        desk.qtbot.keyClicks(page.new_birth_year, "1962")
        page.consent_box.setChecked(True)
        desk.tap(page.register_button)
        desk.wait(lambda n=n: waiting() == 7 + n)
    assert page.register_box.isHidden()
    for w in workers[6:10]:
        services.sessions.check_in_worker(sid, w.id, actor=staff_id)
    day.worker_check_ins += 13

    page.tabs.setCurrentIndex(0)
    called = []
    for table in range(1, 5):
        page.table.setValue(table)
        with desk.qtbot.waitSignal(page.sig_called, timeout=10000) as call:
            desk.tap(page.call_button)
        called.append(call.args[0])
    assert [t.table_no for t in called] == [1, 2, 3, 4]
    assert called[0].lane.value == "priority"  # the green channel goes first

    page.tabs.setCurrentIndex(2)
    page.match_posting.setCurrentIndex(page.match_posting.findData(postings[1].id))
    desk.tap(page.candidates_button)
    desk.wait(lambda: page.candidates.count() > 0)
    desk.tap_row(page.candidates, 0)
    desk.tap(page.refer_button)
    desk.wait(lambda: "推荐上岗单正在打印" in page.message.text())

    page.match_posting.setCurrentIndex(page.match_posting.findData(oversubscribed.id))
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=10000):
        desk.tap(page.lottery_button)
    assert page.lottery is not None
    drawn = page.lottery.record
    assert drawn.seats == 3 and len(drawn.entries) == 8 and len(drawn.winners) == 3
    desk.wait(lambda: "剩 0 个名额" in page.match_posting.currentText())
    desk.tap(page.lottery_button)  # pressed again: refused, nobody more referred
    desk.wait(lambda: page.message.property("role") == "error")
    assert "主管" in page.message.text()

    # Negotiations at the four tables: two agreed, two no deal.
    for ticket, posting, outcome in zip(
        called,
        postings[:4],
        (
            NegotiationOutcome.NO_DEAL,
            NegotiationOutcome.AGREED,
            NegotiationOutcome.AGREED,
            NegotiationOutcome.NO_DEAL,
        ),
        strict=True,
    ):
        assert ticket.worker_id is not None
        services.sessions.set_state(ticket.id, TicketState.AT_TABLE, actor=staff_id)
        n = services.negotiations.open(
            posting_id=posting.id, worker_id=ticket.worker_id, actor=staff_id, session_id=sid
        )
        services.negotiations.set_terms(n.id, agreed={}, outcome=outcome, actor=staff_id)
        services.negotiations.confirm_worker(n.id)
        services.negotiations.confirm_employer(n.id, actor=staff_id)
        services.negotiations.witness(n.id, actor=staff_id)

    # A worker phones in a complaint about an employer; handling it warns the employer.
    filed = services.complaints.file(
        target=ComplaintTarget.EMPLOYER,
        target_id=employers[5].id,
        category=ComplaintCategory.FEE_CHARGED,
        text="收了100元报名费",
    )
    services.complaints.resolve(
        filed.complaint.id, actor=staff_id, resolution="已核实，场地警告", proposed_action="warn"
    )
    assert services.employers.venue_warnings(employers[5].id)

    # Mid-day the city blacklists an employer; the kiosk learns it at its next pull.
    engine = build_engine(settings, services.db, timeout=10)
    try:
        engine.sync_once()  # the morning's records reach the registry
        admin.blacklist_employer(registry.db, employers[6].id, "多地投诉扣押证件")
        engine.sync_once()
    finally:
        engine.client.close()
    assert services.postings.get(postings[6].id).posting.status is PostingStatus.SUSPENDED
    assert services.employers.get(employers[6].id).status is EmployerStatus.BLACKLISTED

    with desk.qtbot.waitSignal(page.sig_session_closed, timeout=10000) as closed:
        desk.tap(page.close_button)
    morning = closed.args[0]
    assert (morning.workers, morning.workers_priority) == (13, 6)  # 3 born 1955, 3 born 1962
    assert (morning.employers, morning.postings, morning.openings) == (4, 4, 12)
    assert (morning.referrals, morning.hires, morning.no_deals) == (4, 2, 2)

    # -- afternoon session (the desk's services directly: the screens were shown above)
    afternoon_id = services.sessions.create(
        kind=SessionKind.ON_SITE, title="下午对接会", place="二楼", on_date=today, actor=staff_id
    ).id
    _refused(
        ErrorCode.POSTING_NOT_OPEN,
        lambda: services.sessions.check_in_employer(
            afternoon_id, employers[6].id, posting_ids=[postings[6].id], table_no=9, actor=staff_id
        ),
    )
    tables = [(employers[i], postings[i]) for i in (4, 5, 7)] + [(employers[8], ending_today)]
    for table, (e, p) in enumerate(tables, start=1):
        services.sessions.check_in_employer(
            afternoon_id, e.id, posting_ids=[p.id], table_no=table, actor=staff_id
        )
    day.employer_check_ins += len(tables)
    for w in workers[20:40]:
        services.sessions.check_in_worker(afternoon_id, w.id, actor=staff_id)
    day.worker_check_ins += 20
    for table, outcome in ((1, NegotiationOutcome.AGREED), (2, NegotiationOutcome.NO_DEAL)):
        ticket = services.sessions.call_next(afternoon_id, table_no=table, actor=staff_id)
        assert ticket is not None and ticket.worker_id is not None
        n = services.negotiations.open(
            posting_id=postings[3 + table].id,
            worker_id=ticket.worker_id,
            actor=staff_id,
            session_id=afternoon_id,
        )
        services.negotiations.set_terms(n.id, agreed={}, outcome=outcome, actor=staff_id)
        services.negotiations.confirm_worker(n.id)
        services.negotiations.confirm_employer(n.id, actor=staff_id)
        services.negotiations.witness(n.id, actor=staff_id)
    afternoon = services.sessions.close(afternoon_id, actor=staff_id)
    assert (afternoon.workers, afternoon.hires, afternoon.no_deals) == (20, 1, 1)

    # -- the slip printer was out of order all day: its documents wait, none lost
    queue.process(force=True)
    unprinted = [
        j
        for j in queue.jobs()
        if role_of(j.kind) is PrinterRole.SLIP and j.state is not PrintState.DONE
    ]
    assert {j.kind.value for j in unprinted} >= {"referral_slip", "negotiation_copy"}
    assert all(j.attempts >= 1 and j.error for j in unprinted)
    # -- the slip printer is mended; every document prints, each exactly once
    printers["slips"].unlink()

    def all_printed() -> bool:
        # The desk's own printing may hold a job a moment; "retry failed" sends the rest.
        queue.process(force=True)
        return all(j.state is PrintState.DONE for j in queue.jobs())

    desk.qtbot.waitUntil(all_printed, timeout=30000)
    jobs = queue.jobs()
    assert jobs and all(j.state is PrintState.DONE for j in jobs), Counter(j.state for j in jobs)
    files = Counter(
        p.stem for folder in (printers["slips"], printers["tickets"]) for p in folder.glob("*.pdf")
    )
    on_cups = [j for j in jobs if role_of(j.kind) is PrinterRole.RECORD]
    file_jobs = [j for j in jobs if role_of(j.kind) is not PrinterRole.RECORD]
    assert {job_title(j.id) for j in file_jobs} == set(files)
    assert set(files.values()) == {1}
    assert {j.kind.value for j in on_cups} == {"negotiation_record", "session_summary"}
    _wait_for(
        lambda: all(
            len([p for d in CUPS_OUT if d.is_dir() for p in d.glob(f"*{j.id}*.pdf")]) == 1
            for j in on_cups
        )
    )

    # -- midnight: the posting that ended today expires, and nothing more is done to it
    midnight = datetime.combine(today + timedelta(days=1), time(0, 0, 30), VENUE_TZ)
    real_clock = services.ctx.clock
    services.ctx.clock = lambda: midnight
    try:
        assert services.postings.expire_due() >= 1
        assert services.postings.get(ending_today.id).posting.status is PostingStatus.EXPIRED
        assert ending_today.id not in {
            c.id for c in services.sessions.employer_postings(employers[8].id)
        }
        _refused(
            ErrorCode.POSTING_NOT_OPEN,
            lambda: services.sessions.candidates(afternoon_id, ending_today.id),
        )
    finally:
        services.ctx.clock = real_clock

    # -- invariants over everything stored
    with services.db.read() as session:
        apps = session.exec(select(ApplicationRow)).all()
        for p in [*postings, ending_today]:
            held = [a for a in apps if a.posting_id == p.id and a.status in ("referred", "hired")]
            assert len(held) <= p.headcount, p.title
        assert not [a for a in apps if a.posting_id == fraud.id]
        for table in (NegotiationRow, LotteryRow):
            assert not session.exec(
                select(table).where(col(table.posting_id) == fraud.id)  # type: ignore[attr-defined]
            ).all()
        tickets = session.exec(select(CheckInRow).where(CheckInRow.party == "employer")).all()
        assert all(fraud.id not in t.posting_ids for t in tickets)
        standing = [a for a in apps if a.status in ("referred", "hired")]
        hires = [a for a in apps if a.status == ApplicationStatus.HIRED.value]
        job_kinds = Counter(r.kind for r in print_jobs.jobs(session))
        assert job_kinds["session_summary"] == 2 and job_kinds["queue_ticket"] == 33
        assert not session.exec(
            select(PrintJobRow).where(PrintJobRow.state != PrintState.DONE.value)
        ).all()
    referred = [a for a in apps if a.status == ApplicationStatus.REFERRED.value]
    assert morning.referrals + afternoon.referrals == len(referred) == 4
    assert morning.hires + afternoon.hires == len(hires) == 3

    report = services.reports.month(today.strftime("%Y-%m"))
    assert report.sessions_held == 2
    assert report.attendance_workers == day.worker_check_ins == 33
    assert report.attendance_employers == day.employer_check_ins == 8
    assert (report.referrals, report.hires) == (len(standing), 3)
    assert (report.complaints_received, report.complaints_closed) == (1, 1)
    assert report.held_by_reason and report.blocked_by_reason
