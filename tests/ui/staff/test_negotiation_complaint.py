"""A negotiation confirmed by all three is frozen and printing; editing it makes a correction."""

from __future__ import annotations

from decimal import Decimal

from kiosk.domain.model import (
    ComplaintCategory,
    ComplaintStatus,
    ComplaintTarget,
    DocumentKind,
    Employer,
)
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.ui.staff.complaints_screen import ComplaintsScreen
from kiosk.ui.staff.negotiation_screen import NegotiationScreen
from tests.ui.staff.conftest import STAFF, Desk
from tests.ui.staff.test_session import _posting, _worker


def test_confirmed_record_is_frozen_printed_and_edits_make_a_correction(
    desk: Desk, services: Services, employer: Employer
) -> None:
    posting = _posting(services, employer)
    worker = _worker(services, "王五", "13700000009")
    desk.sign_in(*STAFF)
    page = desk.open("staff.negotiation", {"posting_id": posting.id, "worker_id": worker.id})
    assert isinstance(page, NegotiationScreen)
    assert page.record is not None
    assert page.posted["pay_amount"].text() == "220"
    page.agreed["meals"].setText("包午饭")  # type: ignore[union-attr]
    for b in (page.worker_button, page.employer_button, page.witness_button):
        desk.tap(b)
        desk.settle()
    record = page.record
    assert record.frozen
    assert record.agreed_terms["meals"] == "包午饭"
    assert page.banner.isVisible()
    assert not page.witness_button.isEnabled()
    with services.db.read() as session:
        kinds = {
            DocumentKind(j.kind) for j in print_jobs.jobs(session) if j.document_id == record.id
        }
    assert kinds == {DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY}

    page.agreed["pay_amount"].setText("240")  # type: ignore[union-attr]
    desk.tap(page.save_button)
    desk.settle()
    correction = page.record
    assert correction.id != record.id
    assert correction.supersedes_id == record.id
    assert not correction.frozen
    assert correction.agreed_terms["pay_amount"] == "240"
    assert Decimal(services.negotiations.get(record.id).agreed_terms["pay_amount"]) == 220
    assert [n.id for n in services.negotiations.history(record.id)] == [record.id, correction.id]


def test_a_complaint_is_resolved_with_a_note_and_a_proposed_warning(
    desk: Desk, services: Services, employer: Employer
) -> None:
    filed = services.complaints.file(
        target=ComplaintTarget.EMPLOYER,
        category=ComplaintCategory.FEE_CHARGED,
        target_id=employer.id,
        text="收了我100元介绍费",
        contact_phone="13612345678",
    ).complaint
    desk.sign_in(*STAFF)
    page = desk.open("staff.complaints")
    assert isinstance(page, ComplaintsScreen)
    desk.wait(lambda: page.list.count() == 1)
    assert "136****5678" in page.contact.text()
    desk.tap(page.reveal_button)
    assert "13612345678" in page.contact.text()
    desk.type_chinese(page.note, "已电话核实，退还费用")
    desk.tap(page.action.chips["warn"])
    with desk.qtbot.waitSignal(page.sig_complaint_changed, timeout=5000):
        desk.tap(page.resolve_button)
    stored = services.complaints.get(filed.id)
    assert stored.status is ComplaintStatus.RESOLVED
    assert stored.resolution == "已电话核实，退还费用"
    assert stored.proposed_action == "warn"


def test_training_admin_adds_a_course_and_a_cancelled_seat_goes_to_the_waitlist(
    desk: Desk, services: Services
) -> None:
    from datetime import timedelta

    from kiosk.domain.model import EnrollmentStatus, Worker
    from kiosk.ui.staff.training_screen import TrainingAdminScreen

    desk.sign_in(*STAFF)
    page = desk.open("staff.training")
    assert isinstance(page, TrainingAdminScreen)
    page.course_title.setText("电工上岗证培训")
    page.course_place.setText("高新区职业培训学校")
    page.course_seats.setValue(1)
    desk.tap(page.add_button)
    desk.wait(lambda: any(c.title == "电工上岗证培训" for c in page.data.courses))
    course = next(c for c in services.training.courses() if c.title == "电工上岗证培训")
    assert course.seats == 1 and course.starts_on > services.ctx.today() - timedelta(days=1)
    people = [
        services.workers.register(Worker(display_name=n, phone=p), consent=True).worker
        for n, p in (("甲", "13800000001"), ("乙", "13800000002"))
    ]
    for w in people:
        services.training.enroll(course_id=course.id, worker_id=w.id)
    page.enter()
    desk.wait(lambda: page.data.courses and page.courses.count() > 0)
    page.courses.setCurrentRow(
        next(i for i, c in enumerate(page.data.courses) if c.id == course.id)
    )
    desk.wait(lambda: page.enrolled.count() == 2)
    page.enrolled.setCurrentRow(0)
    desk.tap(page.cancel_button)
    desk.wait(lambda: "候补" in page.message.text() or "waiting" in page.message.text())
    statuses = {e.worker_id: e.status for e in services.training.enrollments(course.id)}
    assert statuses == {
        people[0].id: EnrollmentStatus.CANCELLED,
        people[1].id: EnrollmentStatus.ENROLLED,
    }
