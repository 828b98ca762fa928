"""Every staff page fits a staff desk PC's 1280x800 screen, in both languages."""

from __future__ import annotations

from kiosk.domain.model import Circumstance, Worker
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.workers_screen import WorkersScreen
from tests.ui.staff.conftest import STAFF, Desk

DESK_SCREEN = (1280, 800)
SIGN_OUT = {"zh_CN": "退出登录", "en": "Sign out"}


def _busy_worker_file(desk: Desk, services: Services, staff_id: str) -> None:
    """The workers page at its tallest: a graded worker with every reason, skills and cases."""
    worker = Worker(
        display_name="李阿姨",
        phone="13700000002",
        birth_year=1958,
        skills=["保洁", "搬运", "家政", "包装", "餐饮服务"],
        circumstances=list(Circumstance),
    )
    worker = services.workers.register(worker, consent=True).worker
    for plan in ("每周电话回访，推荐保洁岗位", "陪同参加家政培训"):
        services.assistance.open_case(worker_id=worker.id, plan=plan, actor=staff_id)
    page = desk.open("staff.workers")
    assert isinstance(page, WorkersScreen)
    desk.qtbot.keyClicks(page.phone, worker.phone)
    desk.tap(page.find_button)
    desk.settle()
    assert page.cases.count() == 2


def test_every_staff_page_fits_a_1280x800_screen(
    desk: Desk, kiosk: KioskShell, services: Services, staff_id: str
) -> None:
    desk.sign_in(*STAFF)  # builds every page
    _busy_worker_file(desk, services, staff_id)
    window, mode = kiosk.window, desk.mode
    too_big: dict[str, tuple[int, int]] = {}
    for language in ("zh_CN", "en"):
        kiosk.prefs.set_language(language)
        desk.wait(lambda lang=language: mode.sign_out_button.text() == SIGN_OUT[lang])
        # Around a page: the kiosk's top bar (window minus its stack) and staff mode's header
        # (mode minus its stack); both measured, so a taller bar counts against the pages.
        chrome = window.minimumSizeHint().height() - window.stack.minimumSizeHint().height()
        chrome += mode.minimumSizeHint().height() - mode.stack.minimumSizeHint().height()
        widest_bar = max(
            window.topbar.minimumSizeHint().width(), mode.header.minimumSizeHint().width()
        )
        for name, page in mode.pages.items():
            page.say("Saved.")  # the message line a page shows after an action
            need = page.minimumSizeHint()
            page.quiet()
            size = (max(need.width(), widest_bar), need.height() + chrome)
            if size[0] > DESK_SCREEN[0] or size[1] > DESK_SCREEN[1]:
                too_big[f"{language} {name}"] = size
    assert too_big == {}
