"""Every visible string is translated, and switching language changes them all at once."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

import builders
from kiosk.domain.model import TrainingCourse
from kiosk.services.container import Services
from kiosk.ui import i18n_build
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.i18n_build import ts_path
from kiosk.ui.shell import KioskShell
from kiosk.ui.topbar import LANGUAGE_NAMES
from kiosk.ui.training_screen import TrainingScreen
from tests.ui.people import Person
from tests.ui.walk import demo_records, visible_texts, walk

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u3400-\u9fff]")


def _forms(language: str) -> dict[str, list[str]]:
    """Source -> its translations: one, or one per plural form ("%n job", "%n jobs")."""
    found = {}
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None:
            forms = translation.findall("numerusform")
            found[source] = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return found


def _catalogue() -> dict[str, str]:
    """English source -> Simplified Chinese, from the Linguist source file."""
    return {
        source: forms[0]
        for source, forms in _forms("zh_CN").items()
        if forms[0] and source != forms[0]
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_catalogues_are_complete(language: str) -> None:
    assert i18n_build.unfinished(language) == []


def test_placeholders_match_in_translations() -> None:
    for language in ("zh_CN", "en"):
        for source, forms in _forms(language).items():
            for form in forms:
                assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", form)), (
                    source
                )
                assert ("%n" in source) == ("%n" in form), source


def test_english_catalogue_holds_the_plural_forms() -> None:
    # English is the source language: only counted strings need an entry, with two forms.
    forms = _forms("en")
    assert forms["%n places left"] == ["%n place left", "%n places left"]
    assert all(len(f) == 2 for f in forms.values())
    assert all(len(f) == 1 for s, f in _forms("zh_CN").items() if "%n" in s)


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
    record_words = (  # longest first: "培训" below would split the course's names
        "叉车司机培训",
        "市职业技能培训中心",
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
        "王",  # 王建国 masked (王**) where the register screen shows who is updating; keep last
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


def test_english_counts_read_naturally(
    person: Person, kiosk: KioskShell, services: Services
) -> None:
    employer = builders.employer(services, verified=True)
    services.postings.create(builders.posting(employer.id, title="仓库理货员", headcount=1))
    services.postings.create(builders.posting(employer.id, title="小区保洁员", headcount=2))
    start = services.ctx.today() + timedelta(days=3)
    for title, seats in (("叉车司机培训", 1), ("育婴员培训", 2)):
        services.training.create_course(
            TrainingCourse(title=title, starts_on=start, ends_on=start, seats=seats), demo=True
        )
    person.tap(kiosk.window.topbar.language_buttons["en"])

    person.tap_tile("find")
    find = person.on("find_work")
    assert isinstance(find, FindWorkScreen)
    assert find.count_label.text() == "2 jobs found"
    with person.qtbot.waitSignal(kiosk.reader.sig_speaking, timeout=3000) as spoken:
        person.tap(kiosk.window.topbar.read_button)
    # The cards are painted; reading aloud says what they show, the places left included.
    assert "1 place left" in spoken.args[0]
    assert "2 places left" in spoken.args[0]
    assert "1 places" not in spoken.args[0]
    person.type_chinese(find.search_box, "仓库")
    person.tap(find.search_button)
    person.settle()
    assert find.count_label.text() == "1 job found"

    kiosk.window.home()
    person.tap_tile("training")
    training = person.on("training")
    assert isinstance(training, TrainingScreen)
    assert sorted(card.seats.text() for card in training.cards) == ["1 seat left", "2 seats left"]

    # Chinese has one form for every count.
    person.tap(kiosk.window.topbar.language_buttons["zh_CN"])
    assert sorted(card.seats.text() for card in training.cards) == [
        "还剩 1 个名额",
        "还剩 2 个名额",
    ]
