"""Staff printing: what the desk issues prints by itself; failures come first, with the reason."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, PrintState, Worker
from kiosk.print.routing import PrinterRole
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.ui.staff.print_screen import PrintScreen
from kiosk.ui.staff.session_screen import SessionScreen
from kiosk.ui.staff.sessions_screen import SessionsScreen
from tests.ui.staff.conftest import STAFF, Desk

# The printing process starts, loads reportlab and the CJK font, then draws the ticket.
PRINT_TIMEOUT_MS = 30_000
PHONE = "13700000001"


def _worker(services: Services) -> Worker:
    worker = Worker(display_name="张三", phone=PHONE, birth_year=1985)
    return services.workers.register(worker, consent=True).worker


def _check_in(desk: Desk) -> None:
    """A walk-in worker is checked in by phone at a new session: a queue ticket is issued."""
    sessions = desk.open("staff.sessions")
    assert isinstance(sessions, SessionsScreen)
    desk.type_chinese(sessions.title_field, "上午对接会")
    desk.tap(sessions.create_button)
    desk.settle()
    page = desk.mode.current()
    assert isinstance(page, SessionScreen)
    page.tabs.setCurrentIndex(1)
    desk.qtbot.keyClicks(page.phone, PHONE)
    desk.tap(page.check_in_worker_button)


def _tickets(services: Services) -> list[tuple[PrintState, str]]:
    with services.db.read() as session:
        return [
            (PrintState(j.state), j.problem)
            for j in print_jobs.jobs(session)
            if j.kind == DocumentKind.QUEUE_TICKET.value
        ]


def test_a_ticket_issued_at_check_in_prints_by_itself_and_the_header_says_so(
    desk: Desk, services: Services, settings: Settings, tmp_path: Path
) -> None:
    settings.ticket_printer = f"file:{tmp_path / 'tickets'}"
    _worker(services)
    desk.sign_in(*STAFF)
    _check_in(desk)
    status = desk.mode.print_status
    desk.qtbot.waitUntil(
        lambda: _tickets(services) == [(PrintState.DONE, "")], timeout=PRINT_TIMEOUT_MS
    )
    desk.wait(lambda: status.text() == "已打印：排队号票")
    assert status.isVisible() and status.property("role") == "ok"
    assert len(list((tmp_path / "tickets").glob("*.pdf"))) == 1


def test_a_failed_ticket_comes_first_with_its_reason_and_prints_once_on_the_printer_staff_pick(
    desk: Desk, services: Services, settings: Settings, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the ticket folder should be", encoding="utf-8")
    settings.ticket_printer = f"file:{blocker / 'tickets'}"
    _worker(services)
    desk.sign_in(*STAFF)
    _check_in(desk)
    status = desk.mode.print_status
    desk.qtbot.waitUntil(
        lambda: _tickets(services) == [(PrintState.FAILED, "cannot_write")],
        timeout=PRINT_TIMEOUT_MS,
    )
    desk.wait(lambda: status.text().startswith("未打印：排队号票：PDF 文件夹无法写入"))
    assert status.property("role") == "error"
    assert "Not a directory" in status.text()  # the system's own words follow ours

    page = desk.open("staff.print")
    assert isinstance(page, PrintScreen)
    desk.wait(lambda: page.list.count() == 1)
    first = desk.lines(page.list)[0]
    assert first.startswith("失败") and "排队号票" in first and "PDF 文件夹无法写入" in first
    assert page.summary.text() == "失败 1 · 等待 0 · 已打印 0"
    assert page.summary.property("role") == "error"

    # The picker offers every printer the system has, besides the folder for PDF files.
    picker = page.pickers[PrinterRole.TICKET]
    offered = [picker.itemData(i) for i in range(picker.count())]
    desk.wait(lambda: all(f"cups:{p.name}" in offered for p in page.system))
    assert f"file:{settings.print_dir}" in offered
    folder = picker.findData(f"file:{settings.print_dir}")
    picker.setCurrentIndex(folder)
    picker.activated.emit(folder)
    desk.wait(lambda: "从现在起" in page.message.text())

    desk.tap(page.retry_button)
    desk.qtbot.waitUntil(
        lambda: _tickets(services) == [(PrintState.DONE, "")], timeout=PRINT_TIMEOUT_MS
    )
    desk.wait(lambda: page.summary.text() == "失败 0 · 等待 0 · 已打印 1")
    desk.wait(lambda: status.text() == "已打印：排队号票")
    assert len(list(settings.print_dir.glob("*.pdf"))) == 1
    # Nothing is left to retry, and nothing printed twice.
    assert not page.retry_button.isEnabled()
    assert len(list(settings.print_dir.glob("*.pdf"))) == 1
