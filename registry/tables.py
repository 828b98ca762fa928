"""Registry tables on their own metadata, so the kiosk's Alembic never sees them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry as mapper_registry
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

metadata = MetaData()
_registry = mapper_registry(metadata=metadata)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _at() -> Any:
    return Field(sa_column=Column(UTCDateTime(), nullable=False))


def _at_opt() -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class RegistryModel(SQLModel, registry=_registry):
    """Base of every registry table: SQLModel's global metadata stays the kiosk's alone."""


class Meta(RegistryModel, table=True):
    """Facts about this registry database: its epoch and the tombstone horizon."""

    __tablename__ = "reg_meta"
    key: str = Field(primary_key=True, max_length=40)
    value: str


class Venue(RegistryModel, table=True):
    __tablename__ = "reg_venue"
    id: str = Field(primary_key=True, max_length=36)
    name: str
    district: str = ""
    region: str = ""
    address: str = ""
    hours: str = ""
    hotline: str = ""
    created_at: datetime = _at()


class Device(RegistryModel, table=True):
    __tablename__ = "reg_device"
    id: str = Field(primary_key=True, max_length=40)
    venue_id: str = Field(foreign_key="reg_venue.id", index=True)
    name: str = ""
    public_key: str = Field(unique=True)
    # The highest op_seq applied from this device; changed only in a push transaction.
    last_op_seq: int = Field(default=0, sa_type=BigInteger)
    enrolled_at: datetime = _at()
    revoked_at: datetime | None = _at_opt()
    last_seen_at: datetime | None = _at_opt()
    # What the device's requests last said (registry/versions.py), for a staged rollout.
    release: str = Field(default="", max_length=40)
    protocol: int = 1


class EnrollCode(RegistryModel, table=True):
    __tablename__ = "reg_enroll_code"
    code_hash: str = Field(primary_key=True, max_length=64)
    venue_id: str = Field(foreign_key="reg_venue.id")
    expires_at: datetime = _at()
    used_at: datetime | None = _at_opt()
    device_id: str | None = None


class Nonce(RegistryModel, table=True):
    """Nonces seen inside the time window; a second use of one is a replay."""

    __tablename__ = "reg_nonce"
    device_id: str = Field(primary_key=True, max_length=40)
    nonce: str = Field(primary_key=True, max_length=64)
    seen_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


class OpLog(RegistryModel, table=True):
    """Every op a device pushed and what came of it: a duplicate gets this stored result."""

    __tablename__ = "reg_op"
    device_id: str = Field(primary_key=True, max_length=40)
    op_seq: int = Field(primary_key=True, sa_type=BigInteger)
    op_id: str = Field(max_length=64)
    entity: str
    entity_id: str
    action: str
    status: str
    reason: str | None = None
    version: int | None = None
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    applied_at: datetime = _at()


class Record(RegistryModel, table=True):
    """The registry's copy of one synced record; `data` holds the kiosk column values."""

    __tablename__ = "reg_record"
    __table_args__ = (
        Index("ix_reg_record_lookup", "entity", "lookup"),
        Index("ix_reg_record_card", "entity", "card_code"),
    )
    entity: str = Field(primary_key=True, max_length=40)
    id: str = Field(primary_key=True, max_length=64)
    version: int = 1
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    # Space-separated partitions the record is published to ("global", "venue:V", ...).
    partitions: str
    venue_id: str = ""
    origin_device: str = ""
    # Natural keys: worker phone, application "worker_id/posting_id", enrollment "course/worker".
    lookup: str | None = Field(default=None, max_length=200)
    card_code: str | None = Field(default=None, max_length=40)
    created_at: datetime = _at()
    updated_at: datetime = _at()
    deleted_at: datetime | None = _at_opt()


class RecordVersion(RegistryModel, table=True):
    """Past versions of workers: the base a field-level merge compares against."""

    __tablename__ = "reg_record_version"
    entity: str = Field(primary_key=True, max_length=40)
    id: str = Field(primary_key=True, max_length=64)
    version: int = Field(primary_key=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class ChangeLog(RegistryModel, table=True):
    """One row per record change and partition, in commit order (see store.emit_changes)."""

    __tablename__ = "reg_change"
    __table_args__ = (
        Index("ix_reg_change_partition_seq", "partition", "seq"),
        UniqueConstraint("entity", "entity_id", "version", "partition"),
        # Never reuse a seq after pruning: a kiosk's cursor must not skip a new row.
        {"sqlite_autoincrement": True},
    )
    # INTEGER on SQLite so the key is the rowid alias and autoincrements.
    seq: int | None = Field(
        default=None, primary_key=True, sa_type=BigInteger().with_variant(Integer(), "sqlite")
    )
    partition: str = Field(max_length=80)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=64)
    version: int


class SetAsideRecord(RegistryModel, table=True):
    """A record a kiosk pulled and could not take (it broke the sync contract): what its last
    report said, so the city sees what to mend (`kiosk-registry set-aside list`)."""

    __tablename__ = "reg_set_aside"
    device_id: str = Field(primary_key=True, max_length=40)
    entity: str = Field(primary_key=True, max_length=40)
    record_id: str = Field(primary_key=True, max_length=64)
    venue_id: str = Field(max_length=36, index=True)
    version: int = Field(sa_type=BigInteger)
    problem: str = Field(max_length=200)
    reported_at: datetime = _at()


class Snapshot(RegistryModel, table=True):
    """One partition's live records, zstd-compressed, as a new kiosk's first sync loads them
    (registry/snapshot.py). In the database, so every registry process serves the same one."""

    __tablename__ = "reg_snapshot"
    partition: str = Field(primary_key=True, max_length=80)
    epoch: str = Field(max_length=40)
    # Every change at or below seq is in it (records may be newer: pulls from seq re-apply).
    seq: int = Field(sa_type=BigInteger)
    tag: str = Field(max_length=20)
    records: int
    size: int = Field(sa_type=BigInteger)
    # Of the compressed bytes: the ETag and what the kiosk checks after a download.
    sha256: str = Field(max_length=64)
    built_at: datetime = _at()
    data: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))
