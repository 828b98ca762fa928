"""Database checks and backups: integrity, audit chain, outbox and search index consistency."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from kiosk.store import at_rest, audit
from kiosk.store.database import Database


@dataclass(slots=True)
class CheckReport:
    integrity: str
    audit_ok: bool
    audit_events: int
    first_bad_audit_seq: int | None
    postings: int
    indexed: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    with db.read() as session:
        conn = session.connection()
        integrity = "; ".join(r[0] for r in conn.execute(text("PRAGMA integrity_check")))
        fk = list(conn.execute(text("PRAGMA foreign_key_check")))
        chain = audit.verify(session)
        postings = int(conn.execute(text("SELECT count(*) FROM posting")).scalar_one())
        indexed = int(conn.execute(text("SELECT count(*) FROM posting_fts")).scalar_one())
    report = CheckReport(
        integrity=integrity,
        audit_ok=chain.ok,
        audit_events=chain.events,
        first_bad_audit_seq=chain.first_bad_seq,
        postings=postings,
        indexed=indexed,
    )
    if integrity != "ok":
        report.problems.append(f"integrity_check: {integrity}")
    if fk:
        report.problems.append(f"{len(fk)} rows break foreign keys")
    if not chain.ok:
        report.problems.append(f"audit chain broken at event {chain.first_bad_seq}")
    if postings != indexed:
        report.problems.append(f"search index has {indexed} entries for {postings} postings")
    return report


def analyze(db: Database) -> None:
    """Refresh the planner's statistics (after a bulk load such as seeding or a first sync)."""
    with db.write() as session:
        session.connection().execute(text("ANALYZE"))


def backup(db: Database, target: Path) -> Path:
    """A consistent copy while the kiosk keeps running (SQLite's online backup).

    The copy is encrypted with the database's own key, and private (0600) from its first byte:
    a backup carried off on a USB stick holds no readable personal data.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise FileExistsError(str(target))
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    at_rest.create_private(partial)
    src = at_rest.connect(db.path, db.key)
    dst = at_rest.connect(partial, db.key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.rename(target)  # a half-written backup never carries the final name
    return target
