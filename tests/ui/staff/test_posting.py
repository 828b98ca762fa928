"""Quick posting: mandatory fields only go live; a deposit is flagged live, held and approved;
the form holds still, says what is wrong beside the field, and saves a posting once."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt

import builders
from kiosk.domain.matching import MatchReason
from kiosk.domain.model import (
    ComplaintCategory,
    ComplaintTarget,
    Employer,
    PostingStatus,
    StaffUser,
)
from kiosk.services.container import Services
from kiosk.store.search import SearchQuery
from kiosk.ui.staff import words
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
    desk.type_chinese(review.note, "电话核实：押金已取消")
    desk.tap(review.approve_button)
    with desk.qtbot.waitSignal(review.sig_reviewed, timeout=5000) as reviewed:
        desk.tap(review.confirm_button)
    assert reviewed.args[0].status is PostingStatus.OPEN
    assert services.postings.get(held.id).posting.status is PostingStatus.OPEN
    desk.settle()
    assert review.queue.count() == 0


def _open_form(desk: Desk, employer: Employer) -> PostingScreen:
    desk.sign_in(*STAFF)
    page = desk.open("staff.posting")
    assert isinstance(page, PostingScreen)
    _fill_mandatory(desk, page, employer)
    return page


def test_a_double_tap_and_a_second_save_make_one_posting_and_a_held_one_starts_a_fresh_form(
    desk: Desk, services: Services, employer: Employer
) -> None:
    page = _open_form(desk, employer)
    desk.type_chinese(page.form.description, "上岗前需交押金200元")
    with desk.qtbot.waitSignal(page.sig_posting_saved, timeout=5000):
        # A finger's double tap: two clicks 90 ms apart, as the touchscreen sends them.
        desk.qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        desk.qtbot.wait(90)
        desk.qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    desk.settle()
    assert page.message.property("role") == "notice"
    assert "主管审核" in page.message.text() and "下一个" in page.message.text()
    # A fresh form: nothing of the held posting is left to save again.
    assert (page.form.pay.text(), page.form.description.toPlainText()) == ("", "")
    # Unsure it worked, the staff member taps save once more: nothing new is stored.
    desk.tap(page.save_button)
    desk.settle()
    assert _stored(services) == [PostingStatus.PENDING_REVIEW]


def test_a_flag_or_a_banner_appearing_moves_nothing_under_the_finger(
    desk: Desk, services: Services, employer: Employer
) -> None:
    window = desk.window
    window.resize(1280, 800)  # the staff desk's screen
    desk.sign_in(*STAFF)
    page = desk.open("staff.posting")
    assert isinstance(page, PostingScreen)
    form = page.form
    chip = form.occupation.chips[CLEANER]
    watched = {"pay": form.pay, "chip": chip, "save": page.save_button, "clear": page.clear_button}

    def where() -> dict[str, QPoint]:
        return {k: w.mapTo(window, w.rect().center()) for k, w in watched.items()}

    desk.wait(lambda: form.employer_box.findData(employer.id) >= 0)
    page.scroll_area.ensureWidgetVisible(form.pay)  # staff scrolled to 金额
    desk.settle()
    places = where()
    aimed = places["pay"]
    # Staff fill the form; flags appear beside the employer, the pay and the description.
    with desk.qtbot.waitSignal(page.sig_flags_shown, timeout=5000):
        _fill_mandatory(desk, page, employer)
        form.pay.clear()
        desk.qtbot.keyClicks(form.pay, "800")
        desk.type_chinese(form.description, "上岗前需交押金200元，限男性")
    desk.wait(lambda: "指导价" in form.flags["pay"].text())
    assert where() == places
    # A banner appears (a refused save): still nothing moves.
    form.contact_phone.clear()
    desk.tap(page.save_button)
    desk.settle()
    assert page.message.isVisible()
    assert where() == places
    # The finger that aimed at 金额 before all this lands on 金额, and its typing stays there.
    assert window.childAt(aimed) is form.pay
    desk.qtbot.mouseClick(form.pay, Qt.MouseButton.LeftButton)
    desk.qtbot.keyClicks(form.pay, "5")
    assert len(form.pay.text()) == 4 and form.pay.text().replace("5", "", 1) == "800"
    assert form.employer_id() == employer.id


def test_rule_messages_sit_beside_their_fields_and_go_once_the_field_is_right(
    desk: Desk, services: Services, employer: Employer
) -> None:
    page = _open_form(desk, employer)
    form = page.form
    form.contact_phone.clear()
    desk.qtbot.keyClicks(form.contact_phone, "1380013800")  # one digit short
    desk.tap(page.save_button)
    desk.settle()
    assert _stored(services) == []
    contact = form.flags["contact"]
    desk.wait(lambda: "10 位" in contact.text())
    assert "11 位" in contact.text() and contact.property("role") == "error"
    assert "请看各栏旁的提示" in page.message.text()
    with desk.qtbot.waitSignal(page.sig_flags_shown, timeout=5000):
        desk.qtbot.keyClicks(form.contact_phone, "0")
    assert "位" not in contact.text()

    # A minus sign is refused with a word beside the amount, not silently dropped.
    form.pay.clear()
    desk.qtbot.keyClicks(form.pay, "-")
    assert form.pay.text() == ""
    assert "不能为负数" in form.flags["pay"].text()
    desk.qtbot.keyClicks(form.pay, "230")
    assert "不能为负数" not in form.flags["pay"].text()


def test_clearing_the_form_asks_first(desk: Desk, employer: Employer) -> None:
    page = _open_form(desk, employer)
    desk.tap(page.clear_button)
    assert page.confirm_text.isVisible() and "清空" in page.confirm_text.text()
    assert page.form.pay.text() == "220"  # nothing is gone yet
    desk.tap(page.keep_button)
    assert page.save_button.isVisible() and page.form.pay.text() == "220"
    desk.tap(page.clear_button)
    desk.tap(page.confirm_clear_button)
    assert page.form.pay.text() == "" and page.form.employer_id() == ""


def test_flags_and_ranking_reasons_are_in_the_staff_language(
    desk: Desk, employer: Employer
) -> None:
    page = _open_form(desk, employer)
    page.form.pay.clear()
    with desk.qtbot.waitSignal(page.sig_flags_shown, timeout=5000):
        desk.qtbot.keyClicks(page.form.pay, "800")
    pay = page.form.flags["pay"]
    desk.wait(lambda: "800元/天" in pay.text())
    assert "指导价" in pay.text() and not re.search(r"/day|guide|≈", pay.text())
    reason = MatchReason(
        "pay_below_expected",
        5.0,
        params={"expected": "250", "expected_unit": "day", "offered": "200", "offered_unit": "day"},
    )
    assert words.match_reason_text(reason) == "工资低于期望（期望 250元/天，提供 200元/天）"

    desk.kiosk.prefs.set_language("en")
    desk.wait(lambda: "guide" in pay.text())
    assert "800 yuan / day" in pay.text()
    assert words.match_reason_text(reason) == (
        "Pay below expectation (250 yuan / day asked, 200 yuan / day offered)"
    )


def test_the_employer_list_offers_a_new_employer_first_and_tells_namesakes_apart(
    desk: Desk, services: Services, admin: StaffUser
) -> None:
    east = services.employers.create(Employer(name="好运保洁公司", phone="13900001111"))
    west = services.employers.create(Employer(name="好运保洁公司", phone="13900002222"))
    services.postings.create(builders.posting(east.id, district="东城区"))
    services.postings.create(builders.posting(west.id, district="西城区"))
    desk.sign_in(*STAFF)
    page = desk.open("staff.posting")
    assert isinstance(page, PostingScreen)
    box = page.form.employer_box
    desk.wait(lambda: box.count() == 3)
    assert box.itemText(0) == "＋ 新用工单位"
    assert box.currentIndex() == -1  # nobody is chosen for the staff member
    assert box.itemText(box.findData(east.id)) == "好运保洁公司 · 东城区 · 尾号1111"
    assert box.itemText(box.findData(west.id)) == "好运保洁公司 · 西城区 · 尾号2222"


def test_a_venue_warning_about_the_employer_shows_beside_it_on_the_form(
    desk: Desk, services: Services, employer: Employer, staff_id: str
) -> None:
    filed = services.complaints.file(
        target=ComplaintTarget.EMPLOYER,
        category=ComplaintCategory.FEE_CHARGED,
        target_id=employer.id,
        text="面试时要求先交300元押金",
    )
    services.complaints.resolve(
        filed.complaint.id, actor=staff_id, resolution="收押金属实，已警告", proposed_action="warn"
    )
    page = _open_form(desk, employer)
    beside = page.form.flags["employer"]
    desk.wait(lambda: "收押金属实，已警告" in beside.text())
    assert "本场地已警告此单位" in beside.text() and beside.property("role") == "error"
