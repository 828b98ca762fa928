"""The occupation, district and skill lists the kiosk offers, in Chinese and English."""

from __future__ import annotations

import re

from kiosk.domain.catalogue import (
    DISTRICTS,
    OCCUPATIONS,
    SKILLS,
    district_name,
    occupation,
    occupation_name,
    skill_name,
)


def test_occupations_have_unique_gb_t_6565_codes_and_sane_bands() -> None:
    codes = [occ.code for occ in OCCUPATIONS]
    assert len(codes) == len(set(codes)) >= 14
    for occ in OCCUPATIONS:
        assert re.fullmatch(r"\d-\d{2}-\d{2}-\d{2}", occ.code)
        low, high = occ.guide_pay_day
        assert 0 < low < high
        assert occ.name_zh and occ.name_en and occ.icon and occ.skill_tags


def test_lookup_by_code() -> None:
    housekeeper = occupation("4-10-01-06")
    assert housekeeper is not None
    assert housekeeper.name_zh == "家政服务员"
    assert occupation("0-00-00-00") is None
    assert occupation_name("4-10-01-06", "en") == "Housekeeper"
    assert occupation_name("0-00-00-00", "en") == "0-00-00-00"


def test_every_occupation_tag_and_licence_is_a_named_skill() -> None:
    names = {skill.name_zh: skill.name_en for skill in SKILLS}
    for occ in OCCUPATIONS:
        assert set(occ.skill_tags) <= set(names)
    for licence in ("叉车证", "电工证", "健康证", "普通话", "驾驶证"):
        assert licence in names
    assert skill_name("叉车证", "en") == "Forklift licence"
    assert skill_name("叉车证", "zh") == "叉车证"
    assert skill_name("捏泥人", "en") == "捏泥人"


def test_districts_are_stored_in_chinese_and_shown_in_either_language() -> None:
    assert len(DISTRICTS) >= 10
    assert len({d.name_zh for d in DISTRICTS}) == len(DISTRICTS)
    assert district_name("东城区", "en") == "Dongcheng"
    assert district_name("dongcheng", "zh") == "东城区"
    assert district_name("Dongcheng", "zh") == "东城区"
    assert district_name("外星区", "en") == "外星区"
