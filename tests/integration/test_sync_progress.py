"""A first sync of many jobs shows how far it has got: on a terminal, in a log, on the staff page.

A real registry subprocess seeded with thousands of postings; the kiosk syncs through the
real `kiosk sync --once` command, or the app's own sync threads (issue 16, point 3).
"""

from __future__ import annotations

import os
import pty
import re
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import (
    ROOT,
    FaultProxy,
    Kiosk,
    Registry,
    _exchange,
    _read_http,
    make_kiosk,
    running_registry,
)
from kiosk import config
from kiosk.services.container import Services
from kiosk.store import sync_state
from kiosk.sync import state
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.sync_screen import SyncScreen
from registry.seed import seed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the qapp fixture starts Qt
KIOSK = [sys.executable, "-m", "kiosk"]
# Enough that the snapshot's records go into the kiosk in several chunks (each one reported).
POSTINGS = 20_000
EMPLOYERS = 200
WAIT_MS = 60_000
LINE = re.compile(r"^(?P<what>[a-z ]+): (?P<percent>\d+)% \(")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    with running_registry("sqlite", tmp_path_factory.mktemp("progress")) as reg:
        seed(reg.db, postings=POSTINGS, employers=EMPLOYERS)
        yield reg


def _new_kiosk(registry: Registry, tmp_path: Path) -> Kiosk:
    """A kiosk just enrolled, with nothing pulled yet; its files closed for another process."""
    kiosk = make_kiosk(registry, tmp_path, registry.venue(), "hall")
    kiosk.close()
    return kiosk


def _postings(home: Path) -> int:
    services = Services.create(config.load(home, env={}))
    try:
        with services.db.read() as session:
            rows = session.connection().exec_driver_sql("SELECT count(*) FROM posting")
            return int(rows.scalar_one())
    finally:
        services.db.close()


def test_a_first_sync_in_a_log_says_each_tenth_of_the_way_up_to_100_percent(
    registry: Registry, tmp_path: Path
) -> None:
    kiosk = _new_kiosk(registry, tmp_path)
    done = subprocess.run(
        [*KIOSK, "--home", str(kiosk.home), "sync", "--once"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # stdout keeps the one line scripts read; the progress went to stderr.
    assert re.fullmatch(r"pushed \d+, pulled \d+, rejected 0\n", done.stdout), done.stdout
    lines = [LINE.match(line) for line in done.stderr.splitlines()]
    assert lines and all(lines), done.stderr  # plain lines, no bar redraws in a log
    seen: dict[str, list[int]] = {}
    for match in lines:
        assert match is not None
        seen.setdefault(match["what"], []).append(int(match["percent"]))
    assert "loading snapshot" in seen or "pulling changes" in seen, done.stderr
    for what, percents in seen.items():
        assert percents == sorted(set(percents)), (what, done.stderr)  # only ever forward
        assert percents[-1] == 100, (what, done.stderr)
    records = seen.get("loading snapshot") or seen["pulling changes"]
    assert len(records) >= 3, done.stderr  # it was seen moving, not only at its end
    assert _postings(kiosk.home) == POSTINGS


def test_a_first_sync_on_a_terminal_draws_a_bar_with_records_percent_and_time_left(
    registry: Registry, tmp_path: Path
) -> None:
    kiosk = _new_kiosk(registry, tmp_path)
    main, terminal = pty.openpty()
    proc = subprocess.Popen(
        [*KIOSK, "--home", str(kiosk.home), "sync", "--once"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal, text=True,
    )  # fmt: skip
    os.close(terminal)
    screen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the command ended and closed its side
                break
            if not chunk:
                break
            screen += chunk
    os.close(main)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, screen.decode(errors="replace")
    assert out.startswith("pushed ")
    drawn = screen.decode(errors="replace")
    # tqdm's line: "loading snapshot: 100%|██████| 20200/20200 [00:01<00:00, 15.2k records/s]"
    assert re.search(r"(loading snapshot|pulling changes): +100%\|█+\| *\d+/\d+ \[", drawn), drawn
    assert "\r" in drawn  # redrawn in place as it moves
    assert re.search(r"\d+:\d\d<\d+:\d\d", drawn), drawn  # time spent < time left


class SlowLink(FaultProxy):
    """The registry's answers trickle through at `bytes_per_s`, as on a thin line."""

    def __init__(self, target_port: int, bytes_per_s: int) -> None:
        super().__init__(target_port)
        self.bytes_per_s = bytes_per_s
        self.mode = "slow"

    def _serve(self, client: socket.socket, mode: str) -> None:
        if mode != "slow":
            super()._serve(client, mode)
            return
        try:
            response = _exchange(self.target_port, _read_http(client))
            step = max(1, self.bytes_per_s // 20)
            for start in range(0, len(response), step):
                client.sendall(response[start : start + step])
                time.sleep(step / self.bytes_per_s)
        except OSError:
            pass  # the kiosk gave up on it, or the registry was gone
        finally:
            client.close()


def test_staff_watch_a_first_sync_over_a_thin_line_move_on_the_sync_page_until_done(
    qapp: QApplication, qtbot: QtBot, registry: Registry, tmp_path: Path
) -> None:
    kiosk = _new_kiosk(registry, tmp_path)
    link = SlowLink(registry.server.port, bytes_per_s=400_000)
    settings = config.load(kiosk.home, env={})
    services = Services.create(settings)
    # This kiosk reaches the registry over the thin line.
    with services.db.write() as session:
        sync_state.put(session, state.REGISTRY_URL, link.url)
    shell = KioskShell(qapp, settings, staff=True)
    shell.window.show()
    try:
        shell.attach(services)
        mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
        shell.window.go("staff")
        mode.ctx.sign_in(services.staff.get(kiosk.staff_id))
        mode.go("staff.sync")
        page = mode.current()
        assert isinstance(page, SyncScreen)
        shown: list[str] = []

        def moving() -> bool:
            if page.progress_box.isVisible():
                shown.append(page.progress_line.text())
            return len(set(shown)) >= 3

        # The snapshot's bytes trickle in for a few seconds: the page follows them.
        qtbot.waitUntil(moving, timeout=WAIT_MS)
        assert any(line.startswith("正在下载全市岗位：") for line in shown), shown
        # Done: the bar goes and the facts say when it synced.
        qtbot.waitUntil(lambda: not page.progress_box.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.last_sync.text().startswith("上次同步：20"), timeout=WAIT_MS)
        assert _postings(kiosk.home) == POSTINGS
    finally:
        shell.close()
        link.close()
