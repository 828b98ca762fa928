"""Rows straight into a kiosk table with one driver-level executemany.

For the thousands of records of a sync page: ORM objects row by row, or even Core's per-row
parameter handling, cost more than SQLite's own work. Each row is a dict of column values in
JSON form (ISO text for dates and times, lists and dicts for JSON columns) or Python values;
only typed columns go through a converter, which writes the text SQLAlchemy's SQLite types
would (a unit test holds them equal), so queries and ORM reads see no difference.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Time
from sqlmodel import Session, SQLModel
from sqlmodel.sql.sqltypes import AutoString

from kiosk.store.types import UTCDateTime


def insert_rows(session: Session, table: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (each holding every column of `table`) in the caller's transaction."""
    plan = _plan(table)
    params: list[tuple[Any, ...]] = []
    for values in rows:
        row = list(plan.getter(values))
        for i, convert in plan.converters:
            if row[i] is not None:
                row[i] = convert(row[i])
        params.append(tuple(row))
    if params:
        session.connection().exec_driver_sql(plan.sql, params)


def column_names(table: type[SQLModel]) -> list[str]:
    return [c.name for c in table.__table__.columns]  # type: ignore[attr-defined]


@dataclass(slots=True, frozen=True)
class _Plan:
    sql: str
    getter: Callable[[dict[str, Any]], tuple[Any, ...]]
    converters: list[tuple[int, Callable[[Any], Any]]]


@cache
def _plan(table: type[SQLModel]) -> _Plan:
    columns = list(table.__table__.columns)  # type: ignore[attr-defined]
    names = [c.name for c in columns]
    converters = [
        (i, convert) for i, c in enumerate(columns) if (convert := sqlite_converter(c.type))
    ]
    return _Plan(
        sql=f"INSERT INTO {table.__tablename__} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        getter=_getter(names),
        converters=converters,
    )


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
        return json.dumps
    if isinstance(kind, String | AutoString | Integer | Boolean):
        return None
    raise TypeError(f"no SQLite converter for {kind!r}")


def _datetime(raw: Any) -> datetime:
    return raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))


def _date(raw: Any) -> date:
    return date.fromisoformat(raw[:10]) if isinstance(raw, str) else cast(date, raw)


def _time(raw: Any) -> time:
    return time.fromisoformat(raw) if isinstance(raw, str) else cast(time, raw)


def utc_text(raw: Any) -> str:
    """A UTC datetime (or its ISO text) as the kiosk's UTCDateTime columns store it."""
    if isinstance(raw, str) and len(raw) == 32 and raw.endswith("+00:00") and raw[10] == "T":
        # The registry's own form (UTC with microseconds): a slice, 30,000 times per 10,000
        # postings. Anything else takes the general path below.
        return raw[:10] + " " + raw[11:26]
    value = _datetime(raw)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _getter(names: list[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    get = itemgetter(*names)
    if len(names) == 1:
        return lambda values: (get(values),)
    return cast(Callable[[dict[str, Any]], tuple[Any, ...]], get)
