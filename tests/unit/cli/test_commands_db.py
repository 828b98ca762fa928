"""`kiosk db expire`: a cron job or a person can expire postings past their date."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from unit.cli.test_cli import kiosk

import builders
from kiosk import config
from kiosk.domain.model import PostingStatus, utcnow
from kiosk.services.container import Services
from kiosk.store import postings as posting_store


def test_db_expire_closes_postings_past_their_date_and_says_how_many(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    services = Services.create(config.load(home, env={}))
    employer = builders.employer(services)
    stale = services.postings.create(builders.posting(employer.id, title="昨天的搬运工"))
    fresh = services.postings.create(builders.posting(employer.id, title="明天的保洁员"))
    with services.db.write() as session:
        row = posting_store.get_row(session, stale.id)
        assert row is not None
        row.valid_through = utcnow() - timedelta(minutes=1)
        session.add(row)
    services.db.close()

    out = kiosk(home, "db", "expire")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "expired 1 posting(s)"
    listed = kiosk(home, "search", "--json", "--limit", "10")
    assert "昨天的搬运工" not in listed.stdout and "明天的保洁员" in listed.stdout

    services = Services.create(config.load(home, env={}))
    assert services.postings.get(stale.id).posting.status is PostingStatus.EXPIRED
    assert services.postings.get(fresh.id).posting.status is PostingStatus.OPEN
    services.db.close()
