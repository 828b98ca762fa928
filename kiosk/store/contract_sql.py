"""The sync contract's field checks as one SQL condition over a snapshot image's row.

`contract.check` is the rule; this is its reading for SQLite, so a snapshot's 100,000 postings are
checked by one scan instead of 100,000 Python calls. It is deliberately narrower: a row it
accepts, `contract.check` accepts too (tests/unit/store/test_contract_sql.py holds that over a
catalogue of awkward values), and a row it does not accept goes the ordinary way, one record at a
time, where the contract check has the last word and says why. So only the usual forms pass
here: UTC times as the registry writes them, no screening flags or terms, no NUL characters.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.contract import Entity, FieldSpec, Kind
from kiosk.domain.snapshot_image import fields

_MICRO = "[0-9][0-9][0-9][0-9][0-9][0-9]"
_DIGITS4 = "[0-9][0-9][0-9][0-9]"


# The kinds whose reading costs most (date and time functions, JSON): `accepted` can check them
# apart from the rest, so two threads share the work.
PARSED = frozenset({Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.TEXT_LIST})


def accepted(
    entity: Entity, column: Callable[[str], str], kinds: frozenset[Kind] | None = None
) -> str:
    """A condition true (1, never NULL) only for rows whose fields all pass (those of `kinds`
    only, if given); `column(name)` is the SQL of a field's value (NULL: the record lacks it)."""
    specs = [f for f in fields(entity) if kinds is None or f.kind in kinds]
    return " AND ".join(_field(spec, column(spec.name)) for spec in specs) or "1"


def _field(spec: FieldSpec, c: str) -> str:
    test = _value_test(spec, c)
    if spec.kind not in _NEVER_NULL:
        test = f"coalesce({test}, 0)"  # date() and the JSON functions answer NULL to garbage
    if spec.required:
        return f"({c} IS NOT NULL AND {test})"
    # Absent, or null where the field may be: the row's default (or NULL) goes in.
    return f"({c} IS NULL OR {test})"


# Kinds whose test of a value that is not NULL is never NULL itself.
_NEVER_NULL = frozenset({Kind.TEXT, Kind.INT, Kind.BOOL, Kind.TERMS, Kind.FLAGS})


def _is_text(c: str) -> str:
    # SQLite orders numbers before texts before blobs: a value at or above '' and below the
    # empty blob is a text. Two comparisons, where typeof() is a function call (this is
    # evaluated for 30 fields of 100,000 postings).
    return f"{c} >= '' AND {c} < x''"


def _text(c: str, limit: int) -> str:
    # A text of no more bytes than the limit has no more characters: most pass on that alone.
    # length() counts characters as Python's len() does, but only up to a NUL character.
    return (
        f"{_is_text(c)} AND (octet_length({c}) <= {limit}"
        f" OR (length({c}) <= {limit} AND instr(CAST({c} AS BLOB), x'00') = 0))"
    )


def _value_test(spec: FieldSpec, c: str) -> str:
    kind = spec.kind
    if kind is Kind.TEXT:
        test = _text(c, spec.max_length)
        if spec.required:
            test += f" AND {c} <> ''"
        if spec.choices is not None:
            allowed = ", ".join(f"'{choice.value}'" for choice in spec.choices)
            test += f" AND {c} IN ({allowed})"
        return test
    if kind is Kind.INT:
        return f"typeof({c}) = 'integer' AND {c} BETWEEN {spec.minimum} AND {spec.maximum}"
    if kind is Kind.BOOL:
        return f"typeof({c}) = 'integer' AND {c} IN (0, 1)"
    # date() and time() answer only in their canonical forms (YYYY-MM-DD, HH:MM:SS), so a value
    # equal to its own date() or time() has that form and is a real day or time of day; year 0
    # and negative years, which Python refuses, sort below '0001'.
    if kind is Kind.DATE:
        return f"{_is_text(c)} AND date({c}) = {c} AND {c} >= '0001'"
    if kind is Kind.TIME:
        # time() keeps 24:00:00 and a leap second, which Python refuses.
        return f"{_is_text(c)} AND time({c}) = {c} AND {c} < '24' AND substr({c}, 7) < '60'"
    if kind is Kind.DATETIME:
        # The registry's form: YYYY-MM-DDTHH:MM:SS, microseconds or not, +00:00. The digits and
        # ranges by GLOB and comparisons; date() (a parse) only for the 29th to the 31st.
        day = f"substr({c}, 1, 10)"
        return (
            f"{_is_text(c)} AND substr({c}, -6) = '+00:00'"
            f" AND {c} GLOB '{_DIGITS4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'"
            f" AND (length({c}) = 25 OR (length({c}) = 32 AND substr({c}, 20, 7) GLOB '.{_MICRO}'))"
            f" AND substr({c}, 6, 2) BETWEEN '01' AND '12' AND substr({c}, 12, 2) < '24'"
            f" AND substr({c}, 9, 2) BETWEEN '01' AND '31' AND {c} >= '0001'"
            f" AND (substr({c}, 9, 2) <= '28' OR date({day}) = {day})"
        )
    if kind is Kind.TEXT_LIST:
        # json_each gives an item's JSON type apart: its value of a nested list is text too.
        item = "type = 'text' AND " + _text("value", spec.max_length)
        # CASE, not AND: SQLite may evaluate AND's terms in any order, and the JSON functions
        # raise an error on text that is no JSON.
        return (
            f"CASE WHEN {_is_text(c)} AND json_valid({c}) THEN json_type({c}) = 'array'"
            f" AND json_array_length({c}) <= {spec.max_items}"
            f" AND NOT EXISTS (SELECT 1 FROM json_each({c}) WHERE NOT coalesce({item}, 0))"
            " ELSE 0 END"
        )
    if kind is Kind.TERMS:
        return f"{c} = '{{}}'"
    if kind is Kind.FLAGS:
        return f"{c} = '[]'"
    raise TypeError(f"no SQL check for {kind}")
