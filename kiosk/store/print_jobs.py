"""The persisted print queue's rows: enqueue in the caller's transaction, list, mark."""

from __future__ import annotations

from sqlmodel import Session, col, select

from kiosk.domain.model import DocumentKind, PrintState, utcnow
from kiosk.store.tables import PrintJobRow


def enqueue(
    session: Session,
    *,
    kind: DocumentKind,
    document_id: str,
    lang: str = "zh_CN",
    printer: str = "",
    copies: int = 1,
    reprint: bool = False,
) -> PrintJobRow:
    """Queue a document in the same transaction as the change it documents."""
    job = PrintJobRow(
        kind=kind.value,
        document_id=document_id,
        lang=lang,
        printer=printer,
        copies=copies,
        reprint=reprint,
    )
    session.add(job)
    session.flush()
    return job


def jobs(session: Session, *, states: tuple[PrintState, ...] = ()) -> list[PrintJobRow]:
    stmt = select(PrintJobRow).order_by(col(PrintJobRow.created_at), col(PrintJobRow.id))
    if states:
        stmt = stmt.where(col(PrintJobRow.state).in_([s.value for s in states]))
    return list(session.exec(stmt))


def mark(
    session: Session, job: PrintJobRow, state: PrintState, *, error: str = "", problem: str = ""
) -> None:
    job.state = state.value
    job.error = error
    job.problem = problem
    job.updated_at = utcnow()
    if state is PrintState.DONE:
        job.printed_at = job.updated_at
    session.add(job)
