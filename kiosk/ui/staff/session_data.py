"""What the live session screen loads in one db-lane job: the view and the names it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.domain.model import AssistanceGrade, Employer, PostingStatus
from kiosk.domain.validation import mask_phone
from kiosk.services.sessions import SessionView
from kiosk.store.search import SearchQuery

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
    postings: dict[str, str] = field(default_factory=dict)  # id -> title, of checked-in tables
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
        for card in services.postings.search(
            SearchQuery(statuses=(), employer_id=ticket.employer_id, limit=100)
        ):
            data.postings[card.posting.id] = card.posting.title
    data.recent_employers = services.employers.recent(limit=30)
    return data


def open_postings(services: Services, employer_id: str) -> list[tuple[str, str]]:
    """(id, title) of an employer's open postings, for the employer check-in."""
    cards = services.postings.search(
        SearchQuery(statuses=(PostingStatus.OPEN.value,), employer_id=employer_id, limit=100)
    )
    return [(c.posting.id, c.posting.title) for c in cards]
