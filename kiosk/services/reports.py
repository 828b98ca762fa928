"""Reports for a day or a period (postings, registrations, referrals, hires, complaints), and
the monthly report a venue sends upward."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from kiosk.domain.model import (
    VENUE_TZ,
    ApplicationStatus,
    ComplaintStatus,
    NegotiationOutcome,
    PartyKind,
    PostingStatus,
    SessionStatus,
)
from kiosk.domain.monthly_report import MonthlyReport, month_bounds
from kiosk.services.base import Service
from kiosk.store.tables import (
    ApplicationRow,
    AuditEventRow,
    CheckInRow,
    ComplaintRow,
    MatchSessionRow,
    NegotiationRow,
    PostingRow,
    WorkerRow,
)

CLOSED_COMPLAINTS = (ComplaintStatus.RESOLVED.value, ComplaintStatus.DISMISSED.value)
REFERRED = (ApplicationStatus.REFERRED.value, ApplicationStatus.HIRED.value)


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

    def month(self, month: str) -> MonthlyReport:
        """The monthly report for a month written YYYY-MM (MonthInvalid if it is not)."""
        start, end = month_bounds(month)
        return self.monthly(start, end)

    def monthly(self, start: date, end: date) -> MonthlyReport:
        """What the venue did from `start` to `end`: its own records only (not demo data, not
        other venues' postings pulled from the registry)."""
        lo, hi = _bounds(start, end)
        venue = self.ctx.settings.venue_id
        report = MonthlyReport(venue_name=self.ctx.settings.venue_name, start=start, end=end)
        with self.ctx.db.read() as session:
            report.sessions_held = len(
                session.exec(
                    select(MatchSessionRow.id).where(
                        col(MatchSessionRow.on_date) >= start,
                        col(MatchSessionRow.on_date) <= end,
                        MatchSessionRow.status != SessionStatus.PLANNED.value,
                        col(MatchSessionRow.deleted_at).is_(None),
                    )
                ).all()
            )
            check_ins = session.exec(
                select(CheckInRow.party, CheckInRow.employer_id).where(
                    col(CheckInRow.checked_in_at) >= lo, col(CheckInRow.checked_in_at) < hi
                )
            ).all()
            report.attendance_workers = sum(1 for p, _ in check_ins if p == PartyKind.WORKER)
            report.attendance_employers = sum(1 for p, _ in check_ins if p == PartyKind.EMPLOYER)
            postings = session.exec(
                select(PostingRow).where(
                    col(PostingRow.created_at) >= lo,
                    col(PostingRow.created_at) < hi,
                    col(PostingRow.demo).is_(False),
                    PostingRow.venue_id == venue,
                    col(PostingRow.deleted_at).is_(None),
                )
            ).all()
            report.postings = len(postings)
            report.headcount = sum(p.headcount for p in postings)
            report.employers_served = len(
                {p.employer_id for p in postings} | {e for _, e in check_ins if e}
            )
            self._held_and_blocked(session, postings, report)
            report.complaints_received = len(
                session.exec(
                    select(ComplaintRow.id).where(
                        col(ComplaintRow.created_at) >= lo, col(ComplaintRow.created_at) < hi
                    )
                ).all()
            )
            report.complaints_closed = len(
                session.exec(
                    select(ComplaintRow.id).where(
                        col(ComplaintRow.status).in_(CLOSED_COMPLAINTS),
                        col(ComplaintRow.updated_at) >= lo,
                        col(ComplaintRow.updated_at) < hi,
                    )
                ).all()
            )
            apps = session.exec(
                select(ApplicationRow.worker_id, ApplicationRow.status).where(
                    col(ApplicationRow.status).in_(REFERRED),
                    col(ApplicationRow.updated_at) >= lo,
                    col(ApplicationRow.updated_at) < hi,
                )
            ).all()
            report.referrals = len(apps)
            hired = {w for w, s in apps if s == ApplicationStatus.HIRED.value}
            report.hires = sum(1 for _, s in apps if s == ApplicationStatus.HIRED.value)
            report.assisted_placed = len(
                session.exec(
                    select(WorkerRow.id).where(
                        col(WorkerRow.id).in_(hired), col(WorkerRow.assistance_grade) > 0
                    )
                ).all()
            )
        return report

    def _held_and_blocked(
        self, session: Session, postings: Sequence[PostingRow], report: MonthlyReport
    ) -> None:
        """Flagged postings by reason; "blocked" are those that never went online (rejected,
        or suspended or expired while still held): an approval leaves a posting.open event."""
        flagged = [p for p in postings if p.flags]
        opened = set(
            session.exec(
                select(AuditEventRow.subject).where(
                    AuditEventRow.action == f"posting.{PostingStatus.OPEN.value}",
                    col(AuditEventRow.subject).in_([p.id for p in flagged]),
                )
            ).all()
        )
        online = (PostingStatus.PENDING_REVIEW.value, PostingStatus.OPEN.value)
        held: Counter[str] = Counter()
        blocked: Counter[str] = Counter()
        for p in flagged:
            codes = {f["code"] for f in p.flags}
            held.update(codes)
            if p.status not in online and p.id not in opened:
                blocked.update(codes)
        report.held_by_reason, report.blocked_by_reason = dict(held), dict(blocked)

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
