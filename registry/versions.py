"""Which kiosks this registry serves: the sync protocol range, checked before anything else.

Every kiosk request names its protocol (X-Sync-Protocol) and release (X-Kiosk-Release); releases
before 0.2.0 sent neither and speak protocol 1. A kiosk outside the range gets 426 with
`protocol_unsupported` and the range, never a 401 or a 500: it keeps working offline with its
outbox intact and tells staff it (or the registry) needs an update. Every answer on the sync API
says the range served and this registry's release, so a kiosk can tell before it is refused.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import update
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.release import release
from kiosk.sync import protocol as p
from registry.db import Database
from registry.tables import Device

# How often a device's unchanged release is written again as "last seen" (a pull every few
# seconds from thousands of kiosks must not each be a write).
SEEN_EVERY_S = 300.0
# The oldest protocol still served: the previous release's kiosks (v0.1.0) speak 1.
OLDEST_SERVED = 1
NEWEST_SERVED = p.PROTOCOL_VERSION
SERVED = f"{OLDEST_SERVED}-{NEWEST_SERVED}"


def kiosk_protocol(raw: str | None) -> int | None:
    """The protocol a request speaks (1 when unsaid), or None when the header is not a number."""
    if raw is None:
        return 1
    text = raw.strip()
    return int(text) if text.isdigit() and len(text) <= 6 else None


class ProtocolGate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.release = release()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        raw = dict(scope["headers"]).get(p.HEADER_PROTOCOL.lower().encode())
        spoken = kiosk_protocol(None if raw is None else raw.decode("latin-1"))
        if spoken is None or not OLDEST_SERVED <= spoken <= NEWEST_SERVED:
            await self._refuse(send, spoken)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self._served_headers()]
            await send(message)

        await self.app(scope, receive, stamped)

    def _served_headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (p.HEADER_SERVED.lower().encode(), SERVED.encode()),
            (p.HEADER_REGISTRY_RELEASE.lower().encode(), self.release.encode()),
        ]

    async def _refuse(self, send: Send, spoken: int | None) -> None:
        if spoken is not None and spoken > NEWEST_SERVED:
            advice = "this registry is older than the kiosk: update the registry"
        else:
            advice = "this kiosk is older than the registry serves: update the kiosk"
        body = json.dumps(
            {
                "error": p.ApiErrorCode.PROTOCOL_UNSUPPORTED.value,
                "message": f"kiosk speaks protocol {spoken}, registry serves {SERVED}: {advice}",
            }
        ).encode()
        headers = [(b"content-type", b"application/json"), *self._served_headers()]
        await send({"type": "http.response.start", "status": 426, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class DevicesSeen:
    """Records each signed-in device's release, protocol and last-seen time, at most every
    SEEN_EVERY_S per device unless its release changes (kiosk-registry device list shows them)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._written: dict[str, tuple[str, int, float]] = {}

    def note(self, db: Database, device_id: str, headers: Mapping[str, str]) -> None:
        said = headers.get(p.HEADER_RELEASE.lower(), "")[:40]
        spoken = kiosk_protocol(headers.get(p.HEADER_PROTOCOL.lower())) or 1
        now = time.monotonic()
        with self._lock:
            before = self._written.get(device_id)
            if before and before[:2] == (said, spoken) and now - before[2] < SEEN_EVERY_S:
                return
            self._written[device_id] = (said, spoken, now)
        # Bookkeeping a power cut may lose (it is written again within SEEN_EVERY_S): not
        # worth a disk flush in every device's first request after a registry start.
        with db.write(durable=False) as session:
            session.exec(
                update(Device)
                .where(Device.id == device_id)  # type: ignore[arg-type]
                .values(release=said, protocol=spoken, last_seen_at=datetime.now(UTC))
            )
