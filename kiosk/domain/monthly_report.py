"""The monthly report a venue sends upward: its figures, and its words in Chinese and English.

Like the printed documents (kiosk.print.labels), the report carries its own words: the same
labels head the screen's table, the A4 PDF, the CSV and `kiosk report month`, which has no Qt
to translate with. Codes (flag codes) stay codes in the data; only their labels are translated.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.domain import screening

REPORT_LANGUAGES = ("zh_CN", "en")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


class MonthInvalid(ValueError):
    """A month not written as YYYY-MM (or one that does not exist)."""


def month_bounds(text: str) -> tuple[date, date]:
    """First and last day of a month written YYYY-MM."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise MonthInvalid(f"month must be YYYY-MM, like 2026-11 (got {text!r})")
    first = date(int(match.group(1)), int(match.group(2)), 1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


@dataclass(slots=True, kw_only=True)
class MonthlyReport:
    """What happened at the venue between `start` and `end` (venue days, both included)."""

    venue_name: str
    start: date
    end: date
    sessions_held: int = 0
    attendance_workers: int = 0
    attendance_employers: int = 0
    employers_served: int = 0
    postings: int = 0
    headcount: int = 0
    # Postings screening held for review, and those of them that never went online, by flag.
    held_by_reason: dict[str, int] = field(default_factory=dict)
    blocked_by_reason: dict[str, int] = field(default_factory=dict)
    complaints_received: int = 0
    complaints_closed: int = 0
    referrals: int = 0
    hires: int = 0
    assisted_placed: int = 0

    @property
    def month(self) -> str:
        return self.start.strftime("%Y-%m")


# The figures in the order the report lists them.
TOTALS = (
    "sessions_held", "attendance_workers", "attendance_employers", "employers_served",
    "postings", "headcount", "complaints_received", "complaints_closed", "referrals", "hires",
    "assisted_placed",
)  # fmt: skip

LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "title": "{venue} 月度报告 {month}",
        "period": "统计期间：{start} 至 {end}",
        "section": "类别",
        "item": "项目",
        "count": "数量",
        "totals": "总体情况",
        "held": "暂缓发布的岗位（按原因）",
        "blocked": "未予发布的岗位（按原因）",
        "none": "无",
        "sessions_held": "举办对接活动场次",
        "attendance_workers": "到场求职者人次",
        "attendance_employers": "到场用工单位次数",
        "employers_served": "服务用工单位数",
        "postings": "发布岗位数",
        "headcount": "招聘人数合计",
        "complaints_received": "收到投诉",
        "complaints_closed": "办结投诉",
        "referrals": "推荐上岗人次",
        "hires": "达成用工人次",
        "assisted_placed": "帮扶对象实现就业人数",
        screening.FEE_CHARGED: "向求职者收费或收押金",
        screening.ID_WITHHELD: "扣押身份证件",
        screening.DISCRIMINATION: "就业歧视",
        screening.PAY_FAR_ABOVE: "工资远高于指导价",
        screening.PAY_FAR_BELOW: "工资远低于指导价",
        screening.INTERMEDIARY_UNLICENSED: "无许可证中介",
        screening.EMPLOYER_BLACKLISTED: "用工单位已列入黑名单",
        screening.MISSING_TERMS: "缺少必要条款",
    },
    "en": {
        "title": "{venue}: monthly report {month}",
        "period": "Period: {start} to {end}",
        "section": "Section",
        "item": "Item",
        "count": "Count",
        "totals": "Overview",
        "held": "Postings held for review (by reason)",
        "blocked": "Postings not published (by reason)",
        "none": "none",
        "sessions_held": "Matchmaking sessions held",
        "attendance_workers": "Worker check-ins",
        "attendance_employers": "Employer check-ins",
        "employers_served": "Employers served",
        "postings": "Postings published or held",
        "headcount": "Workers wanted (headcount)",
        "complaints_received": "Complaints received",
        "complaints_closed": "Complaints closed",
        "referrals": "Referrals",
        "hires": "Hires",
        "assisted_placed": "Assisted workers placed",
        screening.FEE_CHARGED: "Fee or deposit charged to workers",
        screening.ID_WITHHELD: "ID card withheld",
        screening.DISCRIMINATION: "Discriminatory requirements",
        screening.PAY_FAR_ABOVE: "Pay far above the guide rate",
        screening.PAY_FAR_BELOW: "Pay far below the guide rate",
        screening.INTERMEDIARY_UNLICENSED: "Unlicensed job agent",
        screening.EMPLOYER_BLACKLISTED: "Blacklisted employer",
        screening.MISSING_TERMS: "Required terms missing",
    },
}


def labels(lang: str) -> dict[str, str]:
    """The report's words in `lang` ("zh_CN" or "en"; anything English-like is English)."""
    return LABELS["en" if lang.startswith("en") else "zh_CN"]


def rows(report: MonthlyReport, lang: str) -> list[tuple[str, str, int]]:
    """(section, item, count) in the report's language: the table, the PDF and the CSV."""
    words = labels(lang)
    out = [(words["totals"], words[key], int(getattr(report, key))) for key in TOTALS]
    for section, counts in (
        ("held", report.held_by_reason),
        ("blocked", report.blocked_by_reason),
    ):
        for code, count in sorted(counts.items()):
            out.append((words[section], words.get(code, code), count))
    return out


def to_csv(report: MonthlyReport, lang: str) -> str:
    """The report as CSV: a header row in the report's language, then one row per figure."""
    words = labels(lang)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([words["section"], words["item"], words["count"]])
    writer.writerows(rows(report, lang))
    return buf.getvalue()
