"""The audit chain verifies as written and breaks when a row is changed by hand."""

from __future__ import annotations

from sqlalchemy import text

from kiosk.services.container import Services
from kiosk.store import audit, maintenance


def _write(services: Services, n: int) -> None:
    with services.db.write() as session:
        for i in range(n):
            audit.append(
                session,
                actor="staff-1",
                action="posting.approve",
                subject=f"p{i}",
                detail={"note": "核实无误", "i": i},
            )


def test_chain_verifies_after_many_events(services: Services) -> None:
    _write(services, 5)
    _write(services, 3)
    with services.db.read() as session:
        check = audit.verify(session)
    assert check.ok and check.events == 8


def test_editing_a_row_by_hand_breaks_the_chain_at_that_row(services: Services) -> None:
    _write(services, 5)
    with services.db.write() as session:
        session.connection().execute(
            text("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 3")
        )
    with services.db.read() as session:
        check = audit.verify(session)
    assert not check.ok and check.first_bad_seq == 3
    assert not maintenance.check(services.db).ok


def test_deleting_a_row_breaks_the_chain(services: Services) -> None:
    _write(services, 4)
    with services.db.write() as session:
        session.connection().execute(text("DELETE FROM audit_event WHERE seq = 2"))
    with services.db.read() as session:
        assert audit.verify(session).first_bad_seq == 3
