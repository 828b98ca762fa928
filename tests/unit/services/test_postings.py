"""Posting a job: validation, screening to review, supervisor review, expiry, outbox and audit."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

import builders
from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import (
    VENUE_TZ,
    Employer,
    EmployerKind,
    EmployerStatus,
    PostingStatus,
)
from kiosk.services.container import Services
from kiosk.store import audit, outbox
from kiosk.store import postings as posting_store
from kiosk.store.search import SearchQuery
from kiosk.store.tables import EmployerRow, OutboxOpRow


def test_a_clean_posting_is_open_and_queued_for_the_registry(
    services: Services, staff_id: str
) -> None:
    e = builders.employer(services)
    p = services.postings.create(builders.posting(e.id), actor=staff_id)
    assert p.status is PostingStatus.OPEN and p.flags == []
    with services.db.read() as session:
        ops = outbox.ops_for(session, "posting", p.id)
    assert [op.action for op in ops] == ["create"]
    assert ops[0].payload["pay_cents"] == 22000 and ops[0].payload["title"] == p.title


def test_a_deposit_holds_the_posting_for_review_with_the_reason(
    services: Services, staff_id: str
) -> None:
    e = builders.employer(services)
    p = services.postings.create(
        builders.posting(e.id, description="搬运货物，入职交押金200元，日结"), actor=staff_id
    )
    assert p.status is PostingStatus.PENDING_REVIEW
    assert [f.code for f in p.flags] == ["fee_charged"]
    assert "押金" in p.flags[0].detail
    assert services.postings.search(SearchQuery(text="搬运")) == []
    held = services.postings.pending_review()
    assert [c.posting.id for c in held] == [p.id]


def test_supervisor_approves_or_rejects_with_a_reason(
    services: Services, staff_id: str, supervisor_id: str
) -> None:
    e = builders.employer(services)
    held = [
        services.postings.create(builders.posting(e.id, description="需交体检费150元"))
        for _ in range(2)
    ]
    approved = services.postings.approve(
        held[0].id, actor=supervisor_id, note="已电话核实，费用由雇主承担"
    )
    assert approved.status is PostingStatus.OPEN
    with pytest.raises(DomainError) as err:
        services.postings.reject(held[1].id, actor=supervisor_id, reason=" ")
    assert err.value.code is ErrorCode.REQUIRED
    rejected = services.postings.reject(held[1].id, actor=supervisor_id, reason="收取体检费")
    assert rejected.status is PostingStatus.CLOSED and rejected.review_note == "收取体检费"
    with pytest.raises(DomainError):  # an open posting is not in review any more
        services.postings.approve(held[0].id, actor=supervisor_id, note="再开一次")

    with services.db.read() as session:
        assert audit.verify(session).ok
        actions = [r.action for r in session.exec(select(audit.AuditEventRow))]
    assert "posting.open" in actions and "posting.closed" in actions


def test_only_a_supervisor_reviews(services: Services, staff_id: str) -> None:
    e = builders.employer(services)
    held = services.postings.create(builders.posting(e.id, description="需交服装费50元"))
    for actor in (staff_id, "someone"):
        with pytest.raises(DomainError) as err:
            services.postings.approve(held.id, actor=actor, note="核实过")
        assert err.value.code is ErrorCode.FORBIDDEN
    assert services.postings.get(held.id).posting.status is PostingStatus.PENDING_REVIEW


def test_a_supervisor_strikes_the_deposit_out_and_opens_the_posting_with_a_note(
    services: Services, supervisor_id: str
) -> None:
    e = builders.employer(services)
    held = services.postings.create(
        builders.posting(e.id, title="仓库理货员", description="理货，入职交押金200元，日结")
    )
    assert [f.code for f in held.flags] == ["fee_charged"]
    with pytest.raises(DomainError) as err:  # approving says why, like rejecting
        services.postings.approve(held.id, actor=supervisor_id, note="  ")
    assert err.value.code is ErrorCode.REQUIRED

    corrected = dataclasses.replace(held, description="理货，日结，不收任何费用")
    opened = services.postings.approve(
        held.id, actor=supervisor_id, note="电话核实：押金已取消", corrected=corrected
    )
    assert opened.status is PostingStatus.OPEN
    assert opened.description == "理货，日结，不收任何费用" and opened.flags == []
    assert opened.review_note == "电话核实：押金已取消"
    assert [c.posting.id for c in services.postings.search(SearchQuery(text="理货"))] == [held.id]

    with services.db.read() as session:
        events = {r.action: r for r in session.exec(select(audit.AuditEventRow))}
        ops = outbox.ops_for(session, "posting", held.id)
    # Who corrected what, and who opened it and why, are on the audit trail.
    correction = events["posting.correct"]
    assert correction.actor == supervisor_id
    assert correction.detail["before"]["description"] == "理货，入职交押金200元，日结"
    assert correction.detail["after"]["description"] == "理货，日结，不收任何费用"
    assert events["posting.open"].detail["reason"] == "电话核实：押金已取消"
    # The registry gets the corrected terms with the approval.
    assert ops[-1].payload["corrections"]["description"] == "理货，日结，不收任何费用"
    assert ops[-1].payload["corrections"]["flags"] == []


def test_a_correction_is_validated_like_a_new_posting(
    services: Services, supervisor_id: str
) -> None:
    e = builders.employer(services)
    held = services.postings.create(builders.posting(e.id, description="需交服装费50元"))
    bad = dataclasses.replace(held, pay_amount=Decimal("20"), description="")
    with pytest.raises(ValidationErrors) as err:
        services.postings.approve(held.id, actor=supervisor_id, note="改过", corrected=bad)
    assert "pay_amount" in {x.field for x in err.value.errors}
    assert services.postings.get(held.id).posting.status is PostingStatus.PENDING_REVIEW


def test_invalid_postings_name_every_bad_field_and_store_nothing(services: Services) -> None:
    e = builders.employer(services)
    bad = builders.posting(
        e.id,
        pay_amount=Decimal("100"),
        headcount=0,
        workplace="",
        end_date=date.today() - timedelta(days=30),
    )
    with pytest.raises(ValidationErrors) as err:
        services.postings.create(bad)
    fields = {x.field for x in err.value.errors}
    assert {"pay_amount", "headcount", "workplace"} <= fields
    assert services.postings.count(SearchQuery(statuses=())) == 0
    with services.db.read() as session:
        assert session.exec(select(OutboxOpRow).where(OutboxOpRow.entity == "posting")).all() == []


def test_blacklisted_employer_is_flagged(services: Services) -> None:
    e = builders.employer(services)
    with services.db.write() as session:
        row = session.get(EmployerRow, e.id)
        assert row is not None
        row.status = EmployerStatus.BLACKLISTED.value
        session.add(row)
    p = services.postings.create(builders.posting(e.id))
    assert [f.code for f in p.flags] == ["employer_blacklisted"]


def test_unlicensed_intermediary_is_held(services: Services) -> None:
    agency = services.employers.create(
        Employer(name="速达人力", kind=EmployerKind.INTERMEDIARY, licence_no="")
    )
    p = services.postings.create(builders.posting(agency.id))
    assert p.status is PostingStatus.PENDING_REVIEW
    assert "intermediary_unlicensed" in [f.code for f in p.flags]


def test_postings_expire_after_valid_through(services: Services) -> None:
    e = builders.employer(services)
    p = services.postings.create(builders.posting(e.id))
    assert p.valid_through is not None
    assert services.postings.expire_due() == 0
    services.ctx.clock = lambda: p.valid_through + timedelta(seconds=1)  # type: ignore[operator]
    assert services.postings.expire_due() == 1
    assert services.postings.get(p.id).posting.status is PostingStatus.EXPIRED
    assert services.postings.expire_due() == 0


def test_a_pulled_posting_without_valid_through_expires_after_its_last_day(
    services: Services,
) -> None:
    e = builders.employer(services)
    p = services.postings.create(builders.posting(e.id))
    # As the registry may send it: no valid_through, only working days.
    with services.db.write() as session:
        row = posting_store.get_row(session, p.id)
        assert row is not None
        row.valid_through = None
        session.add(row)
    last_day_evening = datetime.combine(p.end_date, time(23, 0), VENUE_TZ)
    services.ctx.clock = lambda: last_day_evening
    assert services.postings.expire_due() == 0
    services.ctx.clock = lambda: last_day_evening + timedelta(hours=1, seconds=1)
    assert services.postings.expire_due() == 1
    assert services.postings.search(SearchQuery()) == []
    with services.db.read() as session:
        ops = outbox.ops_for(session, "posting", p.id)
    # It reaches the registry like any status change.
    assert ops[-1].action == "transition"
    assert ops[-1].payload["status"] == PostingStatus.EXPIRED.value


def test_valid_through_is_the_end_of_the_last_day_at_the_venue(services: Services) -> None:
    e = builders.employer(services)
    p = services.postings.create(builders.posting(e.id))
    assert p.valid_through is not None
    local = p.valid_through.astimezone(UTC) + timedelta(hours=8)
    assert (local.date(), local.hour) == (p.end_date, 23)
    assert p.valid_through > datetime.now(UTC)
