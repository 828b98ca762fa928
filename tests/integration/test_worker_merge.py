"""A worker registered again at another venue: the registry merges the two, and what only the
worker's own venue may change stays that venue's (issue 14, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration.test_sync_harness import BACKENDS, Kiosk, make_kiosk, running_registry
from kiosk.domain.model import AssistanceGrade, Circumstance, Worker

PHONE = "13700000031"


def _register(kiosk: Kiosk, circumstances: list[Circumstance], skills: list[str]) -> Worker:
    return kiosk.services.workers.register(
        Worker(display_name="张秀英", phone=PHONE, birth_year=1961, skills=skills,
               circumstances=circumstances),
        consent=True,
    ).worker  # fmt: skip


@pytest.mark.parametrize("backend", BACKENDS)
def test_registering_at_a_second_venue_keeps_the_help_the_first_venue_records(
    backend: str, tmp_path: Path
) -> None:
    """Venue B registered a worker of a low-income family with a disability; the worker signs
    up again at venue A, which has not heard of them and records no circumstances. The
    registry merges A's registration into B's worker: A's skills join, but B's staff still
    see the circumstances and the assistance grade they recorded (they were overwritten by
    A's, as an update from A would not have been allowed to)."""
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        b = make_kiosk(registry, tmp_path, registry.venue("西城驿站"), "b")
        helped = _register(b, [Circumstance.LOW_INCOME_FAMILY, Circumstance.DISABILITY], ["保洁"])
        b.sync()
        again = _register(a, [], ["搬运"])
        assert a.sync().rejected == 0

        held = registry.records("worker")
        assert held[again.id]["merged_into"] == helped.id
        b.sync()
        shown = b.services.workers.get(helped.id)
        assert shown.circumstances == [Circumstance.LOW_INCOME_FAMILY, Circumstance.DISABILITY]
        assert shown.assistance_grade == helped.assistance_grade > AssistanceGrade.NONE
        assert shown.assistance_reasons == helped.assistance_reasons
        assert set(shown.skills) == {"保洁", "搬运"}
        a.close()
        b.close()
