"""A worker finds a cleaning job by a 2-character query and a chip, and says "I'm interested"."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

import builders
from kiosk.domain.model import DocumentKind, PrintState, Settlement, Worker
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.job_detail_screen import JobDetailScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person

PHONE = "13812345678"


def _jobs(services: Services) -> tuple[str, str]:
    """A same-day-pay cleaning job, a weekly-pay cleaning job and a porter job."""
    employer = builders.employer(services, verified=True)
    today = services.ctx.today()
    daily = services.postings.create(
        builders.posting(
            employer.id,
            title="世纪花园小区保洁员",
            settlement=Settlement.SAME_DAY,
            start_date=today,
            end_date=today,
        )
    )
    weekly = services.postings.create(
        builders.posting(
            employer.id,
            title="商场保洁（夜班）",
            settlement=Settlement.WEEKLY,
            start_date=today,
            end_date=today + timedelta(days=6),
        )
    )
    services.postings.create(
        builders.posting(
            employer.id,
            title="物流园搬运工",
            occupation_code="4-02-06-03",
            skill_tags=["搬运"],
            description="装卸货物",
            pay_amount=Decimal("300"),
        )
    )
    return daily.id, weekly.id


def _card_center(screen: FindWorkScreen, row: int) -> QPoint:
    return screen.list_view.visualRect(screen.model.index(row, 0)).center()


def test_two_character_query_and_chip_find_the_job(
    person: Person, services: Services, qtbot: QtBot
) -> None:
    daily_id, _weekly_id = _jobs(services)
    person.tap_tile("find")
    screen = person.on("find_work")
    assert isinstance(screen, FindWorkScreen)
    assert screen.model.rowCount() == 3

    person.type_chinese(screen.search_box, "保洁")
    person.tap(screen.search_button)
    person.settle()
    assert screen.model.rowCount() == 2

    person.tap(screen.pay_chips.chips["same_day"])
    person.settle()
    assert [screen.model.card(r).posting.id for r in range(screen.model.rowCount())] == [daily_id]
    assert "1" in screen.count_label.text()


def test_identify_by_phone_and_express_interest_queues_a_slip(
    person: Person, services: Services, qtbot: QtBot
) -> None:
    daily_id, _ = _jobs(services)
    worker = services.workers.register(
        Worker(display_name="王建国", phone=PHONE), consent=True
    ).worker
    person.tap_tile("find")
    screen = person.on("find_work")
    assert isinstance(screen, FindWorkScreen)
    person.type_chinese(screen.search_box, "保洁")
    person.tap(screen.search_button)
    person.tap(screen.when_chips.chips["today"])
    person.tap(screen.pay_chips.chips["same_day"])
    person.settle()
    assert screen.model.rowCount() == 1
    person.tap_at(screen.list_view.viewport(), _card_center(screen, 0))

    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    assert detail.title_label.text() == "世纪花园小区保洁员"
    assert "220" in detail.pay_label.text()
    assert detail.notice_label.isVisible()
    person.tap(detail.interest_button)

    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    person.tap(identify.continue_button)  # nothing typed yet: told so beside the number
    assert identify.phone_entry.message.text() == "请输入您的手机号。"
    person.type_on_pad(identify.pad, PHONE)
    person.tap(identify.continue_button)
    person.answer(yes=True)

    result = person.on("result")
    assert isinstance(result, ResultScreen)
    qtbot.waitUntil(lambda: result.slip_label.isVisible())
    # No slip printer is configured: the worker is sent to the desk, the slip stays queued.
    assert result.slip_label.text() == result.tr(
        "The printer here is not available right now. Nothing is lost: "
        "please collect your slip at the service desk."
    )
    assert person.window.session.worker is not None
    assert person.window.session.masked_phone == "138****5678"

    applications = services.applications.for_posting(daily_id)
    assert [(a.worker_id, a.posting_id) for a in applications] == [(worker.id, daily_id)]
    with services.db.read() as session:
        jobs = print_jobs.jobs(session)
        assert [(j.kind, j.state) for j in jobs] == [
            (DocumentKind.JOB_SLIP.value, PrintState.QUEUED.value)
        ]

    person.tap(result.finish_button)
    person.on("home")
    assert person.window.session.worker is None


def test_unknown_phone_offers_registration(person: Person, services: Services) -> None:
    daily_id, _ = _jobs(services)
    person.window.go("job_detail", daily_id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.interest_button)
    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    person.type_on_pad(identify.pad, "13900001111")
    person.tap(identify.continue_button)
    person.settle()
    assert identify.message.isVisible()
    person.tap(identify.register_button)
    register = person.on("register")
    assert register.phone.text() == "13900001111"  # type: ignore[attr-defined]


def test_worker_card_scan_identifies(person: Person, services: Services, qtbot: QtBot) -> None:
    daily_id, _ = _jobs(services)
    worker = services.workers.register(
        Worker(display_name="李芳", phone="13700002222"), consent=True
    ).worker
    person.window.go("job_detail", daily_id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.interest_button)
    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    # A keyboard-wedge scanner types the card code and presses Enter into the focused field.
    qtbot.keyClicks(identify.card_field, worker.card_code)
    qtbot.keyClick(identify.card_field, Qt.Key.Key_Return)
    person.settle()
    person.answer(yes=True)
    person.on("result")
    assert [a.posting_id for a in services.applications.for_worker(worker.id)] == [daily_id]
