"""Search: short Chinese words, phrases, English, filters, order, and a plan that uses FTS first."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
import sqlcipher3

import builders
from kiosk.domain.catalogue import occupation
from kiosk.domain.model import PayUnit, PostingStatus, Settlement, SortOrder
from kiosk.services.container import Services
from kiosk.store import maintenance, search
from kiosk.store.search import SearchQuery


@pytest.fixture
def hall(services: Services) -> dict[str, str]:
    e = builders.employer(services, name="顺达物流有限公司")
    today = builders.venue_today()
    made = {
        "clean_east": builders.posting(e.id, title="小区保洁员", district="东城区"),
        "clean_west": builders.posting(
            e.id, title="商场保洁", district="西城区", pay_amount=Decimal("260")
        ),
        "porter": builders.posting(
            e.id,
            title="物流园搬运工",
            occupation_code="4-02-06-03",
            skill_tags=["搬运"],
            description="装卸货物，日结",
            district="东城区",
            pay_amount=Decimal("300"),
            start_date=today + timedelta(days=5),
            end_date=today + timedelta(days=6),
        ),
        "hourly": builders.posting(
            e.id,
            title="Warehouse cleaner",
            description="Night shift",
            pay_amount=Decimal("30"),
            pay_unit=PayUnit.HOUR,
            settlement=Settlement.WEEKLY,
            district="南城区",
        ),
    }
    return {k: services.postings.create(p).id for k, p in made.items()}


def ids(services: Services, **kw: object) -> set[str]:
    return {c.posting.id for c in services.postings.search(SearchQuery(**kw))}  # type: ignore[arg-type]


def test_two_character_chinese_words_are_found(services: Services, hall: dict[str, str]) -> None:
    # The warehouse cleaner is found too: its occupation (保洁员) is indexed with it.
    assert ids(services, text="保洁") == {hall["clean_east"], hall["clean_west"], hall["hourly"]}
    assert ids(services, text="搬运") == {hall["porter"]}


def test_one_character_and_longer_phrases(services: Services, hall: dict[str, str]) -> None:
    assert hall["porter"] in ids(services, text="搬")
    assert ids(services, text="物流园搬运") == {hall["porter"]}
    assert ids(services, text="运搬") == set()  # characters must be consecutive, in order


def test_employer_name_and_english_prefix(services: Services, hall: dict[str, str]) -> None:
    assert len(ids(services, text="顺达")) == 4
    assert ids(services, text="wareh") == {hall["hourly"]}
    assert ids(services, text="CLEANER") >= {hall["hourly"]}  # occupation names count too


def test_text_combines_with_filters(services: Services, hall: dict[str, str]) -> None:
    assert ids(services, text="保洁", district="东城区") == {hall["clean_east"]}
    assert ids(services, pay_unit="hour") == {hall["hourly"]}
    assert ids(services, settlement="weekly") == {hall["hourly"]}
    assert ids(services, occupation_code="4-02-06-03") == {hall["porter"]}
    day = builders.venue_today() + timedelta(days=5)
    assert ids(services, on_date=day) == {hall["porter"]}


def test_only_open_postings_are_shown_by_default(
    services: Services, hall: dict[str, str], staff_id: str
) -> None:
    services.postings.transition(hall["clean_west"], PostingStatus.CLOSED, actor=staff_id)
    assert ids(services, text="保洁") == {hall["clean_east"], hall["hourly"]}


def test_sort_by_pay_and_by_start(services: Services, hall: dict[str, str]) -> None:
    by_pay = services.postings.search(SearchQuery(sort=SortOrder.PAY, pay_unit="day"))
    assert [c.posting.pay_amount for c in by_pay] == sorted(
        (c.posting.pay_amount for c in by_pay), reverse=True
    )
    by_start = services.postings.search(SearchQuery(sort=SortOrder.START))
    assert by_start[-1].posting.id == hall["porter"]


def test_punctuation_only_finds_nothing_and_quotes_are_harmless(
    services: Services, hall: dict[str, str]
) -> None:
    assert ids(services, text="!!!") == set()
    assert ids(services, text='"保洁" OR 1=1 --') == set()
    assert search.match_expression('a"b') == '"a"* "b"*'


def test_plan_reads_fts_first_and_needs_no_sort_for_newest(
    services: Services, hall: dict[str, str]
) -> None:
    with services.db.read() as session:
        plan = search.explain(session, SearchQuery(text="保洁", district="东城区"))
    assert "VIRTUAL TABLE" in plan[0]  # the text index drives, postings are looked up by key
    assert "PRIMARY KEY" in plan[1]
    assert not any("TEMP B-TREE" in step for step in plan)


def test_pay_sort_compares_a_days_earnings(services: Services, hall: dict[str, str]) -> None:
    """30 yuan an hour is 240 a day: it ranks below 260 and 300 a day, above 220."""
    order = [c.posting.id for c in services.postings.search(SearchQuery(sort=SortOrder.PAY))]
    assert order == [hall["porter"], hall["clean_west"], hall["hourly"], hall["clean_east"]]


def test_a_busy_district_sorted_by_start_walks_the_start_order_and_shows_the_same_page(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A district of 10,000 postings sorted by start read and sorted all of them (80 ms with a
    small page cache); it now walks the start order and stops at a full page."""
    monkeypatch.setattr(search, "SMALL_HIT_COUNT", 4)  # "busy" from 4 postings on, not 2,000
    e = builders.employer(services, name="顺达物流有限公司")
    today = builders.venue_today()
    made = []
    for days, settlement in [(5, "same_day"), (2, "weekly"), (3, "same_day"), (1, "same_day"),
                             (4, "same_day"), (2, "same_day")]:  # fmt: skip
        start = today + timedelta(days=days)
        p = builders.posting(e.id, district="东城区", settlement=Settlement(settlement),
                             start_date=start, end_date=start + timedelta(days=1))  # fmt: skip
        made.append((start, services.postings.create(p).id, settlement))
    for district in ("西城区", "南城区", "北城区", "新区", "郊区", "高新区", "河东区", "河西区"):
        services.postings.create(builders.posting(e.id, district=district, start_date=today))
    maintenance.analyze(services.db)  # as after a first sync: the planner knows the districts
    q = SearchQuery(district="东城区", settlement="same_day", sort=SortOrder.START, limit=3)
    with services.db.read() as session:
        plan = search.explain(session, q)
    assert "ix_posting_status_start" in plan[0]
    assert not any("TEMP B-TREE" in step for step in plan)
    expected = [pid for _start, pid, s in sorted(made, key=lambda m: m[0]) if s == "same_day"]
    assert [c.posting.id for c in services.postings.search(q)] == expected[:3]
    assert services.postings.count(q) == 5


_WORDS_CASES = [
    # title, description, tags (as JSON text), employer id, district, workplace, occupation code
    ("保洁", "包午餐", '["清洁", "", "forklift 叉车"]', "e1", "东城区", "世纪花园", "4-03-02-05"),
    ("Porter", "", "[]", "e-unknown", "西城区", "仓库", "9-99"),
    ("装卸", None, '[""]', "e2", "朝阳区", "", " 4-03-02-05 "),
    (5, 1.5, "not json", 7, "海淀区", "工地", 405),
    ("客服", "话务", '{"a": "b"}', "e1", "", "中心", None),
]


@pytest.mark.parametrize("case", _WORDS_CASES, ids=range(len(_WORDS_CASES)))
def test_search_words_made_by_sql_are_posting_body_s_words(case: tuple[object, ...]) -> None:
    """A first sync makes the search text of 100,000 postings in SQL: it must be what
    `posting_body` makes of the same posting (a value that is no text counting as empty)."""
    title, description, tags, employer_id, district, workplace, code = case
    db = sqlcipher3.connect(":memory:")
    db.execute("CREATE TABLE p (title, description, skill_tags, employer_id, district,"
               " workplace, occupation_code)")  # fmt: skip
    db.execute("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?, ?)", case)
    db.execute("CREATE TABLE e (id PRIMARY KEY, name)")
    db.executemany("INSERT INTO e VALUES (?, ?)", [("e1", "顺达物流"), ("e2", "")])
    db.execute("CREATE TABLE o (code PRIMARY KEY, names)")
    known = occupation(code) if isinstance(code, str) else None
    if known:
        db.execute("INSERT INTO o VALUES (?, ?)", (code, f"{known.name_zh} {known.name_en}"))
    sql = search.posting_words_sql(lambda name: f"p.{name}", "e", "o")
    (words,) = db.execute(f"SELECT {sql} FROM p").fetchone()

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    try:
        listed = json.loads(tags) if isinstance(tags, str) else []
    except ValueError:
        listed = []
    expected = search.posting_body(
        title=text(title),
        description=text(description),
        skill_tags=[t for t in listed if isinstance(t, str)] if isinstance(listed, list) else [],
        employer_name={"e1": "顺达物流", "e2": ""}.get(text(employer_id), ""),
        district=text(district),
        workplace=text(workplace),
        occupation_names=(known.name_zh, known.name_en) if known else (),
    )
    assert search.index_text(words) == expected
