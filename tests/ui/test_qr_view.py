"""A QR on the screen: a worker keeps a job on their phone without paper (issue 13 point 13).

The kiosk is enrolled with a real registry in a subprocess; the code is read from a screenshot
of the screen with zxing-cpp and the address it holds is opened against that registry.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import Kiosk, Registry, make_kiosk, running_registry
from kiosk import config
from kiosk.services.container import Services
from kiosk.sync.enrollment import build_engine, enroll
from kiosk.ui.board_screen import BoardWindow
from kiosk.ui.job_detail_screen import JobDetailScreen
from tests.ui.people import Person

TIMEOUT_MS = 6000


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    with running_registry("sqlite", tmp_path_factory.mktemp("qr")) as reg:
        yield reg


@pytest.fixture
def enrolled(registry: Registry, tmp_path: Path) -> Iterator[Kiosk]:
    kiosk = make_kiosk(registry, tmp_path, registry.venue(), "kiosk")
    yield kiosk
    kiosk.close()


# The kiosk under test is the enrolled one: its settings name the registry.
@pytest.fixture
def settings(enrolled: Kiosk) -> config.Settings:
    return enrolled.settings


@pytest.fixture
def services(enrolled: Kiosk) -> Services:
    return enrolled.services


def _codes_on(widget: QWidget) -> list[zxingcpp.Result]:
    """Every QR a phone would find in a screenshot of the widget."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("L")
    return list(zxingcpp.read_barcodes(image))


def test_a_worker_scans_the_job_screen_and_their_phone_opens_the_job(
    person: Person, enrolled: Kiosk, registry: Registry
) -> None:
    posting = enrolled.posting(enrolled.employer().id, title="物流园夜班分拣员")
    assert enrolled.sync().rejected == 0
    person.window.go("job_detail", posting.id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.qtbot.waitUntil(detail.qr_view.isVisible, timeout=TIMEOUT_MS)
    assert detail.qr_view.caption.text()  # says what scanning does

    [code] = _codes_on(detail)
    assert code.text == f"{registry.url}/p/{posting.id}"
    assert code.ec_level in ("M", "Q", "H")
    page = requests.get(code.text, timeout=10)
    assert page.status_code == 200 and "物流园夜班分拣员" in page.text


def test_a_kiosk_without_a_registry_shows_no_code_that_would_open_nothing(
    person: Person, enrolled: Kiosk
) -> None:
    posting = enrolled.posting(enrolled.employer().id)
    person.window.go("job_detail", posting.id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.qtbot.waitUntil(detail.qr_view.isVisible, timeout=TIMEOUT_MS)
    # The same kiosk set up on its own (no registry address): the page would not exist.
    alone = dataclasses.replace(detail.deps.settings, registry_url="")
    config.write(alone)
    detail.deps.settings = alone
    person.window.go("job_detail", posting.id)
    person.qtbot.waitUntil(lambda: detail.card is not None, timeout=TIMEOUT_MS)
    person.settle()
    assert not detail.qr_view.isVisible()
    assert _codes_on(detail) == []


def test_a_kiosk_enrolled_while_running_shows_codes_without_a_restart(
    person: Person, enrolled: Kiosk, registry: Registry
) -> None:
    """The app started before `kiosk enroll` ran: its settings name no registry, while the
    enrollment wrote the registry into kiosk.toml. The job screen shows the code at once."""
    posting = enrolled.posting(enrolled.employer().id, title="超市夜班理货员")
    assert enrolled.sync().rejected == 0
    # Every screen shares the settings the app started with.
    person.window.deps.settings = dataclasses.replace(enrolled.settings, registry_url="")
    person.window.go("job_detail", posting.id)
    detail = person.on("job_detail")
    assert isinstance(detail, JobDetailScreen)
    person.qtbot.waitUntil(detail.qr_view.isVisible, timeout=TIMEOUT_MS)
    [code] = _codes_on(detail)
    assert code.text == f"{registry.url}/p/{posting.id}"
    assert "超市夜班理货员" in requests.get(code.text, timeout=10).text


def test_the_board_shows_a_code_for_every_job_it_shows(
    qapp: object, qtbot: QtBot, enrolled: Kiosk, registry: Registry
) -> None:
    employer = enrolled.employer()
    titles = ["仓库理货员", "小区保洁员", "餐馆帮厨"]
    ids = [enrolled.posting(employer.id, title=t).id for t in titles]
    assert enrolled.sync().rejected == 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    board = BoardWindow(app, enrolled.settings, enrolled.services)
    try:
        board.window.resize(1920, 1080)
        qtbot.addWidget(board.window)
        board.window.show()
        screen = board.window
        # The kiosk also pulled the jobs other tests' kiosks posted: wait for ours among them.
        qtbot.waitUntil(
            lambda: set(ids) <= {c.posting.id for c in screen.cards}, timeout=TIMEOUT_MS
        )
        qtbot.waitUntil(lambda: screen.slots[0].qr.isVisible(), timeout=2000)
        # The page on show now (the board turns a page every few seconds), then its picture.
        per_page = len(screen.slots)
        page = screen.cards[screen.page * per_page : (screen.page + 1) * per_page]
        shown = [card.posting.id for card in page]
        found = {code.text for code in _codes_on(screen)}
        assert found == {f"{registry.url}/p/{posting_id}" for posting_id in shown}
    finally:
        board.close()
        board.translations.switch("en")


def test_a_board_running_since_before_enrollment_shows_the_registrys_codes_at_its_next_reload(
    qapp: object, qtbot: QtBot, registry: Registry, tmp_path: Path
) -> None:
    """`kiosk board` runs for weeks; the kiosk is enrolled meanwhile. From the board's next
    reload (every minute) its codes open the jobs' pages on that registry, no restart."""
    kiosk = Kiosk(tmp_path / "hall")  # on its own: no registry yet
    posting = kiosk.posting(kiosk.employer().id, title="商场夜班保洁员")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    board = BoardWindow(app, kiosk.settings, kiosk.services)
    try:
        board.window.resize(1920, 1080)
        qtbot.addWidget(board.window)
        board.window.show()
        screen = board.window
        screen.stop()  # no page turns while the screen is read
        qtbot.waitUntil(lambda: [c.posting.id for c in screen.cards] == [posting.id])
        qtbot.waitUntil(lambda: screen.slots[0].isVisible(), timeout=TIMEOUT_MS)
        assert _codes_on(screen) == []  # no registry known: no code that would open nothing

        enroll(kiosk.settings, kiosk.services.db, registry.url, registry.code(registry.venue()))
        engine = build_engine(config.load(kiosk.home, env={}), kiosk.services.db, timeout=10)
        assert engine is not None and engine.sync_once().rejected == 0
        engine.client.close()
        screen.reload()  # what its timer does every minute
        qtbot.waitUntil(lambda: screen.slots[0].qr.isVisible(), timeout=TIMEOUT_MS)
        # The sync also pulled the jobs other tests posted: the page on show, then its picture.
        shown = [card.posting.id for card in screen.cards[: len(screen.slots)]]
        found = {code.text for code in _codes_on(screen)}
        assert found == {f"{registry.url}/p/{posting_id}" for posting_id in shown}
        assert all(requests.get(url, timeout=10).status_code == 200 for url in found)
    finally:
        board.close()
        board.translations.switch("en")
        kiosk.close()
