"""A partition snapshot as an SQLite database image: the registry writes it, a kiosk reads it.

One table per synced entity (named by `Entity`), one row per live record: `version` and then
every field of the entity's contract record (`contract.RECORDS`) in its order, the record's id
among them (`key_field`).
The columns have no declared type, so a value keeps the type it has on the wire: text, integer
or NULL (a field the record lacks); true and false are 1 and 0, and lists and objects are
compact JSON text. `PRAGMA user_version` says the layout (`IMAGE_VERSION`).

Why a database and not JSON lines: a kiosk loading 100,000 postings spent most of a first sync
turning each JSON value into a column value, in Python or in SQLite's JSON functions (about
0.2 µs a value, 37 values a posting). Attached, an image's columns are read by SQLite's own
INSERT ... SELECT; records it cannot take that way still travel as `decode` gives them.

Plain standard library and no I/O: the registry (writing) and the kiosk's store (reading) both
use it, and the layout is declared once, here, from the contract.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from kiosk.domain.contract import RECORDS, Entity, FieldSpec, Kind

IMAGE_VERSION = 1


class SnapshotUnreadable(Exception):
    """A verified snapshot that is no image of records: a registry fault, never applied."""


_JSON_KINDS = frozenset({Kind.TEXT_LIST, Kind.TERMS, Kind.FLAGS})


@cache
def fields(entity: Entity) -> tuple[FieldSpec, ...]:
    """The contract fields of `entity`'s table, in column order after `version`."""
    return tuple(RECORDS[entity].values())


@cache
def create_sql(entity: Entity) -> str:
    names = ", ".join(f'"{f.name}"' for f in fields(entity))
    return f'CREATE TABLE "{entity.value}" ("version" INTEGER NOT NULL, {names})'


@cache
def insert_sql(entity: Entity) -> str:
    marks = ", ".join("?" for _ in range(len(fields(entity)) + 1))
    return f'INSERT INTO "{entity.value}" VALUES ({marks})'


def encode(entity: Entity, version: int, data: Mapping[str, Any]) -> tuple[Any, ...]:
    """A record's row (`insert_sql`'s parameters); fields the contract does not name are left
    out, as a kiosk of this release would drop them (`contract.known_fields`)."""
    get = data.get
    return (version, *(_encoded(get(f.name)) for f in fields(entity)))


def _encoded(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value  # text, a number, NULL; sqlite3 stores True and False as 1 and 0


def decode(entity: Entity, row: Sequence[Any]) -> tuple[str, int, dict[str, Any]]:
    """(id, version, data) of a row read back, data as a pull change would carry it.

    NULL is a field the record lacks, unless the field may be null. Values that do not decode
    are passed on as they are, for the contract check to refuse (never guessed at).
    """
    version, *values = row
    data: dict[str, Any] = {}
    for spec, value in zip(fields(entity), values, strict=True):
        if value is None:
            if spec.nullable:
                data[spec.name] = None
            continue
        data[spec.name] = _decoded(spec, value)
    return str(data.get(key_field(entity), "")), version, data


def key_field(entity: Entity) -> str:
    """The field holding a record's id (a device key is known by its device's id)."""
    return "device_id" if entity is Entity.DEVICE_KEY else "id"


def _decoded(spec: FieldSpec, value: Any) -> Any:
    if spec.kind in _JSON_KINDS and type(value) is str:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if spec.kind is Kind.BOOL and type(value) is int and value in (0, 1):
        return bool(value)
    return value
