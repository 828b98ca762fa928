"""The monthly report as an A4 PDF: title, period, then the figures in a ruled table."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from kiosk.domain import monthly_report
from kiosk.domain.monthly_report import MonthlyReport
from kiosk.print.fonts import register_fonts
from kiosk.print.layout import A4_PRINTABLE, gap, para, render_a4, styles


def render_monthly_report(report: MonthlyReport, lang: str) -> bytes:
    """PDF bytes of `report` in `lang` (the same words and rows as its CSV)."""
    words = monthly_report.labels(lang)
    st = styles(body_size=10.5)
    title = words["title"].format(venue=report.venue_name, month=report.month)
    head: list[Flowable] = [
        para(title, st.title),
        gap(2),
        para(words["period"].format(start=report.start, end=report.end), st.center),
        gap(6),
    ]
    data: list[list[Any]] = [[para(words[k], st.label) for k in ("section", "item", "count")]]
    previous = ""
    for section, item, count in monthly_report.rows(report, lang):
        # A section's name once, at its first row: the eye runs down the items.
        shown = section if section != previous else ""
        previous = section
        data.append([para(shown, st.body), para(item, st.body), str(count)])
    widths = [A4_PRINTABLE * 0.34, A4_PRINTABLE * 0.50, A4_PRINTABLE * 0.16]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("FONTNAME", (2, 1), (2, -1), register_fonts()),
                ("FONTSIZE", (2, 1), (2, -1), 10.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        )
    )
    return render_a4([*head, table], title=title)
