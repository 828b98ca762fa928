"""A snapshot image's postings into a kiosk that has none: checked, inserted and indexed by SQL.

A new kiosk's first sync is mostly postings (100,000 in a city). Record by record they cost about
60 µs each in Python; here SQLite reads the attached image (kiosk/domain/snapshot_image.py) and
does the work itself: one INSERT ... SELECT stores every row as the kiosk stores postings (the
conversions of `sqlite_rows`), a scan finds the rows that may not stay, and only the search text
is made in Python.

What may not go in this way takes the ordinary path (`pulled.apply_pulled`), which decides with
the same rules and says why: a row the contract's SQL reading does not accept
(kiosk/store/contract_sql.py), one whose employer is missing or set aside, one with a local op
waiting, one set aside before. An image that breaks a constraint or a conversion anyway (the
same id twice, a time that is no time) is rolled back to a savepoint and goes the ordinary way
whole.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import orjson
import sqlcipher3
from sqlalchemy import JSON, Connection, Date, Time, exc
from sqlmodel import Session

from kiosk.domain.catalogue import occupation
from kiosk.domain.contract import RECORDS, Entity, Kind
from kiosk.domain.model import PayUnit
from kiosk.domain.snapshot_image import SnapshotUnreadable
from kiosk.store import contract_sql, posting_indexes, search, sqlite_rows, sync_apply
from kiosk.store.tables import PostingRow, SetAsideRow
from kiosk.store.types import UTCDateTime

log = logging.getLogger(__name__)
T = TypeVar("T")

_ENTITY = Entity.POSTING
_TABLE = PostingRow.__table__  # type: ignore[attr-defined]
_ASIDE = SetAsideRow.__tablename__
# Rows per statement: progress is reported between them (a tenth of a second each).
SLICE_ROWS = 5000
# What this thread's INSERT checks; the helper checks the rest (contract_sql.PARSED).
_PLAIN_KINDS = frozenset(Kind) - contract_sql.PARSED
# Filled in by the statement itself, not taken from the image.
_OWN = {"num": ":top + s.rowid", "server_version": 's."version"'}


@dataclass(frozen=True, slots=True)
class Taken:
    inserted: int
    refused: list[int]  # image rowids left for the ordinary path


def take(
    session: Session,
    schema: str,
    image: Path,
    *,
    waiting: set[tuple[str, str]],
    progress: Callable[[int], None],
) -> Taken | None:
    """Insert the postings of `image`, attached as `schema`; None if none went in this way
    (the caller applies them all the ordinary way). `progress` hears how many of the image's
    rows are dealt with: the first half of the way while they are inserted, the second while
    they are indexed for search.

    The work is shared by two threads on a 2-core kiosk. This one inserts the rows that pass
    the plain checks, builds the posting indexes and fills the search index (SQLite, without
    the GIL). A helper, on a connection of its own to the image, meanwhile makes the search
    texts (Python), first, so that this thread can index them while the helper goes on to
    check the dates, times and lists (the costly part of the contract's SQL reading). The
    rows it refuses are taken out again, from the postings and the search index, before
    anything is committed.
    """
    conn = session.connection()
    present = frozenset(_image_columns(conn, schema))
    top = int(conn.exec_driver_sql("SELECT coalesce(max(num), 0) FROM posting").scalar_one())
    last = int(
        conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {schema}.posting").scalar_one()
    )
    names: dict[str, str] = dict(conn.exec_driver_sql("SELECT id, name FROM employer").all())
    held = json.dumps([i for e, i in waiting if e == _ENTITY])
    with ThreadPoolExecutor(1, thread_name_prefix="sync-snapshot-helper") as helper:
        searched = helper.submit(_search_texts, image, present, names)
        parsed = helper.submit(_refused_parsed, image, present)
        try:
            inserted = _insert(session, schema, present, {"top": top, "held": held}, last, progress)
        except exc.DBAPIError as error:
            log.warning("snapshot postings not bulk-insertable (%s): one by one", error.orig)
            return None
        posting_indexes.build_missing(conn)
        left_out = _left_out(conn, schema, top)
        bodies = [(top + r, text) for r, text in _helped(searched) if r not in left_out]
        for start in range(0, len(bodies), SLICE_ROWS):
            search.insert_index_rows(conn, bodies[start : start + SLICE_ROWS])
            indexed = min(start + SLICE_ROWS, len(bodies))
            progress(last // 2 + last * indexed // (2 * len(bodies)))
        taken_out = [top + r for r in _helped(parsed) if r not in left_out]
    if taken_out:
        rows = json.dumps(taken_out)
        inserted -= conn.exec_driver_sql(
            "DELETE FROM posting WHERE num IN (SELECT value FROM json_each(?))", (rows,)
        ).rowcount
        search.remove_from_index_rows(conn, taken_out)
    refused = sorted(left_out.union(n - top for n in taken_out))
    if inserted and _anything_aside(conn):
        ids = [i for (i,) in conn.exec_driver_sql(f"SELECT id FROM posting WHERE num > {top}")]
        sync_apply.retake_children(session, _ENTITY, ids, skip=waiting)
    return Taken(inserted, refused)


def _insert(
    session: Session,
    schema: str,
    present: frozenset[str],
    params: dict[str, Any],
    last: int,
    progress: Callable[[int], None],
) -> int:
    """The image's rows that pass the contract's plain checks and whose links hold, stored as
    the kiosk stores postings; how many. In slices of rowids, for progress; under one
    savepoint, so a failure leaves nothing behind."""
    conn = session.connection()
    names, values, defaults = _insert_plan(present)
    plain = contract_sql.accepted(_ENTITY, _column(present), _PLAIN_KINDS)
    ok = f"{plain} AND {_links_ok(present)}"
    sql = (
        f"INSERT INTO posting ({names}) SELECT {values} FROM {schema}.posting s"
        f" WHERE s.rowid > :after AND s.rowid <= :upto AND {ok}"
    )
    fixed = {**params, **defaults()}
    inserted = 0
    with session.begin_nested():
        for after in range(0, last, SLICE_ROWS):
            upto = min(after + SLICE_ROWS, last)
            inserted += conn.exec_driver_sql(sql, {**fixed, "after": after, "upto": upto}).rowcount
            progress(upto // 2)
    return inserted


def _left_out(conn: Connection, schema: str, top: int) -> set[int]:
    """The image rowids the INSERT left out (each row would have been numbered top + rowid)."""
    return {
        int(r)
        for (r,) in conn.exec_driver_sql(
            f"SELECT s.rowid FROM {schema}.posting s"
            " WHERE NOT EXISTS (SELECT 1 FROM posting WHERE num = :top + s.rowid)",
            {"top": top},
        )
    }


def _helped(future: Future[list[T]]) -> list[T]:
    try:
        return future.result()
    except sqlcipher3.Error as error:  # the main connection read it: the helper's is no image
        raise SnapshotUnreadable(f"posting: {error}") from error


def _image(path: Path) -> Any:
    """A connection of a helper thread's own to the image (SQLCipher's SQLite, unkeyed: plain,
    and as new as the kiosk's own, where the system's may lack functions the check uses)."""
    return sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _refused_parsed(path: Path, present: frozenset[str]) -> list[int]:
    """The rowids whose dates, times or lists the contract's SQL reading does not accept."""
    ok = contract_sql.accepted(_ENTITY, _column(present), contract_sql.PARSED)
    with contextlib.closing(_image(path)) as image:
        return [r for (r,) in image.execute(f"SELECT rowid FROM posting s WHERE NOT ({ok})")]


def _search_texts(
    path: Path, present: frozenset[str], employers: dict[str, str]
) -> list[tuple[int, str]]:
    """(image rowid, search text) of every posting, from the image: what `postings.index_body`
    makes of the row it becomes. Every row, the ones the check will refuse too (their texts
    are dropped): SQLite joins each row's words (`search.posting_words_sql`), Python only
    spaces them (the Python that was here held the GIL for twice as long)."""
    column = _column(present)
    with contextlib.closing(_image(path)) as image:
        codes = image.execute(f"SELECT DISTINCT {column('occupation_code')} FROM posting s")
        known = [(c, o) for (c,) in codes.fetchall() if isinstance(c, str) and (o := occupation(c))]
        occupations = [(c, f"{o.name_zh} {o.name_en}") for c, o in known]
        # Untyped columns: a code or id that is a number finds nothing, as in Python.
        image.execute("CREATE TEMP TABLE employer_name (id PRIMARY KEY, name)")
        image.executemany("INSERT INTO employer_name VALUES (?, ?)", employers.items())
        image.execute("CREATE TEMP TABLE occupation_names (code PRIMARY KEY, names)")
        image.executemany("INSERT INTO occupation_names VALUES (?, ?)", occupations)
        words = search.posting_words_sql(column, "temp.employer_name", "temp.occupation_names")
        # All rows as one JSON value: one step of SQLite for the whole table. Row by row, each
        # step gives the GIL away and waits to take it back from the threads beside it.
        (whole,) = image.execute(
            f"SELECT json_group_array(json_array(rowid, {words})) FROM posting s"
        ).fetchone()
    spaced = search.index_text
    return [(r, spaced(w)) for r, w in orjson.loads(whole)]


def _column(present: frozenset[str]) -> Any:
    def column(name: str) -> str:
        return f's."{name}"' if name in present else "NULL"

    return column


def _image_columns(conn: Connection, schema: str) -> set[str]:
    return {str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA {schema}.table_info(posting)")}


def _links_ok(present: frozenset[str]) -> str:
    """Its employer (each parent) here and not set aside; the posting itself neither set
    aside nor waiting for a local op's answer (`:held`, the ids in JSON)."""
    column = _column(present)
    tests = [
        f"NOT EXISTS (SELECT 1 FROM main.{_ASIDE} WHERE entity = '{_ENTITY}' AND id = s.\"id\")",
        's."id" NOT IN (SELECT value FROM json_each(:held))',
    ]
    for name, parent in sync_apply.foreign_keys(_ENTITY):
        c, table = column(name), parent.table.name
        tests.append(
            f"({c} IS NULL OR (EXISTS (SELECT 1 FROM main.{table} WHERE {parent.name} = {c})"
            f" AND NOT EXISTS (SELECT 1 FROM main.{_ASIDE} WHERE entity = '{table}' AND id = {c})))"
        )
    return " AND ".join(tests)


@cache
def _insert_plan(present: frozenset[str]) -> tuple[str, str, Any]:
    """(column list, SELECT list, a function giving the default parameters) for the INSERT."""
    contract_fields = RECORDS[_ENTITY]
    names: list[str] = []
    values: list[str] = []
    defaulted: list[str] = []
    for c in _TABLE.columns:
        names.append(c.name)
        if c.name in _OWN:
            values.append(_OWN[c.name])
            continue
        if c.name == "day_rate_cents":
            values.append(_day_rate_sql())
            continue
        source = f's."{c.name}"' if c.name in present and c.name in contract_fields else None
        if c.name in sync_apply.LOCAL_ONLY or source is None:
            defaulted.append(c.name)
            values.append(_stored(c.type, f":d_{c.name}"))
            continue
        value = _checked_stored(c.type, source)
        if not contract_fields[c.name].required:
            defaulted.append(c.name)
            value = f"coalesce({value}, {_stored(c.type, f':d_{c.name}')})"
        values.append(value)

    def defaults() -> dict[str, Any]:
        fresh = sync_apply.fresh_defaults(PostingRow)
        return {f"d_{n}": _parameter(fresh.get(n)) for n in defaulted}

    return ", ".join(names), ", ".join(values), defaults


def _stored(kind: Any, source: str) -> str:
    if isinstance(kind, JSON):
        return f"json({source})"  # compact, as `sqlite_rows` stores JSON
    expression = sqlite_rows.value_sql(kind, source)
    if expression is None:
        raise TypeError(f"no SQL conversion for {kind!r}")
    return expression


def _checked_stored(kind: Any, source: str) -> str:
    """As `_stored`, for an image value checked by the helper meanwhile (`_refused_parsed`):
    a time in the registry's UTC forms, a day or clock time canonical, a list (contract_sql)
    is rewritten without being parsed again, a seventh of the insert's time. None of these
    can fail on a value the helper will refuse: that row is taken out again before commit."""
    if isinstance(kind, JSON):
        return (
            f"CASE WHEN {source} IS NULL THEN NULL"
            f" WHEN json_valid({source}) THEN json({source}) ELSE '[]' END"
        )
    if isinstance(kind, Date):
        return source
    if isinstance(kind, UTCDateTime):
        return (
            f"CASE length({source}) WHEN 32 THEN substr({source}, 1, 10) || ' ' ||"
            f" substr({source}, 12, 15) ELSE substr({source}, 1, 10) || ' ' ||"
            f" substr({source}, 12, 8) || '.000000' END"
        )
    if isinstance(kind, Time):
        return f"{source} || '.000000'"
    return _stored(kind, source)


def _parameter(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list | dict) else value


def _day_rate_sql() -> str:
    """sync_apply's day rate as SQL: for each pay unit the rule is cents times a whole number
    (a day's 1, an hour's 8, a piece's 0), read off the rule itself. Not a Python function
    called per row: that would take the GIL 100,000 times from the threads working beside it."""
    cases = " ".join(
        f"WHEN '{unit.value}' THEN s.\"pay_cents\" * {sync_apply.day_rate_cents(1, unit.value)}"
        for unit in PayUnit
    )
    return f'CASE s."pay_unit" {cases} ELSE 0 END'


def _anything_aside(conn: Connection) -> bool:
    return conn.exec_driver_sql(f"SELECT 1 FROM {_ASIDE} LIMIT 1").first() is not None
