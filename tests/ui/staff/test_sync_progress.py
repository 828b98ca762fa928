"""Staff see a long sync move on the sync page: what it does, how far, how long it has left.

Here the sync thread's side is played by calling the runner's progress sink with values, as
the pull engine does; tests/integration/test_sync_progress.py runs a real first sync.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.services.container import Services
from kiosk.sync.client import RegistryClient
from kiosk.sync.progress import Phase, SyncProgress
from kiosk.sync.runner import SyncRunner
from kiosk.ui.staff.sync_screen import SyncScreen
from tests.ui.staff.conftest import STAFF, Desk


@pytest.fixture
def runner(desk: Desk, services: Services) -> Iterator[SyncRunner]:
    """The app's sync runner, not started: this test reports into it instead of a registry."""
    runner = SyncRunner(services.db, lambda: RegistryClient("http://127.0.0.1:9"))
    desk.window.deps.sync = runner
    yield runner
    runner.stop()


def _at(phase: Phase, done: int, total: int | None, elapsed_s: float) -> SyncProgress:
    return SyncProgress(phase, done, total, started_at=1000.0, at=1000.0 + elapsed_s)


def test_staff_see_a_first_sync_advance_in_words_and_a_bar_until_it_is_done(
    desk: Desk, runner: SyncRunner
) -> None:
    desk.sign_in(*STAFF)
    page = desk.open("staff.sync")
    assert isinstance(page, SyncScreen)
    assert not page.progress_box.isVisible()

    # The snapshot's bytes first: 40% in 2 s, about 3 s to go (said in steps of 5 s).
    runner.progress(_at(Phase.DOWNLOAD, 3_200_000, 8_000_000, 2.0))
    desk.wait(lambda: page.progress_line.isVisible())
    assert page.progress_line.text() == "正在下载全市岗位：3.2 / 8.0 MB（40%） · 约剩 5 秒"
    # Then its records: 12% in 11.2 s, about 80 s to go.
    runner.progress(_at(Phase.LOAD, 12_345, 100_000, 11.2))
    desk.wait(lambda: "12,345" in page.progress_line.text())
    assert page.progress_line.text() == "正在存入本机：12,345 / 100,000 条（12%） · 约剩 1 分 20 秒"
    assert page.progress_line.fraction() == 0.12345  # the bar an eighth of the way

    desk.kiosk.prefs.set_language("en")
    desk.wait(lambda: page.heading.text() == "Registry sync")
    assert page.progress_line.text() == (
        "Saving the jobs on this kiosk: 12,345 / 100,000 records (12%) · about 1 min 20 s left"
    )

    # Catching up with a registry that does not say how many: a count, no share of a bar.
    runner.progress(_at(Phase.PULL, 800, None, 1.0))
    catching_up = "Catching up with the registry: 800 records so far"
    desk.wait(lambda: page.progress_line.text() == catching_up)
    assert page.progress_line.fraction() is None  # an empty bar: no total to measure by
    # Too early for a rate worth quoting: no time left is guessed.
    runner.progress(_at(Phase.PULL, 50, 1_000, 0.2))
    early = "Catching up with the registry: 50 / 1,000 records (5%)"
    desk.wait(lambda: page.progress_line.text() == early)

    # Caught up: the registry has nothing more; a long poll's page shows no bar either.
    runner.progress(_at(Phase.PULL, 1_000, 1_000, 2.0))
    desk.wait(lambda: not page.progress_box.isVisible())
    runner.progress(_at(Phase.PULL, 0, 0, 25.0))
    desk.settle()
    assert not page.progress_box.isVisible()

    runner.progress(_at(Phase.PULL, 400, 1_000, 1.0))
    desk.wait(lambda: page.progress_box.isVisible())
    runner.progress.clear()  # what the runner does when the pull ends
    desk.wait(lambda: not page.progress_box.isVisible())


def test_a_page_on_a_kiosk_that_is_not_enrolled_shows_no_progress(desk: Desk) -> None:
    desk.sign_in(*STAFF)
    page = desk.open("staff.sync")
    assert isinstance(page, SyncScreen)
    desk.settle()
    assert not page.progress_box.isVisible()
