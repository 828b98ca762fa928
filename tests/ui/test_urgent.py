"""今日急招 starts from a clean search: what the last search typed or chose is not kept."""

from __future__ import annotations

from datetime import timedelta

import builders
from kiosk.services.container import Services
from kiosk.ui.find_work_screen import FindWorkScreen
from tests.ui.people import Person


def test_urgent_today_forgets_the_earlier_search(person: Person, services: Services) -> None:
    employer = builders.employer(services)
    today = services.ctx.today()
    services.postings.create(builders.posting(employer.id, start_date=today, end_date=today))
    services.postings.create(
        builders.posting(
            employer.id,
            title="物流园搬运工",
            occupation_code="4-02-06-03",
            skill_tags=["搬运"],
            description="装卸货物",
            start_date=today,
            end_date=today + timedelta(days=1),
        )
    )
    person.tap_tile("find")
    screen = person.on("find_work")
    assert isinstance(screen, FindWorkScreen)
    person.type_chinese(screen.search_box, "保洁")
    person.tap(screen.search_button)
    person.tap(screen.district_chips.chips["东城区"])
    person.settle()
    assert screen.model.total == 1

    person.window.home()
    person.tap_tile("urgent")
    person.on("find_work")
    assert screen.search_box.text() == ""
    assert screen.district_chips.selected() == []
    assert screen.when_chips.selected() == ["today"]
    assert screen.model.total == 2
