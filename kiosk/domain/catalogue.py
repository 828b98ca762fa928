"""The reference lists a posting and a worker draw from: occupations, districts and skill tags."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Lang = Literal["zh", "en"]


@dataclass(frozen=True, slots=True)
class Occupation:
    """A day-labour occupation. `guide_pay_day` is the (low, high) guide band in yuan per day."""

    code: str
    name_zh: str
    name_en: str
    icon: str
    skill_tags: tuple[str, ...]
    guide_pay_day: tuple[Decimal, Decimal]


@dataclass(frozen=True, slots=True)
class District:
    """A district of the venue's city. The kiosk stores `name_zh`; `code` is for URLs and files."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Skill:
    """A skill tag. The kiosk stores `name_zh`; `name_en` is shown when the screen is in English."""

    name_zh: str
    name_en: str


def _band(low: int, high: int) -> tuple[Decimal, Decimal]:
    return (Decimal(low), Decimal(high))


# Codes follow the GB/T 6565-2015 format (major-middle-minor-occupation, "4-10-01-06") of the
# 中华人民共和国职业分类大典 (2015, with later additions). They were written from memory and
# MUST be checked against the official 职业分类大典 before production; 普工 has no code of its
# own and uses the "other production workers" bucket. Guide bands are example day rates for a
# mid-sized city; a venue overrides them through the screening policy.
OCCUPATIONS: tuple[Occupation, ...] = (
    Occupation(
        "4-09-08-01",
        "保洁员",
        "Cleaner",
        "broom",
        ("保洁", "清洁", "家政"),
        _band(180, 260),
    ),
    Occupation(
        "4-02-06-03",
        "搬运工",
        "Porter / loader",
        "box",
        ("搬运", "装卸", "叉车证"),
        _band(200, 350),
    ),
    Occupation(
        "6-29-99-00",
        "建筑杂工",
        "Construction labourer",
        "hard-hat",
        ("建筑", "搬运", "钢筋", "砌筑"),
        _band(220, 360),
    ),
    Occupation(
        "6-29-02-05",
        "装修工",
        "Decorator",
        "paint-roller",
        ("装修", "刷漆", "贴砖", "木工"),
        _band(250, 450),
    ),
    Occupation(
        "6-31-01-03",
        "水电工",
        "Electrician / plumber",
        "plug",
        ("水电", "电工证", "管道"),
        _band(300, 500),
    ),
    Occupation(
        "4-10-01-06",
        "家政服务员",
        "Housekeeper",
        "house",
        ("家政", "保洁", "做饭", "育儿"),
        _band(180, 300),
    ),
    Occupation(
        "4-14-01-02",
        "护工",
        "Care worker",
        "heart",
        ("护理", "陪护", "健康证"),
        _band(200, 320),
    ),
    Occupation(
        "4-03-02-05",
        "餐饮服务员",
        "Waiter / waitress",
        "tray",
        ("服务员", "传菜", "收银", "健康证"),
        _band(180, 260),
    ),
    Occupation(
        "4-03-02-01",
        "厨师/帮厨",
        "Cook / kitchen helper",
        "pot",
        ("厨师", "帮厨", "切配", "健康证"),
        _band(200, 350),
    ),
    Occupation(
        "4-02-07-03",
        "快递分拣员",
        "Parcel sorter",
        "parcel",
        ("分拣", "扫描", "装卸"),
        _band(180, 280),
    ),
    Occupation(
        "4-02-07-10",
        "配送员",
        "Delivery rider",
        "scooter",
        ("配送", "电动车", "驾驶证"),
        _band(200, 350),
    ),
    Occupation(
        "4-07-05-01",
        "保安员",
        "Security guard",
        "shield",
        ("保安", "巡逻", "值守"),
        _band(180, 260),
    ),
    Occupation(
        "4-09-10-01",
        "园林绿化工",
        "Gardener",
        "tree",
        ("绿化", "修剪", "浇灌"),
        _band(180, 280),
    ),
    Occupation(
        "6-05-04-01",
        "服装缝纫工",
        "Sewing machinist",
        "needle",
        ("缝纫", "平车", "锁边"),
        _band(180, 300),
    ),
    Occupation(
        "6-99-00-00",
        "普工",
        "Factory hand",
        "factory",
        ("流水线", "包装", "质检"),
        _band(180, 280),
    ),
)

DISTRICTS: tuple[District, ...] = (
    District("dongcheng", "东城区", "Dongcheng"),
    District("xicheng", "西城区", "Xicheng"),
    District("nancheng", "南城区", "Nancheng"),
    District("beicheng", "北城区", "Beicheng"),
    District("gaoxin", "高新区", "High-tech Zone"),
    District("jingkai", "经开区", "Dev. Zone"),
    District("hedong", "河东区", "Hedong"),
    District("hexi", "河西区", "Hexi"),
    District("xinqu", "新区", "New District"),
    District("jiaoqu", "郊区", "Suburbs"),
)

# English names of every skill tag the occupations use, plus licences and certificates that
# employers ask for. A tag missing here is still valid; it is shown in Chinese.
_SKILL_EN: dict[str, str] = {
    "保洁": "Cleaning",
    "清洁": "Deep cleaning",
    "家政": "Housekeeping",
    "搬运": "Carrying / moving",
    "装卸": "Loading and unloading",
    "建筑": "Building work",
    "钢筋": "Rebar work",
    "砌筑": "Bricklaying",
    "装修": "Renovation",
    "刷漆": "Painting",
    "贴砖": "Tiling",
    "木工": "Carpentry",
    "水电": "Wiring and plumbing",
    "管道": "Pipework",
    "做饭": "Home cooking",
    "育儿": "Childcare",
    "护理": "Nursing care",
    "陪护": "Patient companion",
    "服务员": "Table service",
    "传菜": "Food running",
    "收银": "Cashier",
    "厨师": "Cooking",
    "帮厨": "Kitchen help",
    "切配": "Food preparation",
    "分拣": "Sorting",
    "扫描": "Barcode scanning",
    "配送": "Delivery",
    "电动车": "E-bike riding",
    "保安": "Security",
    "巡逻": "Patrol",
    "值守": "Guard duty",
    "绿化": "Landscaping",
    "修剪": "Pruning",
    "浇灌": "Watering",
    "缝纫": "Sewing",
    "平车": "Flat-bed sewing machine",
    "锁边": "Overlocking",
    "流水线": "Assembly line",
    "包装": "Packing",
    "质检": "Quality checking",
    "叉车证": "Forklift licence",
    "电工证": "Electrician licence",
    "健康证": "Health certificate",
    "普通话": "Mandarin",
    "驾驶证": "Driving licence",
}


def _skills() -> tuple[Skill, ...]:
    ordered: list[str] = []
    for occ in OCCUPATIONS:
        ordered.extend(tag for tag in occ.skill_tags if tag not in ordered)
    ordered.extend(tag for tag in _SKILL_EN if tag not in ordered)
    return tuple(Skill(tag, _SKILL_EN.get(tag, tag)) for tag in ordered)


SKILLS: tuple[Skill, ...] = _skills()

_BY_CODE: dict[str, Occupation] = {occ.code: occ for occ in OCCUPATIONS}
_SKILL_BY_ZH: dict[str, Skill] = {skill.name_zh: skill for skill in SKILLS}


def occupation(code: str) -> Occupation | None:
    """The occupation with this GB/T 6565 code, or None if the catalogue does not know it."""
    return _BY_CODE.get(code.strip())


def occupation_name(code: str, lang: Lang = "zh") -> str:
    """The occupation's name in `lang`; an unknown code is returned as it is."""
    occ = occupation(code)
    if occ is None:
        return code
    return occ.name_en if lang == "en" else occ.name_zh


def occupation_tags(code: str) -> tuple[str, ...]:
    """The skill tags that go with an occupation; empty for an unknown code."""
    occ = occupation(code)
    return occ.skill_tags if occ is not None else ()


def find_district(code_or_zh: str) -> District | None:
    """A district by its code, Chinese name or English name (Latin names case-insensitive)."""
    key = code_or_zh.strip()
    folded = key.casefold()
    for district in DISTRICTS:
        if key == district.name_zh or folded in (district.code, district.name_en.casefold()):
            return district
    return None


def district_name(code_or_zh: str, lang: Lang = "zh") -> str:
    """A district's display name; a district the catalogue does not know is returned as given."""
    district = find_district(code_or_zh)
    if district is None:
        return code_or_zh
    return district.name_en if lang == "en" else district.name_zh


def skill_name(name_zh: str, lang: Lang = "zh") -> str:
    """A skill tag's display name; tags outside the catalogue stay in Chinese."""
    if lang == "zh":
        return name_zh
    skill = _SKILL_BY_ZH.get(name_zh)
    return skill.name_en if skill is not None else name_zh
