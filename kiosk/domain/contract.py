"""The sync contract: one typed record per synced entity, shared by the kiosk and the registry.

Each entity's fields with their kind, length limit, enum and whether they are required or may
be null (DESIGN.md section 2, "one record, declared once"). The registry validates every pushed
op against it; a kiosk checks every pulled record against it and sets aside what fails. The
kiosk's tables and mappers are held equal to it by tests/unit/sync/test_contract.py.

Plain stdlib on purpose: the kiosk's store (below kiosk.sync) checks pulled records with it too,
and the domain uses nothing but the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from functools import cache
from typing import Any, cast

from kiosk.domain.model import (
    ApplicationStatus,
    CaseStatus,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    ComplaintTarget,
    EmployerKind,
    EmployerStatus,
    EnrollmentStatus,
    Lane,
    NegotiationOutcome,
    PartyKind,
    PayUnit,
    PostingStatus,
    SessionKind,
    SessionStatus,
    Settlement,
    TicketState,
)
from kiosk.domain.validation import SKILL_TAG_LIMIT, SKILL_TAGS_MAX, TEXT_LIMITS


class Entity(StrEnum):
    """Every record kind that travels between kiosks and the registry, parents first."""

    VENUE = "venue"
    DEVICE_KEY = "device_key"
    EMPLOYER = "employer"
    TRAINING_COURSE = "training_course"
    WORKER = "worker"
    POSTING = "posting"
    MATCH_SESSION = "match_session"
    APPLICATION = "application"
    ENROLLMENT = "enrollment"
    CHECK_IN = "check_in"
    NEGOTIATION = "negotiation"
    ASSISTANCE_CASE = "assistance_case"
    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"
    SKILL_WISH = "skill_wish"


class Kind(StrEnum):
    """A field's type as it travels in JSON."""

    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"  # ISO 8601 text
    TIME = "time"
    DATETIME = "datetime"
    TEXT_LIST = "text_list"
    TERMS = "terms"  # an object of short text values (negotiated terms)
    FLAGS = "flags"  # a list of such objects (screening flags)


# Beyond any real value and inside every database's 64-bit integer.
INT_MAX = 2**53
ID_LENGTH = 64
SHORT_TEXT = 100
LONG_TEXT = 2000
LIST_ITEMS = 50
TERMS_ITEMS = 40


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    # Characters of a text (each item's, for lists and objects).
    max_length: int = SHORT_TEXT
    required: bool = False
    nullable: bool = False
    choices: type[StrEnum] | None = None
    minimum: int = -INT_MAX
    maximum: int = INT_MAX
    max_items: int = LIST_ITEMS


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a record breaks the contract: the field and a short English reason (for logs)."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


def _text(name: str, limit: int | None = None, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, max_length=limit or TEXT_LIMITS.get(name, SHORT_TEXT), **kw)


def _ref(name: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, max_length=ID_LENGTH, **kw)


def _enum(name: str, choices: type[StrEnum], **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT, max_length=40, choices=choices, **kw)


def _int(name: str, minimum: int = 0, maximum: int = INT_MAX, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.INT, minimum=minimum, maximum=maximum, **kw)


def _at(name: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, Kind.DATETIME, **kw)


def _at_opt(name: str) -> FieldSpec:
    return FieldSpec(name, Kind.DATETIME, nullable=True)


def _list(name: str, limit: int = SKILL_TAG_LIMIT, items: int = LIST_ITEMS) -> FieldSpec:
    return FieldSpec(name, Kind.TEXT_LIST, max_length=limit, max_items=items)


# What every synced record carries (DESIGN.md section 3); the registry sets the last three.
SYNCED: tuple[FieldSpec, ...] = (
    _ref("id", required=True),
    _at("created_at"),
    _at("updated_at"),
    _ref("origin_device"),
    _int("server_version"),
    _at_opt("deleted_at"),
)
# Fields only the registry writes: never taken from a pushed payload.
SERVER_FIELDS = frozenset({"server_version", "deleted_at", "origin_device"})

_MONEY_MAX = 100_000 * 100  # validation.PAY_MAX in cents

_FIELDS: dict[Entity, tuple[FieldSpec, ...]] = {
    Entity.VENUE: (
        _text("name", required=True),
        _text("district", 20),
        _text("region", 40),
        _text("address", 200),
        _text("hours", 100),
        _text("hotline", 40),
        _text("complaint_channels", 1000),
        _text("rules_text", 10_000),
    ),
    Entity.EMPLOYER: (
        _text("name", required=True),
        _enum("kind", EmployerKind),
        _text("licence_no", 60),
        FieldSpec("verified", Kind.BOOL),
        _text("phone", 30),
        _enum("status", EmployerStatus),
        _int("warnings", maximum=10_000),
        _ref("venue_id"),
    ),
    Entity.POSTING: (
        _ref("employer_id", required=True),
        _text("title", required=True),
        _text("occupation_code", 20, required=True),
        _list("skill_tags", items=SKILL_TAGS_MAX),
        _text("description"),
        _text("requirements"),
        _text("district", required=True),
        _text("workplace", required=True),
        _int("pay_cents", maximum=_MONEY_MAX, required=True),
        _enum("pay_unit", PayUnit, required=True),
        _enum("settlement", Settlement, required=True),
        FieldSpec("start_date", Kind.DATE, required=True),
        FieldSpec("end_date", Kind.DATE, required=True),
        FieldSpec("start_time", Kind.TIME, nullable=True),
        FieldSpec("end_time", Kind.TIME, nullable=True),
        _int("headcount", minimum=1, maximum=500, required=True),
        _int("filled", maximum=100_000),
        _text("meals"),
        _text("transport"),
        _text("deductions"),
        _text("contact_name"),
        _text("contact_phone", 30),
        _enum("status", PostingStatus),
        FieldSpec("flags", Kind.FLAGS, max_length=200, max_items=20),
        _at_opt("valid_through"),
        _enum("source_channel", Channel),
        _ref("venue_id"),
        _text("review_note"),
    ),
    Entity.WORKER: (
        _text("display_name", required=True),
        _text("phone", 30, required=True),
        _int("birth_year", minimum=1900, maximum=2100, nullable=True),
        _list("skills"),
        _list("districts", 20),
        _list("available_dates", 10, items=60),
        _int("expected_pay_cents", maximum=_MONEY_MAX, nullable=True),
        _enum("expected_pay_unit", PayUnit),
        _list("languages", 10, items=10),
        _list("circumstances", 40, items=10),
        _int("assistance_grade", maximum=9),
        _list("assistance_reasons", 200, items=10),
        _at_opt("consent_at"),
        FieldSpec("last_job_on", Kind.DATE, nullable=True),
        _at("registered_at"),
        _text("card_code", 20),
        _ref("venue_id"),
        _ref("merged_into", nullable=True),
    ),
    Entity.APPLICATION: (
        _ref("worker_id", required=True),
        _ref("posting_id", required=True),
        _enum("status", ApplicationStatus),
        _enum("channel", Channel),
    ),
    Entity.MATCH_SESSION: (
        _ref("venue_id"),
        _enum("kind", SessionKind, required=True),
        _text("title", required=True),
        _text("place", 100),
        FieldSpec("on_date", Kind.DATE, required=True),
        _enum("status", SessionStatus),
        # Its figures as printed when it closed (kiosk.domain.session_summary), as JSON text.
        _text("summary_json", 20_000),
    ),
    Entity.CHECK_IN: (
        _ref("session_id", required=True),
        _enum("party", PartyKind, required=True),
        _ref("worker_id", nullable=True),
        _ref("employer_id", nullable=True),
        FieldSpec("posting_ids", Kind.TEXT_LIST, max_length=ID_LENGTH),
        _int("number", required=True),
        _enum("lane", Lane),
        _int("table_no", nullable=True, maximum=10_000),
        _at_opt("called_at"),
        _enum("state", TicketState),
        _at("checked_in_at"),
    ),
    Entity.NEGOTIATION: (
        _ref("session_id", nullable=True),
        _ref("posting_id", required=True),
        _ref("worker_id", required=True),
        _ref("employer_id", required=True),
        FieldSpec("posted_terms", Kind.TERMS, max_length=500, max_items=TERMS_ITEMS),
        FieldSpec("agreed_terms", Kind.TERMS, max_length=500, max_items=TERMS_ITEMS),
        _enum("outcome", NegotiationOutcome, required=True),
        _at_opt("worker_confirmed_at"),
        _at_opt("employer_confirmed_at"),
        _ref("witness_staff_id", nullable=True),
        _text("record_hash", 128),
        _ref("supersedes_id", nullable=True),
    ),
    Entity.TRAINING_COURSE: (
        _text("title", required=True),
        _text("provider", 100),
        _text("category", 40),
        _list("skill_tags", items=SKILL_TAGS_MAX),
        FieldSpec("starts_on", Kind.DATE, required=True),
        FieldSpec("ends_on", Kind.DATE, required=True),
        _text("schedule", 200),
        _text("place", 200),
        _int("seats", maximum=100_000, required=True),
        _text("subsidy_text", 500),
    ),
    Entity.ENROLLMENT: (
        _ref("course_id", required=True),
        _ref("worker_id", required=True),
        _enum("status", EnrollmentStatus, required=True),
    ),
    Entity.SKILL_WISH: (
        _ref("worker_id", nullable=True),
        _text("skill", SKILL_TAG_LIMIT, required=True),
    ),
    Entity.ASSISTANCE_CASE: (
        _ref("worker_id", required=True),
        _int("grade", maximum=9, required=True),
        _list("reasons", 200, items=10),
        _text("plan", 1000),
        _ref("assigned_staff_id", nullable=True),
        _enum("status", CaseStatus),
        _text("outcome", 1000),
        _at_opt("closed_at"),
    ),
    Entity.FOLLOW_UP: (
        _ref("case_id", required=True),
        _text("note", 1000, required=True),
        FieldSpec("due_on", Kind.DATE, nullable=True),
        _at_opt("done_at"),
        _ref("staff_id", nullable=True),
    ),
    Entity.COMPLAINT: (
        _text("reference", 40, required=True),
        _enum("target", ComplaintTarget, required=True),
        _ref("target_id", nullable=True),
        _enum("category", ComplaintCategory, required=True),
        _text("text", LONG_TEXT),
        _text("contact_phone", 30),
        FieldSpec("anonymous", Kind.BOOL),
        _enum("status", ComplaintStatus),
        _text("resolution", 1000),
        _text("proposed_action", 500),
    ),
}
# A device key is the registry's own record (no timestamps of a kiosk's making).
_DEVICE_KEY: tuple[FieldSpec, ...] = (
    _ref("device_id"),
    FieldSpec("public_key", Kind.TEXT, max_length=64, required=True),
    _ref("venue_id"),
    _at_opt("revoked_at"),
)

RECORDS: dict[Entity, dict[str, FieldSpec]] = {
    entity: {f.name: f for f in (*SYNCED, *_FIELDS[entity])} for entity in _FIELDS
}
RECORDS[Entity.DEVICE_KEY] = {f.name: f for f in _DEVICE_KEY}

# Who owns which worker field: only the worker's own venue changes these, and another venue
# that looks the worker up to serve them never receives the ones not in WORKER_LOOKUP.
WORKER_VENUE_ONLY = frozenset(
    {"display_name", "phone", "birth_year", "circumstances", "assistance_grade",
     "assistance_reasons", "consent_at"}
)  # fmt: skip
WORKER_LOOKUP = frozenset(
    {"id", "display_name", "phone", "skills", "districts", "available_dates",
     "expected_pay_cents", "expected_pay_unit", "languages", "card_code", "venue_id",
     "registered_at", "merged_into", "created_at", "updated_at"}
)  # fmt: skip

# What a status change carries besides the new status: the status it left and staff's words.
TRANSITION_EXTRAS: dict[str, FieldSpec] = {
    "from": FieldSpec("from", Kind.TEXT, max_length=40),
    "reason": FieldSpec("reason", Kind.TEXT, max_length=500),
}


def entity_of(raw: str) -> Entity | None:
    """The entity a wire name means, or None for one this release does not know."""
    try:
        return Entity(raw)
    except ValueError:
        return None


def known_fields(entity: Entity, data: Mapping[str, Any]) -> dict[str, Any]:
    """`data` without the fields the contract does not name (a newer kiosk's additions)."""
    spec = RECORDS[entity]
    return {k: v for k, v in data.items() if k in spec}


def check(entity: Entity, data: Mapping[str, Any], *, partial: bool = False) -> Problem | None:
    """The first way `data` breaks `entity`'s record, or None.

    `partial` checks only the fields present (an update, a status change, an erased worker's
    tombstone); otherwise required fields must be present and not empty. Fields the contract
    does not name are not checked here (see `known_fields`).
    """
    return _checker(entity)(data, partial)


def check_extra(name: str, value: Any) -> Problem | None:
    """A status change's extra field (`TRANSITION_EXTRAS`), or None if it is fine."""
    spec = TRANSITION_EXTRAS.get(name)
    if spec is None:
        return None
    why = _tester(spec)(value)
    return None if why is None else Problem(name, why)


# ------------------------------------------------------------------ compiled checks

_ABSENT = object()
Tester = Callable[[Any], "str | None"]
Checker = Callable[[Mapping[str, Any], bool], "Problem | None"]


@cache
def _checker(entity: Entity) -> Checker:
    """One generated function per entity, as the standard library's dataclasses are made.

    Every pulled record of a first sync is checked: a loop of small test functions per field
    took 25 µs a posting (a quarter of the 10,000-record budget), straight-line code a few.
    Plain type and length tests are written out; dates, lists and objects call their tester.
    """
    env: dict[str, Any] = {"_A": _ABSENT, "_P": Problem}
    lines = ["def check(data, partial):", "    get = data.get"]
    for i, spec in enumerate(RECORDS[entity].values()):
        n = repr(spec.name)
        lines += [f"    v = get({n}, _A)", "    if v is _A:"]
        lines.append(f"        if not partial: return _P({n}, 'required')" if spec.required
                     else "        pass")  # fmt: skip
        lines.append("    elif v is None:")
        lines.append("        pass" if spec.nullable else f"        return _P({n}, 'null')")
        lines.append("    else:")
        lines += [f"        {line}" for line in _inline(spec, n, i, env)]
    lines.append("    return None")
    exec("\n".join(lines), env)  # built from the constant specs above, never from input
    return cast(Checker, env["check"])


def _inline(spec: FieldSpec, n: str, i: int, env: dict[str, Any]) -> list[str]:
    if spec.kind is Kind.TEXT:
        out = [
            f"if type(v) is not str: return _P({n}, 'not text')",
            f"if len(v) > {spec.max_length}: return _P({n}, 'longer than {spec.max_length}')",
        ]
        if spec.required:
            out.append(f"if not v: return _P({n}, 'required')")
        if spec.choices is not None:
            env[f"_C{i}"] = frozenset(c.value for c in spec.choices)
            out.append(f"if v not in _C{i}: return _P({n}, 'not one of the allowed values')")
        return out
    if spec.kind is Kind.INT:
        return [
            f"if type(v) is not int: return _P({n}, 'not an integer')",
            f"if not {spec.minimum} <= v <= {spec.maximum}: "
            f"return _P({n}, 'outside {spec.minimum}..{spec.maximum}')",
        ]
    if spec.kind is Kind.BOOL:
        return [f"if type(v) is not bool: return _P({n}, 'not true or false')"]
    if spec.kind in _PARSERS:
        parse, width = _PARSERS[spec.kind]
        env[f"_F{i}"] = parse
        return [
            f"if type(v) is not str or len(v) > {width}: return _P({n}, 'not a date or time')",
            "try:",
            f"    _F{i}(v)",
            "except ValueError:",
            f"    return _P({n}, 'not a date or time')",
        ]
    env[f"_T{i}"] = _BASE[spec.kind](spec)
    return [f"why = _T{i}(v)", f"if why is not None: return _P({n}, why)"]


def _tester(spec: FieldSpec) -> Tester:
    base = _BASE[spec.kind](spec)
    nullable, required = spec.nullable, spec.required

    def test(value: Any) -> str | None:
        if value is None:
            return None if nullable else "null"
        if required and value == "":
            return "required"
        return base(value)

    return test


def _text_test(spec: FieldSpec) -> Tester:
    limit, choices = spec.max_length, spec.choices
    allowed = frozenset(c.value for c in choices) if choices is not None else None

    def test(value: Any) -> str | None:
        if type(value) is not str:
            return "not text"
        if len(value) > limit:
            return f"longer than {limit}"
        if allowed is not None and value not in allowed:
            return "not one of the allowed values"
        return None

    return test


def _int_test(spec: FieldSpec) -> Tester:
    low, high = spec.minimum, spec.maximum

    def test(value: Any) -> str | None:
        if type(value) is not int:
            return "not an integer"
        if not low <= value <= high:
            return f"outside {low}..{high}"
        return None

    return test


def _bool_test(_spec: FieldSpec) -> Tester:
    return lambda value: None if type(value) is bool else "not true or false"


def _parsed(parse: Callable[[str], object], width: int) -> Callable[[FieldSpec], Tester]:
    def build(_spec: FieldSpec) -> Tester:
        def test(value: Any) -> str | None:
            if type(value) is not str or len(value) > width:
                return "not a date or time"
            try:
                parse(value)
            except ValueError:
                return "not a date or time"
            return None

        return test

    return build


def _list_test(spec: FieldSpec) -> Tester:
    limit, items = spec.max_length, spec.max_items

    def test(value: Any) -> str | None:
        if type(value) is not list or len(value) > items:
            return f"not a list of at most {items}"
        for item in value:
            if type(item) is not str or len(item) > limit:
                return f"an item is not text of at most {limit}"
        return None

    return test


def _terms_ok(value: Any, limit: int, items: int) -> bool:
    if type(value) is not dict or len(value) > items:
        return False
    return all(
        type(k) is str and len(k) <= 40 and type(v) is str and len(v) <= limit
        for k, v in value.items()
    )


def _terms_test(spec: FieldSpec) -> Tester:
    limit, items = spec.max_length, spec.max_items
    return lambda value: None if _terms_ok(value, limit, items) else "not short named texts"


def _flags_test(spec: FieldSpec) -> Tester:
    limit, items = spec.max_length, spec.max_items

    def test(value: Any) -> str | None:
        if type(value) is not list or len(value) > items:
            return f"not a list of at most {items}"
        if not all(_terms_ok(flag, limit, 5) for flag in value):
            return "a flag is not short named texts"
        return None

    return test


_PARSERS: dict[Kind, tuple[Callable[[str], object], int]] = {
    Kind.DATE: (date.fromisoformat, 10),
    Kind.TIME: (time.fromisoformat, 15),
    Kind.DATETIME: (datetime.fromisoformat, 40),
}
_BASE: dict[Kind, Callable[[FieldSpec], Tester]] = {
    Kind.TEXT: _text_test,
    Kind.INT: _int_test,
    Kind.BOOL: _bool_test,
    **{kind: _parsed(*how) for kind, how in _PARSERS.items()},
    Kind.TEXT_LIST: _list_test,
    Kind.TERMS: _terms_test,
    Kind.FLAGS: _flags_test,
}
