"""Reports for a day or a period: postings, registrations, referrals, hires, complaints."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from kiosk.domain.model import VENUE_TZ, ApplicationStatus, NegotiationOutcome
from kiosk.services.base import Service
from kiosk.store.tables import (
    ApplicationRow,
    CheckInRow,
    ComplaintRow,
    NegotiationRow,
    PostingRow,
    WorkerRow,
)


@dataclass(slots=True)
class Report:
    start: date
    end: date
    postings_by_status: dict[str, int] = field(default_factory=dict)
    postings_by_occupation: dict[str, int] = field(default_factory=dict)
    registrations: int = 0
    referrals: int = 0
    agreements: int = 0
    hires: int = 0
    complaints: int = 0
    graded_workers_served: int = 0
    hires_by_day: dict[str, int] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str, int]]:
        """(section, key, count) rows: what the CSV export and the report screen list."""
        out = [("postings_by_status", k, v) for k, v in sorted(self.postings_by_status.items())]
        out += [
            ("postings_by_occupation", k, v) for k, v in sorted(self.postings_by_occupation.items())
        ]
        for name in (
            "registrations",
            "referrals",
            "agreements",
            "hires",
            "complaints",
            "graded_workers_served",
        ):
            out.append(("totals", name, int(getattr(self, name))))
        out += [("hires_by_day", k, v) for k, v in sorted(self.hires_by_day.items())]
        return out

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["period_start", "period_end", "section", "key", "count"])
        for section, key, value in self.rows():
            writer.writerow([self.start.isoformat(), self.end.isoformat(), section, key, value])
        return buf.getvalue()


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, time.min, VENUE_TZ),
        datetime.combine(end + timedelta(days=1), time.min, VENUE_TZ),
    )


class ReportService(Service):
    def period(self, start: date, end: date) -> Report:
        lo, hi = _bounds(start, end)
        report = Report(start=start, end=end)
        with self.ctx.db.read() as session:
            postings = session.exec(
                select(PostingRow.status, PostingRow.occupation_code).where(
                    col(PostingRow.created_at) >= lo,
                    col(PostingRow.created_at) < hi,
                    col(PostingRow.demo).is_(False),
                )
            ).all()
            report.postings_by_status = dict(Counter(s for s, _ in postings))
            report.postings_by_occupation = dict(Counter(o for _, o in postings))
            report.registrations = len(
                session.exec(
                    select(WorkerRow.id).where(
                        col(WorkerRow.registered_at) >= lo,
                        col(WorkerRow.registered_at) < hi,
                        col(WorkerRow.demo).is_(False),
                    )
                ).all()
            )
            apps = session.exec(
                select(ApplicationRow).where(
                    col(ApplicationRow.updated_at) >= lo, col(ApplicationRow.updated_at) < hi
                )
            ).all()
            report.referrals = sum(
                1
                for a in apps
                if a.status in (ApplicationStatus.REFERRED.value, ApplicationStatus.HIRED.value)
            )
            hires = [a for a in apps if a.status == ApplicationStatus.HIRED.value]
            report.hires = len(hires)
            report.hires_by_day = dict(
                Counter(a.updated_at.astimezone(VENUE_TZ).date().isoformat() for a in hires)
            )
            report.agreements = self._agreements(session, lo, hi)
            report.complaints = len(
                session.exec(
                    select(ComplaintRow.id).where(
                        col(ComplaintRow.created_at) >= lo, col(ComplaintRow.created_at) < hi
                    )
                ).all()
            )
            report.graded_workers_served = self._graded_served(session, apps, lo, hi)
        return report

    def today(self) -> Report:
        day = self.ctx.today()
        return self.period(day, day)

    def _agreements(self, session: Session, lo: datetime, hi: datetime) -> int:
        frozen = session.exec(
            select(NegotiationRow).where(
                col(NegotiationRow.created_at) >= lo,
                col(NegotiationRow.created_at) < hi,
                NegotiationRow.record_hash != "",
                NegotiationRow.outcome == NegotiationOutcome.AGREED.value,
            )
        ).all()
        # A corrected agreement counts once: only records nobody superseded.
        superseded = {
            r.supersedes_id for r in session.exec(select(NegotiationRow)) if r.supersedes_id
        }
        return sum(1 for r in frozen if r.id not in superseded)

    def _graded_served(
        self, session: Session, apps: Sequence[ApplicationRow], lo: datetime, hi: datetime
    ) -> int:
        served = {a.worker_id for a in apps}
        served |= {
            w
            for w in session.exec(
                select(CheckInRow.worker_id).where(
                    col(CheckInRow.checked_in_at) >= lo, col(CheckInRow.checked_in_at) < hi
                )
            )
            if w
        }
        if not served:
            return 0
        graded = session.exec(
            select(WorkerRow.id).where(
                col(WorkerRow.id).in_(served), col(WorkerRow.assistance_grade) > 0
            )
        ).all()
        return len(graded)
