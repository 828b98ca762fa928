"""Quick posting: mandatory fields only go live; a deposit is flagged live, held and approved."""

from __future__ import annotations

from kiosk.domain.model import Employer, PostingStatus
from kiosk.services.container import Services
from kiosk.store.search import SearchQuery
from kiosk.ui.staff.posting_screen import PostingScreen
from kiosk.ui.staff.review_screen import ReviewScreen
from tests.ui.staff.conftest import STAFF, SUPERVISOR, Desk

CLEANER = "4-09-08-01"


def _fill_mandatory(desk: Desk, page: PostingScreen, employer: Employer) -> None:
    form = page.form
    desk.wait(lambda: form.employer_box.findData(employer.id) >= 0)
    form.employer_box.setCurrentIndex(form.employer_box.findData(employer.id))
    desk.tap(form.occupation.chips[CLEANER])
    desk.qtbot.keyClicks(form.pay, "220")
    desk.type_chinese(form.workplace, "朝阳区建国路88号")
    desk.qtbot.keyClicks(form.contact_phone, "13800138000")


def _stored(services: Services) -> list[PostingStatus]:
    cards = services.postings.search(SearchQuery(statuses=(), limit=10))
    return [c.posting.status for c in cards]


def test_a_posting_with_only_the_mandatory_fields_is_open(
    desk: Desk, services: Services, employer: Employer
) -> None:
    desk.sign_in(*STAFF)
    page = desk.open("staff.posting")
    assert isinstance(page, PostingScreen)
    _fill_mandatory(desk, page, employer)
    with desk.qtbot.waitSignal(page.sig_posting_saved, timeout=5000) as saved:
        desk.tap(page.save_button)
    assert saved.args[0].status is PostingStatus.OPEN
    assert _stored(services) == [PostingStatus.OPEN]
    assert page.message.property("role") == "ok"


def test_a_deposit_is_flagged_live_held_and_approved_by_a_supervisor(
    desk: Desk, services: Services, employer: Employer
) -> None:
    desk.sign_in(*STAFF)
    page = desk.open("staff.posting")
    assert isinstance(page, PostingScreen)
    _fill_mandatory(desk, page, employer)
    with desk.qtbot.waitSignal(page.sig_flags_shown, timeout=5000):
        desk.type_chinese(page.form.description, "上岗前需交押金200元")
    desk.wait(lambda: "押金" in page.form.flags["text"].text())
    assert page.form.flags["text"].isVisible()
    assert page.form.flags["text"].property("role") == "error"
    with desk.qtbot.waitSignal(page.sig_posting_saved, timeout=5000) as saved:
        desk.tap(page.save_button)
    held = saved.args[0]
    assert held.status is PostingStatus.PENDING_REVIEW
    assert [f.code for f in held.flags] == ["fee_charged"]
    assert page.message.property("role") == "notice"

    desk.tap(desk.mode.sign_out_button)
    desk.sign_in(*SUPERVISOR)
    review = desk.open("staff.review")
    assert isinstance(review, ReviewScreen)
    assert review.queue.count() == 1
    assert "押金" in review.reasons.text()
    with desk.qtbot.waitSignal(review.sig_reviewed, timeout=5000) as reviewed:
        desk.tap(review.approve_button)
    assert reviewed.args[0].status is PostingStatus.OPEN
    assert services.postings.get(held.id).posting.status is PostingStatus.OPEN
    desk.settle()
    assert review.queue.count() == 0
