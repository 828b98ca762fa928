"""A complaint keeps the time the worker made it (issue 14 leftover): a kiosk offline for a
while sends it later, and the city's record must not say it was made when it arrived."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from kiosk.domain.model import ComplaintCategory, ComplaintTarget


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_complaint_sent_late_keeps_the_time_it_was_made(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        kiosk = make_kiosk(registry, tmp_path, venue, "a")
        filed = kiosk.services.complaints.file(
            target=ComplaintTarget.VENUE, category=ComplaintCategory.FEE_CHARGED,
            text="收了我两百块介绍费",
        ).complaint  # fmt: skip
        time.sleep(1.5)  # the kiosk's link was down; it sends the complaint later
        kiosk.sync()
        stored = registry.records("complaint")[filed.id]
        made = datetime.fromisoformat(str(stored["created_at"]))
        assert abs((made - filed.created_at).total_seconds()) < 0.01
        kiosk.close()
