"""sd_notify messages reach systemd's socket, a path or an abstract one; nothing without one."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from kiosk import systemd


def test_messages_reach_a_path_socket_and_an_abstract_one(tmp_path: Path) -> None:
    name = f"kiosk-test-{uuid.uuid4().hex}"
    for bind_to, env_value in ((str(tmp_path / "n.sock"), str(tmp_path / "n.sock")),
                               ("\0" + name, "@" + name)):  # fmt: skip
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.bind(bind_to)
            sock.settimeout(5)
            assert systemd.notify(systemd.READY, {"NOTIFY_SOCKET": env_value})
            assert sock.recv(64) == b"READY=1"


def test_without_systemd_nothing_is_sent_and_no_watchdog_is_kept() -> None:
    assert not systemd.notify(systemd.READY, {})
    assert not systemd.notify(systemd.READY, {"NOTIFY_SOCKET": "/nonexistent/notify"})
    assert systemd.watchdog_interval_s({}) is None
    assert systemd.watchdog_interval_s({"WATCHDOG_USEC": "junk"}) is None
    assert systemd.watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 15.0
