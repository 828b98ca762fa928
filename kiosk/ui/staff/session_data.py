"""What the live session screen loads in one db-lane job: the view and the names it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.domain.model import AssistanceGrade, Employer
from kiosk.domain.validation import mask_phone
from kiosk.services.actionable import PostingChoice
from kiosk.services.sessions import Lottery, SessionView

if TYPE_CHECKING:
    from kiosk.services.container import Services


@dataclass(slots=True, frozen=True)
class WorkerLine:
    name: str
    phone_masked: str
    grade: AssistanceGrade


@dataclass(slots=True)
class SessionData:
    view: SessionView
    workers: dict[str, WorkerLine] = field(default_factory=dict)
    employers: dict[str, str] = field(default_factory=dict)
    # The seated employers' postings open now: the only ones a session may act on.
    postings: list[PostingChoice] = field(default_factory=list)
    recent_employers: list[Employer] = field(default_factory=list)


def load(services: Services, session_id: str) -> SessionData:
    view = services.sessions.view(session_id)
    data = SessionData(view=view)
    tickets = [*view.waiting, *view.called, *view.at_table, *view.agreed, *view.no_deal]
    for ticket in tickets:
        if ticket.worker_id and ticket.worker_id not in data.workers:
            w = services.workers.get(ticket.worker_id)
            data.workers[w.id] = WorkerLine(w.display_name, mask_phone(w.phone), w.assistance_grade)
    for ticket in view.employers:
        if ticket.employer_id and ticket.employer_id not in data.employers:
            data.employers[ticket.employer_id] = services.employers.get(ticket.employer_id).name
    data.postings = services.sessions.postings(session_id)
    data.recent_employers = services.employers.recent(limit=30)
    return data


def open_postings(services: Services, employer_id: str) -> list[PostingChoice]:
    """An employer's postings open now, for the employer check-in."""
    return services.sessions.employer_postings(employer_id)


@dataclass(slots=True)
class Draws:
    """A posting's draws, newest first, with the names their records show."""

    lotteries: list[Lottery] = field(default_factory=list)
    workers: dict[str, WorkerLine] = field(default_factory=dict)
    staff: dict[str, str] = field(default_factory=dict)  # who approved a second draw


def draws(services: Services, posting_id: str) -> Draws:
    data = Draws(lotteries=services.sessions.lotteries(posting_id))
    for lottery in data.lotteries:
        for worker_id in lottery.record.winners:
            if worker_id not in data.workers:
                w = services.workers.get(worker_id)
                data.workers[w.id] = WorkerLine(
                    w.display_name, mask_phone(w.phone), w.assistance_grade
                )
        if lottery.authorized_by and lottery.authorized_by not in data.staff:
            data.staff[lottery.authorized_by] = services.staff.get(lottery.authorized_by).name
    return data
