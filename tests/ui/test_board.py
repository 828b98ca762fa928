"""Board mode (`kiosk board`): open jobs and the numbers staff call, readable across the hall."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import builders
from kiosk import config
from kiosk.domain.model import SessionKind, Worker
from kiosk.services.container import Services
from kiosk.ui.board_screen import BoardScreen, BoardWindow
from tests.ui.walk import visible_texts

TIMEOUT_MS = 6000  # the board looks for newly called numbers every couple of seconds

BoardFactory = Callable[[str], BoardScreen]


@pytest.fixture
def open_board(
    qapp: object, qtbot: QtBot, settings: config.Settings, services: Services
) -> Iterator[BoardFactory]:
    """Starts the board as `kiosk board` does, in the venue's language."""
    boards: list[BoardWindow] = []

    def start(language: str) -> BoardScreen:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        board = BoardWindow(app, dataclasses.replace(settings, language=language), services)
        board.window.resize(1920, 1080)
        qtbot.addWidget(board.window)
        board.window.show()
        boards.append(board)
        return board.window

    yield start
    for board in boards:
        board.close()
        board.translations.switch("en")


def _texts(board: BoardScreen) -> list[str]:
    # Facts keep their words together with no-break spaces: a person sees plain spaces.
    return [text.replace("\u00a0", " ") for _widget, text in visible_texts(board)]


def _check_in(services: Services, staff_id: str, count: int) -> str:
    session = services.sessions.create(
        kind=SessionKind.ON_SITE,
        title="周四上午对接会",
        place="一楼大厅",
        on_date=services.ctx.today(),
        actor=staff_id,
    )
    for i in range(count):
        worker = services.workers.register(
            Worker(display_name=f"工人{i}", phone=f"1390000{i:04d}"), consent=True
        ).worker
        services.sessions.check_in_worker(session.id, worker.id, actor=staff_id)
    return session.id


def test_board_shows_the_number_called_and_its_table(
    open_board: BoardFactory, services: Services, staff_id: str, qtbot: QtBot
) -> None:
    session_id = _check_in(services, staff_id, 3)
    board = open_board("zh_CN")
    qtbot.waitUntil(lambda: "还没有叫号" in _texts(board), timeout=TIMEOUT_MS)
    assert not board.latest_number.isVisible()

    services.sessions.call_next(session_id, table_no=3, actor=staff_id)
    qtbot.waitUntil(lambda: board.latest_number.text() == "001", timeout=TIMEOUT_MS)
    assert board.latest_number.isVisible()
    assert "请到 3 号桌" in _texts(board)

    # Staff call the next worker to another table: the board follows by itself.
    services.sessions.call_next(session_id, table_no=5, actor=staff_id)
    qtbot.waitUntil(lambda: board.latest_number.text() == "002", timeout=TIMEOUT_MS)
    shown = _texts(board)
    assert "请到 5 号桌" in shown
    assert "001 号 → 3 号桌" in shown  # the earlier call stays in the list below


def test_board_in_english_shows_jobs_and_calls_in_plain_words(
    open_board: BoardFactory, services: Services, staff_id: str, qtbot: QtBot
) -> None:
    employer = builders.employer(services, verified=True)
    services.postings.create(builders.posting(employer.id, title="仓库理货员", headcount=1))
    services.postings.create(builders.posting(employer.id, title="小区保洁员", headcount=2))
    session_id = _check_in(services, staff_id, 1)
    services.sessions.call_next(session_id, table_no=2, actor=staff_id)
    board = open_board("en")
    qtbot.waitUntil(lambda: board.latest_number.text() == "001", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: any(t == "仓库理货员" for t in _texts(board)), timeout=TIMEOUT_MS)
    shown = "\n".join(_texts(board))
    assert "Please go to table 2" in shown
    assert "1 place left" in shown
    assert "2 places left" in shown
    assert "1 places" not in shown
