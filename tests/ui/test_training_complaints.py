"""Training sign-up takes a seat; a complaint is stored and its receipt queued."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.model import ComplaintCategory, ComplaintTarget, TrainingCourse, Worker
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.ui.complaint_screen import ComplaintScreen
from kiosk.ui.help_screen import HelpScreen
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.result_screen import ResultScreen
from kiosk.ui.training_screen import TrainingScreen
from tests.ui.people import Person

PHONE = "13612345678"


def test_training_sign_up_reduces_seats_left(person: Person, services: Services) -> None:
    start = services.ctx.today() + timedelta(days=3)
    course = services.training.create_course(
        TrainingCourse(
            title="保洁员技能培训",
            provider="市职业技能培训中心",
            starts_on=start,
            ends_on=start + timedelta(days=2),
            place="东城区职业培训学校",
            seats=2,
            subsidy_text="免费培训",
        ),
        demo=True,  # course data as the registry would send it
    )
    services.workers.register(Worker(display_name="赵敏", phone=PHONE), consent=True)

    person.tap_tile("training")
    screen = person.on("training")
    assert isinstance(screen, TrainingScreen)
    assert screen.seats_left(course.id) == 2
    card = screen.cards[0]
    assert card.seats.text() == "还剩 2 个名额"
    person.tap(card.sign_up)

    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    person.type_on_pad(identify.pad, PHONE)
    person.tap(identify.continue_button)
    person.answer(yes=True)
    result = person.on("result")
    assert isinstance(result, ResultScreen)
    assert result.headline.text() == "报名成功！"
    assert services.training.course(course.id).seats_left == 1

    person.tap(person.window.topbar.back_button)  # back to the course list, now one seat less
    person.window.go("training")
    screen = person.on("training")
    assert isinstance(screen, TrainingScreen)
    assert screen.cards[0].seats.text() == "还剩 1 个名额"


def test_skill_wish_is_collected_without_a_course(person: Person, services: Services) -> None:
    person.tap_tile("training")
    screen = person.on("training")
    assert isinstance(screen, TrainingScreen)
    assert screen.empty.isVisible()
    person.tap(screen.wish_chips.chips["叉车证"])
    person.tap(screen.wish_button)
    person.settle()
    assert screen.wish_done.isVisible()
    assert services.training.demand() == [("叉车证", 1)]


def test_complaint_is_stored_and_receipt_queued(person: Person, services: Services) -> None:
    person.tap_tile("help")
    help_screen = person.on("help")
    assert isinstance(help_screen, HelpScreen)
    assert services.settings.venue_hotline in help_screen.contact.text()
    person.tap(help_screen.complain_button)
    screen = person.on("complaint")
    assert isinstance(screen, ComplaintScreen)
    assert not screen.send_button.isEnabled()
    person.tap(screen.target_chips.chips[ComplaintTarget.EMPLOYER.value])
    person.tap(screen.category_chips.chips[ComplaintCategory.FEE_CHARGED.value])
    person.type_chinese(screen.text_field, "要我交两百元押金")
    person.tap(screen.send_button)

    result = person.on("result")
    assert isinstance(result, ResultScreen)
    complaints = services.complaints.list()
    assert len(complaints) == 1
    filed = complaints[0]
    assert (filed.target, filed.category, filed.text, filed.anonymous) == (
        ComplaintTarget.EMPLOYER,
        ComplaintCategory.FEE_CHARGED,
        "要我交两百元押金",
        True,
    )
    assert filed.reference in result.detail_label.text()
    with services.db.read() as session:
        assert [(j.kind, j.document_id) for j in print_jobs.jobs(session)] == [
            ("complaint_receipt", filed.id)
        ]
    person.qtbot.waitUntil(lambda: result.slip_label.isVisible())


def test_complaint_with_contact_phone(person: Person, services: Services) -> None:
    person.window.go("complaint", None)
    screen = person.on("complaint")
    assert isinstance(screen, ComplaintScreen)
    person.tap(screen.target_chips.chips[ComplaintTarget.VENUE.value])
    person.tap(screen.category_chips.chips[ComplaintCategory.OTHER.value])
    assert not screen.pad.isVisible()
    person.tap(screen.contact_chips.chips["phone"])
    person.type_on_pad(screen.pad, "13512345678")
    person.tap(screen.send_button)
    person.on("result")
    filed = services.complaints.list()[0]
    assert (filed.contact_phone, filed.anonymous) == ("13512345678", False)
