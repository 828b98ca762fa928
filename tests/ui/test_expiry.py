"""Expiry while the board (or the kiosk) runs: a job past its date leaves the screen by itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import builders
from kiosk import config
from kiosk.domain.expiry import EXPIRY_INTERVAL
from kiosk.domain.model import PostingStatus
from kiosk.services.container import Services
from kiosk.ui.board_screen import BoardWindow
from kiosk.ui.expiry import ExpiryTimer
from tests.ui.walk import visible_texts

TIMEOUT_MS = 6000


@pytest.fixture
def board(
    qapp: object, qtbot: QtBot, settings: config.Settings, services: Services
) -> Iterator[BoardWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = BoardWindow(app, settings, services)
    window.window.resize(1920, 1080)
    qtbot.addWidget(window.window)
    window.window.show()
    yield window
    window.close()
    # The board installed its language app-wide: later tests start from the source words.
    window.translations.switch("en")


def _shown(board: BoardWindow) -> list[str]:
    return [text for _widget, text in visible_texts(board.window)]


def test_a_job_past_its_date_leaves_the_running_board_without_anyone_touching_it(
    board: BoardWindow, services: Services, qtbot: QtBot
) -> None:
    employer = builders.employer(services)
    posting = services.postings.create(builders.posting(employer.id, title="仓库夜班理货员"))
    board.window.reload()
    qtbot.waitUntil(lambda: "仓库夜班理货员" in _shown(board), timeout=TIMEOUT_MS)

    # The night passes: the venue's clock is now past the posting's last moment.
    assert posting.valid_through is not None
    services.ctx.clock = lambda: posting.valid_through + timedelta(seconds=2)  # type: ignore[operator]
    expiry = ExpiryTimer(services.postings, board.runner, parent=board)
    expiry.sig_expired.connect(lambda _count: board.window.reload())
    with qtbot.waitSignal(expiry.sig_expired, timeout=TIMEOUT_MS) as expired:
        expiry.start()
    assert expired.args == [1]
    qtbot.waitUntil(lambda: "仓库夜班理货员" not in _shown(board), timeout=TIMEOUT_MS)
    assert services.postings.get(posting.id).posting.status is PostingStatus.EXPIRED
    # It keeps watching: the next check is at most ten minutes away.
    assert expiry._timer.isActive()
    assert 0 < expiry._timer.remainingTime() <= EXPIRY_INTERVAL.total_seconds() * 1000
    expiry.stop()
