"""The kiosk app syncs in the background once enrolled, and its indicator tells the truth."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import FaultProxy, Kiosk, make_kiosk, running_registry
from kiosk import config
from kiosk.domain.model import StaffRole, Worker
from kiosk.services.container import Services
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.sync_screen import SyncScreen

WAIT_MS = 20_000
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the qapp fixture starts Qt


def test_an_enrolled_kiosk_shows_online_and_pushes_what_it_records(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        kiosk.close()
        settings = config.load(kiosk.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings)
        try:
            assert shell.window.topbar.online_label.text() in ("Offline", "离线")
            shell.attach(services)
            assert shell.sync is not None
            qtbot.waitUntil(
                lambda: shell.window.topbar.online_label.text() in ("Online", "在线"),
                timeout=WAIT_MS,
            )
            registered = services.workers.register(
                Worker(display_name="赵六", phone="13712345678"), consent=True
            ).worker
            shell.sync.poke()  # what a finished database job does in the app
            qtbot.waitUntil(lambda: registered.id in registry.records("worker"), timeout=WAIT_MS)
        finally:
            shell.close()


def test_a_job_list_opened_during_the_first_sync_fills_with_the_jobs_it_brings(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """A new kiosk is switched on; a worker opens "find work" before its first sync is in
    and sees no jobs. When the sync brings them, the list shows them, with no tap."""
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        desk = make_kiosk(registry, tmp_path, venue, "desk")
        desk.posting(desk.employer().id, title="物流园装卸工")
        desk.sync()
        desk.close()
        link = FaultProxy(registry.server.port)
        hall = Kiosk(tmp_path / "hall")
        hall.enroll(link.url, registry.code(venue))
        hall.close()

        settings = config.load(hall.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings)
        link.mode = "hold"  # the registry's answers wait on the line
        try:
            shell.attach(services)
            shell.window.go("find_work")
            screen = shell.window.screens["find_work"]
            assert isinstance(screen, FindWorkScreen)
            qtbot.waitUntil(lambda: screen.count_label.text() == "找到 0 个工作", timeout=WAIT_MS)
            link.mode = "pass"
            link.release.set()
            qtbot.waitUntil(lambda: screen.model.total == 1, timeout=WAIT_MS)
            assert screen.count_label.text() == "找到 1 个工作"
            assert screen.model.card(0).posting.title == "物流园装卸工"
        finally:
            shell.close()
            link.close()


def test_staff_see_what_the_registry_refused_and_sync_on_demand(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "desk")
        hall = make_kiosk(registry, tmp_path, venue, "hall")
        worker = a.worker("13900000031")
        case = a.services.assistance.open_case(
            worker_id=worker.id, plan="推荐保洁", actor=a.staff_id
        )
        a.sync()
        hall.sync()
        a.services.assistance.close_case(case.id, outcome="已上岗", actor=a.staff_id)
        hall.services.assistance.close_case(case.id, outcome="搬走了", actor=hall.staff_id)
        a.sync()
        assert hall.sync().rejected == 1
        a.close()
        hall.close()

        settings = config.load(hall.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings, staff=True)
        shell.window.show()
        try:
            shell.attach(services)
            qtbot.waitUntil(lambda: shell.sync is not None and shell.sync.online, timeout=WAIT_MS)
            mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
            shell.window.go("staff")
            mode.ctx.sign_in(services.staff.get(hall.staff_id))
            mode.go("staff.sync")
            page = mode.current()
            assert isinstance(page, SyncScreen)
            qtbot.waitUntil(lambda: page.rejected.count() == 1, timeout=WAIT_MS)
            assert page.online.text() == "平台：在线"
            assert page.rejected_caption.text().startswith("被平台拒绝的变更：1 条")
            line = page.rejected.item(0).text()
            assert line.startswith("帮扶个案") and "状态变更被拒绝" in line
            assert "另一台终端先改了它" in line
            assert "139****0031 · 推荐保洁" in line  # which case: its worker (masked) and plan
            # The kiosk already shows the registry's outcome, the first one.
            assert services.assistance.cases_for(worker.id)[0].outcome == "已上岗"

            # The registry goes away: the change made meanwhile waits, and the page says so.
            registry.server.stop()
            late = services.workers.register(
                Worker(display_name="钱七", phone="13712345670"), consent=True
            ).worker
            shell.sync.poke()
            qtbot.waitUntil(lambda: "待发送的变更：1 条" in page.waiting.text(), timeout=WAIT_MS)
            qtbot.waitUntil(lambda: page.online.text().startswith("平台：离线"), timeout=WAIT_MS)
            # It is back; staff need not sit out the backoff: "sync now" sends it at once.
            registry.server.start()
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: late.id in registry.records("worker"), timeout=WAIT_MS)
            qtbot.waitUntil(lambda: "待发送的变更：0 条" in page.waiting.text(), timeout=WAIT_MS)
            qtbot.waitUntil(lambda: page.online.text() == "平台：在线", timeout=WAIT_MS)
            assert page.last_sync.text().startswith("上次同步：20")
        finally:
            shell.close()


def test_a_kiosk_on_its_own_says_so_on_the_sync_page(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = config.load(tmp_path / "alone", env={})
    services = Services.create(settings)
    staff = services.staff.add(name="站长", role=StaffRole.ADMIN, pin="246810")
    shell = KioskShell(qapp, settings, staff=True)
    shell.window.show()
    try:
        shell.attach(services)
        assert shell.sync is None
        mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
        shell.window.go("staff")
        mode.ctx.sign_in(staff)
        mode.go("staff.sync")
        page = mode.current()
        assert isinstance(page, SyncScreen)
        qtbot.waitUntil(lambda: "尚未接入平台" in page.enrolled.text(), timeout=WAIT_MS)
        assert not page.sync_button.isEnabled()
        assert page.rejected.count() == 0 and page.last_sync.text() == "上次同步：从未"
    finally:
        shell.close()


def test_staff_see_by_how_much_the_kiosk_clock_is_off(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 14, point 6: the kiosk corrects a wrong clock with the registry's signed time and
    tells staff, so someone can set the board's clock right."""
    with running_registry("sqlite", tmp_path) as registry:
        hall = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        assert hall.engine is not None
        hall.engine.client.clock = lambda: time.time() + 7200  # two hours ahead
        hall.worker("13900000032")
        assert hall.sync().pushed == 1
        hall.close()
        registry.server.stop()  # away: the page shows what the kiosk learnt last

        settings = config.load(hall.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings, staff=True)
        shell.window.show()
        try:
            shell.attach(services)
            mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
            shell.window.go("staff")
            mode.ctx.sign_in(services.staff.get(hall.staff_id))
            mode.go("staff.sync")
            page = mode.current()
            assert isinstance(page, SyncScreen)
            qtbot.waitUntil(lambda: "本机时钟与平台相差" in page.last_sync.text(), timeout=WAIT_MS)
            assert "相差 +7200 秒" in page.last_sync.text()
        finally:
            shell.close()
