"""Realistic synthetic venue data (demo data: it never syncs).

Written as a venue in China sees it: Chinese employer names and job titles (the kiosk shows a
posting in the words its employer used, so English titles showed in Chinese mode), pay by the
piece only in trades paid that way, and a venue with a real-looking address.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal

from kiosk.config import Settings
from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS, Occupation
from kiosk.domain.model import (
    Channel,
    Circumstance,
    Employer,
    EmployerKind,
    PayUnit,
    Posting,
    Settlement,
    StaffRole,
    TrainingCourse,
    Worker,
)
from kiosk.services.container import Services
from kiosk.store import maintenance

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "建国",
    "桂兰",
    "志强",
    "海燕",
    "国华",
    "玉兰",
]
COMPANY_ZH = [
    "物业服务有限公司",
    "物流有限公司",
    "建筑劳务有限公司",
    "家政服务中心",
    "餐饮管理有限公司",
    "装饰工程有限公司",
    "保安服务有限公司",
    "园林绿化工程有限公司",
    "服装厂",
    "电子厂",
]
BRANDS = [
    "安居",
    "顺达",
    "恒通",
    "佳美",
    "和盛",
    "鑫源",
    "康华",
    "天润",
    "宏图",
    "金桥",
    "瑞丰",
    "众合",
]
PLACES = [
    "万达广场",
    "人民医院",
    "火车站货场",
    "开发区物流园",
    "世纪花园小区",
    "体育中心",
    "大学城",
    "高铁站",
    "农贸市场",
    "会展中心",
    "工业园三期",
    "滨江公园",
]
ZH_TEMPLATES = [
    "{place}招{occ}{n}名，{settle}",
    "急招{occ}，{place}，{settle}",
    "{place}{occ}，包午餐",
    "{occ}（{district}{place}）",
]
ZH_DESC = [
    "工作内容：{tasks}。要求身体健康，能吃苦耐劳。{meal}",
    "{tasks}，按时完成，{settle}。{meal}有经验者优先。",
    "现场负责人带班，{tasks}。无押金，不收任何费用。{meal}",
]
SETTLE_ZH = {
    Settlement.SAME_DAY: "日结",
    Settlement.WEEKLY: "周结",
    Settlement.ON_COMPLETION: "完工结",
}
# Trades paid by the piece, at what a piece pays (yuan): a garment seam, a delivered parcel.
# Cleaning, building or guarding by the piece (1 yuan a "piece") is nothing a venue posts.
PIECE_RATES = {
    "6-05-04-01": [Decimal(x) for x in ("1.5", "2", "2.5", "3", "4")],  # 服装缝纫工, per garment
    "4-02-07-10": [Decimal(x) for x in ("5", "6", "7", "8")],  # 配送员, per delivery
}
# The demo venue, for demonstrations and screenshots (a real venue's kiosk.toml says its own).
DEMO_VENUE = {
    "venue_name": "东城区零工市场",
    "venue_district": "东城区",
    "venue_address": "东城区建设路88号人力资源市场一楼",
    "venue_hours": "周一至周六 07:30-18:00",
}
MEALS = ["包午餐", "包两餐", "", "提供饮水"]
# A few postings carry the frauds intake screening must catch, so the review queue has work.
FRAUD_LINES = ["入职需交押金200元", "需缴纳体检费150元", "限男性，本地户口", "上岗前扣押身份证"]
COURSES = [
    ("保洁员技能培训", "cleaning", "保洁"),
    ("叉车司机培训（考证）", "logistics", "叉车证"),
    ("家政服务员培训", "housekeeping", "家政"),
    ("电工上岗证培训", "electrical", "电工证"),
    ("中式面点师培训", "catering", "面点"),
    ("养老护理员培训", "care", "护理"),
    ("网约配送员安全培训", "delivery", "配送"),
    ("育婴员培训", "childcare", "育婴"),
]


def demo_venue(settings: Settings) -> Settings:
    """`settings` as the demo venue, where the venue's own details were left at their defaults."""
    defaults, demo = Settings(home=settings.home), replace(settings)
    for key, value in DEMO_VENUE.items():
        if getattr(settings, key) == getattr(defaults, key):
            setattr(demo, key, value)
    return demo


@dataclass(slots=True, frozen=True)
class SeedCounts:
    employers: int
    postings: int
    workers: int
    courses: int


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def _employers(rng: random.Random, count: int) -> list[Employer]:
    out = []
    for i in range(count):
        if rng.random() < 0.2:
            name = f"{rng.choice(SURNAMES)}先生（个人）"
        else:
            name = (
                f"{rng.choice(DISTRICTS).name_zh[:2]}{rng.choice(BRANDS)}{rng.choice(COMPANY_ZH)}"
            )
        kind = (
            EmployerKind.INTERMEDIARY
            if i % 15 == 7
            else (EmployerKind.INDIVIDUAL if "个人" in name else EmployerKind.COMPANY)
        )
        licence = (
            f"人社许字{rng.randrange(10**8):08d}号" if kind is EmployerKind.INTERMEDIARY else ""
        )
        out.append(
            Employer(
                name=f"{name}{i:03d}" if count > 200 else name,
                kind=kind,
                licence_no=licence,
                verified=rng.random() < 0.6,
                phone=_phone(rng),
            )
        )
    return out


def _pay(rng: random.Random, occ: Occupation) -> tuple[Decimal, PayUnit]:
    low, high = occ.guide_pay_day
    # Demo pay stays above the default local minimum (190 a day) so every posting is valid.
    day = Decimal(rng.randrange(max(int(low), 200), max(int(high), 210) + 1, 10))
    roll = rng.random()
    if roll < 0.15:
        return (max(Decimal(25), (day / 8).quantize(Decimal(1))), PayUnit.HOUR)
    rates = PIECE_RATES.get(occ.code)
    if rates is not None and roll < 0.5:
        return (rng.choice(rates), PayUnit.PIECE)
    return (day, PayUnit.DAY)


def _posting(rng: random.Random, employer: Employer, today: date, fraud: bool) -> Posting:
    occ = rng.choice(OCCUPATIONS)
    district = rng.choice(DISTRICTS)
    place = rng.choice(PLACES)
    amount, unit = _pay(rng, occ)
    settlement = rng.choices(list(Settlement), weights=[6, 2, 2])[0]
    start = today + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 7, 10]))
    end = start + timedelta(days=rng.choice([0, 0, 0, 1, 2, 6, 13]))
    n = rng.choice([1, 2, 3, 5, 8, 10, 20])
    tasks = "、".join(rng.sample(list(occ.skill_tags), k=min(2, len(occ.skill_tags))))
    meal = rng.choice(MEALS)
    title = rng.choice(ZH_TEMPLATES).format(
        place=place, occ=occ.name_zh, n=n, settle=SETTLE_ZH[settlement], district=district.name_zh
    )
    description = rng.choice(ZH_DESC).format(tasks=tasks, meal=meal, settle=SETTLE_ZH[settlement])
    if fraud:
        description += rng.choice(FRAUD_LINES)
    hour = rng.choice([6, 7, 7, 8, 8, 9, 13, 18])
    return Posting(
        employer_id=employer.id,
        title=title,
        occupation_code=occ.code,
        skill_tags=list(occ.skill_tags[:2]),
        description=description,
        district=district.name_zh,
        workplace=f"{district.name_zh}{place}",
        pay_amount=amount,
        pay_unit=unit,
        settlement=settlement,
        start_date=start,
        end_date=end,
        start_time=time(hour, 0),
        end_time=time(min(hour + 9, 23), 0),
        headcount=n,
        meals=meal,
        contact_name=f"{rng.choice(SURNAMES)}经理",
        contact_phone=_phone(rng),
        source_channel=rng.choice([Channel.STAFF, Channel.STAFF, Channel.KIOSK]),
    )


def _worker(rng: random.Random, today: date) -> Worker:
    occs = rng.sample(list(OCCUPATIONS), k=rng.choice([1, 1, 2, 3]))
    circumstances = [c for c in Circumstance if rng.random() < 0.08]
    return Worker(
        display_name=rng.choice(SURNAMES) + rng.choice(GIVEN),
        phone=_phone(rng),
        birth_year=today.year - rng.randrange(20, 66),
        skills=sorted({t for o in occs for t in o.skill_tags[:2]}),
        districts=[d.name_zh for d in rng.sample(list(DISTRICTS), k=rng.choice([1, 2]))],
        available_dates=[today + timedelta(days=d) for d in range(rng.choice([0, 1, 3, 7]))],
        expected_pay=Decimal(rng.randrange(180, 320, 10)),
        expected_pay_unit=PayUnit.DAY,
        languages=["zh"] if rng.random() < 0.9 else ["zh", "en"],
        circumstances=circumstances,
    )


# Demo staff accounts so staff mode can be tried on demo data. Never in a real venue's store:
# `kiosk seed` is for demonstrations and tests only.
DEMO_STAFF = (
    ("演示站长", StaffRole.ADMIN, "246810"),
    ("演示主管", StaffRole.SUPERVISOR, "8642"),
    ("演示员工", StaffRole.STAFF, "1357"),
)


def _demo_staff(services: Services) -> None:
    if services.staff.list():
        return
    admin = services.staff.add(name=DEMO_STAFF[0][0], role=DEMO_STAFF[0][1], pin=DEMO_STAFF[0][2])
    for name, role, pin in DEMO_STAFF[1:]:
        services.staff.add(name=name, role=role, pin=pin, actor=admin.id)


def seed(
    services: Services, *, postings: int, workers: int, seed: int = 1, batch: int = 5000
) -> SeedCounts:
    """Add demo employers, postings, workers and courses. Deterministic for a given seed."""
    rng = random.Random(seed)
    today = services.ctx.today()
    employers = _employers(rng, max(5, min(2000, postings // 10 or 5)))
    for employer in employers:
        services.employers.create(employer, demo=True)
    made = 0
    while made < postings:
        chunk = [
            _posting(rng, rng.choice(employers), today, fraud=rng.random() < 0.02)
            for _ in range(min(batch, postings - made))
        ]
        services.postings.create_many(chunk, demo=True)
        made += len(chunk)
    seen: set[str] = set()
    for _ in range(workers):
        worker = _worker(rng, today)
        if worker.phone in seen:
            continue
        seen.add(worker.phone)
        services.workers.register(worker, consent=True, demo=True)
    courses = 0
    for i, (title, category, tag) in enumerate(COURSES):
        start = today + timedelta(days=3 + i * 4)
        services.training.create_course(
            TrainingCourse(
                title=title,
                provider="市职业技能培训中心",
                category=category,
                skill_tags=[tag],
                starts_on=start,
                ends_on=start + timedelta(days=rng.choice([2, 5, 10])),
                schedule="周一至周五 9:00-16:00",
                place=f"{rng.choice(DISTRICTS).name_zh}职业培训学校",
                seats=rng.choice([2, 10, 20, 30]),
                subsidy_text="符合条件者可申领职业技能培训补贴"
                if i % 2 == 0
                else "免费培训，考证费用由政府补贴",
            ),
            demo=True,
        )
        courses += 1
    _demo_staff(services)
    maintenance.analyze(services.db)
    return SeedCounts(employers=len(employers), postings=made, workers=len(seen), courses=courses)
