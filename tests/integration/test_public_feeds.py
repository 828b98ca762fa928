"""The registry's public feeds and pages over HTTP against the real server (issue 7).

Feeds validate (JSON-LD ItemList of JobPosting with every required field, RSS via feedparser,
CSV), poll cheaply (ETag, 304, Cache-Control), and hostile input gets a 4xx, never a 500.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import feedparser
import pytest
import requests

from integration.test_sync_harness import Registry, running_registry
from registry import admin
from registry.seed import bulk_insert, employer_data, posting_data, seed

POSTINGS = 30
HOSTILE_ID = "00000000-0000-4000-8000-00000000beef"
HOSTILE_TITLE = '=HYPERLINK("http://evil")</script><script>alert(1)</script>'
JOBPOSTING_FIELDS = (
    "title", "description", "datePosted", "validThrough", "employmentType",
    "hiringOrganization", "jobLocation", "baseSalary", "totalJobOpenings", "identifier",
)  # fmt: skip


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    with running_registry("sqlite", tmp_path_factory.mktemp("feeds")) as reg:
        admin.add_venue(reg.db, name="东城零工市场", district="东城区", hotline="12333")
        seed(reg.db, postings=POSTINGS - 1, employers=5)
        import random

        rng = random.Random(7)
        employer = str(uuid.uuid4())
        bulk_insert(reg.db, "employer", [(employer, employer_data(99, rng))], "global")
        hostile = dict(posting_data(employer, rng, date.today()), title=HOSTILE_TITLE)
        bulk_insert(reg.db, "posting", [(HOSTILE_ID, hostile)], "global")
        yield reg


def _get(reg: Registry, path: str, **headers: str) -> requests.Response:
    return requests.get(reg.url + path, headers=headers, timeout=10)


def _check_jobposting(item: dict[str, Any], base: str) -> None:
    for key in JOBPOSTING_FIELDS:
        assert item.get(key) not in (None, "", {}), key
    assert item["@type"] == "JobPosting"
    posted = date.fromisoformat(item["datePosted"])
    assert datetime.fromisoformat(item["validThrough"]).date() >= posted
    assert item["employmentType"] in ("PER_DIEM", "TEMPORARY")
    assert item["hiringOrganization"]["name"]
    assert item["jobLocation"]["address"]["addressCountry"] == "CN"
    salary = item["baseSalary"]
    assert salary["currency"] == "CNY" and salary["value"]["value"] > 0
    assert salary["value"]["unitText"] in ("HOUR", "DAY", "PIECE")
    assert isinstance(item["totalJobOpenings"], int) and item["totalJobOpenings"] >= 1
    assert item["url"] == f"{base}/p/{item['identifier']['value']}"


def test_jsonld_feed_is_an_itemlist_of_complete_jobpostings(registry: Registry) -> None:
    r = _get(registry, "/feeds/jobs.jsonld")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    feed = json.loads(r.content)
    assert feed["@type"] == "ItemList" and feed["numberOfItems"] == POSTINGS
    assert [e["position"] for e in feed["itemListElement"]] == list(range(1, POSTINGS + 1))
    for element in feed["itemListElement"]:
        _check_jobposting(element["item"], registry.url)


def test_rss_feed_parses_and_csv_is_safe_for_spreadsheets(registry: Registry) -> None:
    parsed = feedparser.parse(_get(registry, "/feeds/jobs.rss").content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20" and len(parsed.entries) == POSTINGS
    for entry in parsed.entries:
        assert entry.title and entry.link.startswith(registry.url + "/p/") and entry.id
        assert entry.published_parsed is not None
    assert any(HOSTILE_TITLE in e.title for e in parsed.entries)

    r = _get(registry, "/feeds/jobs.csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == POSTINGS and rows[0]["url"].startswith(registry.url + "/p/")
    # A title starting with "=" must not run as a formula in a spreadsheet.
    assert "'" + HOSTILE_TITLE in [row["title"] for row in rows]


@pytest.mark.parametrize("path", ["/feeds/jobs.jsonld", "/feeds/jobs.rss", "/feeds/jobs.csv"])
def test_feeds_poll_cheaply_with_etag(registry: Registry, path: str) -> None:
    first = _get(registry, path)
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"]
    again = _get(registry, path, **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag


def test_a_moderation_changes_the_feed_etag(registry: Registry) -> None:
    etag = _get(registry, "/feeds/jobs.rss").headers["etag"]
    victim = re.search(r"/p/([0-9a-f-]{36})", _get(registry, "/").text)
    assert victim is not None
    admin.suspend_posting(registry.db, victim.group(1), "false post")
    r = _get(registry, "/feeds/jobs.rss", **{"If-None-Match": etag})
    assert r.status_code == 200 and r.headers["etag"] != etag
    assert victim.group(1) not in r.text
    assert "已暂停" in _get(registry, f"/p/{victim.group(1)}").text


def test_posting_page_escapes_hostile_text_in_json_ld(registry: Registry) -> None:
    page = _get(registry, f"/p/{HOSTILE_ID}").text
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert script is not None and "<script>" not in script.group(1)
    assert json.loads(script.group(1))["title"] == HOSTILE_TITLE
    assert "<script>alert" not in page


@pytest.mark.parametrize(
    "path",
    [
        "/?page=0", "/?page=-1", "/?page=99999999", "/?page=1e3", "/?date=2026-13-45",
        "/?date=" + "9" * 80, "/?pay=abc", "/?pay=1000000000", "/?district=a&district=b",
        "/?district=%00", "/?occupation=" + "x" * 200, "/?utm=" + "a" * 2000,
        "/?" + "&".join(f"k{i}=1" for i in range(40)), "/p/x?lang=" + "e" * 100,
        "/feeds/jobs.rss?x=" + "a" * 2000,
    ],
)  # fmt: skip
def test_hostile_query_parameters_get_a_4xx(registry: Registry, path: str) -> None:
    r = _get(registry, path)
    assert 400 <= r.status_code < 500, (path, r.status_code)


@pytest.mark.parametrize(
    "token",
    ["x", "A" * 120, "A" * 599, "A" * 3000, "%FF%FE", "..%2F..%2Fetc", "J-3F2A9C1B",
     "AFFA73UNH4NT6REFVDNLZD6H42IF2QQUJ44TTQ77XPYL7CY7CK", "%E4%BD%A0%E5%A5%BD", "0" * 200],
)  # fmt: skip
def test_malformed_tokens_are_not_a_valid_document(registry: Registry, token: str) -> None:
    r = _get(registry, f"/v/{token}", **{"Accept-Language": "en-US,en;q=0.9"})
    assert r.status_code < 500
    if r.status_code == 200:
        assert 'data-verdict="malformed"' in r.text and "Not a valid document" in r.text
        assert r.headers["cache-control"] == "no-store"


def test_unknown_ids_give_a_404_page_in_the_readers_language(registry: Registry) -> None:
    for path in ("/p/" + str(uuid.uuid4()), "/venues/nope", "/p/" + "a" * 300):
        en = _get(registry, path, **{"Accept-Language": "en-GB,en;q=0.8,zh;q=0.5"})
        assert en.status_code == 404 and "Page not found" in en.text
        zh = _get(registry, path, **{"Accept-Language": "zh-CN,zh;q=0.9"})
        assert zh.status_code == 404 and "找不到这个页面" in zh.text
    switched = requests.get(registry.url + "/?lang=en", timeout=10)
    assert switched.cookies.get("lang") == "en"
    kept = requests.get(registry.url + "/venues", cookies={"lang": "en"}, timeout=10)
    assert "Gig market venues" in kept.text


def test_pages_are_stamped_for_no_scripts_and_no_referrer(registry: Registry) -> None:
    r = _get(registry, "/")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "<script" not in r.text.replace('<script type="application/ld+json">', "")


def test_a_page_past_the_end_says_there_is_nothing_there(registry: Registry) -> None:
    r = _get(registry, "/?page=500")
    assert r.status_code == 200 and 'id="no-results"' in r.text and 'id="page-prev"' in r.text
