"""Field rules: what a form refuses, and that it names every field at fault at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import PayUnit, Posting, Settlement, Worker
from kiosk.domain.validation import (
    TEXT_LIMITS,
    PayMinimums,
    mask_phone,
    normalize_phone,
    parse_date,
    parse_pay_unit,
    validate_birth_year,
    validate_dates,
    validate_headcount,
    validate_pay,
    validate_posting,
    validate_worker,
)

TODAY = date(2025, 3, 1)
MINIMUMS = PayMinimums()


def make_posting(**overrides: Any) -> Posting:
    values: dict[str, Any] = {
        "employer_id": "emp-1",
        "title": "仓库搬运 日结",
        "occupation_code": "4-02-06-03",
        "district": "西城区",
        "workplace": "西城区物流园3号库",
        "pay_amount": Decimal("260"),
        "pay_unit": PayUnit.DAY,
        "settlement": Settlement.SAME_DAY,
        "start_date": date(2025, 3, 2),
        "end_date": date(2025, 3, 4),
        "headcount": 10,
        "contact_phone": "139 1234 5678",
    }
    values.update(overrides)
    return Posting(**values)


def make_worker(**overrides: Any) -> Worker:
    values: dict[str, Any] = {"display_name": "张师傅", "phone": "13912345678", "birth_year": 1970}
    values.update(overrides)
    return Worker(**values)


def failures(error: ValidationErrors) -> set[tuple[ErrorCode, str | None]]:
    return {(e.code, e.field) for e in error.errors}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        (" 19912345678 ", "19912345678"),
    ],
)
def test_mobile_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "1381234567",
        "138123456789",
        "12812345678",
        "23812345678",
        "010-12345678",
        "abc",
        "+1 13812345678",
    ],
)
def test_anything_but_a_chinese_mobile_is_refused(raw: str) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_phone(raw)
    assert caught.value.code is ErrorCode.PHONE_INVALID


def test_phone_is_masked_for_a_shared_screen() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_phone("") == ""


@pytest.mark.parametrize("raw", ["1", "12345", "1234567", "1381234567", "010-1234-5678"])
def test_masking_never_reveals_more_than_three_and_four_digits(raw: str) -> None:
    masked = mask_phone(raw)
    digits = "".join(ch for ch in raw if ch.isdigit())
    shown = sum(ch.isdigit() for ch in masked)
    assert shown <= 7
    if len(digits) < 11:
        # A fragment is not a mobile number; show too little of it to guess the rest.
        assert shown <= len(digits) // 2
    assert "*" in masked


def test_pay_must_be_positive() -> None:
    for amount in (Decimal("0"), Decimal("-5")):
        with pytest.raises(DomainError) as caught:
            validate_pay(amount, PayUnit.DAY, MINIMUMS)
        assert caught.value.code is ErrorCode.PAY_NOT_POSITIVE


def test_pay_unit_must_be_known() -> None:
    with pytest.raises(DomainError) as caught:
        validate_pay(Decimal("200"), "week", MINIMUMS)
    assert caught.value.code is ErrorCode.PAY_UNIT_INVALID
    assert parse_pay_unit(" Hour ") is PayUnit.HOUR


def test_pay_below_the_local_minimum_names_minimum_and_unit() -> None:
    with pytest.raises(DomainError) as caught:
        validate_pay(Decimal("20"), PayUnit.HOUR, MINIMUMS)
    assert caught.value.code is ErrorCode.PAY_BELOW_MINIMUM
    assert caught.value.params == {"minimum": "24", "unit": "hour"}
    validate_pay(Decimal("24"), PayUnit.HOUR, MINIMUMS)
    validate_pay(Decimal("190"), "day", MINIMUMS)


def test_minimums_come_from_config_and_piece_pay_has_none() -> None:
    strict = PayMinimums(hour=Decimal("30"), day=Decimal("240"))
    with pytest.raises(DomainError):
        validate_pay(Decimal("200"), PayUnit.DAY, strict)
    validate_pay(Decimal("0.5"), PayUnit.PIECE, strict)


def test_dates_parse_from_iso_and_refuse_anything_else() -> None:
    assert parse_date("2025-03-01") == date(2025, 3, 1)
    for raw in ("2025-02-30", "03/01/2025", "", "tomorrow"):
        with pytest.raises(DomainError) as caught:
            parse_date(raw, "start_date")
        assert caught.value.code is ErrorCode.DATE_INVALID
        assert caught.value.field == "start_date"


def test_dates_must_be_in_order_and_a_new_posting_not_in_the_past() -> None:
    validate_dates(TODAY, TODAY, today=TODAY)
    with pytest.raises(DomainError) as caught:
        validate_dates(date(2025, 3, 5), date(2025, 3, 4), today=TODAY)
    assert caught.value.code is ErrorCode.DATE_ORDER
    with pytest.raises(DomainError) as caught:
        validate_dates(date(2025, 2, 28), date(2025, 3, 4), today=TODAY)
    assert caught.value.code is ErrorCode.DATE_IN_PAST
    # A running job edited on its third day is fine.
    validate_dates(date(2025, 2, 27), date(2025, 3, 4), today=TODAY, creating=False)


@pytest.mark.parametrize("count", [0, -1, 501])
def test_headcount_outside_1_to_500_is_refused(count: int) -> None:
    with pytest.raises(DomainError) as caught:
        validate_headcount(count)
    assert caught.value.code is ErrorCode.HEADCOUNT_INVALID


def test_headcount_bounds_are_allowed() -> None:
    validate_headcount(1)
    validate_headcount(500)


@pytest.mark.parametrize(("year", "ok"), [(2009, True), (2010, False), (1945, True), (1944, False)])
def test_birth_year_means_16_to_80_years_old(year: int, ok: bool) -> None:
    if ok:
        validate_birth_year(year, today=TODAY)
    else:
        with pytest.raises(DomainError) as caught:
            validate_birth_year(year, today=TODAY)
        assert caught.value.code is ErrorCode.BIRTH_YEAR_INVALID


def test_a_complete_posting_passes() -> None:
    validate_posting(make_posting(), today=TODAY, minimums=MINIMUMS)


def test_an_empty_posting_names_every_required_field() -> None:
    empty = make_posting(
        employer_id="",
        title=" ",
        occupation_code="",
        district="",
        workplace="",
        pay_amount=None,
        pay_unit=None,
        settlement=None,
        start_date=None,
        end_date=None,
        headcount=None,
        contact_phone="",
    )
    with pytest.raises(ValidationErrors) as caught:
        validate_posting(empty, today=TODAY, minimums=MINIMUMS)
    required = {field for code, field in failures(caught.value) if code is ErrorCode.REQUIRED}
    assert required == {
        "employer_id",
        "title",
        "occupation_code",
        "district",
        "workplace",
        "pay_amount",
        "pay_unit",
        "settlement",
        "start_date",
        "end_date",
        "headcount",
        "contact_phone",
    }


def test_every_bad_field_is_reported_at_once() -> None:
    bad = make_posting(
        title="保" * (TEXT_LIMITS["title"] + 1),
        pay_amount=Decimal("150"),
        start_date=date(2025, 2, 1),
        end_date=date(2025, 1, 1),
        headcount=0,
        contact_phone="12345",
        occupation_code="cleaner",
    )
    with pytest.raises(ValidationErrors) as caught:
        validate_posting(bad, today=TODAY, minimums=MINIMUMS)
    assert failures(caught.value) == {
        (ErrorCode.TEXT_TOO_LONG, "title"),
        (ErrorCode.PAY_BELOW_MINIMUM, "pay_amount"),
        (ErrorCode.DATE_IN_PAST, "start_date"),
        (ErrorCode.HEADCOUNT_INVALID, "headcount"),
        (ErrorCode.PHONE_INVALID, "phone"),
        (ErrorCode.VALUE_INVALID, "occupation_code"),
    }


def test_posting_with_unknown_unit_and_settlement_is_refused() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_posting(
            make_posting(pay_unit="month", settlement="yearly"), today=TODAY, minimums=MINIMUMS
        )
    assert failures(caught.value) == {
        (ErrorCode.PAY_UNIT_INVALID, "pay_unit"),
        (ErrorCode.VALUE_INVALID, "settlement"),
    }


def test_long_description_is_too_long() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_posting(make_posting(description="字" * 1001), today=TODAY, minimums=MINIMUMS)
    (error,) = caught.value.errors
    assert (error.code, error.field) == (ErrorCode.TEXT_TOO_LONG, "description")
    assert error.params["limit"] == 1000


def test_a_registered_worker_passes() -> None:
    validate_worker(make_worker(), today=TODAY)
    validate_worker(make_worker(birth_year=None, expected_pay=Decimal("200")), today=TODAY)


def test_a_bad_worker_names_each_field() -> None:
    worker = make_worker(
        display_name="", phone="12345", birth_year=2015, expected_pay=Decimal("-1")
    )
    with pytest.raises(ValidationErrors) as caught:
        validate_worker(worker, today=TODAY)
    assert failures(caught.value) == {
        (ErrorCode.REQUIRED, "display_name"),
        (ErrorCode.PHONE_INVALID, "phone"),
        (ErrorCode.BIRTH_YEAR_INVALID, "birth_year"),
        (ErrorCode.PAY_NOT_POSITIVE, "expected_pay"),
    }
