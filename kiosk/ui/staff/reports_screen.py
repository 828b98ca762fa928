"""Reports: the chosen period as a table, or the month's report; saved as CSV or A4 PDF."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from kiosk.domain import monthly_report
from kiosk.domain.catalogue import occupation_name
from kiosk.domain.model import PostingStatus
from kiosk.domain.monthly_report import MonthlyReport
from kiosk.services.reports import Report
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, row
from kiosk.ui.steppers import date_stepper
from kiosk.ui.tasks import LaneName
from kiosk.ui.widgets import button, label


class ReportsScreen(StaffPage):
    """The table always covers the dates the pickers show: changing one reloads it."""

    name = "staff.reports"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.report: Report | None = None
        self.monthly: MonthlyReport | None = None
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._on_range_changed)
        self.to_label = label()
        self.today_button = button()
        self.month_button = button()
        self.export_button = button(role="primary")
        self.pdf_button = button()
        self.today_button.clicked.connect(self._on_today_clicked)
        self.month_button.clicked.connect(self._on_month_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.shown = label(role="heading")
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.start_stepper, self.end_stepper = date_stepper(self.start), date_stepper(self.end)
        self.body.addLayout(
            row(
                self.today_button,
                self.start_stepper,
                self.to_label,
                self.end_stepper,
                self.month_button,
            )
        )
        self.body.addWidget(self.shown)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row(self.export_button, self.pdf_button))
        self.body.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.to_label.setText(self.tr("to"))
        self.today_button.setText(self.tr("Today"))
        self.month_button.setText(self.tr("Monthly report"))
        self.export_button.setText(self.tr("Save as CSV…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self._fill()

    def title(self) -> str:
        return self.tr("Reports")

    def enter(self, arg: Any = None) -> None:
        # The month so far: the pickers and the table say the same from the first look.
        today = self.services.ctx.today()
        self._set_range(date(today.year, today.month, 1), today)

    def reset(self) -> None:
        super().reset()
        self.report = None
        self.monthly = None
        self._fill()

    def lang(self) -> str:
        return self.deps.prefs.language

    def _set_range(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._on_range_changed()

    def _on_today_clicked(self) -> None:
        today = self.services.ctx.today()
        self._set_range(today, today)

    def _on_range_changed(self, *_: Any) -> None:
        start, end = _day(self.start.date()), _day(self.end.date())
        if end < start:
            self.say(self.tr("The end date is before the start date."), "error")
            return
        self.quiet()
        reports = self.services.reports
        self.submit("report", lambda: reports.period(start, end), self._on_report)

    def _on_month_clicked(self) -> None:
        """The month of the start date, first to last day."""
        chosen = _day(self.start.date())
        month = chosen.strftime("%Y-%m")
        reports = self.services.reports
        self.submit("report", lambda: reports.month(month), self._on_monthly)

    def _on_report(self, report: Report) -> None:
        self.report, self.monthly = report, None
        self._fill()

    def _on_monthly(self, report: MonthlyReport) -> None:
        self.report, self.monthly = None, report
        # The pickers say what the table covers: the whole month.
        for edit, day in ((self.start, report.start), (self.end, report.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
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
        """A row's key in words (codes are kept only where a code is the item's name)."""
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

    def rows(self) -> list[tuple[str, str, int]]:
        """What the table shows, in the staff's language: also what the CSV holds."""
        if self.monthly is not None:
            return monthly_report.rows(self.monthly, self.lang())
        if self.report is None:
            return []
        return [(self._section(s), self._item(s, k), n) for s, k, n in self.report.rows()]

    def _headers(self) -> list[str]:
        if self.monthly is not None:
            said = monthly_report.labels(self.lang())
            return [said["section"], said["item"], said["count"]]
        return [self.tr("Section"), self.tr("Item"), self.tr("Count")]

    def _fill(self) -> None:
        self.table.setHorizontalHeaderLabels(self._headers())
        rows = self.rows()
        self.table.setRowCount(len(rows))
        previous = ""
        for i, (section, item, count) in enumerate(rows):
            # A section's name at its first row only: the eye runs down the items.
            self.table.setItem(i, 0, QTableWidgetItem(section if section != previous else ""))
            self.table.setItem(i, 1, QTableWidgetItem(item))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 2, number)
            previous = section
        if self.monthly is not None:
            said = monthly_report.labels(self.lang())
            self.shown.setText(
                said["title"].format(venue=self.monthly.venue_name, month=self.monthly.month)
            )
        elif self.report is not None:
            self.shown.setText(
                self.tr("From {start} to {end}").format(
                    start=self.report.start, end=self.report.end
                )
            )
        else:
            self.shown.setText("")
        self.export_button.setEnabled(bool(rows))
        self.pdf_button.setEnabled(self.monthly is not None)

    def csv_text(self) -> str:
        """The shown report as CSV, headers in the staff's language."""
        if self.monthly is not None:
            return monthly_report.to_csv(self.monthly, self.lang())
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(self._headers())
        writer.writerows(self.rows())
        return buf.getvalue()

    def _suggested(self, suffix: str) -> str:
        if self.monthly is not None:
            return f"{self.tr('Monthly report')}_{self.monthly.month}.{suffix}"
        name = self.tr("Report")
        if self.report is not None:
            return f"{name}_{self.report.start}_{self.report.end}.{suffix}"
        return f"{name}.{suffix}"

    def save_dialog(self, suffix: str) -> QFileDialog:
        """Qt's own file dialog, its words ours: the desk may lack Qt's Chinese catalogue."""
        dialog = QFileDialog(self, self.tr("Save the report"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix)
        dialog.setNameFilter(
            self.tr("CSV files (*.csv)") if suffix == "csv" else self.tr("PDF files (*.pdf)")
        )
        dialog.selectFile(self._suggested(suffix))
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("Folder:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, self.tr("File name:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("File type:"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Save"))
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, self.tr("Cancel"))
        return dialog

    def _ask_path(self, suffix: str) -> Path | None:
        dialog = self.save_dialog(suffix)
        if not dialog.exec():
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None

    def _on_export_clicked(self) -> None:
        path = self._ask_path("csv")
        if path is not None:
            self.export_to(path)

    def _on_pdf_clicked(self) -> None:
        path = self._ask_path("pdf")
        if path is not None:
            self.save_pdf(path)

    def export_to(self, path: Path) -> None:
        """Write the shown report as CSV (on the io lane: a USB stick can be slow)."""
        if not self.rows():
            return
        # A BOM, so a spreadsheet opened by double-click reads the Chinese right.
        data = self.csv_text().encode("utf-8-sig")
        self._write(path, lambda: data)

    def save_pdf(self, path: Path) -> None:
        """The monthly report as an A4 PDF, drawn and written on the io lane."""
        report, lang = self.monthly, self.lang()
        if report is None:
            return

        def draw() -> bytes:
            from kiosk.print.report_pdf import render_monthly_report

            return render_monthly_report(report, lang)

        self._write(path, draw)

    def _write(self, path: Path, data: Callable[[], bytes]) -> None:
        self.deps.runner.submit(
            LaneName.IO,
            f"{self.name}.export",
            lambda: path.write_bytes(data()),
            lambda _n: self.say(self.tr("Saved {path}").format(path=str(path))),
            self.show_error,
        )


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
