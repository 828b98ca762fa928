"""A supervisor's correction and approval of a held posting reach the registry as made."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from kiosk.domain.model import PostingStatus, new_id
from kiosk.store.search import SearchQuery


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_corrected_and_approved_posting_is_published_with_the_corrected_terms(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        clean = a.posting(a.employer().id)
        stored = a.services.postings.create(
            dataclasses.replace(
                clean, id=new_id(), flags=[], status=PostingStatus.DRAFT,
                description="装卸货物，入职交押金200元",
            ),
            actor=a.staff_id,
        )  # fmt: skip
        a.sync()
        assert registry.records("posting")[stored.id]["status"] == "pending_review"

        mended = dataclasses.replace(stored, description="装卸货物，日结，不收任何费用")
        a.services.postings.approve(
            stored.id, actor=a.staff_id, note="电话核实：押金已取消", corrected=mended
        )
        report = a.sync()
        assert report.rejected == 0
        on_registry = registry.records("posting")[stored.id]
        assert on_registry["status"] == PostingStatus.OPEN.value
        assert on_registry["description"] == "装卸货物，日结，不收任何费用"
        assert on_registry["flags"] == [] and on_registry["review_note"] == "电话核实：押金已取消"
        b.sync()
        found = b.services.postings.search(SearchQuery(text="不收任何费用"))
        assert [c.posting.id for c in found] == [stored.id]
        a.close()
        b.close()
