"""Intake screening holds fraudulent or unlawful postings for review and lets honest ones open."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kiosk.domain.model import (
    Employer,
    EmployerKind,
    EmployerStatus,
    PayUnit,
    Posting,
    PostingStatus,
    ScreeningFlag,
    Settlement,
)
from kiosk.domain.screening import (
    DISCRIMINATION,
    EMPLOYER_BLACKLISTED,
    FEE_CHARGED,
    ID_WITHHELD,
    INTERMEDIARY_UNLICENSED,
    MISSING_TERMS,
    PAY_FAR_ABOVE,
    PAY_FAR_BELOW,
    ScreeningPolicy,
    find_fees,
    screen_posting,
    status_after_screening,
)

CLEANER = "4-09-08-01"  # guide band 180-260 yuan/day


def make_employer(**overrides: Any) -> Employer:
    values: dict[str, Any] = {"id": "emp-1", "name": "东城物业管理有限公司", "phone": "13800000000"}
    values.update(overrides)
    return Employer(**values)


def make_posting(**overrides: Any) -> Posting:
    values: dict[str, Any] = {
        "id": "post-1",
        "employer_id": "emp-1",
        "title": "写字楼保洁 日结",
        "occupation_code": CLEANER,
        "skill_tags": ["保洁"],
        "description": "负责写字楼公共区域日常清洁，工具由公司提供。包午餐。",
        "requirements": "身体健康，能吃苦，有保洁经验优先。",
        "district": "东城区",
        "workplace": "东城区建设路88号",
        "pay_amount": Decimal("220"),
        "pay_unit": PayUnit.DAY,
        "settlement": Settlement.SAME_DAY,
        "start_date": date(2025, 3, 3),
        "end_date": date(2025, 3, 7),
        "headcount": 5,
        "contact_name": "王经理",
        "contact_phone": "13812345678",
    }
    values.update(overrides)
    return Posting(**values)


def flags_for(
    posting: Posting, employer: Employer | None = None, **policy: Any
) -> list[ScreeningFlag]:
    return screen_posting(posting, employer or make_employer(), ScreeningPolicy(**policy))


def codes(flags: list[ScreeningFlag]) -> set[str]:
    return {f.code for f in flags}


def test_clean_realistic_posting_opens_without_flags() -> None:
    flags = flags_for(make_posting())
    assert flags == []
    assert status_after_screening(flags) is PostingStatus.OPEN


def test_deposit_in_description_is_held_for_review_quoting_it() -> None:
    posting = make_posting(description="写字楼保洁，入职需交押金200元，干满一个月退还。")
    flags = flags_for(posting)
    fee = [f for f in flags if f.code == FEE_CHARGED]
    assert len(fee) == 1
    assert fee[0].field == "description"
    assert "押金" in fee[0].detail
    assert "200" in fee[0].detail
    assert status_after_screening(flags) is PostingStatus.PENDING_REVIEW


@pytest.mark.parametrize(
    ("field", "text", "term"),
    [
        ("title", "招保洁 押金100", "押金"),
        ("requirements", "需先交体检费80元", "体检费"),
        ("deductions", "首日工资扣服装费50元", "服装费"),
        ("description", "上岗前交保证金300元", "保证金"),
        ("description", "工服费自理", "工服费"),
        ("description", "培训费500元，从工资扣", "培训费"),
        ("description", "中介费一人200", "中介费"),
        ("description", "介绍费150元", "介绍费"),
        ("description", "报名费20元", "报名费"),
        ("description", "资料费10元", "资料费"),
        ("description", "A deposit 100 yuan is required.", "deposit"),
        ("description", "Medical exam fee: 80 yuan", "Medical exam fee"),
        ("description", "uniform fee 50 deducted from first day pay", "uniform fee"),
        ("description", "TRAINING FEE 300", "TRAINING FEE"),
        ("description", "agency fee 200 per person", "agency fee"),
        ("description", "Registration fee 20 yuan", "Registration fee"),
    ],
)
def test_fees_charged_to_the_worker_are_flagged(field: str, text: str, term: str) -> None:
    flags = [f for f in flags_for(make_posting(**{field: text})) if f.code == FEE_CHARGED]
    assert [f.field for f in flags] == [field]
    assert term in flags[0].detail


@pytest.mark.parametrize(
    "text",
    [
        "无押金，日结",
        "不收押金",
        "不收取任何费用",
        "不收取任何押金",
        "无需缴纳押金和服装费",
        "不收押金、体检费、培训费",
        "零押金，当天结算",
        "押金：无",
        "押金0元",
        "押金全免",
        "严禁向求职者收取押金",
        "No deposit, no fees.",
        "no deposit",
        "We do not charge any deposit or training fee.",
        "Deposit: none",
        "deposit-free, paid daily",
        "Wages deposited to your bank card weekly",
    ],
)
def test_text_saying_there_is_no_fee_is_not_flagged(text: str) -> None:
    assert FEE_CHARGED not in codes(flags_for(make_posting(description=text)))


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("不收取任何费用，但需交押金200元", ["押金"]),
        ("无押金，体检费自理", ["体检费"]),
        ("押金不退", ["押金"]),
        ("不退押金", ["押金"]),
        ("免费体检押金200元", ["押金"]),
        ("no fees, but a deposit of 100 yuan", ["deposit"]),
    ],
)
def test_a_denial_only_covers_its_own_clause(text: str, charged: list[str]) -> None:
    assert find_fees(text) == charged


@pytest.mark.parametrize(
    "text",
    [
        "入职需扣押身份证",
        "身份证押在公司，完工返还",
        "押身份证上岗",
        "需抵押证件",
        "We keep your ID until the job is done",
        "ID card as deposit",
    ],
)
def test_identity_documents_withheld_are_flagged(text: str) -> None:
    flags = [f for f in flags_for(make_posting(description=text)) if f.code == ID_WITHHELD]
    assert len(flags) == 1
    assert flags[0].detail


@pytest.mark.parametrize(
    "text",
    ["不扣押身份证", "请携带身份证原件", "身份证复印件一张", "We never keep your ID card"],
)
def test_asking_to_bring_an_id_is_not_withholding_it(text: str) -> None:
    assert ID_WITHHELD not in codes(flags_for(make_posting(description=text)))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # gender
        ("限男性，能吃苦", "限男性"),
        ("只招女工", "只招女"),
        ("男性优先", "男性优先"),
        ("性别：男，年龄18-45", "性别：男"),
        ("male only", "male only"),
        ("Women preferred", "Women preferred"),
        # ethnicity
        ("限汉族", "限汉族"),
        ("不招少数民族", "不招少数民族"),
        ("Han Chinese only", "Han Chinese only"),
        # region / household registration
        ("限本地户口", "限本地户口"),
        ("不要外地人", "不要外地人"),
        ("不招河南人", "不招河南人"),
        ("四川人勿扰", "四川人勿扰"),
        ("本地人优先", "本地人优先"),
        ("locals only", "locals only"),
    ],
)
def test_discriminatory_requirements_are_flagged(text: str, quoted: str) -> None:
    flags = [f for f in flags_for(make_posting(requirements=text)) if f.code == DISCRIMINATION]
    assert len(flags) == 1
    assert flags[0].field == "requirements"
    assert quoted in flags[0].detail


@pytest.mark.parametrize(
    "text",
    [
        "男女不限",
        "不限男女，年龄18-60",
        "性别：不限",
        "民族不限",
        "不限户口，外地人亦可",
        "重体力活，需能扛50斤",
        "身体健康，能吃苦耐劳",
        "工作地点限本市范围内",
        "会说普通话",
    ],
)
def test_neutral_requirements_are_not_discrimination(text: str) -> None:
    assert DISCRIMINATION not in codes(flags_for(make_posting(requirements=text)))


def test_day_pay_far_above_the_guide_band_is_flagged() -> None:
    flags = flags_for(make_posting(pay_amount=Decimal("800")))
    assert [f.code for f in flags] == [PAY_FAR_ABOVE]
    assert "800" in flags[0].detail


def test_hour_pay_is_compared_as_eight_hours_a_day() -> None:
    # 70/hour is 560/day, more than twice the cleaner band's top of 260.
    assert codes(flags_for(make_posting(pay_amount=Decimal("70"), pay_unit=PayUnit.HOUR))) == {
        PAY_FAR_ABOVE
    }
    # 25/hour is 200/day: inside the band.
    assert flags_for(make_posting(pay_amount=Decimal("25"), pay_unit=PayUnit.HOUR)) == []


def test_pay_far_below_the_guide_band_is_flagged() -> None:
    # 0.6 x 180 = 108 yuan/day.
    assert codes(flags_for(make_posting(pay_amount=Decimal("100")))) == {PAY_FAR_BELOW}
    assert flags_for(make_posting(pay_amount=Decimal("120"))) == []


def test_piece_pay_and_unknown_occupations_are_not_band_checked() -> None:
    piece = make_posting(pay_amount=Decimal("2"), pay_unit=PayUnit.PIECE)
    assert flags_for(piece) == []
    odd = make_posting(occupation_code="9-99-99-99", pay_amount=Decimal("2000"))
    assert flags_for(odd) == []


def test_policy_bands_override_the_catalogue() -> None:
    posting = make_posting(pay_amount=Decimal("220"))
    assert codes(flags_for(posting, guide_bands={CLEANER: (Decimal("50"), Decimal("80"))})) == {
        PAY_FAR_ABOVE
    }


def test_intermediary_without_a_licence_is_flagged() -> None:
    agency = make_employer(kind=EmployerKind.INTERMEDIARY, licence_no="")
    assert codes(flags_for(make_posting(), agency)) == {INTERMEDIARY_UNLICENSED}


def test_intermediary_with_an_unknown_licence_is_flagged_quoting_it() -> None:
    agency = make_employer(kind=EmployerKind.INTERMEDIARY, licence_no="FAKE-0001")
    flags = flags_for(make_posting(), agency, licensed_intermediaries=frozenset({"HR-2024-17"}))
    assert [(f.code, f.detail) for f in flags] == [(INTERMEDIARY_UNLICENSED, "FAKE-0001")]


def test_licensed_intermediary_passes() -> None:
    agency = make_employer(kind=EmployerKind.INTERMEDIARY, licence_no="HR-2024-17")
    flags = flags_for(make_posting(), agency, licensed_intermediaries=frozenset({"HR-2024-17"}))
    assert flags == []


def test_company_needs_no_intermediary_licence() -> None:
    assert flags_for(make_posting(), make_employer(kind=EmployerKind.COMPANY)) == []


def test_blacklisted_employer_is_flagged_by_status_or_by_policy() -> None:
    by_status = make_employer(status=EmployerStatus.BLACKLISTED)
    assert codes(flags_for(make_posting(), by_status)) == {EMPLOYER_BLACKLISTED}
    by_list = flags_for(make_posting(), blacklisted_employer_ids=frozenset({"emp-1"}))
    assert codes(by_list) == {EMPLOYER_BLACKLISTED}


def test_warned_employer_is_not_blacklisted() -> None:
    assert flags_for(make_posting(), make_employer(status=EmployerStatus.WARNED)) == []


def test_missing_terms_are_flagged_per_term() -> None:
    posting = make_posting(workplace="", contact_phone="  ", pay_amount=Decimal("0"))
    flags = [f for f in flags_for(posting) if f.code == MISSING_TERMS]
    assert {f.field for f in flags} == {"workplace", "contact_phone", "pay_amount"}


def test_several_problems_give_several_flags_in_a_stable_order() -> None:
    posting = make_posting(
        description="日薪800！需交押金200元，身份证押在公司",
        requirements="限男性",
        pay_amount=Decimal("800"),
    )
    agency = make_employer(kind=EmployerKind.INTERMEDIARY)
    first = flags_for(posting, agency)
    assert [f.code for f in first] == [
        FEE_CHARGED,
        ID_WITHHELD,
        DISCRIMINATION,
        PAY_FAR_ABOVE,
        INTERMEDIARY_UNLICENSED,
    ]
    assert flags_for(posting, agency) == first
    assert status_after_screening(first) is PostingStatus.PENDING_REVIEW


def test_no_flags_means_open() -> None:
    assert status_after_screening([]) is PostingStatus.OPEN
    flag = ScreeningFlag(code=FEE_CHARGED, field="description", detail="押金")
    assert status_after_screening([flag]) is PostingStatus.PENDING_REVIEW
