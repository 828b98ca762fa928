"""Staff mode speaks Chinese from its own .qm and switches to English live."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

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
