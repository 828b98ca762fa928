"""The register form's chips for a stored worker, and what saving them changes (no Qt needed)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.model import Circumstance, PayUnit, Worker
from kiosk.ui import worker_form
from kiosk.ui.worker_form import Choices

TODAY = date(2026, 11, 26)
CLEANER, HOUSEKEEPER = "4-09-08-01", "4-10-01-06"  # share 保洁 and 家政
PORTER, BUILDER = "4-02-06-03", "6-29-99-00"  # share 搬运


def test_a_chip_is_lit_for_the_work_chosen_not_for_every_shared_tag() -> None:
    cleaner = ["保洁", "清洁", "家政"]
    assert worker_form.occupations_for(cleaner) == [CLEANER]
    housekeeper = ["家政", "保洁", "做饭", "育儿"]
    assert worker_form.occupations_for(housekeeper) == [HOUSEKEEPER]
    assert worker_form.occupations_for([*cleaner, "做饭", "育儿"]) == [CLEANER, HOUSEKEEPER]
    assert worker_form.occupations_for(["建筑", "搬运", "钢筋", "砌筑"]) == [BUILDER]
    # Demo and staff-typed records hold only some of an occupation's tags.
    assert worker_form.occupations_for(["保洁", "清洁"]) == [CLEANER]
    assert worker_form.occupations_for(["叉车证"]) == []


def test_switching_a_chip_off_removes_its_tags_but_keeps_shared_and_unshown_ones() -> None:
    stored = ["保洁", "清洁", "家政", "做饭", "育儿", "电工证"]
    after = worker_form.skills_after(stored, [CLEANER, HOUSEKEEPER], [HOUSEKEEPER])
    assert after == ["保洁", "家政", "做饭", "育儿", "电工证"]  # 清洁 was only the cleaner's
    added = worker_form.skills_after(["电工证"], [], [PORTER])
    assert added == ["电工证", "搬运", "装卸", "叉车证"]


def _worker(**overrides: object) -> Worker:
    values: dict[str, object] = {
        "display_name": "王建国",
        "phone": "13912345678",
        "skills": ["保洁", "清洁", "家政"],
        "districts": ["东城区"],
        "available_dates": [TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=10)],
        "expected_pay": Decimal("250"),
        "circumstances": [Circumstance.DISABILITY],
    }
    values.update(overrides)
    return Worker(**values)  # type: ignore[arg-type]


def test_stored_details_become_choices() -> None:
    choices = worker_form.choices_from(_worker(), TODAY)
    assert choices == Choices(
        occupations=[CLEANER],
        districts=["东城区"],
        day_offsets=[0],
        pay="250",
        circumstances=[Circumstance.DISABILITY],
    )
    hourly = _worker(expected_pay=Decimal("30"), expected_pay_unit=PayUnit.HOUR)
    assert worker_form.choices_from(hourly, TODAY).pay == ""


def test_only_what_the_person_changed_is_saved() -> None:
    worker = _worker()
    loaded = worker_form.choices_from(worker, TODAY)
    assert worker_form.changes(worker, loaded, loaded, TODAY) == {}
    now = Choices(
        occupations=[],
        districts=["南城区"],
        day_offsets=[1],
        pay="",
        circumstances=[Circumstance.DISABILITY],
    )
    changed = worker_form.changes(worker, loaded, now, TODAY)
    assert changed == {
        "skills": [],
        "districts": ["南城区"],
        # A date the form never showed (in ten days, from staff) is kept.
        "available_dates": [TODAY + timedelta(days=1), TODAY + timedelta(days=10)],
        "expected_pay": None,
        "expected_pay_unit": PayUnit.DAY,
    }


def test_names_are_masked_on_screen() -> None:
    assert worker_form.mask_name("王建国") == "王**"
    assert worker_form.mask_name("李") == "李"
    assert worker_form.mask_name("") == ""
