"""The monthly report: each figure equals what happened at the venue that month."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import builders
from kiosk.domain import monthly_report
from kiosk.domain.model import (
    VENUE_TZ,
    Circumstance,
    ComplaintCategory,
    ComplaintTarget,
    SessionKind,
)
from kiosk.services.container import Services


def test_the_months_figures_count_what_the_venue_did(
    services: Services, staff_id: str, supervisor_id: str
) -> None:
    today = builders.venue_today()
    employer = builders.employer(services)
    other = builders.employer(services, name="顺达物流有限公司")
    clean = services.postings.create(builders.posting(employer.id, headcount=4))
    fee = services.postings.create(builders.posting(other.id, description="入职交押金200元"))
    fee_and_id = services.postings.create(
        builders.posting(other.id, description="交服装费，扣身份证", headcount=2)
    )
    services.postings.approve(fee.id, actor=supervisor_id, note="押金已取消")
    services.postings.reject(fee_and_id.id, actor=supervisor_id, reason="扣押身份证")
    services.postings.create(builders.posting(employer.id), demo=True)  # demo: never counted

    session = services.sessions.create(
        kind=SessionKind.ON_SITE, title="上午对接会", place="大厅", on_date=today, actor=staff_id
    )
    older = services.workers.register(
        builders.worker(phone="13900002222", circumstances=[Circumstance.OLDER_WORKER]),
        consent=True,
    ).worker
    young = services.workers.register(builders.worker(phone="13900003333"), consent=True).worker
    for worker in (older, young):
        services.sessions.check_in_worker(session.id, worker.id, actor=staff_id)
    services.sessions.check_in_employer(
        session.id, employer.id, posting_ids=[clean.id], table_no=1, actor=staff_id
    )
    hired = services.applications.express_interest(
        worker_id=older.id, posting_id=clean.id, print_slip=False
    ).application
    services.applications.refer(hired.id, actor=staff_id)
    services.applications.record_hire(hired.id, actor=staff_id)
    referred = services.applications.express_interest(
        worker_id=young.id, posting_id=clean.id, print_slip=False
    ).application
    services.applications.refer(referred.id, actor=staff_id)

    open_complaint = services.complaints.file(
        target=ComplaintTarget.VENUE, category=ComplaintCategory.OTHER
    )
    closed = services.complaints.file(
        target=ComplaintTarget.EMPLOYER, target_id=other.id, category=ComplaintCategory.FEE_CHARGED
    )
    services.complaints.resolve(closed.complaint.id, actor=staff_id, resolution="已退费")
    del open_complaint

    report = services.reports.month(today.strftime("%Y-%m"))
    assert (report.start.day, report.end.month) == (1, today.month)
    assert report.sessions_held == 1
    assert (report.attendance_workers, report.attendance_employers) == (2, 1)
    assert report.employers_served == 2
    assert (report.postings, report.headcount) == (3, 4 + 3 + 2)
    assert report.held_by_reason == {"fee_charged": 2, "id_withheld": 1}
    assert report.blocked_by_reason == {"fee_charged": 1, "id_withheld": 1}
    assert (report.complaints_received, report.complaints_closed) == (2, 1)
    assert (report.referrals, report.hires, report.assisted_placed) == (2, 1, 1)

    # Nothing of this month is in the next one.
    following = (datetime.combine(report.end, time(12), VENUE_TZ) + timedelta(days=1)).date()
    assert services.reports.month(following.strftime("%Y-%m")).postings == 0


def test_the_csv_speaks_the_reports_language() -> None:
    report = monthly_report.MonthlyReport(
        venue_name="东城区零工市场",
        start=datetime(2026, 11, 1).date(),
        end=datetime(2026, 11, 30).date(),
        hires=7,
        blocked_by_reason={"fee_charged": 2},
    )
    zh = monthly_report.to_csv(report, "zh_CN").splitlines()
    en = monthly_report.to_csv(report, "en").splitlines()
    assert zh[0] == "类别,项目,数量" and "总体情况,达成用工人次,7" in zh
    assert "未予发布的岗位（按原因）,向求职者收费或收押金,2" in zh
    assert en[0] == "Section,Item,Count" and "Overview,Hires,7" in en
