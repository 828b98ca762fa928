"""A kiosk with a wrong clock still syncs: it learns the offset from the registry's signed time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, ROOT, Kiosk, make_kiosk, running_registry
from kiosk.identity import DeviceIdentity
from kiosk.store import sync_state
from kiosk.sync import protocol as p
from kiosk.sync import state
from kiosk.sync.client import RegistryRefused

HOURS_AHEAD = 2 * 3600.0  # a board whose clock battery died, set by hand and wrong


def _clock_ahead(kiosk: Kiosk) -> None:
    assert kiosk.engine is not None
    kiosk.engine.client.clock = lambda: time.time() + HOURS_AHEAD


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_kiosk_whose_clock_is_two_hours_ahead_still_syncs_and_staff_see_by_how_much(
    backend: str, tmp_path: Path
) -> None:
    """Issue 14, point 6: a clock more than 5 minutes off used to get 401 clock_skew for ever."""
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        _clock_ahead(kiosk)
        worker = kiosk.worker("13900000077")
        report = kiosk.sync()
        assert report.pushed == 1
        assert worker.id in registry.records("worker")
        shown = state.read(kiosk.services.db)
        assert shown.clock_offset_s == pytest.approx(-HOURS_AHEAD, abs=5)
        assert shown.online and not shown.last_error
        told = subprocess.run(
            [sys.executable, "-m", "kiosk", "--home", str(kiosk.home), "sync", "status"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert "clock: +7200 s off the registry's" in told.stdout

        # After a restart the kiosk signs with the corrected time from its first request.
        kiosk.reopen()
        _clock_ahead(kiosk)
        kiosk.worker("13900000078")
        assert kiosk.sync().pushed == 1
        assert len(registry.records("worker")) == 2
        kiosk.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_kiosk_whose_clock_is_wrong_still_makes_its_first_sync(
    backend: str, tmp_path: Path
) -> None:
    """Nothing to push, so its first request is the snapshot list: that refusal must teach
    it the registry's time as a push's or a pull's does."""
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        first = make_kiosk(registry, tmp_path, venue, "first")
        first.posting(first.employer().id)
        first.sync()
        fresh = make_kiosk(registry, tmp_path, venue, "fresh")
        _clock_ahead(fresh)
        fresh.sync()
        assert len(fresh.table("SELECT id FROM posting")) == 1
        shown = state.read(fresh.services.db)
        assert shown.clock_offset_s == pytest.approx(-HOURS_AHEAD, abs=5)
        first.close()
        fresh.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_time_not_signed_with_the_key_pinned_at_enrollment_moves_no_clock(
    backend: str, tmp_path: Path
) -> None:
    """Whoever could set a kiosk's clock ahead would collect requests it signs, to replay them
    when their time comes: the kiosk believes only the key it pinned when it enrolled."""
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        impostor = DeviceIdentity.generate("impostor").public_key_b64()
        with kiosk.services.db.write() as session:
            assert sync_state.get(session, state.REGISTRY_KEY)  # pinned at enrollment
            sync_state.put(session, state.REGISTRY_KEY, impostor)
        _clock_ahead(kiosk)
        kiosk.worker("13900000079")
        with pytest.raises(RegistryRefused) as refused:
            kiosk.sync()
        assert refused.value.code == p.ApiErrorCode.CLOCK_SKEW.value
        assert state.read(kiosk.services.db).clock_offset_s == 0.0
        assert registry.records("worker") == {}
        kiosk.close()
