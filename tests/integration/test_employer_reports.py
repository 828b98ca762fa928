"""A complaint reaches the employer: venue warnings and a blacklisting the city decides."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, REGISTRY_BIN, ROOT, make_kiosk, running_registry
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import ComplaintCategory, ComplaintTarget, EmployerStatus, PostingStatus
from kiosk.services.complaints import PROPOSE_BLACKLIST, WARN
from kiosk.store.search import SearchQuery
from registry import admin


def _registry_cli(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*REGISTRY_BIN, *args, "--db", db_url],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_blacklisting_proposed_at_a_venue_and_accepted_by_the_city_stops_the_employer(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        east, west = registry.venue("东城零工市场"), registry.venue("西城零工驿站")
        a = make_kiosk(registry, tmp_path, east, "a")
        b = make_kiosk(registry, tmp_path, west, "b")
        employer = a.employer("黑心劳务有限公司")
        posting = a.posting(employer.id, title="物流园装卸工")
        # A worker phones: the employer kept his ID card. Staff name the posting.
        filed = a.services.complaints.file(
            target=ComplaintTarget.POSTING,
            target_id=posting.id,
            category=ComplaintCategory.ID_WITHHELD,
            text="扣了身份证不还",
        )
        a.services.complaints.resolve(
            filed.complaint.id,
            actor=a.staff_id,
            resolution="多名工人反映扣押身份证",
            proposed_action=PROPOSE_BLACKLIST,
        )
        a.sync()
        b.sync()
        assert b.services.postings.search(SearchQuery(text="装卸")) != []

        listed = _registry_cli(registry.db_url, "proposals", "list")
        assert listed.returncode == 0, listed.stderr
        assert "黑心劳务有限公司" in listed.stdout and filed.complaint.reference in listed.stdout
        decided = _registry_cli(
            registry.db_url, "proposals", "decide", filed.complaint.id,
            "--accept", "--reason", "扣押身份证，经核实",
        )  # fmt: skip
        assert decided.returncode == 0, decided.stderr
        again = _registry_cli(
            registry.db_url, "proposals", "decide", filed.complaint.id,
            "--decline", "--reason", "x",
        )  # fmt: skip
        assert again.returncode == 1 and "already accepted" in again.stderr
        assert admin.blacklist_proposals(registry.db) == []

        a.sync()
        b.sync()
        for kiosk in (a, b):
            # At the next pull the employer's open posting is suspended at every kiosk...
            assert kiosk.services.postings.search(SearchQuery(text="装卸")) == []
            got = kiosk.services.postings.get(posting.id).posting
            assert got.status is PostingStatus.SUSPENDED
            assert kiosk.services.employers.get(employer.id).status is EmployerStatus.BLACKLISTED
        # ...and no venue supervisor can put its postings online.
        fresh = a.posting(employer.id, title="小区保洁员")
        assert fresh.status is PostingStatus.PENDING_REVIEW
        with pytest.raises(DomainError) as err:
            a.services.postings.approve(fresh.id, actor=a.staff_id, note="雇主说已整改")
        assert err.value.code is ErrorCode.EMPLOYER_BLACKLISTED
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_venue_warning_reaches_the_registry_and_stays_in_the_employers_history(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        employer = a.employer("快捷人力")
        filed = a.services.complaints.file(
            target=ComplaintTarget.EMPLOYER,
            target_id=employer.id,
            category=ComplaintCategory.UNPAID_WAGES,
            text="干了三天没给钱",
        )
        a.services.complaints.resolve(
            filed.complaint.id,
            actor=a.staff_id,
            resolution="已约谈，限期结清",
            proposed_action=WARN,
        )
        a.sync()
        stored = registry.records("complaint")[filed.complaint.id]
        assert (stored["proposed_action"], stored["target_id"]) == ("warn", employer.id)
        # The city counts it on the employer, and every kiosk sees the count at its next pull.
        assert registry.records("employer")[employer.id]["warnings"] == 1
        a.sync()
        assert a.services.employers.get(employer.id).warnings == 1
        warnings = a.services.employers.venue_warnings(employer.id)
        assert [(w.action, w.reason) for w in warnings] == [("warn", "已约谈，限期结清")]
        # A warning is not a proposal: the city has nothing to decide.
        assert admin.blacklist_proposals(registry.db) == []
        a.close()
