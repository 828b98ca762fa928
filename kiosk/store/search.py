"""Full-text search over postings that also finds 1- and 2-character Chinese words.

Chinese has no spaces, so the index stores every CJK character as its own token and a Chinese
query becomes a phrase of consecutive characters: "保洁" -> "保 洁". That finds words of any
length, which the trigram tokenizer (3+ characters) cannot. Latin words are prefix-matched.
Matching rowids come from FTS first; filters and ordering run on indexed posting columns
(joining FTS and postings in one flat query let SQLite's planner pick a slow plan).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import orjson
from sqlalchemy import text
from sqlmodel import Session

from kiosk.domain.model import PostingStatus, SortOrder

# Content-less: searches read rowids only, so the text is indexed but not kept (migration
# 0010); `contentless_delete` lets a changed posting's old entry go by rowid.
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS posting_fts USING fts5("
    "body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')"
)

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff])")
_TERM = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]+|[0-9A-Za-z]+")
MAX_QUERY_TERMS = 8


def index_text(*parts: str) -> str:
    """The indexed form of a posting's words: CJK characters spaced apart."""
    # str.translate with a table of every CJK character: indexing 100,000 postings spent most
    # of its time in a regex substitution with a Python callback per run of characters.
    return " ".join(p for p in parts if p).translate(_spaced())


@cache
def _spaced() -> dict[int, str]:
    ranges = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x3040, 0x30FF))
    return {c: f" {chr(c)} " for lo, hi in ranges for c in range(lo, hi + 1)}


def posting_body(
    *,
    title: str,
    description: str,
    skill_tags: list[str],
    employer_name: str,
    district: str,
    workplace: str,
    occupation_names: tuple[str, ...] = (),
) -> str:
    """What a posting is found by: its words, its employer, tags, place and occupation names.
    (`posting_words_sql` reads the same rule in SQL: change them together.)"""
    return index_text(
        title,
        description,
        " ".join(skill_tags),
        employer_name,
        district,
        workplace,
        " ".join(occupation_names),
    )


def posting_words_sql(column: Callable[[str], str], employers: str, occupations: str) -> str:
    """`posting_body`'s words before `index_text` spaces them, as an SQL expression over a
    posting row (`column(name)`): the employer's name from the table `employers` (id, name),
    the occupation names, joined by a space, from `occupations` (code, names). A first sync
    makes 100,000 of these in one statement; in Python they were half its search texts' time.

    A value that is no text counts as empty, and tags that are no list of texts as none, so a
    row the contract will refuse cannot stop the others."""

    def words(sql: str) -> str:
        return f"nullif(CASE WHEN typeof({sql}) = 'text' THEN {sql} END, '')"

    tags = column("skill_tags")
    joined = (
        f"(SELECT group_concat(value, ' ' ORDER BY key) FROM json_each(CASE WHEN"
        f" json_valid({tags}) AND json_type({tags}) = 'array' THEN {tags} END)"
        " WHERE type = 'text')"
    )
    employer = f"(SELECT name FROM {employers} WHERE id = {column('employer_id')})"
    names = f"(SELECT names FROM {occupations} WHERE code = {column('occupation_code')})"
    parts = [column("title"), column("description"), joined, employer, column("district"),
             column("workplace"), names]  # fmt: skip
    return f"concat_ws(' ', {', '.join(words(p) for p in parts)})"


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None if nothing searchable."""
    phrases: list[str] = []
    for term in _TERM.findall(query)[:MAX_QUERY_TERMS]:
        if _CJK.match(term):
            phrases.append('"' + " ".join(term) + '"')
        else:
            phrases.append('"' + term.lower() + '"*')
    return " ".join(phrases) if phrases else None


@dataclass(slots=True, kw_only=True)
class SearchQuery:
    text: str = ""
    occupation_code: str | None = None
    district: str | None = None
    pay_unit: str | None = None
    settlement: str | None = None
    on_date: date | None = None
    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] = (PostingStatus.OPEN.value,)
    employer_id: str | None = None
    sort: SortOrder = SortOrder.NEWEST
    limit: int = 50
    offset: int = 0


# "Newest" is newest at this kiosk: `num` grows as postings are added or arrive by sync, and
# never depends on a device clock. Every posting index ends with num, so no sort step is needed.
_ORDER = {
    SortOrder.NEWEST: "p.num DESC",
    SortOrder.PAY: "p.day_rate_cents DESC, p.num DESC",
    SortOrder.START: "p.start_date ASC, p.start_time ASC, p.num ASC",
}

# Below this many text hits, read the hits and sort them; above it, walk a posting index in the
# wanted order and keep the rows that are hits (sorting 70,000 hits took ~70 ms; the walk ~20 ms).
SMALL_HIT_COUNT = 2000


# Filters with an index of their own (status first); the others are checked on the rows.
_INDEXED = ("occupation_code", "district", "employer_id")


def _filters(q: SearchQuery, params: dict[str, Any], *, walk: bool = False) -> list[str]:
    """WHERE terms of `q`; `walk` keeps the planner off the filters' own indexes (unary +)."""
    where = ["p.deleted_at IS NULL"]
    if q.statuses:
        where.append(_status_in(q, params))
    for column in ("occupation_code", "district", "pay_unit", "settlement", "employer_id"):
        value = getattr(q, column)
        if value:
            params[column] = value
            where.append(f"{'+' if walk else ''}p.{column} = :{column}")
    if q.on_date:
        params["on_date"] = q.on_date.isoformat()
        where.append("p.start_date <= :on_date AND p.end_date >= :on_date")
    if q.date_from:
        params["date_from"] = q.date_from.isoformat()
        where.append("p.end_date >= :date_from")
    if q.date_to:
        params["date_to"] = q.date_to.isoformat()
        where.append("p.start_date <= :date_to")
    return where


def _status_in(q: SearchQuery, params: dict[str, Any]) -> str:
    names = []
    for i, status in enumerate(q.statuses):
        params[f"st{i}"] = status
        names.append(f":st{i}")
    return f"p.status IN ({', '.join(names)})"


def _walk_order(session: Session, q: SearchQuery) -> bool:
    """Walk the sort order's index and check the filter on each row, stopping at a full page?

    With one indexed filter (a district) SQLite reads every posting it matches and sorts
    them: 10,000 rows for a district of 100,000 postings, each page of them decrypted (80 ms
    with a small page cache). When that filter matches many postings, walking the order's
    index finds a page of them after a few hundred rows. Counting the filter's matches
    reads only its index.
    """
    indexed = [c for c in _INDEXED if getattr(q, c)]
    if q.sort is SortOrder.NEWEST or len(indexed) != 1 or not q.statuses:
        return False
    params: dict[str, Any] = {"v": getattr(q, indexed[0]), "cap": SMALL_HIT_COUNT}
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM posting p WHERE {_status_in(q, params)}"
        f" AND p.{indexed[0]} = :v LIMIT :cap)"
    )
    return int(session.connection().execute(text(sql), params).scalar_one()) >= SMALL_HIT_COUNT


def _hit_count(session: Session, match: str, cap: int) -> int:
    sql = (
        "SELECT count(*) FROM (SELECT rowid FROM posting_fts WHERE posting_fts MATCH :m LIMIT :cap)"
    )
    return int(session.connection().execute(text(sql), {"m": match, "cap": cap}).scalar_one())


def _select(session: Session, q: SearchQuery, params: dict[str, Any], head: str) -> str:
    """The SQL for a search; `head` is what to select (p.num, or count(*))."""
    match = match_expression(q.text) if q.text else None
    walk = not q.text and head == "p.num" and _walk_order(session, q)
    where = _filters(q, params, walk=walk)
    order = _ORDER[q.sort]
    if q.text and match is None:
        where.append("0")  # only punctuation typed: nothing can match
    if not match:
        return f"SELECT {head} FROM posting p WHERE {' AND '.join(where)} ORDER BY {order}"
    params["match"] = match
    fts_first = (
        "FROM posting_fts f CROSS JOIN posting p ON p.num = f.rowid "
        "WHERE f.posting_fts MATCH :match AND "
    )
    if q.sort is SortOrder.NEWEST:
        # FTS hands back hits newest-first itself and stops once the page is full.
        return f"SELECT {head} {fts_first}{' AND '.join(where)} ORDER BY f.rowid DESC"
    if _hit_count(session, match, SMALL_HIT_COUNT) < SMALL_HIT_COUNT:
        return f"SELECT {head} {fts_first}{' AND '.join(where)} ORDER BY {order}"
    # Unary + keeps the planner from turning the hit list into key look-ups plus a sort.
    where.append("+p.num IN (SELECT rowid FROM posting_fts WHERE posting_fts MATCH :match)")
    return f"SELECT {head} FROM posting p WHERE {' AND '.join(where)} ORDER BY {order}"


def search_ids(session: Session, q: SearchQuery) -> list[int]:
    """Row numbers (posting.num) of the postings matching `q`, in the requested order."""
    params: dict[str, Any] = {"limit": q.limit, "offset": q.offset}
    sql = _select(session, q, params, "p.num") + " LIMIT :limit OFFSET :offset"
    return [row[0] for row in session.connection().execute(text(sql), params)]


def count(session: Session, q: SearchQuery) -> int:
    params: dict[str, Any] = {}
    sql = _select(session, q, params, "count(*)")
    return int(session.connection().execute(text(sql), params).scalar_one())


def explain(session: Session, q: SearchQuery) -> list[str]:
    """EXPLAIN QUERY PLAN of a search, for tests and benchmarks that watch the planner."""
    params: dict[str, Any] = {"limit": q.limit, "offset": q.offset}
    sql = (
        "EXPLAIN QUERY PLAN "
        + _select(session, q, params, "p.num")
        + " LIMIT :limit OFFSET :offset"
    )
    return [str(row[-1]) for row in session.connection().execute(text(sql), params)]


def upsert_index(session: Session, num: int, body: str) -> None:
    conn = session.connection()
    conn.execute(text("DELETE FROM posting_fts WHERE rowid = :n"), {"n": num})
    conn.execute(
        text("INSERT INTO posting_fts(rowid, body) VALUES (:n, :b)"), {"n": num, "b": body}
    )


def insert_index_rows(conn: Any, bodies: list[tuple[int, str]]) -> None:
    """Index many postings, (row number, search text) each, in one statement: one step of
    SQLite with the GIL released throughout (see sqlite_rows)."""
    if bodies:
        conn.exec_driver_sql(
            "INSERT INTO posting_fts(rowid, body) SELECT value ->> 0, value ->> 1 "
            "FROM json_each(?)",
            (orjson.dumps(bodies),),
        )


def remove_from_index_rows(conn: Any, nums: list[int]) -> None:
    """Take many postings out of the index by row number, in one statement."""
    if nums:
        conn.exec_driver_sql(
            "DELETE FROM posting_fts WHERE rowid IN (SELECT value FROM json_each(?))",
            (orjson.dumps(nums),),
        )


def insert_index(session: Session, num: int, body: str) -> None:
    session.connection().execute(
        text("INSERT INTO posting_fts(rowid, body) VALUES (:n, :b)"), {"n": num, "b": body}
    )


def remove_from_index(session: Session, num: int) -> None:
    session.connection().execute(text("DELETE FROM posting_fts WHERE rowid = :n"), {"n": num})
