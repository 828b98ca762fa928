"""At enrollment, the records a kiosk made before it had a venue join the venue it enrolls for.

Until it enrolls, a kiosk stamps what it makes with a provisional venue (settings.venue_id,
"local-venue" out of the box). Left so, its own postings would look like another venue's, in
its reports and to the registry, and staff decisions on them (a rejected fraud posting) would
be refused there. Demo rows keep the provisional venue: they never sync and never count.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, SQLModel, col, select

from kiosk.store import outbox
from kiosk.store.tables import OutboxOpRow

VENUE = "venue_id"


def adopt(session: Session, *, provisional: str, venue_id: str) -> int:
    """Move every non-demo row (and every unsent op) of `provisional` to `venue_id`; returns
    how many rows moved. In the caller's transaction: enrollment is all or nothing."""
    if not provisional or provisional == venue_id:
        return 0
    moved = 0
    conn = session.connection()
    for table in SQLModel.metadata.sorted_tables:
        if VENUE not in table.c:
            continue
        stmt = update(table).where(table.c[VENUE] == provisional).values({VENUE: venue_id})
        if "demo" in table.c:
            stmt = stmt.where(table.c.demo.is_(False))
        moved += conn.execute(stmt).rowcount
    waiting = session.exec(
        select(OutboxOpRow).where(col(OutboxOpRow.state) == outbox.PENDING)
    ).all()
    for op in waiting:
        if op.payload.get(VENUE) == provisional:
            op.payload = {**op.payload, VENUE: venue_id}
            session.add(op)
    return moved
