"""Reports at the desk: the table covers the dates the pickers show; the month's report in the
staff's language, saved as CSV and A4 PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import builders
from kiosk.domain.model import Employer, utcnow
from kiosk.services.container import Services
from kiosk.ui.staff.reports_screen import ReportsScreen
from tests.ui.staff.conftest import STAFF, Desk


def _table(page: ReportsScreen) -> list[tuple[str, str, str]]:
    """The table's rows as read: a section's name stands at its first row only."""
    t, rows, section = page.table, [], ""
    for r in range(t.rowCount()):
        section = t.item(r, 0).text() or section
        rows.append((section, t.item(r, 1).text(), t.item(r, 2).text()))
    return rows


def test_moving_the_start_date_back_brings_earlier_days_into_the_table(
    desk: Desk, services: Services, employer: Employer
) -> None:
    real_now = services.ctx.clock
    three_days_ago = utcnow() - timedelta(days=3)
    services.ctx.clock = lambda: three_days_ago
    services.postings.create(builders.posting(employer.id, title="三天前的岗位"))
    services.ctx.clock = real_now
    services.postings.create(builders.posting(employer.id, title="今天的岗位"))

    desk.sign_in(*STAFF)
    page = desk.open("staff.reports")
    assert isinstance(page, ReportsScreen)
    desk.tap(page.today_button)
    desk.settle()
    assert ("按状态统计岗位", "招聘中", "1") in _table(page)
    for _ in range(3):
        desk.tap(page.start_stepper.minus)
    desk.settle()
    # No extra button to press: the table follows the pickers.
    today = builders.venue_today()
    assert page.shown.text() == f"{today - timedelta(days=3)} 至 {today}"
    assert ("按状态统计岗位", "招聘中", "2") in _table(page)


def test_the_monthly_report_is_in_chinese_on_screen_in_the_csv_and_the_pdf(
    desk: Desk, services: Services, employer: Employer, tmp_path: Path
) -> None:
    services.postings.create(builders.posting(employer.id, headcount=6))
    desk.sign_in(*STAFF)
    page = desk.open("staff.reports")
    assert isinstance(page, ReportsScreen)
    desk.tap(page.month_button)
    desk.settle()
    assert page.table.horizontalHeaderItem(0).text() == "类别"
    assert ("总体情况", "招聘人数合计", "6") in _table(page)
    # The pickers say what the table covers: the whole month.
    today = builders.venue_today()
    assert page.start.date().day() == 1 and page.end.date().month() == today.month
    assert page.end.date().addDays(1).day() == 1

    dialog = page.save_dialog("csv")
    assert dialog.windowTitle() == "保存报告"
    assert dialog.labelText(dialog.DialogLabel.Accept) == "保存"
    csv_file, pdf_file = tmp_path / "month.csv", tmp_path / "month.pdf"
    page.export_to(csv_file)
    desk.settle()  # the file exists before its bytes are in it: wait for the save to finish
    lines = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "类别,项目,数量" and "总体情况,招聘人数合计,6" in lines
    page.save_pdf(pdf_file)
    desk.settle()
    assert pdf_file.read_bytes().startswith(b"%PDF")
