"""Enrolling a kiosk that already has local data: its decisions survive, demo data stays demo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, Kiosk, running_registry
from kiosk.domain.model import Posting, PostingStatus, new_id


def _like(posting: Posting, **changes: object) -> Posting:
    """Another posting with the same terms (a new id, not yet screened)."""
    return dataclasses.replace(
        posting, id=new_id(), flags=[], status=PostingStatus.DRAFT, **changes
    )  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_fraud_posting_rejected_before_enrollment_stays_rejected_after_sync(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue("东城零工市场")
        desk = Kiosk(tmp_path / "desk")  # worked offline for days before anyone enrolled it
        postings = desk.services.postings
        employer = desk.employer()
        clean = desk.posting(employer.id, title="物流园装卸工")
        fraud = postings.create(
            _like(clean, title="高薪日结搬运", description="入职先交押金300元，扣身份证"),
            actor=desk.staff_id,
        )
        assert fraud.status is PostingStatus.PENDING_REVIEW
        postings.reject(fraud.id, actor=desk.staff_id, reason="押金、扣证：诈骗")
        demo = postings.create(_like(clean, title="演示岗位"), demo=True)

        desk.enroll(registry.url, registry.code(venue))
        # Adopted at once, before any sync: its reports count them as the venue's.
        ids = f"'{clean.id}', '{fraud.id}'"
        assert desk.table(f"SELECT DISTINCT venue_id FROM posting WHERE id IN ({ids})") == [
            (venue,)
        ]
        first = desk.sync()
        assert first.rejected == 0
        desk.sync()

        postings = desk.services.postings
        assert postings.get(fraud.id).posting.status is PostingStatus.CLOSED
        assert postings.pending_review() == []
        on_registry = registry.records("posting")
        assert on_registry[fraud.id]["status"] == PostingStatus.CLOSED.value
        assert on_registry[clean.id]["status"] == PostingStatus.OPEN.value
        # Adopted into the venue it enrolled for: the registry and the kiosk agree.
        assert desk.table(f"SELECT DISTINCT venue_id FROM posting WHERE id IN ({ids})") == [
            (venue,)
        ]
        assert desk.table(f"SELECT venue_id FROM employer WHERE id = '{employer.id}'") == [(venue,)]
        # Demo data never reaches the registry, and is not adopted into the real venue.
        assert demo.id not in on_registry
        assert desk.table(f"SELECT venue_id, demo FROM posting WHERE id = '{demo.id}'") == [
            ("local-venue", 1)
        ]
        desk.close()
