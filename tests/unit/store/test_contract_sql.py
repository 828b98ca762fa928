"""The contract's SQL reading accepts nothing the contract refuses, and the usual records."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3

import builders
from kiosk.domain import contract, snapshot_image
from kiosk.domain.contract import Entity, FieldSpec, Kind
from kiosk.store import contract_sql

_TEXT = ["", "x", "电", "a\x00b", 5, 1.5, True, [], {}]
_AWKWARD: dict[Kind, list[Any]] = {
    Kind.TEXT: _TEXT,
    Kind.INT: [0, -1, 2**53, 2**53 + 1, "5", 5.0, True, False],
    Kind.BOOL: [True, False, 0, 1, 2, "true", 1.0],
    Kind.DATE: ["2026-12-06", "2026-02-30", "2026-2-6", "0000-01-01", "2026-12-06T00:00",
                "+2026-12-06", 20261206, ""],
    Kind.TIME: ["08:00:00", "24:00:00", "08:00", "08:00:00.5", "23:59:60", "8:00:00", "T08:00:00",
                "08:00:00+08:00", 800],
    Kind.DATETIME: ["2026-11-25T13:52:42.850990+00:00", "2026-11-25T13:52:42+00:00",
                    "2026-02-30T13:52:42+00:00", "2026-11-25 13:52:42+00:00",
                    "2026-11-25T25:00:00+00:00", "2026-11-25T13:52:42.850990+08:00",
                    "0000-01-01T00:00:00+00:00", "2026-11-25T13:52:42.85099+00:00",
                    "2026-11-25T13:52:42.8509901+00:00", "2026-11-25T13:52:60+00:00",
                    "2026-11-25T13:52:42.85099a+00:00", "2026-11-25t13:52:42+00:00", 5],
    Kind.TEXT_LIST: [[], ["a"], [1], "[]", [None], ["a"] * 51, ["a\x00b"], [["a"]], {}],
    Kind.TERMS: [{}, {"a": "b"}, {"a": 1}, []],
    Kind.FLAGS: [[], [{"rule": "x"}], [{"rule": 1}], {}],
}  # fmt: skip


def _lengths(spec: FieldSpec) -> list[Any]:
    """Texts at and past the field's limit, in one and three bytes a character, and with a NUL
    hiding the rest from SQLite's length()."""
    n = spec.max_length
    texts: list[Any] = ["x" * n, "x" * (n + 1), "电" * n, "电" * (n + 1), "a\x00" + "b" * n]
    if spec.kind is Kind.TEXT_LIST:
        return [[t] for t in texts]
    return texts if spec.kind is Kind.TEXT else []


def _accepted(entity: Entity, data: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """(the SQL reading's verdict on the record's image row, the record as the row carries it)"""
    db = sqlcipher3.connect(":memory:")
    db.execute(snapshot_image.create_sql(entity))
    db.execute(snapshot_image.insert_sql(entity), snapshot_image.encode(entity, 1, data))
    test = contract_sql.accepted(entity, lambda name: f's."{name}"')
    (verdict,) = db.execute(f"SELECT {test} FROM {entity.value} s").fetchone()
    stored = db.execute(f"SELECT * FROM {entity.value}").fetchone()
    db.close()
    assert verdict in (0, 1)  # never NULL: a row is in or out
    return bool(verdict), snapshot_image.decode(entity, stored)[2]


_USUAL = {
    Entity.POSTING: builders.posting_wire("p1", "e1") | {"origin_device": "", "venue_id": ""},
    Entity.EMPLOYER: {"id": "e1", "name": "东城物业", "kind": "company", "verified": True,
                      "status": "ok", "warnings": 0, "venue_id": "",
                      "created_at": "2026-11-25T13:52:42.850990+00:00"},
}  # fmt: skip


@pytest.mark.parametrize("entity", list(_USUAL))
def test_the_usual_record_passes(entity: Entity) -> None:
    ok, carried = _accepted(entity, _USUAL[entity])
    assert ok
    assert contract.check(entity, carried) is None


@pytest.mark.parametrize("entity", list(_USUAL))
def test_nothing_the_contract_refuses_passes_in_sql(entity: Entity) -> None:
    passed_awkward = 0
    for spec in snapshot_image.fields(entity):
        for value in [*_AWKWARD[spec.kind], *_lengths(spec), None]:
            ok, carried = _accepted(entity, _USUAL[entity] | {spec.name: value})
            if ok:
                assert contract.check(entity, carried) is None, (spec.name, value)
                passed_awkward += 1
    assert passed_awkward > 50  # the reading is narrower, not closed
