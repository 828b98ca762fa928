"""A kiosk enrolls, pushes its records, pulls others', and registry moderation reaches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from kiosk.domain.model import PostingStatus
from kiosk.store.search import SearchQuery
from registry import admin


@pytest.mark.parametrize("backend", BACKENDS)
def test_records_travel_between_kiosks_and_moderation_reaches_search(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        employer = a.employer()
        posting = a.posting(employer.id)
        worker = a.worker("13800138001")
        a.services.applications.express_interest(worker_id=worker.id, posting_id=posting.id)

        report = a.sync()
        assert (report.pushed, report.rejected) == (4, 0)
        b.sync()
        found = b.services.postings.search(SearchQuery(text="装卸"))
        assert [c.posting.id for c in found] == [posting.id]
        assert b.services.workers.find_by_phone("13800138001") is not None

        admin.suspend_posting(registry.db, posting.id, "false post")
        admin.blacklist_employer(registry.db, employer.id, "charged fees")
        a.sync()
        b.sync()
        for kiosk in (a, b):
            assert kiosk.services.postings.search(SearchQuery(text="装卸")) == []
            assert kiosk.services.postings.get(posting.id).posting.status is PostingStatus.SUSPENDED
            # Intake screening reads the pulled employer status: the next post is flagged.
            held = kiosk.posting(employer.id, title="仓库分拣员")
            assert held.status is PostingStatus.PENDING_REVIEW
            assert "employer_blacklisted" in [f.code for f in held.flags]
        a.close()
        b.close()
