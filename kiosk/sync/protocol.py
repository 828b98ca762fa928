"""Wire models and request signing shared by the sync client and the registry (DESIGN.md §4)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

API_PREFIX = "/v1"
ENROLL_PATH = "/v1/enroll"
PUSH_PATH = "/v1/sync/push"
PULL_PATH = "/v1/sync/pull"
WORKER_LOOKUP_PATH = "/v1/workers/lookup"
# A first sync from per-partition snapshots (issue 16): the list, then each one's bytes at
# SNAPSHOT_PATH/{id} (HTTP Range). A registry without them answers 404: cursor pulls then.
SNAPSHOT_PATH = "/v1/sync/snapshot"
# A kiosk says which pulled records it had to set aside, so the city can mend them (issue 14).
SET_ASIDE_PATH = "/v1/sync/set-aside"

MAX_BATCH = 500
DEFAULT_BATCH = 200
DEFAULT_PAGE = 1000
MAX_PAGE = 5000
# Request bodies the registry reads at most (bytes): a push of DEFAULT_BATCH ops at the sync
# contract's field limits fits; anything larger is refused (413) before it is read.
MAX_PUSH_BYTES = 8 * 1024 * 1024
MAX_ENROLL_BYTES = 16 * 1024
MAX_OTHER_BYTES = 64 * 1024
# Sequence numbers (op_seq, cursors, versions) are 64-bit integers in every database: a larger
# one is refused as invalid, never sent to the database (where it was a 500).
MAX_SEQ = 2**63 - 1
# A signed request is accepted this long either side of the registry's own clock.
TIME_WINDOW_S = 300
TOMBSTONE_DAYS = 180

HEADER_DEVICE = "X-Device-Id"
HEADER_TIMESTAMP = "X-Timestamp"
HEADER_NONCE = "X-Nonce"
HEADER_SIGNATURE = "X-Signature"
# The sync protocol this code speaks; raised when the wire changes in a way an older peer cannot
# read (release 0.2.0: the registry validates every op against kiosk/domain/contract.py, clock
# statements, set-aside records). Kiosks send it and their release on every request; the
# registry answers with the range it serves (registry/versions.py).
PROTOCOL_VERSION = 2
# Snapshots are SQLite images (kiosk/domain/snapshot_image.py) since release 0.5.0, an additive
# change: a kiosk asks for them by this header on both snapshot paths, and the list says the
# format of each. A kiosk that does not ask (0.4.0 took JSON lines) is answered 404, as by a
# registry without snapshots, and catches up by cursor pulls; a list from an older registry
# names no format, and this kiosk then does the same.
HEADER_SNAPSHOT_FORMAT = "X-Snapshot-Format"
SNAPSHOT_FORMAT = "sqlite-image-1"
HEADER_PROTOCOL = "X-Sync-Protocol"
HEADER_RELEASE = "X-Kiosk-Release"
HEADER_SERVED = "X-Sync-Protocol-Served"
HEADER_REGISTRY_RELEASE = "X-Registry-Release"

OpAction = Literal["create", "update", "transition"]
OpStatus = Literal["applied", "rejected"]


class ApiErrorCode(StrEnum):
    """Stable error codes the registry returns; the kiosk shows its own words for them."""

    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_INVALID = "signature_invalid"
    CLOCK_SKEW = "clock_skew"
    NONCE_REUSED = "nonce_reused"
    DEVICE_UNKNOWN = "device_unknown"
    DEVICE_REVOKED = "device_revoked"
    ENROLL_CODE_INVALID = "enroll_code_invalid"
    PARTITION_FORBIDDEN = "partition_forbidden"
    OP_SEQ_GAP = "op_seq_gap"
    BATCH_TOO_LARGE = "batch_too_large"
    CURSOR_EXPIRED = "cursor_expired"
    EPOCH_CHANGED = "epoch_changed"
    CURSOR_INVALID = "cursor_invalid"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"
    BODY_TOO_LARGE = "body_too_large"
    REQUEST_INVALID = "request_invalid"
    RATE_LIMITED = "rate_limited"
    PROTOCOL_UNSUPPORTED = "protocol_unsupported"
    # A request body in a Content-Encoding the registry does not read (415), or one that does
    # not inflate (400): see kiosk/sync/wire.py.
    ENCODING_UNSUPPORTED = "encoding_unsupported"
    BODY_CORRUPT = "body_corrupt"


class RejectReason(StrEnum):
    """Why the registry refused one op (the op is recorded; later ops still apply)."""

    ENTITY_UNKNOWN = "entity_unknown"
    ACTION_UNKNOWN = "action_unknown"
    PAYLOAD_INVALID = "payload_invalid"
    NOT_FOUND = "not_found"
    PARENT_MISSING = "parent_missing"
    STALE_BASE_VERSION = "stale_base_version"
    TRANSITION_INVALID = "transition_invalid"
    POSTING_SUSPENDED = "posting_suspended"
    ALREADY_EXISTS = "already_exists"
    APPEND_ONLY = "append_only"
    PARTITION_FORBIDDEN = "partition_forbidden"


class ErrorBody(BaseModel):
    error: ApiErrorCode
    message: str = ""
    expected_op_seq: int | None = None
    # On clock_skew: the registry's time, signed over the request's device and nonce
    # (`time_statement`) with the key the kiosk pinned at enrollment.
    server_time: float | None = None
    time_signature: str | None = None


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    public_key: str = Field(min_length=40, max_length=64)
    device_name: str = Field(default="", max_length=100)
    # The first op this device will push: ops queued before enrollment sync too.
    next_op_seq: int = Field(default=1, ge=1, le=MAX_SEQ)
    # The new key's signature of `enroll_proof(...)`: whoever enrolls holds the private key,
    # so nobody can enroll a key they copied from elsewhere (another device's, say).
    proof: str = Field(min_length=40, max_length=120)


class VenueInfo(BaseModel):
    id: str
    name: str
    district: str = ""
    region: str = ""
    address: str = ""
    hours: str = ""
    hotline: str = ""


class EnrollResponse(BaseModel):
    device_id: str
    venue: VenueInfo
    partitions: list[str]
    epoch: str
    server_time: float
    # The key that signs the registry's time in clock_skew answers (see `time_statement`).
    registry_key: str = ""


class Op(BaseModel):
    op_seq: int = Field(ge=1, le=MAX_SEQ)
    op_id: str = Field(min_length=1, max_length=64)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=64)
    action: str = Field(max_length=20)
    payload: dict[str, Any] = Field(default_factory=dict)
    base_version: int | None = Field(default=None, ge=0, le=MAX_SEQ)


class PushRequest(BaseModel):
    ops: list[Op] = Field(max_length=MAX_BATCH)


class OpResult(BaseModel):
    op_seq: int
    op_id: str
    status: OpStatus
    reason: str | None = None
    # A payload_invalid's field and what was wrong with it ("start_date: not a date or time").
    detail: str | None = None
    version: int | None = None
    duplicate: bool = False
    # On a rejection: the record as the registry holds it, so the kiosk can show the truth.
    record: dict[str, Any] | None = None
    record_version: int | None = None


class PushResponse(BaseModel):
    results: list[OpResult]
    last_op_seq: int


class Change(BaseModel):
    seq: int
    entity: str
    id: str
    version: int
    data: dict[str, Any] | None = None
    deleted: bool = False


class PullResponse(BaseModel):
    changes: list[Change]
    cursor: str
    more: bool
    epoch: str
    partitions: list[str]
    # The registry's record of this device's pushes: lower than the kiosk's means ops were lost.
    last_op_seq: int
    server_time: float
    # Changes after this page (an estimate), so a long catch-up can show a total; older
    # registries do not say.
    remaining: int | None = None


class SetAsideItem(BaseModel):
    """One pulled record a kiosk set aside: which, at what version, and what broke (field
    names and kinds only, never the values: `kiosk.domain.contract.Problem`)."""

    entity: str = Field(max_length=40)
    id: str = Field(max_length=64)
    version: int = Field(ge=0, le=MAX_SEQ)
    problem: str = Field(max_length=200)


# The newest this many are reported; the count says how many there are in all.
MAX_SET_ASIDE_REPORTED = 200


class SetAsideReport(BaseModel):
    """Everything the kiosk holds set aside now: the registry replaces its last report."""

    total: int = Field(ge=0, le=MAX_SEQ)
    items: list[SetAsideItem] = Field(max_length=MAX_SET_ASIDE_REPORTED)


class SetAsideAnswer(BaseModel):
    recorded: int


class SnapshotInfo(BaseModel):
    """One partition's snapshot: its bytes are at SNAPSHOT_PATH/{id}, ETag `sha256`."""

    id: str
    partition: str
    epoch: str
    # Where cursor pulls continue once it is loaded: every change at or below it is in it.
    cursor: str
    records: int
    bytes: int
    sha256: str
    # SNAPSHOT_FORMAT; empty from a registry before 0.5.0 (its snapshots are JSON lines).
    format: str = ""


class SnapshotList(BaseModel):
    snapshots: list[SnapshotInfo]
    # As in a pull answer: lower than the kiosk's means ops were lost (a restored registry).
    last_op_seq: int
    server_time: float


class WorkerLookupResponse(BaseModel):
    worker: dict[str, Any]
    version: int


class DeviceInfo(BaseModel):
    device_id: str
    venue_id: str
    name: str
    public_key: str
    revoked: bool
    # What the device's requests last said (registry/versions.py).
    release: str = ""
    protocol: int = 1
    last_seen_at: datetime | None = None


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signing_payload(
    *, method: str, path: str, body: bytes, device_id: str, timestamp: str, nonce: str
) -> bytes:
    """The exact bytes a device signs: a change to any part breaks the signature."""
    lines = [method.upper(), path, body_digest(body), device_id, timestamp, nonce]
    return "\n".join(lines).encode("utf-8")


def round_time(at: float) -> float:
    """Times in signed statements are whole milliseconds, so they survive JSON unchanged."""
    return round(at, 3)


def time_statement(*, device_id: str, nonce: str, server_time: float) -> bytes:
    """The bytes the registry signs to tell the device that sent `nonce` what time it is."""
    lines = ["registry-time/1", device_id, nonce, f"{server_time:.3f}"]
    return "\n".join(lines).encode("utf-8")


def enroll_proof(*, code: str, public_key: str, device_name: str, next_op_seq: int) -> bytes:
    """The bytes a new device signs with its new key when it enrolls."""
    lines = ["kiosk-enroll/1", code, public_key, device_name, str(next_op_seq)]
    return "\n".join(lines).encode("utf-8")


def make_cursor(epoch: str, seq: int, tag: str = "") -> str:
    """`epoch.seq.tag`: tag names the change row at seq, so a restored registry is noticed."""
    return f"{epoch}.{seq}.{tag}"


def parse_cursor(cursor: str) -> tuple[str, int, str]:
    """(epoch, seq, tag); an empty cursor means "from the beginning" of any epoch."""
    if not cursor:
        return "", 0, ""
    parts = cursor.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1].isascii() or not parts[1].isdigit():
        raise ValueError(cursor)
    seq = int(parts[1])
    if seq > MAX_SEQ:
        raise ValueError(cursor)
    return parts[0], seq, parts[2]


def change_tag(entity: str, entity_id: str, version: int, partition: str) -> str:
    raw = f"{entity}/{entity_id}/{version}/{partition}".encode()
    return hashlib.sha256(raw).hexdigest()[:12]
