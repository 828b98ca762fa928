"""Tell systemd how the kiosk is doing (sd_notify): ready, still alive, stopping.

The kiosk runs as a `Type=notify` service with `WatchdogSec=` (installers/systemd): systemd
restarts it when the pings stop. The pings come from the UI thread's event loop, so a screen
that froze (a deadlock, a runaway loop) is restarted instead of showing a dead kiosk all day.
Plain sockets, no library: the protocol is one datagram per message.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

READY = "READY=1"
WATCHDOG = "WATCHDOG=1"
STOPPING = "STOPPING=1"


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send `message` to systemd's notify socket; False when not run by systemd (or refused)."""
    address = (os.environ if env is None else env).get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket: a leading NUL instead of the @
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError:
        return False
    return True


def watchdog_interval_s(env: Mapping[str, str] | None = None) -> float | None:
    """How often to ping: half of `WatchdogSec=`, as systemd advises; None when not asked.

    WATCHDOG_PID is not checked: cage starts the kiosk as its child, so systemd's main process
    is cage and the unit lets any of its processes ping (`NotifyAccess=all`).
    """
    raw = (os.environ if env is None else env).get("WATCHDOG_USEC", "")
    try:
        usec = int(raw)
    except ValueError:
        return None
    return usec / 2_000_000 if usec > 0 else None
