"""Supervisor review at the desk: correct a held posting, approve or reject it, asked first."""

from __future__ import annotations

from sqlmodel import select

import builders
from kiosk.domain.model import Employer, PostingStatus
from kiosk.services.container import Services
from kiosk.store import audit
from kiosk.ui.staff.review_screen import ReviewScreen
from tests.ui.staff.conftest import SUPERVISOR, Desk


def _held(services: Services, employer: Employer, title: str, description: str) -> str:
    posting = services.postings.create(
        builders.posting(employer.id, title=title, description=description)
    )
    assert posting.status is PostingStatus.PENDING_REVIEW
    return posting.id


def test_supervisor_strikes_out_a_deposit_and_opens_the_job_after_saying_yes(
    desk: Desk, services: Services, employer: Employer, supervisor_id: str
) -> None:
    posting_id = _held(services, employer, "仓库理货员", "理货，入职交押金200元，日结")
    desk.sign_in(*SUPERVISOR)
    page = desk.open("staff.review")
    assert isinstance(page, ReviewScreen)
    desk.wait(lambda: desk.lines(page.queue) != [])
    assert "押金" in page.reasons.text()

    desk.tap(page.correct_button)
    assert page.description_edit.isVisible() and not page.detail.isVisible()
    page.description_edit.setPlainText("理货，日结，不收任何费用")
    desk.tap(page.approve_button)  # no note yet: it asks for one and does nothing
    assert page.message.text() and not page.confirm_frame.isVisible()
    desk.type_chinese(page.note, "电话核实：押金已取消")
    desk.tap(page.approve_button)
    assert page.confirm_frame.isVisible()
    assert "仓库理货员" in page.confirm_text.text()
    assert services.postings.get(posting_id).posting.status is PostingStatus.PENDING_REVIEW
    desk.tap(page.confirm_button)
    desk.settle()

    desk.wait(lambda: desk.lines(page.queue) == [])
    opened = services.postings.get(posting_id).posting
    assert opened.status is PostingStatus.OPEN
    assert opened.description == "理货，日结，不收任何费用" and opened.flags == []
    assert opened.review_note == "电话核实：押金已取消"
    with services.db.read() as session:
        events = session.exec(select(audit.AuditEventRow)).all()
    decided = [e for e in events if e.subject == posting_id and e.action.startswith("posting.")]
    assert [(e.action, e.actor) for e in decided] == [
        ("posting.correct", supervisor_id),
        ("posting.open", supervisor_id),
    ]


def test_a_rejection_can_be_called_off_before_it_is_confirmed(
    desk: Desk, services: Services, employer: Employer
) -> None:
    posting_id = _held(services, employer, "保安", "入职扣身份证，交服装费100元")
    desk.sign_in(*SUPERVISOR)
    page = desk.open("staff.review")
    assert isinstance(page, ReviewScreen)
    desk.wait(lambda: desk.lines(page.queue) != [])
    desk.type_chinese(page.note, "扣押身份证")
    desk.tap(page.reject_button)
    desk.tap(page.cancel_button)
    assert page.reject_button.isVisible() and not page.confirm_frame.isVisible()
    desk.settle()
    assert services.postings.get(posting_id).posting.status is PostingStatus.PENDING_REVIEW

    desk.tap(page.reject_button)
    desk.tap(page.confirm_button)
    desk.settle()
    rejected = services.postings.get(posting_id).posting
    assert rejected.status is PostingStatus.CLOSED and rejected.review_note == "扣押身份证"
