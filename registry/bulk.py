"""Many rows into one table at once, however many rows.

On PostgreSQL, psycopg's executemany sends one INSERT per row, a multi-row VALUES list makes
it parse a query with thousands of placeholders, and arrays for `unnest` are escaped value by
value in Python: each was most of a push batch's time. COPY streams the rows in psycopg's C
code instead. SQLite's executemany is already fast and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import JSON, Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator

from registry.db import json_text


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` in the caller's transaction."""
    if not rows:
        return
    keys = tuple(rows[0])
    if conn.dialect.name != "postgresql" or any(tuple(r) != keys for r in rows):
        conn.execute(table.insert(), list(rows))
        return
    plan = _plan(table, keys, conn.dialect)
    raw: Any = conn.connection.dbapi_connection
    pairs = list(zip(keys, plan.encoders, strict=True))
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        with raw.cursor() as cursor, cursor.copy(plan.sql) as copy:
            for row in rows:
                copy.write_row([None if row[k] is None else enc(row[k]) for k, enc in pairs])
    except dbapi_error as exc:
        # As SQLAlchemy would raise it: a lost database is an OperationalError (answered 503).
        raise DBAPIError.instance(plan.sql, None, exc, dbapi_error) from exc


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    encoders: list[Callable[[Any], Any]]


@cache
def _plan(table: Table, keys: tuple[str, ...], dialect: Dialect) -> _Plan:
    encoders = [_encoder(table.c[key].type, dialect) for key in keys]
    return _Plan(f"COPY {table.name} ({', '.join(keys)}) FROM STDIN", encoders)


def _encoder(kind: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """JSON as its text; a TypeDecorator's own conversion (UTC datetimes); the rest as is."""
    if isinstance(kind, JSON):
        return json_text
    own = getattr(type(kind), "process_bind_param", TypeDecorator.process_bind_param)
    if isinstance(kind, TypeDecorator) and own is not TypeDecorator.process_bind_param:
        return lambda value: kind.process_bind_param(value, dialect)
    return lambda value: value
