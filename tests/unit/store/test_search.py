"""Search: short Chinese words, phrases, English, filters, order, and a plan that uses FTS first."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

import builders
from kiosk.domain.model import PayUnit, PostingStatus, Settlement, SortOrder
from kiosk.services.container import Services
from kiosk.store import search
from kiosk.store.search import SearchQuery


@pytest.fixture
def hall(services: Services) -> dict[str, str]:
    e = builders.employer(services, name="顺达物流有限公司")
    today = date.today()
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
    day = date.today() + timedelta(days=5)
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
