"""Push and pull run at once in the app (two threads): neither may strand what the other does."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, FaultProxy, make_kiosk, running_registry
from kiosk.domain.model import PostingStatus
from kiosk.sync.client import RegistryClient
from kiosk.sync.engine import SyncEngine
from registry import admin


def _until(check: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_post_the_registry_held_for_review_shows_pending_though_the_pull_met_it_mid_push(
    backend: str, tmp_path: Path
) -> None:
    """Issue 14, point 5: the employer is blacklisted at the registry; the kiosk, not yet told,
    adds a post, which the registry holds for review. The push answer is slow, and the pull
    thread meets the post while its op still waits: the kiosk used to skip it, move its cursor
    past it and show the post open for ever."""
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        employer = kiosk.employer("黑心劳务派遣")
        kiosk.sync()
        admin.blacklist_employer(registry.db, employer.id, "拖欠工资")
        posting = kiosk.posting(employer.id, title="夜班装卸")
        assert kiosk.services.postings.get(posting.id).posting.status is PostingStatus.OPEN

        # The push thread talks through a link whose answer is slow; the pull thread does not.
        proxy = FaultProxy(registry.server.port)
        kiosk.point_at(proxy.url)
        assert kiosk.engine is not None
        puller = SyncEngine(
            kiosk.services.db, RegistryClient(registry.url, kiosk.engine.client.identity)
        )
        proxy.once = "hold"
        pusher = threading.Thread(target=kiosk.engine.push_pending)
        pusher.start()
        _until(lambda: proxy.holding == 1 and posting.id in registry.records("posting"))
        held = registry.records("posting")[posting.id]
        assert held["status"] == PostingStatus.PENDING_REVIEW.value
        puller.pull_all()  # meets the post while its op waits for the held answer
        proxy.release.set()
        pusher.join(20)
        puller.pull_all()

        shown = kiosk.services.postings.get(posting.id).posting
        assert shown.status is PostingStatus.PENDING_REVIEW
        assert kiosk.table(f"SELECT server_version FROM posting WHERE id = '{posting.id}'") == [
            (held["_version"],)
        ]
        assert kiosk.outbox_states() == {"sent": 2}
        puller.client.close()
        proxy.close()
        kiosk.close()
