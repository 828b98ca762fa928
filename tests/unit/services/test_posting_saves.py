"""Saving a posting twice (a double tap, a retry after a lost answer) makes one posting."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import select

import builders
from kiosk.domain.model import Employer, PostingStatus
from kiosk.services.container import Services
from kiosk.store import outbox
from kiosk.store.tables import EmployerRow, PostingRow


def test_saving_the_same_draft_twice_makes_one_posting_and_one_sync_op(
    services: Services, staff_id: str
) -> None:
    employer = builders.employer(services)
    draft = builders.posting(employer.id, description="上岗前需交押金200元")
    first = services.postings.create_many([draft], actor=staff_id)[0]
    again = services.postings.create_many([draft], actor=staff_id)[0]
    assert again.id == first.id and again.status is PostingStatus.PENDING_REVIEW
    assert [f.code for f in again.flags] == ["fee_charged"]
    with services.db.read() as session:
        assert len(session.exec(select(PostingRow)).all()) == 1
        assert [op.action for op in outbox.ops_for(session, "posting", first.id)] == ["create"]


def test_a_new_employer_saved_twice_with_its_posting_is_one_employer(
    services: Services, staff_id: str
) -> None:
    new = Employer(name="新来的搬家公司", phone="13900002222")
    draft = builders.posting(new.id, pay_amount=Decimal("240"))
    services.postings.create_many([draft], actor=staff_id, new_employers=[new])
    services.postings.create_many([draft], actor=staff_id, new_employers=[new])
    with services.db.read() as session:
        assert [e.name for e in session.exec(select(EmployerRow)).all()] == ["新来的搬家公司"]
        assert len(session.exec(select(PostingRow)).all()) == 1
