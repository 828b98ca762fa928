"""Records from the registry, applied as a pull applies them: one rule for cursor pages and
snapshot chunks alike."""

from __future__ import annotations

from sqlmodel import Session

from kiosk.store import resync as resync_store
from kiosk.store import sync_deferred
from kiosk.store.sync_apply import PulledRecord, apply_records


def apply_pulled(
    session: Session, records: list[PulledRecord], *, resync: bool, waiting: set[tuple[str, str]]
) -> int:
    """Apply `records`, keeping aside those with a local op waiting; how many rows changed.

    The cursor moves past the kept ones: they wait until their ops are answered. During a
    re-pull the registry's copy wins even at a lower version number, and what it sends is
    remembered, so what it no longer holds can be retired at the end.
    """
    skipped = [r for r in records if (r.entity, r.id) in waiting]
    changed = apply_records(session, records, force=resync, skip=waiting)
    if skipped:
        sync_deferred.keep(session, skipped)
    if resync:
        resync_store.remember(session, records)
        resync_store.renumber(session, skipped)
    return changed
