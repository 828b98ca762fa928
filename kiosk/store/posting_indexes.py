"""A first sync into an empty kiosk builds the posting indexes once, after the last page.

Keeping six secondary indexes up to date row by row was a fifth of an initial sync of
100,000 postings; building them once from the loaded table costs a fraction of that. The
unique id index stays: applying a page looks postings up by id.

The indexes are dropped in the transaction of the first page and built in the transaction of
the last one. If the kiosk stops in between, `ensure` at the next start builds them (search
works without them, only slower).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Index, text

from kiosk.store.database import Database
from kiosk.store.tables import PostingRow

_TABLE = PostingRow.__table__  # type: ignore[attr-defined]


def deferrable() -> list[Index]:
    return sorted((ix for ix in _TABLE.indexes if not ix.unique), key=lambda ix: str(ix.name))


def defer_if_empty(conn: Connection) -> bool:
    """Drop the secondary posting indexes if there are no postings yet; True if dropped."""
    if conn.exec_driver_sql(f"SELECT 1 FROM {_TABLE.name} LIMIT 1").first() is not None:
        return False
    present = _present(conn)
    for ix in deferrable():
        if ix.name in present:
            ix.drop(conn)
    return True


def build_missing(conn: Connection) -> int:
    """Create whichever posting indexes are missing; returns how many were built."""
    present = _present(conn)
    missing = [ix for ix in deferrable() if ix.name not in present]
    for ix in missing:
        ix.create(conn)
    return len(missing)


def ensure(db: Database) -> None:
    """At start: finish a first sync that stopped between its first and last page."""
    with db.read() as session:
        if len(_present(session.connection())) > len(deferrable()):
            return  # all there (the unique id index is the one more)
    with db.write() as session:
        build_missing(session.connection())


def _present(conn: Connection) -> set[Any]:
    rows = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"),
        {"t": _TABLE.name},
    )
    return {name for (name,) in rows}
