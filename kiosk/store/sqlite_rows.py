"""Rows straight into a kiosk table with one INSERT for any number of them.

For the thousands of records of a sync page: ORM objects row by row, or even Core's per-row
parameter handling, cost more than SQLite's own work. Each row is a dict of column values in
JSON form: ISO text for dates and times (`json_form` turns Python values into it), lists and
dicts for JSON columns. The rows travel to SQLite as one JSON array of arrays and the INSERT
itself turns each value into what SQLAlchemy's SQLite type stores (a unit test holds them
equal; JSON columns hold the same JSON, written compactly), so queries and ORM reads see no
difference.

One statement, not an executemany: the same work, in one step of SQLite with the GIL
released throughout. An executemany gives the GIL away for each row's step and, whenever
another thread runs Python (the UI's), waits up to the switch interval to take it back.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any, cast

import orjson
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Time
from sqlmodel import Session, SQLModel
from sqlmodel.sql.sqltypes import AutoString

from kiosk.store.types import UTCDateTime


def insert_rows(session: Session, table: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (each holding every column of `table`) in the caller's transaction."""
    if rows:
        plan = _plan(table)
        values = orjson.dumps(list(map(plan.values, rows)))
        session.connection().exec_driver_sql(plan.sql, (values,))


def column_names(table: type[SQLModel]) -> list[str]:
    return [c.name for c in table.__table__.columns]  # type: ignore[attr-defined]


@dataclass(slots=True, frozen=True)
class _Plan:
    sql: str
    values: Callable[[dict[str, Any]], tuple[Any, ...]]  # a row's values in column order


@cache
def _plan(table: type[SQLModel]) -> _Plan:
    columns = list(table.__table__.columns)  # type: ignore[attr-defined]
    names = [c.name for c in columns]
    select = rows_sql([c.type for c in columns])
    return _Plan(
        sql=f"INSERT INTO {table.__tablename__} ({', '.join(names)}) SELECT * FROM ({select})",
        values=cast(Callable[[dict[str, Any]], tuple[Any, ...]], operator.itemgetter(*names)),
    )


def rows_sql(kinds: Sequence[Any]) -> str:
    """A SELECT of the rows given as a JSON array of arrays (parameter 1), value i of each
    row as SQLAlchemy's SQLite type `kinds[i]` stores it."""
    extracted = ", ".join(
        f"value {'->' if isinstance(kind, JSON) else '->>'} {i} AS c{i}"
        for i, kind in enumerate(kinds)
    )
    values = ", ".join(_stored_sql(kind, f"c{i}") for i, kind in enumerate(kinds))
    # JSONB: parsed once, each value read without parsing its row again. Materialized: the
    # conversions read some values several times, and each is extracted once.
    return (
        f"WITH r AS MATERIALIZED (SELECT {extracted} FROM jsonb_each(jsonb(?1))) "
        f"SELECT {values} FROM r"
    )


def _stored_sql(kind: Any, p: str) -> str:
    if isinstance(kind, JSON):
        return f"nullif({p}, 'null')"  # `->` gives JSON text; a JSON null is NULL
    expression = value_sql(kind, p)
    if expression is None:
        raise TypeError(f"no SQL conversion for {kind!r}")
    return expression


# The text forms, checked by SQLite's own date functions, that SQL rewrites by itself; any other
# form goes to the same conversion in Python (registered with each connection by `database`).
_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_CLOCK = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
_MICRO = "[0-9][0-9][0-9][0-9][0-9][0-9]"


def value_sql(kind: Any, p: str) -> str | None:
    """SQL storing `p` (a value in its JSON text form) as SQLAlchemy's SQLite type would;
    None for JSON and plain DateTime columns (`rows_sql` and `sqlite_converter` take those).

    A sync page has a million typed values per 100,000 postings: converting each in Python was
    a sixth of an initial sync. SQL does the registry's usual forms in C.
    """
    if isinstance(kind, UTCDateTime):
        return (
            f"CASE WHEN {p} IS NULL THEN NULL"
            f" WHEN {p} GLOB '{_DAY}T{_CLOCK}.{_MICRO}+00:00' AND julianday({p}) IS NOT NULL"
            f" THEN substr({p}, 1, 10) || ' ' || substr({p}, 12, 15)"
            f" WHEN {p} GLOB '{_DAY}T{_CLOCK}+00:00' AND julianday({p}) IS NOT NULL"
            f" THEN substr({p}, 1, 10) || ' ' || substr({p}, 12, 8) || '.000000'"
            f" ELSE kiosk_utc_text({p}) END"
        )
    if isinstance(kind, Date):
        return (
            f"CASE WHEN {p} IS NULL THEN NULL WHEN date({p}) = {p} THEN {p}"
            f" ELSE kiosk_date_text({p}) END"
        )
    if isinstance(kind, Time):
        return (
            f"CASE WHEN {p} IS NULL THEN NULL WHEN length({p}) = 8 AND time({p}) = {p}"
            f" THEN {p} || '.000000' ELSE kiosk_time_text({p}) END"
        )
    if isinstance(kind, String | AutoString | Integer | Boolean):
        return p
    return None  # JSON and plain DateTime: `sqlite_converter` (which refuses unknown types)


def sqlite_converter(kind: Any) -> Callable[[Any], Any] | None:
    """JSON value (or Python value) -> what SQLAlchemy's SQLite type stores; None: as is."""
    if isinstance(kind, UTCDateTime):
        return utc_text
    if isinstance(kind, DateTime):
        return lambda raw: _datetime(raw).isoformat(" ", "microseconds")
    if isinstance(kind, Date):
        return lambda raw: _date(raw).isoformat()
    if isinstance(kind, Time):
        return lambda raw: _time(raw).isoformat("microseconds")
    if isinstance(kind, JSON):
        return json_text
    if isinstance(kind, String | AutoString | Integer | Boolean):
        return None
    raise TypeError(f"no SQLite converter for {kind!r}")


def json_form(value: Any) -> Any:
    """A Python value as it travels in a record's JSON (dates and times as ISO text)."""
    return value.isoformat() if isinstance(value, datetime | date | time) else value


def json_text(raw: Any) -> str:
    return "[]" if raw == [] else json.dumps(raw)


def _datetime(raw: Any) -> datetime:
    return raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))


def _date(raw: Any) -> date:
    return date.fromisoformat(raw[:10]) if isinstance(raw, str) else cast(date, raw)


def _time(raw: Any) -> time:
    return time.fromisoformat(raw) if isinstance(raw, str) else cast(time, raw)


def utc_text(raw: Any) -> str:
    """A UTC datetime (or its ISO text) as the kiosk's UTCDateTime columns store it."""
    value = _datetime(raw)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def register_functions(connection: sqlite3.Connection) -> None:
    """The Python fallbacks of `value_sql`, on a new connection."""
    for name, convert in (
        ("kiosk_utc_text", utc_text),
        ("kiosk_date_text", sqlite_converter(Date())),
        ("kiosk_time_text", sqlite_converter(Time())),
    ):
        assert convert is not None
        # Never given NULL: `value_sql` answers NULL itself before the ELSE that calls these.
        connection.create_function(name, 1, convert, deterministic=True)
