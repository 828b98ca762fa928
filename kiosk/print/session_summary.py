"""The A4 summary printed when a matchmaking session closes: attendance, employers, outcomes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm

from kiosk.domain.model import VENUE_TZ
from kiosk.domain.session_summary import SessionSummary
from kiosk.print.labels import Labels
from kiosk.print.layout import A4_PRINTABLE, gap, para, rows_table, rule, styles
from kiosk.print.layout import render_a4 as render_page

if TYPE_CHECKING:
    from kiosk.print.documents import DocumentMeta


@dataclass(frozen=True, slots=True)
class SessionSummaryDoc:
    meta: DocumentMeta
    summary: SessionSummary


def _t(labels: Labels, key: str, **values: Any) -> str:
    return labels[key].format(**values) if values else labels[key]


def summary_rows(s: SessionSummary, labels: Labels) -> list[tuple[str, str]]:
    """The summary's lines as (label, value), in the order the paper shows them."""

    def count(n: int) -> str:
        return _t(labels, "summary_count", count=n)

    return [
        (_t(labels, "summary_session"), s.title),
        (_t(labels, "summary_place"), s.place),
        (_t(labels, "summary_date"), s.on_date.isoformat()),
        (_t(labels, "summary_closed"), s.closed_at.astimezone(VENUE_TZ).strftime("%H:%M")),
        (
            _t(labels, "summary_workers"),
            _t(
                labels,
                "summary_workers_value",
                total=s.workers,
                normal=s.workers_normal,
                priority=s.workers_priority,
            ),
        ),
        (_t(labels, "summary_employers"), count(s.employers)),
        (_t(labels, "summary_postings"), count(s.postings)),
        (_t(labels, "summary_openings"), count(s.openings)),
        (_t(labels, "summary_referrals"), count(s.referrals)),
        (_t(labels, "summary_hires"), count(s.hires)),
        (_t(labels, "summary_no_deals"), count(s.no_deals)),
    ]


def render_session_summary(doc: SessionSummaryDoc, labels: Labels) -> bytes:
    st = styles(12)
    meta = doc.meta
    issued = meta.issued_at.astimezone(meta.tz).strftime("%Y-%m-%d %H:%M")
    flow = [
        para(meta.venue_name, st.center),
        para(_t(labels, "summary_title"), st.title),
        gap(4),
        rows_table(summary_rows(doc.summary, labels), st, (55 * mm, A4_PRINTABLE - 55 * mm)),
        gap(4),
        rule(A4_PRINTABLE),
        rows_table(
            [
                (_t(labels, "reference"), meta.reference),
                (_t(labels, "issued"), issued),
                (_t(labels, "issued_by"), meta.venue_name),
            ],
            st,
            (55 * mm, A4_PRINTABLE - 55 * mm),
        ),
    ]
    if meta.reprint:
        flow.insert(2, para(_t(labels, "reprint"), st.notice))
    return render_page(flow, title=_t(labels, "summary_title"))
