"""Training seats and waitlist, complaints with receipts, assistance follow-ups."""

from __future__ import annotations

from datetime import timedelta

import pytest

import builders
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    CaseStatus,
    ComplaintCategory,
    ComplaintStatus,
    ComplaintTarget,
    DocumentKind,
    EnrollmentStatus,
    TrainingCourse,
)
from kiosk.services.complaints import WARN
from kiosk.services.container import Services
from kiosk.store import print_jobs


def _course(services: Services, seats: int) -> TrainingCourse:
    today = services.ctx.today()
    return services.training.create_course(
        TrainingCourse(
            title="叉车司机培训",
            starts_on=today + timedelta(days=3),
            ends_on=today + timedelta(days=8),
            place="高新区职业培训学校",
            seats=seats,
            subsidy_text="可申领培训补贴",
        ),
        demo=True,  # course data as the registry would send it
    )


def test_sign_up_takes_a_seat_then_the_waitlist_then_promotes(
    services: Services, staff_id: str
) -> None:
    course = _course(services, seats=1)
    a = services.workers.register(builders.worker(phone="13900000001"), consent=True).worker
    b = services.workers.register(builders.worker(phone="13900000002"), consent=True).worker
    first = services.training.enroll(course_id=course.id, worker_id=a.id)
    assert first.enrollment.status is EnrollmentStatus.ENROLLED and first.course.seats_left == 0
    assert services.training.course(course.id).seats_left == 0
    second = services.training.enroll(course_id=course.id, worker_id=b.id)
    assert second.enrollment.status is EnrollmentStatus.WAITLISTED
    with pytest.raises(DomainError) as err:
        services.training.enroll(course_id=course.id, worker_id=a.id)
    assert err.value.code is ErrorCode.ALREADY_ENROLLED
    promoted = services.training.cancel(first.enrollment.id, actor=staff_id)
    assert promoted is not None and promoted.worker_id == b.id
    with services.db.read() as session:
        kinds = {j.kind for j in print_jobs.jobs(session)}
    assert kinds == {DocumentKind.TRAINING_CONFIRMATION.value}


def test_skills_wanted_are_counted(services: Services) -> None:
    for skill in ["电焊", "电焊", "育婴"]:
        services.training.wish(skill)
    assert services.training.demand() == [("电焊", 2), ("育婴", 1)]


def test_complaint_is_stored_with_a_receipt_and_resolved(services: Services, staff_id: str) -> None:
    employer = builders.employer(services)
    filed = services.complaints.file(
        target=ComplaintTarget.EMPLOYER,
        target_id=employer.id,
        category=ComplaintCategory.UNPAID_WAGES,
        text="干了三天没给钱",
        contact_phone="13812345678",
    )
    c = filed.complaint
    assert c.reference.startswith("TS-") and not c.anonymous
    anon = services.complaints.file(
        target=ComplaintTarget.POSTING, category=ComplaintCategory.FEE_CHARGED
    ).complaint
    assert anon.anonymous and anon.contact_phone == ""
    with services.db.read() as session:
        jobs = print_jobs.jobs(session)
    assert {j.document_id for j in jobs} == {c.id, anon.id}
    with pytest.raises(DomainError):
        services.complaints.resolve(c.id, actor=staff_id, resolution="")
    done = services.complaints.resolve(
        c.id, actor=staff_id, resolution="已协调雇主补发工资", proposed_action=WARN
    )
    assert done.status is ComplaintStatus.RESOLVED and done.proposed_action == WARN


def test_a_warning_needs_a_complaint_that_names_the_employer(
    services: Services, staff_id: str
) -> None:
    vague = services.complaints.file(
        target=ComplaintTarget.VENUE, category=ComplaintCategory.OTHER, text="服务态度差"
    )
    with pytest.raises(DomainError) as err:
        services.complaints.resolve(
            vague.complaint.id, actor=staff_id, resolution="已道歉", proposed_action=WARN
        )
    assert err.value.code is ErrorCode.REQUIRED and err.value.field == "target_id"
    with pytest.raises(DomainError) as err:
        services.complaints.file(
            target=ComplaintTarget.EMPLOYER, target_id="nobody", category=ComplaintCategory.OTHER
        )
    assert err.value.code is ErrorCode.NOT_FOUND


def test_a_warning_over_a_posting_lands_in_its_employers_venue_history(
    services: Services, staff_id: str
) -> None:
    employer = builders.employer(services)
    other = builders.employer(services, name="顺达物流有限公司")
    posting = services.postings.create(builders.posting(employer.id))
    filed = services.complaints.file(
        target=ComplaintTarget.POSTING,
        target_id=posting.id,
        category=ComplaintCategory.FEE_CHARGED,
        text="收了50元报名费",
    )
    services.complaints.resolve(
        filed.complaint.id, actor=staff_id, resolution="已退费并警告", proposed_action=WARN
    )
    warnings = services.employers.venue_warnings(employer.id)
    assert [(w.reference, w.action, w.reason) for w in warnings] == [
        (filed.complaint.reference, "warn", "已退费并警告")
    ]
    assert services.employers.venue_warnings(other.id) == []


def test_follow_ups_due_today(services: Services, staff_id: str) -> None:
    w = services.workers.register(builders.worker(), consent=True).worker
    case = services.assistance.open_case(worker_id=w.id, plan="每周推荐保洁岗位", actor=staff_id)
    today = services.ctx.today()
    due = services.assistance.add_follow_up(
        case_id=case.id, note="电话回访", due_on=today, actor=staff_id
    )
    services.assistance.add_follow_up(
        case_id=case.id, note="下周回访", due_on=today + timedelta(days=7), actor=staff_id
    )
    assert [f.id for f in services.assistance.due()] == [due.id]
    services.assistance.complete_follow_up(due.id, actor=staff_id)
    assert services.assistance.due() == []


def test_the_due_list_names_the_worker_and_cases_come_oldest_first(
    services: Services, staff_id: str
) -> None:
    w = services.workers.register(builders.worker(display_name="赵师傅"), consent=True).worker
    old = services.assistance.open_case(worker_id=w.id, plan="推荐保洁岗位", actor=staff_id)
    new = services.assistance.open_case(worker_id=w.id, plan="陪同参加培训", actor=staff_id)
    assert [c.id for c in services.assistance.cases_for(w.id)] == [old.id, new.id]
    today = services.ctx.today()
    services.assistance.add_follow_up(case_id=new.id, note="电话回访", due_on=today, actor=staff_id)
    [due] = services.assistance.due_with_workers()
    assert (due.worker_id, due.worker_name, due.follow_up.case_id) == (w.id, "赵师傅", new.id)


def test_a_closed_case_keeps_its_outcome_and_leaves_the_due_list(
    services: Services, staff_id: str
) -> None:
    w = services.workers.register(builders.worker(), consent=True).worker
    case = services.assistance.open_case(worker_id=w.id, plan="推荐保洁岗位", actor=staff_id)
    today = services.ctx.today()
    services.assistance.add_follow_up(
        case_id=case.id, note="电话回访", due_on=today, actor=staff_id
    )
    assert len(services.assistance.due()) == 1

    with pytest.raises(DomainError) as empty:
        services.assistance.close_case(case.id, outcome="  ", actor=staff_id)
    assert (empty.value.code, empty.value.field) == (ErrorCode.REQUIRED, "outcome")

    closed = services.assistance.close_case(case.id, outcome="已在商场稳定上岗", actor=staff_id)
    assert closed.status is CaseStatus.CLOSED and closed.outcome == "已在商场稳定上岗"
    assert closed.closed_at is not None
    [again] = services.assistance.cases_for(w.id)
    assert (again.status, again.outcome, again.closed_at) == (
        CaseStatus.CLOSED, "已在商场稳定上岗", closed.closed_at
    )  # fmt: skip
    assert services.assistance.due() == []  # nobody is to call about a closed case
    for attempt in (
        lambda: services.assistance.close_case(case.id, outcome="再次结案", actor=staff_id),
        lambda: services.assistance.add_follow_up(
            case_id=case.id, note="再回访", due_on=today, actor=staff_id
        ),
    ):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code is ErrorCode.CASE_CLOSED
    assert services.assistance.cases_for(w.id)[0].outcome == "已在商场稳定上岗"
