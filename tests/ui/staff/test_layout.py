"""Every staff page fits a staff desk PC's 1280x800 screen, in both languages."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

from kiosk.domain.model import Circumstance, Worker
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.workers_screen import WorkersScreen
from kiosk.ui.steppers import Stepper
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
        case = services.assistance.open_case(worker_id=worker.id, plan=plan, actor=staff_id)
    today = services.ctx.today()
    week = today + timedelta(days=7)
    for note, due_on in (("电话确认是否到岗", today), ("培训结束后回访", week)):
        services.assistance.add_follow_up(case_id=case.id, note=note, due_on=due_on, actor=staff_id)
    page = desk.open("staff.workers")
    assert isinstance(page, WorkersScreen)
    desk.qtbot.keyClicks(page.phone, worker.phone)
    desk.tap(page.find_button)
    desk.settle()
    assert page.cases.count() == 2 and page.notes.count() == 2 and page.due_list.count() == 1


def test_every_staff_page_fits_a_1280x800_screen(
    desk: Desk, kiosk: KioskShell, services: Services, staff_id: str
) -> None:
    desk.sign_in(*STAFF)
    _busy_worker_file(desk, services, staff_id)
    window, mode = kiosk.window, desk.mode
    # Pages are built when first opened; build them all, so each must follow the language.
    pages = {name: mode.page(name) for name in mode.page_names()}
    too_big: dict[str, tuple[int, int]] = {}
    for language in ("zh_CN", "en"):
        kiosk.prefs.set_language(language)
        desk.wait(lambda lang=language: mode.sign_out_button.text() == SIGN_OUT[lang])
        # Every page retranslates on its own LanguageChange event and then asks its layout to
        # be redone: measured before those ran, English pages had Chinese widths. A layout
        # request climbs one level (page, staff stack, staff mode, window stack, window) per
        # pass of posted events: after one pass the window's size hint was stale, 5-11 px off
        # the stack's, and an 800 px check failed now and then.
        for _ in range(10):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        # Around a page: the kiosk's top bar (window minus its stack) and staff mode's header
        # (mode minus its stack); both measured, so a taller bar counts against the pages.
        chrome = window.minimumSizeHint().height() - window.stack.minimumSizeHint().height()
        chrome += mode.minimumSizeHint().height() - mode.stack.minimumSizeHint().height()
        widest_bar = max(
            window.topbar.minimumSizeHint().width(), mode.header.minimumSizeHint().width()
        )
        for name, page in pages.items():
            page.say("Saved.")  # the message line a page shows after an action
            need = page.minimumSizeHint()
            page.quiet()
            size = (max(need.width(), widest_bar), need.height() + chrome)
            if size[0] > DESK_SCREEN[0] or size[1] > DESK_SCREEN[1]:
                too_big[f"{language} {name}"] = size
    assert too_big == {}


MIN_TARGET_PX = 60  # DESIGN.md section 6, normal mode


def test_every_control_on_every_staff_page_is_a_finger_sized_target(
    desk: Desk, kiosk: KioskShell, services: Services, staff_id: str
) -> None:
    """Buttons, fields, lists' pickers, and the steppers that replaced 15 px spin arrows."""
    desk.sign_in("站长", "246810")  # the admin: every page opens
    _busy_worker_file(desk, services, staff_id)
    kiosk.window.resize(*DESK_SCREEN)
    small: list[str] = []
    for name in desk.mode.page_names():
        page = desk.open(name)
        for widget in page.findChildren(QWidget):
            controls = QAbstractButton | QLineEdit | QAbstractSpinBox | QComboBox | QTabBar
            if not isinstance(widget, controls):
                continue
            if not widget.isVisible() or isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a spin box's own text field is measured as the spin box
            text = getattr(widget, "text", lambda: "")()
            if widget.height() < MIN_TARGET_PX or widget.width() < MIN_TARGET_PX:
                small.append(
                    f"{name}: {type(widget).__name__} {text!r} {widget.width()}x{widget.height()}"
                )
            if isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    tab = widget.tabRect(i)
                    if tab.height() < MIN_TARGET_PX or tab.width() < MIN_TARGET_PX:
                        size = f"{tab.width()}x{tab.height()}"
                        small.append(f"{name}: tab {widget.tabText(i)!r} {size}")
            if isinstance(widget, QAbstractSpinBox) and not isinstance(widget.parent(), Stepper):
                small.append(f"{name}: {type(widget).__name__} {text!r} steps by its arrows")
    assert small == [], "\n".join(small)
