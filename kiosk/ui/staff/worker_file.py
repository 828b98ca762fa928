"""What the workers screen loads in one db-lane job: a worker, their cases and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.domain.model import AssistanceCase, CaseStatus, FollowUp, Worker

if TYPE_CHECKING:
    from kiosk.services.container import Services


@dataclass(slots=True)
class WorkerFile:
    worker: Worker | None
    cases: list[AssistanceCase] = field(default_factory=list)  # oldest first
    follow_ups: dict[str, list[FollowUp]] = field(default_factory=dict)  # by case id
    # A name search that met several people: staff choose one (names are not unique).
    matches: list[Worker] = field(default_factory=list)

    def case_index(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self.cases) if c.id == case_id), -1)

    def default_case(self) -> str:
        """The case a follow-up goes to until staff choose: the newest open one, else the newest.

        Never silently the first: a worker helped twice has an old case that is finished.
        """
        pool = [c for c in self.cases if c.status is CaseStatus.OPEN] or self.cases
        return pool[-1].id if pool else ""


def find(services: Services, phone: str, card: str, name: str = "") -> WorkerFile:
    """By card, else phone, else name (one match opens the file, several are listed)."""
    if card or phone:
        worker = (
            services.workers.find_by_card(card) if card else services.workers.find_by_phone(phone)
        )
        return load(services, worker)
    matches = services.workers.find_by_name(name)
    if len(matches) == 1:
        return load(services, matches[0])
    return WorkerFile(None, matches=matches)


def load(services: Services, worker: Worker | None) -> WorkerFile:
    if worker is None:
        return WorkerFile(None)
    cases = services.assistance.cases_for(worker.id)
    follow_ups = {c.id: services.assistance.follow_ups(c.id) for c in cases}
    return WorkerFile(worker, cases, follow_ups)


def load_id(services: Services, worker_id: str) -> WorkerFile:
    return load(services, services.workers.get(worker_id))
