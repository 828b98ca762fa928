"""A kiosk enrolls, pushes its records, pulls others', and registry moderation reaches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from kiosk.domain.model import (
    ApplicationStatus,
    ComplaintCategory,
    ComplaintTarget,
    PostingStatus,
)
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


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_case_closed_at_two_kiosks_ends_with_the_first_outcome_everywhere(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        worker = a.worker("13900000021")
        case = a.services.assistance.open_case(
            worker_id=worker.id, plan="推荐保洁", actor=a.staff_id
        )
        a.services.assistance.add_follow_up(
            case_id=case.id, note="电话回访", due_on=a.services.ctx.today(), actor=a.staff_id
        )
        a.sync()
        b.sync()
        assert [d.follow_up.note for d in b.services.assistance.due_with_workers()] == ["电话回访"]
        # Both close it while offline, with different words; the first to reach the registry wins.
        a.services.assistance.close_case(case.id, outcome="已上岗", actor=a.staff_id)
        b.services.assistance.close_case(case.id, outcome="搬走了", actor=b.staff_id)
        assert a.sync().rejected == 0
        assert b.sync().rejected == 1
        for kiosk in (a, b):
            [stored] = kiosk.services.assistance.cases_for(worker.id)
            assert (stored.status.value, stored.outcome) == ("closed", "已上岗")
            assert kiosk.services.assistance.due_with_workers() == []
        assert registry.records("assistance_case")[case.id]["outcome"] == "已上岗"
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_complaint_resolved_at_two_kiosks_keeps_the_first_resolution(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        complaint = a.services.complaints.file(
            target=ComplaintTarget.VENUE, category=ComplaintCategory.OTHER, text="排队太久"
        ).complaint
        a.sync()
        b.sync()
        a.services.complaints.resolve(complaint.id, actor=a.staff_id, resolution="已加开窗口")
        b.services.complaints.resolve(complaint.id, actor=b.staff_id, resolution="已电话解释")
        assert a.sync().rejected == 0
        assert b.sync().rejected == 1  # b's staff see their words were not the ones kept
        for kiosk in (a, b):
            assert kiosk.services.complaints.get(complaint.id).resolution == "已加开窗口"
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_worker_who_applied_at_one_venue_applies_again_at_another(
    backend: str, tmp_path: Path
) -> None:
    """The second venue is refused a second application and follows the first one instead.

    Found by the property test: the second venue kept the first venue's application without
    receiving its changes (it was never published to that venue), and a worker registered
    again offline there left its own refused copy behind beside it.
    """
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue("东城零工市场"), "a")
        b = make_kiosk(registry, tmp_path, registry.venue("西城零工驿站"), "b")
        posting = a.posting(a.employer().id)
        first = a.worker("13900000041")
        hired = a.services.applications.express_interest(
            worker_id=first.id, posting_id=posting.id, print_slip=False
        ).application
        a.sync()
        b.sync()  # the posting (global); not the worker: another venue's
        again = b.worker("13900000041")  # registered again at b, offline: a second id
        mine = b.services.applications.express_interest(
            worker_id=again.id, posting_id=posting.id, print_slip=False
        ).application
        assert b.sync().rejected == 1
        assert b.table("SELECT id FROM application") == [(hired.id,)]  # b's own copy gave way
        assert b.table(f"SELECT count(*) FROM application WHERE id = '{mine.id}'") == [(0,)]

        # a records the hire; b follows the application it now shares.
        a.services.applications.set_status(hired.id, ApplicationStatus.HIRED, actor=a.staff_id)
        a.sync()
        b.sync()
        assert b.table(f"SELECT status FROM application WHERE id = '{hired.id}'") == [("hired",)]
        stored = registry.records("application")[hired.id]
        assert b.table(f"SELECT server_version FROM application WHERE id = '{hired.id}'") == [
            (stored["_version"],)
        ]
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_application_a_venue_is_given_arrives_with_its_worker(
    backend: str, tmp_path: Path
) -> None:
    """The first application was made for a duplicate the registry merged (registered again at
    a second venue): the third venue that asks receives that duplicate too, or its pull would
    stop on a record pointing at a worker it does not have."""
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue("东城零工市场"), "a")
        c = make_kiosk(registry, tmp_path, registry.venue("南城零工驿站"), "c")
        b = make_kiosk(registry, tmp_path, registry.venue("西城零工驿站"), "b")
        posting = a.posting(a.employer().id)
        a.worker("13900000051")
        a.sync()
        c.sync()
        twin = c.worker("13900000051")  # merged into a's at the next sync
        first = c.services.applications.express_interest(
            worker_id=twin.id, posting_id=posting.id, print_slip=False
        ).application
        assert c.sync().rejected == 0
        b.sync()
        third = b.worker("13900000051")
        b.services.applications.express_interest(
            worker_id=third.id, posting_id=posting.id, print_slip=False
        )
        assert b.sync().rejected == 1
        b.sync()  # a pull that stopped on a missing worker would raise here
        assert b.table("SELECT id, worker_id FROM application") == [(first.id, twin.id)]
        assert b.table(f"SELECT merged_into FROM worker WHERE id = '{twin.id}'") != []
        for kiosk in (a, b, c):
            kiosk.close()
