"""Small key/value facts about this device and its sync (device id, cursor, epoch...)."""

from __future__ import annotations

from sqlmodel import Session

from kiosk.store.tables import SyncStateRow

DEVICE_ID = "device_id"


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(SyncStateRow, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(SyncStateRow, key)
    if row is None:
        row = SyncStateRow(key=key, value=value)
    else:
        row.value = value
    session.add(row)
