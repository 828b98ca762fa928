"""The registry's public pages in real headless Chromium, as a phone (360x640) sees them.

Issue 7: the board filters and pages, a posting's JSON-LD, a printed slip's QR opens a page
saying "genuine" (and "tampered" with one character changed), a suspended posting says so,
404s in the reader's language, no console errors, screenshots for docs/screenshots/web/.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from kiosk.domain.model import VENUE_TZ
from kiosk.domain.token import token_from_url
from registry import admin

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots" / "web"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@pytest.fixture
def driver(browser: WebDriver, world: Any) -> Iterator[WebDriver]:
    """The shared browser, in Chinese, its console log emptied; fails the test on a JS error."""
    browser.delete_all_cookies()
    browser.get_log("browser")
    yield browser
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors


def shot(driver: WebDriver, name: str, tmp_path: Path, *, full: bool = False) -> Path:
    """A 360-wide screenshot; into docs/screenshots/web when UPDATE_SCREENSHOTS=1."""
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    if full:
        data = driver.execute_cdp_cmd(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
        )
        path.write_bytes(base64.b64decode(data["data"]))
    else:
        driver.save_screenshot(str(path))
    return path


def text(driver: WebDriver, css: str = "body") -> str:
    return str(driver.find_element(By.CSS_SELECTOR, css).text)


def terms(driver: WebDriver) -> dict[str, str]:
    """A posting page's terms as a reader pairs them: each label with the words beside it."""
    rows = driver.find_elements(By.CSS_SELECTOR, "dl.terms > div")
    return {
        row.find_element(By.TAG_NAME, "dt").text: row.find_element(By.TAG_NAME, "dd").text
        for row in rows
    }


def no_horizontal_scroll(driver: WebDriver) -> None:
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 360, f"page is {width}px wide on a 360px phone"


def test_board_filters_and_pages(driver: WebDriver, world: Any, tmp_path: Path) -> None:
    driver.get(world.url + "/")
    assert "今日零工岗位" in text(driver, "h1")
    assert text(driver, "#free-notice") == "本市场不向求职者收取任何费用"
    total = SEEDED = 45 + 1
    assert text(driver, "#result-count") == f"共 {total} 个在招岗位"
    assert text(driver, "#page-of") == "第 1 / 3 页"
    assert len(driver.find_elements(By.CSS_SELECTOR, "a.job")) == 20
    no_horizontal_scroll(driver)
    shot(driver, "board_zh_CN", tmp_path)

    first_page = [
        e.get_attribute("data-posting") for e in driver.find_elements(By.CSS_SELECTOR, "a.job")
    ]
    driver.find_element(By.ID, "page-next").click()
    assert text(driver, "#page-of") == "第 2 / 3 页"
    second = [
        e.get_attribute("data-posting") for e in driver.find_elements(By.CSS_SELECTOR, "a.job")
    ]
    assert len(second) == 20 and not set(first_page) & set(second)
    driver.find_element(By.ID, "page-next").click()
    assert text(driver, "#page-of") == "第 3 / 3 页"
    assert len(driver.find_elements(By.CSS_SELECTOR, "a.job")) == SEEDED - 40
    assert not driver.find_elements(By.ID, "page-next")

    # Filter by the kiosk's district: every job shown is there, and the count says how many.
    driver.get(world.url + "/")
    Select(driver.find_element(By.ID, "f-district")).select_by_value("东城区")
    # The board's days are the venue's (China time), a day ahead of UTC from 16:00 UTC.
    Select(driver.find_element(By.ID, "f-date")).select_by_value(_venue_today().isoformat())
    driver.find_element(By.ID, "f-pay").send_keys("250")
    driver.find_element(By.ID, "f-apply").click()
    # The click starts a navigation; read the URL once the filtered page has loaded.
    WebDriverWait(driver, 10).until(lambda d: "pay=250" in d.current_url)
    assert "district=" in driver.current_url and "pay=250" in driver.current_url
    cards = driver.find_elements(By.CSS_SELECTOR, "a.job")
    assert cards, "the kiosk's own posting (260/day, today, 东城区) must match"
    assert world.posting_id in [c.get_attribute("data-posting") for c in cards]
    for card in cards:
        assert "东城区" in card.text
        amount, unit = card.find_element(By.CSS_SELECTOR, ".pay").text.split()
        day = float(amount) * (8 if unit == "元/小时" else 1)
        assert day >= 250 and unit != "元/件"
    assert text(driver, "#result-count") == f"共 {len(cards)} 个在招岗位"
    assert Select(driver.find_element(By.ID, "f-district")).first_selected_option.text == "东城区"
    shot(driver, "board_filtered_zh_CN", tmp_path)

    # Nothing pays 100,000 a day: an empty result is said in words, not a blank page.
    driver.get(world.url + "/?pay=100000")
    assert text(driver, "#no-results") == "没有符合条件的岗位，请换个条件试试。"
    driver.find_element(By.LINK_TEXT, "清除筛选").click()
    assert text(driver, "#result-count") == f"共 {total} 个在招岗位"


def _venue_today() -> date:
    return datetime.now(VENUE_TZ).date()


def _is_iso_datetime(value: str) -> bool:
    return datetime.fromisoformat(value).tzinfo is not None


def test_posting_page_has_every_term_and_valid_jobposting_jsonld(
    driver: WebDriver, world: Any, tmp_path: Path
) -> None:
    driver.get(f"{world.url}/p/{world.posting_id}")
    raw = driver.find_element(By.CSS_SELECTOR, 'script[type="application/ld+json"]')
    data = json.loads(raw.get_attribute("textContent"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    assert data["title"] == "物流园装卸工"
    assert data["description"] == "装卸货物，日结，包午餐。"
    posted = date.fromisoformat(data["datePosted"])
    assert posted <= _venue_today()
    assert _is_iso_datetime(data["validThrough"])
    assert datetime.fromisoformat(data["validThrough"]).date() >= posted
    assert data["employmentType"] in ("PER_DIEM", "TEMPORARY", "PART_TIME", "FULL_TIME")
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "顺达物流有限公司"}
    address = data["jobLocation"]["address"]
    assert data["jobLocation"]["@type"] == "Place" and address["@type"] == "PostalAddress"
    assert address["streetAddress"] == "开发区物流园" and address["addressLocality"] == "东城区"
    assert address["addressCountry"] == "CN"
    salary = data["baseSalary"]
    assert salary["@type"] == "MonetaryAmount" and salary["currency"] == "CNY"
    assert salary["value"]["value"] == 260 and salary["value"]["unitText"] == "DAY"
    assert data["totalJobOpenings"] == 3
    assert data["identifier"]["value"] == world.posting_id
    assert data["identifier"]["name"] == "东城零工市场"
    assert data["url"] == f"{world.url}/p/{world.posting_id}"

    body = text(driver)
    assert text(driver, "#posting-status") == "正在招聘"
    assert "✓ 已核验的用人单位" in text(driver, "#employer")
    for term in (
        "260 元/天",
        "当天结算",
        "开发区物流园",
        "3 人（共 3 人）",
        "李经理",
    ):
        assert term in body, term
    # The employer stated no meals, transport, deductions or hours: the page says so, in the
    # words the slip prints, and never 无 ("none"), which a worker would take as a promise.
    rows = terms(driver)
    for label in ("餐食", "交通", "扣款", "工作时间"):
        assert rows[label] == "未写明", label
    assert "东城零工市场" in text(driver, "#venues")
    assert "本市场不向求职者收取任何费用" in text(driver, "#no-fee")
    assert text(driver, "#hotline") == "服务热线: 12333"
    no_horizontal_scroll(driver)
    shot(driver, "posting_zh_CN", tmp_path)
    shot(driver, "posting_zh_CN_full", tmp_path, full=True)

    driver.find_element(By.ID, "lang-switch").click()
    assert "This market never charges job seekers" in text(driver, "#no-fee")
    assert "260 yuan/day" in text(driver)
    assert terms(driver)["Deductions"] == "Not stated"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    shot(driver, "posting_en", tmp_path)
    # The choice is kept in a cookie for the next page.
    driver.get(world.url + "/venues")
    assert text(driver, "h1") == "Gig market venues"


def test_printed_slip_qr_opens_genuine_and_one_changed_character_is_tampered(
    driver: WebDriver, world: Any, tmp_path: Path
) -> None:
    assert world.slip_url.startswith(world.url + "/v/")
    driver.get(world.slip_url)
    verdict = driver.find_element(By.ID, "verdict")
    assert verdict.get_attribute("data-verdict") == "valid"
    assert "真实凭证" in verdict.text
    assert text(driver, "#doc-reference").startswith("J-")
    summary = text(driver, "#summary")
    assert "物流园装卸工" in summary and "260.00 元/天" in summary
    assert text(driver, "#posting-status") == "正在招聘"
    # What the slip carries and no more: no contact phone on the verification page.
    assert "13900139000" not in text(driver)
    no_horizontal_scroll(driver)
    shot(driver, "verify_genuine_zh_CN", tmp_path)

    token = token_from_url(world.slip_url)
    i = len(token) - 20  # inside the signature, away from base32's spare last bits
    changed = token[:i] + B32[(B32.index(token[i]) + 1) % 32] + token[i + 1 :]
    driver.get(f"{world.url}/v/{changed}")
    verdict = driver.find_element(By.ID, "verdict")
    assert verdict.get_attribute("data-verdict") == "tampered"
    assert "凭证被篡改" in verdict.text
    assert not driver.find_elements(By.ID, "summary")
    shot(driver, "verify_tampered_zh_CN", tmp_path)

    driver.get(f"{world.url}/v/NOT-A-TOKEN%3Cscript%3E?lang=en")
    verdict = driver.find_element(By.ID, "verdict")
    assert verdict.get_attribute("data-verdict") == "malformed"
    assert "Not a valid document" in verdict.text


def test_suspended_posting_says_suspended(driver: WebDriver, world: Any, tmp_path: Path) -> None:
    driver.get(world.url + "/?page=2")
    victim = driver.find_element(By.CSS_SELECTOR, "a.job").get_attribute("data-posting")
    admin.suspend_posting(world.registry.db, victim, "false post")
    driver.get(f"{world.url}/p/{victim}")
    status = driver.find_element(By.ID, "posting-status")
    assert status.get_attribute("data-status") == "suspended"
    assert status.text.startswith("已暂停")
    assert "正在招聘" not in text(driver)
    shot(driver, "posting_suspended_zh_CN", tmp_path)
    # It has left the board.
    driver.get(world.url + "/")
    assert text(driver, "#result-count") == "共 45 个在招岗位"


def test_venues_and_unknown_ids_in_the_readers_language(
    driver: WebDriver, world: Any, tmp_path: Path
) -> None:
    driver.get(world.url + "/venues")
    names = [e.find_element(By.CSS_SELECTOR, ".title").text
             for e in driver.find_elements(By.CSS_SELECTOR, "a.job")]  # fmt: skip
    assert names == ["东城零工市场", "高新区零工驿站"]
    shot(driver, "venues_zh_CN", tmp_path)
    driver.find_element(By.CSS_SELECTOR, f'a[data-venue="{world.venue_id}"]').click()
    body = text(driver)
    for part in ("东城区人民路1号", "08:00-18:00", "12333", "市场规则", "投诉渠道", "3 个工作日内"):
        assert part in body, part
    assert "物流园装卸工" in body
    no_horizontal_scroll(driver)
    shot(driver, "venue_zh_CN", tmp_path)

    driver.get(world.url + "/p/00000000-0000-0000-0000-000000000000?lang=en")
    assert text(driver, "h1") == "Page not found"
    driver.get(world.url + "/venues/nope?lang=zh_CN")
    assert text(driver, "h1") == "找不到这个页面"
    shot(driver, "not_found_zh_CN", tmp_path)
    # The browser logs each 404 document load; those are expected here, nothing else is.
    logged = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert all("404" in e["message"] for e in logged), logged
