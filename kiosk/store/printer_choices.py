"""The printers staff chose at the desk, by role: read at every print, written from the desk."""

from __future__ import annotations

from sqlmodel import Session, select

from kiosk.domain.model import utcnow
from kiosk.store.tables import PrinterChoiceRow


def chosen(session: Session) -> dict[str, str]:
    """role -> printer spec, for the roles staff have chosen a printer for."""
    return {row.role: row.spec for row in session.exec(select(PrinterChoiceRow))}


def choose(session: Session, role: str, spec: str, *, actor: str) -> None:
    """Staff's choice for a role; an empty spec goes back to the configured printer."""
    row = session.get(PrinterChoiceRow, role)
    if not spec:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = PrinterChoiceRow(role=role, spec=spec)
    row.spec, row.chosen_by, row.updated_at = spec, actor, utcnow()
    session.add(row)
