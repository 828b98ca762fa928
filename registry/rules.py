"""Per-entity conflict rules of DESIGN.md section 3, applied to one pushed op at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from kiosk.domain import contract, review
from kiosk.domain.contract import Entity
from kiosk.domain.model import (
    APPLICATION_TRANSITIONS,
    CASE_TRANSITIONS,
    COMPLAINT_TRANSITIONS,
    POSTING_TRANSITIONS,
    ApplicationStatus,
    CaseStatus,
    ComplaintStatus,
    EmployerStatus,
    EnrollmentStatus,
    PostingStatus,
)
from kiosk.sync.protocol import Op, RejectReason
from registry import intake
from registry.store import Rec, Tx, venue_partition

S = TypeVar("S", bound=StrEnum)

GLOBAL = "global"
# Fields the registry owns on any record: never taken from a kiosk's payload.
SERVER_FIELDS = frozenset({"server_version", "deleted_at", "demo", "num", "origin_device"})
WORKER_IDENTITY = ("display_name", "birth_year")
WORKER_WRITE_ONCE = frozenset({"id", "card_code", "registered_at", "venue_id", "merged_into"})
# Two kiosks registering the same phone at once must not both miss each other.
WORKER_PHONE_LOCK = "worker-phone:"
EMPLOYER_FIELDS = ("name", "kind", "licence_no", "phone")
# Staff handling a complaint warned the employer it names (kiosk.services.complaints.WARN).
WARN = "warn"
POSTING_CREATE_STATUSES = frozenset(
    {PostingStatus.DRAFT, PostingStatus.PENDING_REVIEW, PostingStatus.OPEN}
)


class Rejected(Exception):
    """The op breaks a rule: recorded with its reason, and the batch goes on.

    `record` is the registry's truth the kiosk shows instead; `publish_to` are partitions that
    truth joins although the op is undone (the asking venue serves that worker from now on).
    """

    def __init__(
        self,
        reason: RejectReason,
        record: Rec | None = None,
        *,
        publish_to: tuple[str, ...] = (),
        detail: str = "",
    ) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.record = record
        self.publish_to = publish_to
        # Which field broke the contract and how (field names only: nothing personal).
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated device an op came from."""

    device_id: str
    venue_id: str
    partitions: tuple[str, ...]

    @property
    def venue_partition(self) -> str:
        return venue_partition(self.venue_id)


@dataclass(frozen=True, slots=True)
class Spec:
    scope: str  # "global" or "venue"
    parents: Mapping[str, str]
    append_only: bool = False


# The entities a kiosk may push, with where they go and what they point at.
SPECS: dict[str, Spec] = {
    Entity.EMPLOYER: Spec(GLOBAL, {}),
    Entity.POSTING: Spec(GLOBAL, {"employer_id": Entity.EMPLOYER}),
    Entity.WORKER: Spec("venue", {}),
    Entity.APPLICATION: Spec("venue", {"worker_id": Entity.WORKER, "posting_id": Entity.POSTING}),
    Entity.ENROLLMENT: Spec(
        "venue", {"course_id": Entity.TRAINING_COURSE, "worker_id": Entity.WORKER}
    ),
    Entity.COMPLAINT: Spec("venue", {}),
    Entity.ASSISTANCE_CASE: Spec("venue", {"worker_id": Entity.WORKER}),
    Entity.FOLLOW_UP: Spec("venue", {"case_id": Entity.ASSISTANCE_CASE}),
    Entity.SKILL_WISH: Spec("venue", {"worker_id": Entity.WORKER}),
    Entity.NEGOTIATION: Spec(
        "venue",
        {"posting_id": Entity.POSTING, "worker_id": Entity.WORKER, "employer_id": Entity.EMPLOYER},
        append_only=True,
    ),
}


def _clean(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k not in SERVER_FIELDS}


def _enum(kind: type[S], raw: Any) -> S:
    try:
        return kind(raw)
    except ValueError:
        raise Rejected(RejectReason.PAYLOAD_INVALID) from None


def _partitions(spec: Spec, caller: Caller) -> list[str]:
    return [GLOBAL] if spec.scope == GLOBAL else [caller.venue_partition]


def _live(tx: Tx, entity: str, record_id: str) -> Rec:
    rec = tx.get(entity, record_id)
    if rec is None or rec.deleted_at is not None:
        raise Rejected(RejectReason.NOT_FOUND)
    return rec


def canonical_worker(tx: Tx, worker_id: str) -> Rec | None:
    """The worker a merged duplicate points at (a chain is followed to its end)."""
    rec = tx.get(Entity.WORKER, worker_id)
    hops = 0
    while rec is not None and rec.data.get("merged_into") and hops < 8:
        rec = tx.get(Entity.WORKER, str(rec.data["merged_into"]))
        hops += 1
    return rec


def _check_parents(tx: Tx, spec: Spec, data: Mapping[str, Any], caller: Caller) -> None:
    for fld, entity in spec.parents.items():
        value = data.get(fld)
        if value in (None, ""):
            continue  # an optional link (a skill wish without a worker)
        parent = tx.get(entity, str(value))
        if parent is None or parent.deleted_at is not None:
            raise Rejected(RejectReason.PARENT_MISSING)
        if entity == Entity.WORKER:
            # A venue that serves a worker receives that worker: its records point at them.
            publish(tx, parent, caller.venue_partition)
        elif entity in SPECS and SPECS[entity].scope != GLOBAL:
            # Another venue's case takes no follow-ups from here: records hang off what the
            # device's venue holds.
            _visible(parent, caller)


def publish(tx: Tx, rec: Rec, partition: str) -> None:
    """Let one more venue receive a record, and first the venue records it points at.

    An application refused as a second one is published to the venue that asked; its worker
    may be another venue's, or a duplicate merged into the one that venue has. The parents go
    first, so they come first in the change log and a kiosk can apply the record.
    """
    spec = SPECS.get(rec.entity)
    if spec is None or spec.scope == GLOBAL:
        return  # every kiosk has it already
    for fld, entity in spec.parents.items():
        parent = tx.get(entity, str(rec.data.get(fld) or ""))
        if parent is not None:
            publish(tx, parent, partition)
    if rec.entity == Entity.WORKER:
        target = canonical_worker(tx, rec.id)
        if target is not None and target.id != rec.id:
            tx.add_partitions(target, [partition])
    tx.add_partitions(rec, [partition])


def _visible(rec: Rec, caller: Caller) -> None:
    if not set(rec.partitions.split()) & set(caller.partitions):
        raise Rejected(RejectReason.PARTITION_FORBIDDEN, rec)


def lookup_view(worker: Mapping[str, Any], caller: Caller) -> dict[str, Any]:
    """What a lookup tells the asking venue: everything of its own worker; of another venue's,
    only what it needs to serve them (no birth year, circumstances or grade)."""
    if worker.get("venue_id") in ("", caller.venue_id):
        return dict(worker)
    return {k: v for k, v in worker.items() if k in contract.WORKER_LOOKUP}


def apply(tx: Tx, caller: Caller, op: Op) -> Rec:
    """Apply one op; returns the record it left behind, or raises Rejected."""
    spec = SPECS.get(op.entity)
    if spec is None:
        raise Rejected(RejectReason.ENTITY_UNKNOWN)
    handler = HANDLERS.get((op.entity, op.action))
    if handler is None:
        if op.action not in ("create", "update", "transition"):
            raise Rejected(RejectReason.ACTION_UNKNOWN)
        raise Rejected(
            RejectReason.APPEND_ONLY if spec.append_only else RejectReason.ACTION_UNKNOWN
        )
    if op.action == "create" and op.payload.get("id", op.entity_id) != op.entity_id:
        raise Rejected(RejectReason.PAYLOAD_INVALID)
    return handler(tx, caller, checked(op, Entity(op.entity), caller), spec)


# A status change may carry a supervisor's corrections: a partial record of the same entity.
CORRECTIONS = "corrections"
VENUE_FIELD = "venue_id"


def checked(op: Op, entity: Entity, caller: Caller) -> Op:
    """The op as the contract allows it, or Rejected: every field typed, sized and named.

    A create must be a whole record; an update or status change only what it changes, plus
    the extras a status change carries. Fields the contract does not name are dropped, not
    refused: a newer kiosk may send what this registry does not know yet. A record's venue is
    the device's, whatever the payload says.
    """
    payload = op.payload
    record = contract.known_fields(entity, payload)
    if VENUE_FIELD in record or (op.action == "create" and VENUE_FIELD in contract.RECORDS[entity]):
        record[VENUE_FIELD] = caller.venue_id
    problem = contract.check(entity, record, partial=op.action != "create")
    extras = {k: v for k, v in payload.items() if k in contract.TRANSITION_EXTRAS}
    for name, value in extras.items():
        problem = problem or contract.check_extra(name, value)
    if CORRECTIONS in payload:
        sent = payload[CORRECTIONS]
        if not isinstance(sent, dict):
            problem = problem or contract.Problem(CORRECTIONS, "not a record")
        else:
            kept = contract.known_fields(entity, sent)
            problem = problem or contract.check(entity, kept, partial=True)
            extras[CORRECTIONS] = kept
    if problem is not None:
        raise Rejected(RejectReason.PAYLOAD_INVALID, detail=str(problem))
    return op.model_copy(update={"payload": {**record, **extras}})


def _existing_create(tx: Tx, op: Op, caller: Caller) -> Rec | None:
    """A create of an id the registry already holds: the same device's is a no-op."""
    rec = tx.get(op.entity, op.entity_id)
    if rec is None:
        return None
    if rec.origin_device == caller.device_id:
        return _unchanged(tx, rec)
    raise Rejected(RejectReason.ALREADY_EXISTS, rec)


def _unchanged(tx: Tx, rec: Rec) -> Rec:
    """An op that changes nothing still bumps the version: a kiosk that skipped this record
    while its op was waiting must pull the registry's copy again."""
    return tx.update(rec, {})


def _create_plain(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    """Append-only and venue-owned records: inserted once, as sent."""
    existing = _existing_create(tx, op, caller)
    if existing is not None:
        return existing
    data = _clean(op.payload)
    _check_parents(tx, spec, data, caller)
    return tx.insert(
        op.entity,
        op.entity_id,
        data,
        partitions=_partitions(spec, caller),
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
    )


def _create_employer(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    existing = _existing_create(tx, op, caller)
    if existing is not None:
        return existing
    if not str(op.payload.get("name", "")).strip():
        raise Rejected(RejectReason.PAYLOAD_INVALID)
    data: dict[str, Any] = {k: op.payload.get(k, "") for k in EMPLOYER_FIELDS}
    # Verification and the blacklist are the registry's to decide, never a kiosk's.
    data.update(
        verified=False, status=EmployerStatus.OK.value, warnings=0, venue_id=caller.venue_id
    )
    return tx.insert(
        Entity.EMPLOYER,
        op.entity_id,
        data,
        partitions=[GLOBAL],
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
    )


def _create_posting(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    existing = _existing_create(tx, op, caller)
    if existing is not None:
        return existing
    data = _clean(op.payload)
    status = _enum(PostingStatus, data.get("status", PostingStatus.DRAFT.value))
    if status not in POSTING_CREATE_STATUSES:
        raise Rejected(RejectReason.PAYLOAD_INVALID)
    employer = tx.get(Entity.EMPLOYER, str(data["employer_id"]))
    if employer is None:
        raise Rejected(RejectReason.PARENT_MISSING)
    # Screened again here: a kiosk that did not know of a blacklist yet, or one that claims
    # a posting with a deposit in its text is clean, has it held for review all the same.
    status, flags = intake.screen(dict(data, status=status.value), employer.data)
    data.update(filled=0, status=status.value, flags=flags)
    return tx.insert(
        Entity.POSTING,
        op.entity_id,
        data,
        partitions=[GLOBAL],
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
    )


def _transition_posting(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = _live(tx, Entity.POSTING, op.entity_id)
    target = _enum(PostingStatus, op.payload.get("status"))
    current = PostingStatus(rec.data.get("status", PostingStatus.DRAFT.value))
    if current == target:
        return _unchanged(tx, rec)
    own_venue = rec.venue_id in ("", caller.venue_id)
    if not own_venue and target is not PostingStatus.EXPIRED:
        raise Rejected(RejectReason.PARTITION_FORBIDDEN, rec)
    if current is PostingStatus.SUSPENDED and rec.data.get("moderated"):
        # Registry moderation wins: only the registry lifts its own suspension.
        raise Rejected(RejectReason.POSTING_SUSPENDED, rec)
    stale = op.base_version is not None and op.base_version not in (0, rec.version)
    if stale and op.payload.get("from") != current.value:
        # Someone changed the posting since the kiosk saw it: accept only if the status
        # the kiosk moved from is still the status here (filled counts bump versions too).
        raise Rejected(RejectReason.STALE_BASE_VERSION, rec)
    if target not in POSTING_TRANSITIONS[current]:
        raise Rejected(RejectReason.TRANSITION_INVALID, rec)
    changes: dict[str, Any] = {"status": target.value}
    if op.payload.get("reason"):
        changes["review_note"] = str(op.payload["reason"])
    changes.update(_review_corrections(op, current, target, own_venue))
    return tx.update(rec, changes)


def _review_corrections(
    op: Op, current: PostingStatus, target: PostingStatus, own_venue: bool
) -> dict[str, Any]:
    """A venue supervisor's corrections, sent with the approval of its own held posting."""
    sent = op.payload.get("corrections")
    if not sent:
        return {}
    held = current is PostingStatus.PENDING_REVIEW and target is PostingStatus.OPEN
    if not isinstance(sent, dict) or not own_venue or not held:
        raise Rejected(RejectReason.PAYLOAD_INVALID)
    allowed = {k: v for k, v in sent.items() if k in review.CORRECTABLE}
    if "flags" in sent:
        allowed["flags"] = list(sent["flags"] or [])
    return allowed


def _worker_partitions(caller: Caller) -> list[str]:
    return [caller.venue_partition]


def _create_worker(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    existing = _existing_create(tx, op, caller)
    if existing is not None:
        return existing
    data = _clean(op.payload)
    phone = str(data.get("phone") or "")
    if not phone or not str(data.get("display_name") or "").strip():
        raise Rejected(RejectReason.PAYLOAD_INVALID)
    # Two kiosks registering the same phone at once must not both miss each other.
    tx.lock(WORKER_PHONE_LOCK + phone)
    same = tx.find(Entity.WORKER, lookup=phone)
    if same is None:
        data["merged_into"] = None
        return tx.insert(
            Entity.WORKER,
            op.entity_id,
            data,
            partitions=_worker_partitions(caller),
            venue_id=caller.venue_id,
            origin_device=caller.device_id,
            lookup=phone,
            card_code=str(data.get("card_code") or ""),
        )
    # Same phone registered twice: keep the first, merge the newcomer's details into it
    # (identity fields stay as first written), and keep the second as a pointer.
    changes = _worker_merge_changes(same.data, data)
    if same.venue_id not in ("", caller.venue_id):
        # Who they are and the help they get stay their own venue's, as for an update.
        changes = {k: v for k, v in changes.items() if k not in contract.WORKER_VENUE_ONLY}
    tx.update(same, changes, add_partitions=[caller.venue_partition])
    data["merged_into"] = same.id
    return tx.insert(
        Entity.WORKER,
        op.entity_id,
        data,
        partitions=_worker_partitions(caller),
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
        lookup=None,
        card_code=str(data.get("card_code") or ""),
    )


def _worker_merge_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key, value in new.items():
        if key in WORKER_WRITE_ONCE or key in ("phone", "created_at", "updated_at"):
            continue
        if key in WORKER_IDENTITY:
            if old.get(key) in (None, "") and value not in (None, ""):
                changes[key] = value
            continue
        if key in ("skills", "available_dates") and isinstance(value, list):
            merged = list(dict.fromkeys([*(old.get(key) or []), *value]))
            changes[key] = sorted(merged) if key == "available_dates" else merged
        elif value not in (None, "", []):
            changes[key] = value
    return changes


def _update_worker(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = _live(tx, Entity.WORKER, op.entity_id)
    target = canonical_worker(tx, rec.id) or rec
    # A venue changes a worker it serves (one in its partitions), and only the worker's own
    # venue changes who they are and the help they get.
    _visible(target, caller)
    base = _worker_base(tx, rec, op.base_version)
    sent = _clean(op.payload)
    changed = {
        k: v
        for k, v in sent.items()
        if k not in WORKER_WRITE_ONCE and k not in ("created_at", "updated_at") and base.get(k) != v
    }
    if target.venue_id not in ("", caller.venue_id) and set(changed) & contract.WORKER_VENUE_ONLY:
        raise Rejected(RejectReason.PARTITION_FORBIDDEN, target)
    # Per-field last writer in registry order: only the fields this kiosk changed count.
    if "phone" in changed:
        phone = str(changed["phone"] or "")
        if not phone:
            raise Rejected(RejectReason.PAYLOAD_INVALID, target)
        tx.lock(WORKER_PHONE_LOCK + phone)
        other = tx.find(Entity.WORKER, lookup=phone)
        if other is not None and other.id != target.id:
            raise Rejected(RejectReason.ALREADY_EXISTS, target)
        target.lookup = phone
    return tx.update(target, changed, add_partitions=[caller.venue_partition])


def _worker_base(tx: Tx, rec: Rec, base_version: int | None) -> dict[str, Any]:
    """What the kiosk saw before its change: the version it names, else the first one."""
    wanted = base_version or 1
    for version in range(min(wanted, rec.version), 0, -1):
        data = tx.version_data(Entity.WORKER, rec.id, version)
        if data is not None:
            return data
    return dict(rec.data)


def _app_key(tx: Tx, data: Mapping[str, Any]) -> str:
    worker = canonical_worker(tx, str(data.get("worker_id", "")))
    worker_id = worker.id if worker else str(data.get("worker_id", ""))
    return f"{worker_id}/{data.get('posting_id', '')}"


def _enrollment_key(data: Mapping[str, Any]) -> str:
    return f"{data.get('course_id')}/{data.get('worker_id')}"


def refused_truth(tx: Tx, caller: Caller, op: Op, reason: str | None) -> Rec | None:
    """The registry's record to show instead of an op it refused, for a copy of that op
    delivered again (its first answer was lost): that copy is answered from the op log, and
    without the record a kiosk kept what was refused. Its refused application stayed at
    version 0 for good when the one it duplicated was for a merged worker's other id.

    The record as it is now (a refusal's first answer carried it as it was then), and only if
    the device's venue receives it.
    """
    rec: Rec | None = None
    if reason == RejectReason.ALREADY_EXISTS.value and op.action == "create":
        if op.entity == Entity.APPLICATION:
            rec = tx.find(Entity.APPLICATION, lookup=_app_key(tx, op.payload))
        elif op.entity == Entity.ENROLLMENT:
            rec = tx.find(Entity.ENROLLMENT, lookup=_enrollment_key(op.payload))
    if rec is None:
        rec = tx.get(op.entity, op.entity_id)
        if rec is not None and op.entity == Entity.WORKER:
            rec = canonical_worker(tx, rec.id) or rec
    if rec is None or rec.deleted_at is not None:
        return None  # gone (an erased worker): the kiosk's next pull brings the tombstone
    return rec if set(rec.partitions.split()) & set(caller.partitions) else None


def _create_application(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    existing = _existing_create(tx, op, caller)
    if existing is not None:
        return existing
    data = _clean(op.payload)
    _check_parents(tx, spec, data, caller)
    status = _enum(ApplicationStatus, data.get("status", ApplicationStatus.INTERESTED.value))
    key = _app_key(tx, data)
    tx.lock(f"application:{key}")
    other = tx.find(Entity.APPLICATION, lookup=key)
    if other is not None:
        # One application per worker and posting, whichever kiosk recorded it first. Another
        # venue's: the asking venue receives it, and follows it from now on.
        raise Rejected(RejectReason.ALREADY_EXISTS, other, publish_to=(caller.venue_partition,))
    rec = tx.insert(
        Entity.APPLICATION,
        op.entity_id,
        dict(data, status=status.value),
        partitions=_partitions(spec, caller),
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
        lookup=key,
    )
    if status is ApplicationStatus.HIRED:
        _hire_effects(tx, str(data["posting_id"]), ApplicationStatus.INTERESTED, status)
    return rec


def _transition_application(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = _live(tx, Entity.APPLICATION, op.entity_id)
    _visible(rec, caller)
    target = _enum(ApplicationStatus, op.payload.get("status"))
    current = ApplicationStatus(rec.data.get("status", ApplicationStatus.INTERESTED.value))
    if current == target:
        return _unchanged(tx, rec)
    # Terminal states win: whichever terminal status arrived first stays.
    if target not in APPLICATION_TRANSITIONS[current]:
        raise Rejected(RejectReason.TRANSITION_INVALID, rec)
    tx.update(rec, {"status": target.value})
    _hire_effects(tx, str(rec.data.get("posting_id", "")), current, target)
    return rec


def _hire_effects(
    tx: Tx, posting_id: str, current: ApplicationStatus, target: ApplicationStatus
) -> None:
    """Filled counts are derived from hires here, never taken from a kiosk."""
    posting = tx.get(Entity.POSTING, posting_id)
    if posting is None:
        return
    filled = int(posting.data.get("filled") or 0)
    if target is ApplicationStatus.HIRED:
        filled += 1
    elif current is ApplicationStatus.HIRED:
        filled = max(0, filled - 1)
    else:
        return
    headcount = int(posting.data.get("headcount") or 0)
    status = posting.data.get("status")
    if status == PostingStatus.OPEN.value and filled >= headcount:
        status = PostingStatus.FILLED.value
    elif status == PostingStatus.FILLED.value and filled < headcount:
        status = PostingStatus.OPEN.value
    tx.update(posting, {"filled": filled, "status": status})


def _create_enrollment(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = tx.get(Entity.ENROLLMENT, op.entity_id)
    data = _clean(op.payload)
    status = _enum(EnrollmentStatus, data.get("status"))
    if rec is not None:
        # The kiosk re-uses a cancelled enrollment's row when the worker signs up again.
        _visible(rec, caller)
        return tx.update(rec, {"status": status.value})
    _check_parents(tx, spec, data, caller)
    key = _enrollment_key(data)
    tx.lock(f"enrollment:{key}")
    other = tx.find(Entity.ENROLLMENT, lookup=key)
    if other is not None:
        raise Rejected(RejectReason.ALREADY_EXISTS, other, publish_to=(caller.venue_partition,))
    return tx.insert(
        Entity.ENROLLMENT,
        op.entity_id,
        dict(data, status=status.value),
        partitions=_partitions(spec, caller),
        venue_id=caller.venue_id,
        origin_device=caller.device_id,
        lookup=key,
    )


def _transition_enrollment(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = _live(tx, Entity.ENROLLMENT, op.entity_id)
    _visible(rec, caller)
    status = _enum(EnrollmentStatus, op.payload.get("status"))
    if rec.data.get("status") == status.value:
        return _unchanged(tx, rec)
    return tx.update(rec, {"status": status.value})


def _transition_with_words(
    tx: Tx,
    caller: Caller,
    op: Op,
    transitions: Mapping[S, frozenset[S]],
    initial: S,
    words: tuple[str, ...],
) -> Rec:
    """A status change that carries staff's words (a complaint's resolution, a case's outcome).

    Asking for the status a record already has changes nothing, unless the status is final and
    the words (the first of `words`) differ: two kiosks closed it with different words. The
    first stays; the second is refused, so the staff who wrote it see theirs was not kept.
    """
    rec = _live(tx, op.entity, op.entity_id)
    _visible(rec, caller)
    kind = type(initial)
    target = _enum(kind, op.payload.get("status"))
    current = kind(rec.data.get("status", initial.value))
    said = str(op.payload.get(words[0]) or "")
    if current == target and (transitions[current] or said == rec.data.get(words[0])):
        return _unchanged(tx, rec)
    if target not in transitions[current]:
        raise Rejected(RejectReason.TRANSITION_INVALID, rec)
    changes = {"status": target.value}
    for fld in words:
        if op.payload.get(fld):
            changes[fld] = str(op.payload[fld])
    return tx.update(rec, changes)


def _transition_complaint(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    warned_before = _live(tx, op.entity, op.entity_id).data.get("proposed_action") == WARN
    rec = _transition_with_words(
        tx, caller, op, COMPLAINT_TRANSITIONS, ComplaintStatus.RECEIVED,
        ("resolution", "proposed_action"),
    )  # fmt: skip
    employer = complaint_employer(tx, rec.data)
    if rec.data.get("proposed_action") == WARN and not warned_before and employer is not None:
        # A venue's warning counts on the employer everywhere (a global record).
        tx.update(employer, {"warnings": int(employer.data.get("warnings") or 0) + 1})
    return rec


def complaint_employer(tx: Tx, data: Mapping[str, Any]) -> Rec | None:
    """The employer a complaint names: itself, or the employer of the posting it names."""
    target_id = str(data.get("target_id") or "")
    if not target_id:
        return None
    if data.get("target") == "posting":
        posting = tx.get(Entity.POSTING, target_id)
        target_id = str(posting.data.get("employer_id") or "") if posting else ""
    elif data.get("target") not in ("employer", "intermediary"):
        return None
    return tx.get(Entity.EMPLOYER, target_id) if target_id else None


def _transition_case(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    # A closed case stays closed (CASE_TRANSITIONS): the first close keeps its outcome.
    return _transition_with_words(
        tx, caller, op, CASE_TRANSITIONS, CaseStatus.OPEN, ("outcome", "closed_at")
    )


def _update_follow_up(tx: Tx, caller: Caller, op: Op, spec: Spec) -> Rec:
    rec = _live(tx, Entity.FOLLOW_UP, op.entity_id)
    _visible(rec, caller)
    # Notes are append-only; only "done" may be set, and once.
    if rec.data.get("done_at"):
        return _unchanged(tx, rec)
    done_at = op.payload.get("done_at")
    if not done_at or set(op.payload) - {"done_at"}:
        raise Rejected(RejectReason.APPEND_ONLY, rec)
    return tx.update(rec, {"done_at": done_at})


Handler = Callable[[Tx, Caller, Op, Spec], Rec]

HANDLERS: dict[tuple[str, str], Handler] = {
    (Entity.EMPLOYER, "create"): _create_employer,
    (Entity.POSTING, "create"): _create_posting,
    (Entity.POSTING, "transition"): _transition_posting,
    (Entity.WORKER, "create"): _create_worker,
    (Entity.WORKER, "update"): _update_worker,
    (Entity.APPLICATION, "create"): _create_application,
    (Entity.APPLICATION, "transition"): _transition_application,
    (Entity.ENROLLMENT, "create"): _create_enrollment,
    (Entity.ENROLLMENT, "transition"): _transition_enrollment,
    (Entity.COMPLAINT, "create"): _create_plain,
    (Entity.COMPLAINT, "transition"): _transition_complaint,
    (Entity.ASSISTANCE_CASE, "create"): _create_plain,
    (Entity.ASSISTANCE_CASE, "transition"): _transition_case,
    (Entity.FOLLOW_UP, "create"): _create_plain,
    (Entity.FOLLOW_UP, "update"): _update_follow_up,
    (Entity.SKILL_WISH, "create"): _create_plain,
    (Entity.NEGOTIATION, "create"): _create_plain,
}
