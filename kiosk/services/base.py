"""What every service shares: the database, settings, a clock and the device that writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from kiosk.config import Settings
from kiosk.domain.contract import Entity
from kiosk.domain.model import VENUE_TZ, utcnow
from kiosk.store import audit, outbox
from kiosk.store.database import Database
from kiosk.store.jsonable import jsonable


@dataclass(slots=True, kw_only=True)
class ServiceContext:
    db: Database
    settings: Settings
    device_id: str = "local"
    clock: Callable[[], datetime] = field(default=utcnow)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone(VENUE_TZ).date()


class Service:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _sync(
        self,
        session: Session,
        *,
        entity: Entity,
        entity_id: str,
        action: str,
        payload: dict[str, Any],
        base_version: int | None = None,
        demo: bool = False,
    ) -> None:
        """Record a change for the registry, unless it is demo data, which never syncs."""
        if demo:
            return
        outbox.record(
            session,
            entity=entity,
            entity_id=entity_id,
            action=action,
            payload=jsonable(payload),
            base_version=base_version,
        )

    def _audit(
        self, session: Session, *, actor: str, action: str, subject: str, **detail: Any
    ) -> None:
        audit.append(session, actor=actor, action=action, subject=subject, detail=detail)
