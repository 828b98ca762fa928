"""Reports: today or a chosen period, as a table, exported to a CSV file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QTableWidget, QTableWidgetItem

from kiosk.domain.catalogue import occupation_name
from kiosk.domain.model import PostingStatus
from kiosk.services.reports import Report
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, row
from kiosk.ui.steppers import date_stepper
from kiosk.ui.tasks import LaneName
from kiosk.ui.widgets import button, label


class ReportsScreen(StaffPage):
    """Postings, registrations, referrals, agreements, hires, complaints, graded workers."""

    name = "staff.reports"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.report: Report | None = None
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = label()
        self.today_button = button()
        self.period_button = button()
        self.export_button = button(role="primary")
        self.today_button.clicked.connect(self._on_today_clicked)
        self.period_button.clicked.connect(self._on_period_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addLayout(
            row(
                self.today_button,
                date_stepper(self.start),
                self.to_label,
                date_stepper(self.end),
                self.period_button,
                self.export_button,
            )
        )
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.to_label.setText(self.tr("to"))
        self.today_button.setText(self.tr("Today"))
        self.period_button.setText(self.tr("This period"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Item"), self.tr("Count")]
        )
        self._fill()

    def title(self) -> str:
        return self.tr("Reports")

    def enter(self, arg: Any = None) -> None:
        today = self.services.ctx.today()
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.start.setDate(QDate(today.year, today.month, 1))
        self._on_today_clicked()

    def reset(self) -> None:
        super().reset()
        self.report = None
        self._fill()

    def _on_today_clicked(self) -> None:
        self.submit("report", self.services.reports.today, self._on_report)

    def _on_period_clicked(self) -> None:
        start, end = _day(self.start.date()), _day(self.end.date())
        reports = self.services.reports
        self.submit("report", lambda: reports.period(start, end), self._on_report)

    def _on_report(self, report: Report) -> None:
        self.report = report
        self._fill()

    def _section(self, name: str) -> str:
        words = {
            "postings_by_status": self.tr("Postings by status"),
            "postings_by_occupation": self.tr("Postings by occupation"),
            "totals": self.tr("Totals"),
            "hires_by_day": self.tr("Hires by day"),
        }
        return words.get(name, name)

    def _item(self, section: str, key: str) -> str:
        """A row's key in words; the CSV keeps the codes, which stay the same in every language."""
        if section == "postings_by_status" and key in {s.value for s in PostingStatus}:
            return words.posting_status_text(PostingStatus(key))
        if section == "postings_by_occupation":
            return f"{occupation_name(key, self.deps.prefs.lang)} ({key})"
        totals = {
            "registrations": self.tr("Registrations"),
            "referrals": self.tr("Referrals"),
            "agreements": self.tr("Agreements"),
            "hires": self.tr("Hires"),
            "complaints": self.tr("Complaints"),
            "graded_workers_served": self.tr("Graded workers served"),
        }
        return totals.get(key, key) if section == "totals" else key

    def _fill(self) -> None:
        rows = self.report.rows() if self.report else []
        self.table.setRowCount(len(rows))
        for i, (section, key, count) in enumerate(rows):
            shown = (self._section(section), self._item(section, key), str(count))
            for j, value in enumerate(shown):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.export_button.setEnabled(self.report is not None)

    def _on_export_clicked(self) -> None:
        if self.report is None:
            return
        suggested = f"report_{self.report.start}_{self.report.end}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the shown report as CSV (on the io lane: a USB stick can be slow)."""
        if self.report is None:
            return
        text = self.report.to_csv()
        self.deps.runner.submit(
            LaneName.IO,
            f"{self.name}.export",
            lambda: path.write_text(text, encoding="utf-8-sig"),
            lambda _n: self.say(self.tr("Saved {path}").format(path=str(path))),
            self.show_error,
        )


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
