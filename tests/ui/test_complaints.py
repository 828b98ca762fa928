"""Complaints a worker can trust: a call back needs a number (else it says anonymous), the
employer is picked from this venue's list, "report this job" names the job, and the receipt
says what happens next and by when."""

from __future__ import annotations

import builders
from kiosk.domain.complaint_rules import answer_by
from kiosk.domain.model import ComplaintCategory, ComplaintTarget
from kiosk.services.container import Services
from kiosk.ui import texts
from kiosk.ui.complaint_screen import ComplaintScreen
from kiosk.ui.flow import ComplaintRequest
from kiosk.ui.job_detail_screen import JobDetailScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person


def _form(person: Person, target: ComplaintTarget) -> ComplaintScreen:
    person.window.go("complaint", ComplaintRequest())
    screen = person.on("complaint")
    assert isinstance(screen, ComplaintScreen)
    person.tap(screen.target_chips.chips[target.value])
    person.tap(screen.category_chips.chips[ComplaintCategory.UNPAID_WAGES.value])
    person.settle()
    return screen


def test_call_me_back_needs_a_number_and_anonymous_says_so(
    person: Person, services: Services
) -> None:
    screen = _form(person, ComplaintTarget.VENUE)
    assert screen.anonymous_note.isVisible()
    assert "匿名" in screen.anonymous_note.text()
    person.tap(screen.contact_chips.chips["phone"])
    assert not screen.anonymous_note.isVisible()
    person.tap(screen.send_button)  # no number yet
    person.settle()
    assert screen.phone_entry.message.text() == "请输入您的手机号。"
    person.type_on_pad(screen.pad, "13512")
    person.tap(screen.send_button)
    person.settle()
    assert screen.phone_entry.message.text() == "还差 6 位：手机号是 11 位。"
    assert services.complaints.list() == []  # never filed as anonymous by surprise

    person.type_on_pad(screen.pad, "345678")
    person.tap(screen.send_button)
    result = person.on("result")
    assert isinstance(result, ResultScreen)
    filed = services.complaints.list()[0]
    assert (filed.contact_phone, filed.anonymous) == ("13512345678", False)
    assert "会打电话给您" in result.next_label.text()


def test_the_employer_is_picked_from_employers_with_jobs_here(
    person: Person, services: Services
) -> None:
    shunda = builders.employer(services, name="顺达物流有限公司")
    anju = builders.employer(services, name="安居物业服务有限公司")
    elsewhere = builders.employer(services, name="顺达装修队")
    services.postings.create(builders.posting(shunda.id, title="物流园搬运工"))
    services.postings.create(builders.posting(anju.id))
    services.postings.create(builders.posting(elsewhere.id, venue_id="venue-elsewhere"))

    screen = _form(person, ComplaintTarget.EMPLOYER)
    assert screen.employer_search.isVisible()
    assert sorted(screen.employer_chips.chips) == sorted([shunda.id, anju.id])
    person.type_chinese(screen.employer_search, "顺达")
    screen.employer_search.textEdited.emit("顺达")  # what typing on the keyboard sends
    person.qtbot.waitUntil(lambda: list(screen.employer_chips.chips) == [shunda.id])
    person.settle()
    chip = screen.employer_chips.chips[shunda.id]
    assert chip.text() == "顺达物流有限公司"
    person.tap(chip)
    person.tap(screen.send_button)
    person.on("result")
    filed = services.complaints.list()[0]
    assert (filed.target, filed.target_id) == (ComplaintTarget.EMPLOYER, shunda.id)


def test_report_this_job_names_the_job_and_the_receipt_says_what_next(
    person: Person, services: Services
) -> None:
    employer = builders.employer(services, name="安居物业服务有限公司", verified=True)
    posting = services.postings.create(builders.posting(employer.id, title="世纪花园小区保洁员"))
    person.window.go("job_detail", posting.id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.report_button)
    screen = person.on("complaint")
    assert isinstance(screen, ComplaintScreen)
    assert screen.about_label.isVisible()
    assert "世纪花园小区保洁员" in screen.about_label.text()
    assert "安居物业服务有限公司" in screen.about_label.text()
    person.tap(screen.category_chips.chips[ComplaintCategory.FEE_CHARGED.value])
    person.tap(screen.send_button)

    result = person.on("result")
    assert isinstance(result, ResultScreen)
    filed = services.complaints.list()[0]
    assert (filed.target, filed.target_id, filed.anonymous) == (
        ComplaintTarget.POSTING,
        posting.id,
        True,
    )
    today = services.ctx.today()
    by = texts.date_text(answer_by(today), today)
    words = result.next_label.text()
    assert f"{by}前" in words and "3 个工作日" in words
    assert "服务台" in words and services.settings.venue_hotline in words
