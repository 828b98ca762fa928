"""Every visible string is translated, and switching language changes them all at once."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.services.container import Services
from kiosk.ui.i18n_build import ts_path
from kiosk.ui.shell import KioskShell
from kiosk.ui.topbar import LANGUAGE_NAMES
from tests.ui.people import Person
from tests.ui.walk import demo_records, visible_texts, walk

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u3400-\u9fff]")


def _catalogue() -> dict[str, str]:
    """English source -> Simplified Chinese, from the Linguist source file."""
    pairs = {}
    for message in ET.parse(ts_path("zh_CN")).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation and source != translation:
            pairs[source] = translation
    return pairs


def test_zh_catalogue_is_complete() -> None:
    root = ET.parse(ts_path("zh_CN")).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert unfinished == []


def test_placeholders_match_in_translations() -> None:
    for source, translation in _catalogue().items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation)), (
            source
        )


def test_every_screen_in_chinese_shows_no_english(
    person: Person, kiosk: KioskShell, services: Services
) -> None:
    posting_id = demo_records(services)
    sources = set(_catalogue())
    problems: list[str] = []

    def visit(name: str) -> None:
        for widget, text in visible_texts(kiosk.window):
            if text in LANGUAGE_NAMES.values():
                continue  # each language's own name, by design
            if text in sources or LATIN_WORD.search(text):
                problems.append(f"{name}: {type(widget).__name__} {text!r}")

    seen = walk(person, kiosk, posting_id, visit)
    assert len(seen) >= 15
    assert problems == []


def test_switching_to_english_changes_every_string(
    person: Person, kiosk: KioskShell, services: Services
) -> None:
    posting_id = demo_records(services)
    translations = set(_catalogue().values())
    person.tap(kiosk.window.topbar.language_buttons["en"])
    assert kiosk.window.topbar.read_button.text() == "Read aloud"
    data = {kiosk.settings.venue_name, "保洁员", "东城区", "世纪花园小区保洁员"}
    problems: list[str] = []

    def visit(name: str) -> None:
        # Postings, courses and names are data in the language they were written in.
        for widget, text in visible_texts(kiosk.window):
            if text in translations or (CJK.search(text) and not _is_data(text, data)):
                problems.append(f"{name}: {type(widget).__name__} {text!r}")

    walk(person, kiosk, posting_id, visit)
    assert problems == []


def _is_data(text: str, data: set[str]) -> bool:
    if text in LANGUAGE_NAMES.values():
        return True
    chinese = "".join(CJK.findall(text))
    record_words = (
        "保洁",
        "世纪花园",
        "小区",
        "安居物业",
        "东城区",
        "叉车",
        "培训",
        "经开区",
        "免费",
        "公共区域",
        "日结",
        "包午餐",
        "王建国",
        "零工市场",
        "对接区",
        "王经理",
        "清扫",
        "有限公司",
        "服务",
    )
    for word in record_words:
        chinese = chinese.replace(word, "")
    return not chinese.strip() or any(text == d for d in data)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_language_switch_is_live_on_the_current_screen(
    person: Person, kiosk: KioskShell, language: str
) -> None:
    person.tap_tile("find")
    screen = person.on("find_work")
    person.tap(kiosk.window.topbar.language_buttons[language])
    expected = "Search" if language == "en" else "搜索"
    assert screen.search_button.text() == expected  # type: ignore[attr-defined]
    assert Path(ts_path(language)).exists()
