"""A matchmaking session: check-ins, the graded worker called first, the lottery re-run."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from kiosk.domain.model import (
    Circumstance,
    Employer,
    Lane,
    PayUnit,
    Posting,
    Settlement,
    TicketState,
    Worker,
)
from kiosk.services.container import Services
from kiosk.ui.staff.session_screen import SessionScreen
from kiosk.ui.staff.sessions_screen import SessionsScreen
from tests.ui.staff.conftest import STAFF, Desk


def _worker(services: Services, name: str, phone: str, *, graded: bool = False) -> Worker:
    worker = Worker(
        display_name=name,
        phone=phone,
        birth_year=1985,
        circumstances=[Circumstance.DISABILITY] if graded else [],
    )
    return services.workers.register(worker, consent=True).worker


def _posting(services: Services, employer: Employer, headcount: int = 1) -> Posting:
    today = services.ctx.today()
    return services.postings.create(
        Posting(
            employer_id=employer.id,
            title="商场保洁",
            occupation_code="4-09-08-01",
            district="东城区",
            workplace="东城区王府井大街1号",
            pay_amount=Decimal("220"),
            pay_unit=PayUnit.DAY,
            settlement=Settlement.SAME_DAY,
            start_date=today,
            end_date=today + timedelta(days=1),
            headcount=headcount,
            contact_phone="13800138000",
        )
    )


def _start_session(desk: Desk) -> SessionScreen:
    desk.sign_in(*STAFF)
    sessions = desk.open("staff.sessions")
    assert isinstance(sessions, SessionsScreen)
    desk.type_chinese(sessions.title_field, "上午对接会")
    desk.tap(sessions.create_button)
    desk.settle()
    page = desk.mode.current()
    assert isinstance(page, SessionScreen)
    desk.settle()
    return page


def _check_in_by_phone(desk: Desk, page: SessionScreen, phone: str) -> None:
    page.tabs.setCurrentIndex(1)
    desk.qtbot.keyClicks(page.phone, phone)
    desk.tap(page.check_in_worker_button)
    desk.settle()


def test_a_graded_worker_checked_in_later_is_called_first(
    desk: Desk, services: Services, employer: Employer
) -> None:
    _posting(services, employer)
    plain = _worker(services, "张三", "13700000001")
    graded = _worker(services, "李四", "13700000002", graded=True)
    page = _start_session(desk)
    _check_in_by_phone(desk, page, plain.phone)
    _check_in_by_phone(desk, page, graded.phone)
    assert page.data is not None
    assert [t.worker_id for t in page.data.view.waiting] == [graded.id, plain.id]
    assert page.data.view.waiting[0].lane is Lane.PRIORITY
    assert page.queues[TicketState.WAITING].item(0).text().startswith("★")

    page.tabs.setCurrentIndex(1)
    desk.wait(lambda: page.employer_postings.count() == 1)
    page.employer_table.setValue(3)
    desk.tap(page.check_in_employer_button)
    desk.settle()

    page.tabs.setCurrentIndex(0)
    page.table.setValue(3)
    with desk.qtbot.waitSignal(page.sig_called, timeout=5000) as called:
        desk.tap(page.call_button)
    assert called.args[0].worker_id == graded.id
    desk.settle()
    assert "3" in page.last_call.text()
    assert [t.worker_id for t in page.data.view.called] == [graded.id]
    board = services.sessions.called_numbers()
    assert board[0].number == called.args[0].number and board[0].table_no == 3


def test_the_lottery_record_re_runs_to_the_same_winners(
    desk: Desk, services: Services, employer: Employer
) -> None:
    posting = _posting(services, employer, headcount=1)
    for i in range(4):
        worker = _worker(services, f"工人{i}", f"1370000001{i}")
        services.applications.express_interest(
            worker_id=worker.id, posting_id=posting.id, print_slip=False
        )
    page = _start_session(desk)
    page.tabs.setCurrentIndex(1)
    desk.wait(lambda: page.employer_postings.count() == 1)
    desk.tap(page.check_in_employer_button)
    desk.settle()
    page.tabs.setCurrentIndex(2)
    desk.wait(lambda: page.match_posting.findData(posting.id) >= 0)
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=5000):
        desk.tap(page.lottery_button)
    assert page.lottery is not None
    winners = page.lottery.record.winners
    assert len(winners) == 1
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=5000):
        desk.tap(page.rerun_button)
    assert page.rerun_result.property("role") == "ok"
    assert services.sessions.rerun_lottery(page.lottery.id).winners == winners
    assert date.today()  # the record is dated by the venue's clock, not asserted here


def test_pickers_offer_only_open_postings_told_apart_by_employer_pay_date_and_places(
    desk: Desk, services: Services, employer: Employer, supervisor_id: str
) -> None:
    """Issue 12 point 1: four identical "保洁员" rows, and a rejected posting could be chosen."""
    other = services.employers.create(Employer(name="洁美家政", phone="13900002222"))
    open_one = _posting(services, employer, headcount=2)
    for e in (employer, other):
        services.postings.create(
            Posting(
                employer_id=e.id,
                title="商场保洁",
                occupation_code="4-09-08-01",
                district="东城区",
                workplace="东城区王府井大街1号",
                description="上岗先交押金200元",
                pay_amount=Decimal("220"),
                pay_unit=PayUnit.DAY,
                settlement=Settlement.SAME_DAY,
                start_date=services.ctx.today(),
                end_date=services.ctx.today(),
                headcount=1,
                contact_phone="13800138000",
            )
        )
    rejected = [
        c.posting
        for c in services.postings.pending_review()
        if c.posting.employer_id == employer.id
    ]
    services.postings.reject(rejected[0].id, actor=supervisor_id, reason="押金")
    page = _start_session(desk)
    page.tabs.setCurrentIndex(1)
    index = page.employer_box.findData(employer.id)
    page.employer_box.setCurrentIndex(index)
    desk.wait(lambda: page.employer_postings.count() == 1)
    line = page.employer_postings.item(0).text()
    assert "商场保洁" in line and "好运保洁公司" in line and "220" in line
    assert "剩 2 个名额" in line
    desk.tap(page.check_in_employer_button)
    desk.settle()
    page.tabs.setCurrentIndex(2)
    desk.wait(lambda: page.match_posting.count() == 1)
    assert page.match_posting.itemData(0) == open_one.id
    assert page.negotiate_posting.count() == 1


def test_a_second_draw_needs_a_supervisor_and_every_draw_stays_listed_to_re_run(
    desk: Desk, services: Services, employer: Employer
) -> None:
    """Issue 12 point 3: pressing 进行抽签 again drew again and printed more referral slips."""
    posting = _posting(services, employer, headcount=2)
    for i in range(5):
        worker = _worker(services, f"工人{i}", f"1370000002{i}")
        services.applications.express_interest(
            worker_id=worker.id, posting_id=posting.id, print_slip=False
        )
    page = _start_session(desk)
    page.tabs.setCurrentIndex(1)
    desk.wait(lambda: page.employer_postings.count() == 1)
    desk.tap(page.check_in_employer_button)
    desk.settle()
    page.tabs.setCurrentIndex(2)
    desk.wait(lambda: page.match_posting.findData(posting.id) >= 0)
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=5000):
        desk.tap(page.lottery_button)
    first = page.lottery
    assert first is not None and len(first.record.winners) == 2
    desk.settle()
    assert "剩 0 个名额" in page.match_posting.currentText()
    assert not page.redraw_box.isHidden()

    desk.tap(page.lottery_button)  # pressed again: refused, nothing referred
    desk.settle()
    assert "主管" in page.message.text()
    referred = [
        a for a in services.applications.for_posting(posting.id) if a.status.value == "referred"
    ]
    assert len(referred) == 2

    page.supervisor_name.setText("李主管")
    page.supervisor_pin.setText("8642")
    desk.tap(page.redraw_button)  # no reason given
    desk.settle()
    assert page.message.property("role") == "error"
    page.supervisor_pin.setText("8642")
    desk.type_chinese(page.redraw_reason, "第一次抽签时两人不在场")
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=5000):
        desk.tap(page.redraw_button)
    second = page.lottery
    assert second is not None and second.id != first.id
    desk.wait(lambda: page.draws.count() == 2)
    assert "作废" in page.draws.item(1).text()
    # The first, voided draw is still there to check at any time.
    desk.tap_row(page.draws, 1)
    desk.wait(lambda: page.lottery is not None and page.lottery.id == first.id)
    assert "作废" in page.lottery_text.text()
    with desk.qtbot.waitSignal(page.sig_lottery_shown, timeout=5000):
        desk.tap(page.rerun_button)
    assert page.rerun_result.property("role") == "ok"


def test_desk_registers_an_unknown_phone_refers_a_candidate_and_closes_with_a_summary(
    desk: Desk, services: Services, employer: Employer
) -> None:
    """Issue 12 point 8: register a walk-in at check-in (Enter submits), refer a ranked
    candidate, record interest for another, close the session with its printed summary."""
    posting = _posting(services, employer, headcount=2)
    known = _worker(services, "钱师傅", "13700000031")
    page = _start_session(desk)
    page.tabs.setCurrentIndex(1)
    desk.wait(lambda: page.employer_postings.count() == 1)
    desk.tap(page.check_in_employer_button)
    desk.settle()
    page.tabs.setCurrentIndex(1)
    desk.qtbot.keyClicks(page.phone, "13700000030")
    desk.qtbot.keyClick(page.phone, Qt.Key.Key_Return)
    desk.settle()
    assert not page.register_box.isHidden()
    desk.type_chinese(page.new_name, "孙大姐")
    desk.qtbot.keyClicks(page.new_birth_year, "1990")
    desk.tap(page.register_button)  # without the worker's consent: refused
    desk.settle()
    assert services.workers.find_by_phone("13700000030") is None
    page.consent_box.setChecked(True)
    desk.tap(page.register_button)
    desk.settle()
    walk_in = services.workers.find_by_phone("13700000030")
    assert walk_in is not None and walk_in.display_name == "孙大姐"
    assert (
        page.register_box.isHidden() and "孙大姐" in page.queues[TicketState.WAITING].item(0).text()
    )
    desk.qtbot.keyClicks(page.phone, known.phone)
    desk.qtbot.keyClick(page.phone, Qt.Key.Key_Return)
    desk.settle()
    assert page.queues[TicketState.WAITING].count() == 2

    page.tabs.setCurrentIndex(2)
    desk.wait(lambda: page.match_posting.findData(posting.id) >= 0)
    desk.tap(page.candidates_button)
    desk.wait(lambda: page.candidates.count() == 2)
    desk.tap_row(page.candidates, 0)  # the top-ranked candidate
    desk.tap(page.refer_button)
    desk.settle()
    referred = [a for a in services.applications.for_posting(posting.id)]
    assert [a.status.value for a in referred] == ["referred"]
    other = known.id if referred[0].worker_id == walk_in.id else walk_in.id
    row = next(
        i for i in range(2) if page.candidates.item(i).data(Qt.ItemDataRole.UserRole) == other
    )
    desk.tap_row(page.candidates, row)
    desk.tap(page.interest_button)
    desk.settle()
    statuses = {a.worker_id: a.status.value for a in services.applications.for_posting(posting.id)}
    assert statuses[other] == "interested"

    with desk.qtbot.waitSignal(page.sig_session_closed, timeout=5000) as closed:
        desk.tap(page.close_button)
    summary = closed.args[0]
    assert (summary.workers, summary.employers, summary.referrals) == (2, 1, 1)
    assert "小结正在打印" in page.message.text()
