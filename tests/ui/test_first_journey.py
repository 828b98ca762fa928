"""A first-time worker's whole journey, counted in taps: home -> find 保洁 -> job -> 我想去 ->
register -> slip, in no more than the 34 taps it took before the confirmation and tap guards."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

import builders
from kiosk.domain.model import DocumentKind
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.identify_screen import IdentifyScreen
from kiosk.ui.job_detail_screen import JobDetailScreen
from kiosk.ui.register_screen import RegisterScreen
from kiosk.ui.result_screen import ResultScreen
from tests.ui.people import Person

TAPS_BEFORE = 34
CLEANER = "4-09-08-01"
# The name on the pinyin keyboard: w-a-n-g, then the candidate 王 (a surname is enough).
NAME, NAME_TAPS = "王", len("wang") + 1


class CountingPerson(Person):
    """Counts every tap: buttons, chips, pad digits (each one a tap_at), keyboard keys."""

    taps = 0

    def tap_at(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.taps += 1
        super().tap_at(widget, pos)

    def type_chinese(self, widget: QWidget, text: str) -> None:
        self.taps += NAME_TAPS
        super().type_chinese(widget, text)


def test_first_time_worker_gets_a_slip_in_no_more_taps_than_before(
    person: Person, services: Services
) -> None:
    employer = builders.employer(services, verified=True)
    posting = services.postings.create(builders.posting(employer.id, occupation_code=CLEANER))
    walker = CountingPerson(person.qtbot, person.kiosk)

    walker.tap_tile("find")
    find = walker.on("find_work")
    assert isinstance(find, FindWorkScreen)
    walker.tap(find.occupation_chips.chips[CLEANER])
    walker.settle()
    spot = find.list_view.visualRect(find.model.index(0, 0)).center()
    walker.tap_at(find.list_view.viewport(), spot)
    detail = walker.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    walker.tap(detail.interest_button)
    identify = walker.on("identify")
    assert isinstance(identify, IdentifyScreen)
    walker.tap(identify.register_button)
    register = walker.on("register")
    assert isinstance(register, RegisterScreen)
    walker.type_on_pad(register.phone_pad, "13912345678")
    walker.type_chinese(register.name_field, NAME)
    walker.tap(register.next_button)
    walker.settle()
    assert register.work_chips.selected() == [CLEANER]  # chosen for them by the job
    walker.tap(register.next_button)
    walker.tap(register.day_chips.chips["0"])
    walker.tap(register.next_button)
    walker.tap(register.next_button)  # no extra help needed
    walker.tap(register.agree_button)
    result = walker.on("result")
    assert isinstance(result, ResultScreen)
    walker.qtbot.waitUntil(result.slip_label.isVisible)

    assert walker.taps <= TAPS_BEFORE, walker.taps
    worker = services.workers.find_by_phone("13912345678")
    assert worker is not None
    assert [a.posting_id for a in services.applications.for_worker(worker.id)] == [posting.id]
    with services.db.read() as session:
        assert DocumentKind.JOB_SLIP.value in [j.kind for j in print_jobs.jobs(session)]
