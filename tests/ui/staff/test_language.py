"""Staff mode speaks Chinese from its own .qm and switches to English live."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.ui import i18n_build
from kiosk.ui.staff import i18n
from tests.ui.staff.conftest import STAFF, Desk


def test_every_zh_cn_translation_is_done_and_keeps_its_placeholders() -> None:
    tree = ET.parse(i18n.ts_path("zh_CN"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        text = translation.text or ""
        assert text, source
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text))


def test_staff_screens_are_in_chinese_and_switch_to_english_live(desk: Desk) -> None:
    assert desk.mode.sign_in.heading.text() == "工作人员登录"
    desk.sign_in(*STAFF)
    assert desk.mode.sign_out_button.text() == "退出登录"
    desk.kiosk.prefs.set_language("en")
    desk.wait(lambda: desk.mode.sign_out_button.text() == "Sign out")
    assert desk.mode.current().heading.text() == "Staff tools"


def test_a_tool_first_opened_after_the_switch_is_in_english_and_one_opened_before_follows(
    desk: Desk,
) -> None:
    """Tools are built when first opened, so both paths must end in the chosen language."""
    desk.sign_in(*STAFF)
    assert desk.open("staff.complaints").heading.text() == "投诉"
    desk.open("staff.menu")
    desk.kiosk.prefs.set_language("en")
    desk.wait(lambda: desk.mode.sign_out_button.text() == "Sign out")
    assert desk.open("staff.posting").heading.text() == "Post a job"
    assert desk.open("staff.complaints").heading.text() == "Complaints"


def test_a_running_desk_keeps_its_words_when_the_catalogue_is_rebuilt_beside_it(
    tmp_path: Path,
) -> None:
    """A .qm is mapped into memory; rebuilt in place (another process saw a newer .ts) it cut
    the running kiosk's mapping short, and its next tr() died of SIGBUS."""
    qm = tmp_path / "staff_zh_CN.qm"
    i18n_build.compile_qm(i18n.ts_path("zh_CN"), qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("ComplaintsScreen", "Complaints") == "投诉"
    smaller = tmp_path / "smaller.ts"
    smaller.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN"><context><name>X</name><message>'
        "<source>Y</source><translation>Z</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    i18n_build.compile_qm(smaller, qm)
    assert translator.translate("ComplaintsScreen", "Complaints") == "投诉"
