"""Demo data reads like a real Chinese venue: Chinese titles, plausible pay, a real address."""

from __future__ import annotations

import re

from kiosk.config import Settings
from kiosk.domain.model import PayUnit
from kiosk.services.container import Services
from kiosk.services.seed import PIECE_RATES, demo_venue, seed
from kiosk.store.search import SearchQuery

CLEANER = "4-09-08-01"


def test_demo_postings_have_chinese_titles_and_plausible_pay(services: Services) -> None:
    seed(services, postings=400, workers=5, seed=7)
    cards = services.postings.search(SearchQuery(limit=1000, statuses=()))
    assert len(cards) == 400
    for card in cards:
        p = card.posting
        assert not re.search(r"[A-Za-z]", p.title), p.title
        assert not re.search(r"[A-Za-z]", card.employer_name), card.employer_name
        if p.pay_unit is PayUnit.PIECE:
            assert p.occupation_code in PIECE_RATES, (p.title, p.pay_amount)
            assert p.pay_amount >= 1.5
        elif p.pay_unit is PayUnit.DAY:
            assert p.pay_amount >= 190
    cleaning = [c.posting for c in cards if c.posting.occupation_code == CLEANER]
    assert cleaning and all(p.pay_unit is not PayUnit.PIECE for p in cleaning)


def test_the_demo_venue_has_a_real_looking_address_but_a_real_venue_keeps_its_own(
    settings: Settings,
) -> None:
    demo = demo_venue(settings)
    assert re.fullmatch(r".+区.+路\d+号.+", demo.venue_address)
    assert demo.venue_name == "东城区零工市场"
    settings.venue_address = "西城区和平街1号"
    assert demo_venue(settings).venue_address == "西城区和平街1号"
