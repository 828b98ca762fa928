"""At enrollment the kiosk's own records join the venue; demo rows and other venues' stay put."""

from __future__ import annotations

from sqlmodel import select

import builders
from kiosk.services.container import Services
from kiosk.store import adoption, outbox
from kiosk.store import postings as posting_store
from kiosk.store.tables import EmployerRow, OutboxOpRow


def test_real_rows_and_unsent_ops_move_to_the_venue_demo_rows_do_not(services: Services) -> None:
    provisional = services.settings.venue_id
    employer = builders.employer(services)
    real = services.postings.create(builders.posting(employer.id))
    demo = services.postings.create(builders.posting(employer.id, title="演示岗位"), demo=True)
    with services.db.write() as session:
        moved = adoption.adopt(session, provisional=provisional, venue_id="venue-east")
    assert moved >= 2  # the employer and the real posting at least
    with services.db.read() as session:
        real_row = posting_store.get_row(session, real.id)
        demo_row = posting_store.get_row(session, demo.id)
        employer_row = session.get(EmployerRow, employer.id)
        ops = session.exec(select(OutboxOpRow).where(OutboxOpRow.state == outbox.PENDING)).all()
    assert real_row is not None and real_row.venue_id == "venue-east"
    assert demo_row is not None and demo_row.venue_id == provisional
    assert employer_row is not None and employer_row.venue_id == "venue-east"
    sent_venues = {op.payload.get("venue_id") for op in ops if "venue_id" in op.payload}
    assert sent_venues == {"venue-east"}


def test_nothing_moves_when_the_venue_is_already_the_one_enrolled_for(
    services: Services,
) -> None:
    employer = builders.employer(services)
    services.postings.create(builders.posting(employer.id))
    venue = services.settings.venue_id
    with services.db.write() as session:
        assert adoption.adopt(session, provisional=venue, venue_id=venue) == 0
        assert adoption.adopt(session, provisional="", venue_id="venue-east") == 0
