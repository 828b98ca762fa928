"""The find-work model passes Qt's model tester and pages as the list scrolls."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

import builders
from kiosk.services.container import Services
from kiosk.store.search import SearchQuery
from kiosk.ui.posting_list_model import CARD_ROLE, POSTING_ID_ROLE, PostingListModel


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester, services: Services) -> None:
    employer = builders.employer(services)
    for i in range(5):
        services.postings.create(builders.posting(employer.id, title=f"保洁员{i}"))
    cards = services.postings.search(SearchQuery(limit=3))
    model = PostingListModel()
    model.replace(cards, total=5)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), POSTING_ID_ROLE) == cards[0].posting.id
    assert model.data(model.index(0, 0), CARD_ROLE) is cards[0]


def test_model_asks_for_the_next_page_once(services: Services) -> None:
    employer = builders.employer(services)
    for i in range(5):
        services.postings.create(builders.posting(employer.id, title=f"搬运{i}"))
    model = PostingListModel()
    model.replace(services.postings.search(SearchQuery(limit=3)), total=5)
    wanted: list[int] = []
    model.sig_more_wanted.connect(wanted.append)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # still loading: no second request
    assert wanted == [3]
    model.append(3, services.postings.search(SearchQuery(limit=3, offset=3)))
    assert model.rowCount() == 5
    assert not model.canFetchMore()
    model.append(1, [])  # a stale page is dropped
    assert model.rowCount() == 5
