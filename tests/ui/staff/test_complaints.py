"""A complaint phoned in: staff name the posting or employer, warn the employer, see it on file."""

from __future__ import annotations

import builders
from kiosk.domain.model import ComplaintStatus, ComplaintTarget, Employer
from kiosk.services.container import Services
from kiosk.ui.staff.complaints_screen import ComplaintsScreen
from kiosk.ui.staff.employers_screen import EmployersScreen
from tests.ui.staff.conftest import STAFF, Desk


def test_a_phoned_in_complaint_names_the_employer_and_ends_in_a_venue_warning_on_its_file(
    desk: Desk, services: Services, employer: Employer
) -> None:
    builders.employer(services, name="好运搬家公司")  # a name that also matches the search
    desk.sign_in(*STAFF)
    page = desk.open("staff.complaints")
    assert isinstance(page, ComplaintsScreen)
    desk.tap(page.new_button)
    desk.tap(page.target.chips[ComplaintTarget.EMPLOYER.value])
    desk.type_chinese(page.target_search, "好运保洁")
    desk.wait(lambda: desk.lines(page.target_list) == ["好运保洁公司 · 企业 · 1111"])
    desk.tap_row(page.target_list, 0)
    desk.tap(page.category.chips["unpaid_wages"])
    desk.type_chinese(page.complaint_text, "干了三天没给工钱")
    desk.tap(page.save_button)
    desk.settle()

    desk.wait(lambda: page.list.count() == 1)
    filed = services.complaints.list()[0]
    assert (filed.target, filed.target_id) == (ComplaintTarget.EMPLOYER, employer.id)
    assert filed.anonymous
    assert "好运保洁公司" in page.facts.text()

    desk.type_chinese(page.note, "已约谈雇主，限三日内结清")
    desk.tap(page.action.chips["warn"])
    with desk.qtbot.waitSignal(page.sig_complaint_changed, timeout=5000):
        desk.tap(page.resolve_button)
    assert services.complaints.get(filed.id).status is ComplaintStatus.RESOLVED

    # The warning is on the employer's file at this venue.
    employers = desk.open("staff.employers")
    assert isinstance(employers, EmployersScreen)
    desk.type_chinese(employers.search, "好运保洁")
    desk.tap(employers.find_button)
    desk.wait(lambda: employers.file is not None and employers.file.employer.id == employer.id)
    assert "1" in employers.facts.text().splitlines()[-1]
    assert any("已约谈雇主，限三日内结清" in line for line in desk.lines(employers.history))
