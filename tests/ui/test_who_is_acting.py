"""Nobody acts as someone else: "Is this you?" before anything is applied, who is shown while
identified, and the next person starts clean."""

from __future__ import annotations

import builders
from kiosk.domain.model import Worker
from kiosk.services.container import Services
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.flow import ApplyRequest
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.job_detail_screen import JobDetailScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person

WANG = "13912345678"
LI = "13912345679"  # one digit away from Wang's number


def _posting(services: Services) -> str:
    employer = builders.employer(services, verified=True)
    return services.postings.create(builders.posting(employer.id)).id


def _interested(person: Person, posting_id: str) -> IdentifyScreen:
    person.window.go("job_detail", posting_id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.interest_button)
    identify = person.on("identify")
    assert isinstance(identify, IdentifyScreen)
    return identify


def test_a_number_one_digit_off_asks_is_this_you_and_applies_nothing(
    person: Person, services: Services
) -> None:
    posting_id = _posting(services)
    services.workers.register(Worker(display_name="李明", phone=LI), consent=True)
    identify = _interested(person, posting_id)
    person.type_on_pad(identify.pad, LI)  # Wang slips on the last digit
    person.tap(identify.continue_button)
    person.settle()

    question = person.window.question
    assert question.isVisible()
    assert question.question_label.text() == "是您吗？"
    assert question.detail_label.text() == "李* 139****5679"
    assert services.applications.for_posting(posting_id) == []
    assert person.window.session.worker is None  # nobody acts until they say so

    assert "李* 139****5679" in person.answer(yes=False)
    assert person.window.current_screen() is identify
    assert identify.phone.text() == ""
    assert identify.message.isVisible()
    assert services.applications.for_posting(posting_id) == []
    assert person.window.session.worker is None


def test_an_unconfirmed_worker_cannot_apply(person: Person, services: Services) -> None:
    """The rule lives in the session: even a screen asked to apply finds nobody to apply for."""
    posting_id = _posting(services)
    li = services.workers.register(Worker(display_name="李明", phone=LI), consent=True).worker
    person.window.session.propose(li)
    person.window.go("result", ApplyRequest(posting_id=posting_id, title="保洁"))
    result = person.on("result")
    assert isinstance(result, ResultScreen)
    assert services.applications.for_posting(posting_id) == []
    assert result.headline.text() == "没有办成"


def test_who_is_shown_everywhere_and_home_asks_whether_they_are_done(
    person: Person, services: Services
) -> None:
    posting_id = _posting(services)
    services.workers.register(Worker(display_name="王建国", phone=WANG), consent=True)
    identify = _interested(person, posting_id)
    person.type_on_pad(identify.pad, WANG)
    person.tap(identify.continue_button)
    person.answer(yes=True)
    person.on("result")
    topbar = person.window.topbar
    assert topbar.who_label.isVisible() and topbar.who_label.text() == "王** 139****5678"
    assert topbar.done_button.isVisible() and topbar.done_button.text() == "办完了"
    assert len(services.applications.for_posting(posting_id)) == 1

    person.tap(person.window.screens["result"].more_button)  # type: ignore[attr-defined]
    find = person.on("find_work")
    assert isinstance(find, FindWorkScreen)
    assert topbar.who_label.text() == "王** 139****5678"

    # 首页 while identified: are you done? Yes ends Wang's turn.
    person.tap(topbar.home_button)
    assert "您办完了吗" in person.answer(yes=True)
    person.on("home")
    assert person.window.session.worker is None
    assert not topbar.who_label.isVisible() and not topbar.done_button.isVisible()

    # The next person taps 我想去 on the same job: they are asked who they are.
    person.tap_tile("find")
    person.window.go("job_detail", posting_id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.tap(detail.interest_button)
    person.on("identify")
    assert len(services.applications.for_posting(posting_id)) == 1


def test_home_keeps_the_worker_who_is_not_done_and_done_ends_the_turn(
    person: Person, services: Services
) -> None:
    wang = services.workers.register(Worker(display_name="王建国", phone=WANG), consent=True)
    person.window.session.identify(wang.worker)
    person.window.go("venue")
    person.on("venue")
    person.tap(person.window.topbar.home_button)
    person.answer(yes=False)
    person.on("home")
    assert person.window.session.worker is not None
    assert person.window.topbar.done_button.isVisible()
    person.tap(person.window.topbar.done_button)
    person.settle()
    assert person.window.session.worker is None
