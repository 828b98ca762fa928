"""'I'm interested': recorded once, slip queued in the same transaction; hires fill postings."""

from __future__ import annotations

import pytest
from sqlmodel import select

import builders
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import ApplicationStatus, DocumentKind, PostingStatus
from kiosk.services.container import Services
from kiosk.store import print_jobs
from kiosk.store.tables import OutboxOpRow, WorkerRow


@pytest.fixture
def setup(services: Services) -> tuple[str, str]:
    e = builders.employer(services)
    p = services.postings.create(builders.posting(e.id, headcount=1))
    w = services.workers.register(builders.worker(), consent=True).worker
    return p.id, w.id


def test_interest_is_recorded_and_a_job_slip_queued(
    services: Services, setup: tuple[str, str]
) -> None:
    posting_id, worker_id = setup
    interest = services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    assert interest.application.status is ApplicationStatus.INTERESTED
    with services.db.read() as session:
        jobs = print_jobs.jobs(session)
        ops = session.exec(select(OutboxOpRow).where(OutboxOpRow.entity == "application")).all()
    assert [(j.kind, j.document_id, j.state) for j in jobs] == [
        (DocumentKind.JOB_SLIP.value, posting_id, "queued")
    ]
    assert jobs[0].id == interest.print_job_id
    assert len(ops) == 1


def test_interest_twice_is_refused(services: Services, setup: tuple[str, str]) -> None:
    posting_id, worker_id = setup
    services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    with pytest.raises(DomainError) as err:
        services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    assert err.value.code is ErrorCode.ALREADY_APPLIED


def test_hire_fills_the_posting_and_records_the_last_job(
    services: Services, setup: tuple[str, str], staff_id: str
) -> None:
    posting_id, worker_id = setup
    app = services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    services.applications.refer(app.application.id, actor=staff_id)
    services.applications.record_hire(app.application.id, actor=staff_id)
    posting = services.postings.get(posting_id).posting
    assert posting.filled == 1 and posting.status is PostingStatus.FILLED
    with services.db.read() as session:
        assert session.get(WorkerRow, worker_id).last_job_on == services.ctx.today()  # type: ignore[union-attr]
        kinds = [j.kind for j in print_jobs.jobs(session)]
    assert kinds == [DocumentKind.JOB_SLIP.value, DocumentKind.REFERRAL_SLIP.value]
    other = services.workers.register(builders.worker(phone="13700002222"), consent=True).worker
    with pytest.raises(DomainError) as err:
        services.applications.express_interest(worker_id=other.id, posting_id=posting_id)
    assert err.value.code is ErrorCode.POSTING_NOT_OPEN
    # A hire that fell through frees the place again.
    services.applications.set_status(app.application.id, ApplicationStatus.NO_SHOW, actor=staff_id)
    assert services.postings.get(posting_id).posting.status is PostingStatus.OPEN


def test_terminal_states_stay_terminal(
    services: Services, setup: tuple[str, str], staff_id: str
) -> None:
    posting_id, worker_id = setup
    app = services.applications.express_interest(worker_id=worker_id, posting_id=posting_id)
    services.applications.withdraw(app.application.id)
    with pytest.raises(DomainError) as err:
        services.applications.record_hire(app.application.id, actor=staff_id)
    assert err.value.code is ErrorCode.TRANSITION_INVALID
