"""The kiosk as systemd runs it: READY, watchdog pings from the UI thread, SIGTERM to stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _messages(sock: socket.socket, until: str, timeout: float = 30.0) -> list[str]:
    """Datagrams from the kiosk until `until` arrives (or the time is up)."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while until not in seen and time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            seen.append(sock.recv(4096).decode())
        except TimeoutError:
            break
    return seen


def test_a_kiosk_run_by_systemd_says_ready_pings_and_stops_cleanly(tmp_path: Path) -> None:
    address = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(address)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            KIOSK_HOME=str(tmp_path / "home"),
            PYTHONPATH=str(ROOT),
            NOTIFY_SOCKET=address,
            WATCHDOG_USEC="600000",  # WatchdogSec=0.6: a ping every 0.3 s
        )
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            started = _messages(sock, "READY=1")
            assert "READY=1" in started, kiosk.stderr.read() if kiosk.poll() is not None else ""
            pings = _messages(sock, "never", timeout=1.5)
            # About five in 1.5 s; at least three, so a loaded machine does not fail the test.
            assert pings.count("WATCHDOG=1") >= 3 and set(pings) == {"WATCHDOG=1"}
            kiosk.send_signal(signal.SIGTERM)
            assert kiosk.wait(timeout=20) == 0
            assert _messages(sock, "STOPPING=1", timeout=5)[-1] == "STOPPING=1"
        finally:
            if kiosk.poll() is None:
                kiosk.kill()
                kiosk.wait()
            assert kiosk.stderr is not None
            kiosk.stderr.close()
    # Closed in order: the database's WAL was checkpointed into the file and removed.
    assert (tmp_path / "home" / "kiosk.db").exists()
    assert not (tmp_path / "home" / "kiosk.db-wal").exists()
