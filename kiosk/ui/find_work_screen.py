"""Find work: filter chips, a search box and a kinetic list of posting cards."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS
from kiosk.domain.model import Settlement, SortOrder
from kiosk.services.postings import PostingCard
from kiosk.store.search import SearchQuery
from kiosk.ui import texts
from kiosk.ui.posting_card_delegate import PostingCardDelegate
from kiosk.ui.posting_list_model import PostingListModel
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import ChipGroup, button, kinetic_scroll_area, label

PAGE = 50
# Pages after the first are bigger: every insert makes QListView clear and lay out all its
# rows again (a Python rowCount call per row) and repaint, so fewer, larger appends stall less.
MORE_PAGE = 200
SEARCH_DELAY_MS = 350


LAYOUT_BATCH = 100


class FindWorkScreen(Screen):
    """Chips narrow the list at a tap; typing is the last resort (on-screen keyboard)."""

    name = "find_work"
    warm_on_start = True  # the first screen most people open
    sig_posting_chosen = Signal(str)
    sig_results_shown = Signal(int)  # how many postings match, after each search

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self._search_delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_delay.timeout.connect(self._on_search_delay_timeout)
        self._query = SearchQuery(limit=PAGE)

        self.search_box = QLineEdit()
        # Qt's own clear button is a 16 px target: ours is a finger's size, and grows in 长辈版.
        self.search_clear = button("×", role="clear")
        self.search_clear.clicked.connect(self._on_search_clear_clicked)
        self.search_clear.hide()
        self.search_box.textChanged.connect(self._on_search_box_changed)
        self.search_box.textEdited.connect(self._on_search_box_edited)
        self.search_box.returnPressed.connect(self._on_search_delay_timeout)
        self.search_button = button(role="primary", icon_name="search")
        self.search_button.clicked.connect(self._on_search_delay_timeout)
        self.clear_button = button()
        self.clear_button.clicked.connect(self._on_clear_clicked)

        self.when_label = label(role="heading")
        self.when_chips = ChipGroup(exclusive=True)
        for key in ("today", "tomorrow", "week"):
            self.when_chips.add(key, icon_name="calendar" if key != "today" else "today")
        self.pay_label = label(role="heading")
        self.pay_chips = ChipGroup(exclusive=True)
        self.pay_chips.add("same_day", icon_name="money")
        self.occupation_label = label(role="heading")
        self.occupation_chips = ChipGroup(exclusive=True)
        for occ in OCCUPATIONS:
            self.occupation_chips.add(occ.code, icon_name=occ.icon)
        self.district_label = label(role="heading")
        self.district_chips = ChipGroup(exclusive=True)
        for district in DISTRICTS:
            self.district_chips.add(district.name_zh, icon_name="map")
        for group in (self.when_chips, self.pay_chips, self.occupation_chips, self.district_chips):
            group.sig_selection_changed.connect(self._on_filters_changed)

        self.sort_label = label(role="hint", wrap=False)
        self.sort_chips = ChipGroup(exclusive=True)
        for key in SortOrder:
            self.sort_chips.add(key.value)
        self.sort_chips.select([SortOrder.NEWEST.value])
        self.sort_chips.sig_selection_changed.connect(self._on_filters_changed)
        self.count_label = label(role="heading", wrap=False)
        self.empty_label = label(role="notice")
        self.empty_label.hide()

        self.model = PostingListModel(self)
        self.model.sig_more_wanted.connect(self._on_model_more_wanted)
        self.delegate = PostingCardDelegate(
            deps.prefs.theme, deps.prefs.lang, deps.services.ctx.today(), self
        )
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        # Lay rows out a batch per event-loop turn: every row laid out costs a call into the
        # Python model (index -> rowCount), and 10,000 at once froze the screen for 300 ms.
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(LAYOUT_BATCH)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.list_view.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.list_view.clicked.connect(self._on_list_clicked)

        filters = QWidget()
        filters_layout = QVBoxLayout(filters)
        filters_layout.setContentsMargins(0, 0, 12, 0)
        for widget in (
            self.when_label,
            self.when_chips,
            self.pay_label,
            self.pay_chips,
            self.occupation_label,
            self.occupation_chips,
            self.district_label,
            self.district_chips,
        ):
            filters_layout.addWidget(widget)
        filters_layout.addStretch(1)
        self.filters_area = kinetic_scroll_area(filters)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_clear)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.clear_button)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort_label)
        sort_row.addWidget(self.sort_chips, 1)
        right = QVBoxLayout()
        right.addLayout(search_row)
        right.addLayout(sort_row)
        right.addWidget(self.count_label)
        right.addWidget(self.empty_label)
        right.addWidget(self.list_view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.filters_area, 2)
        layout.addLayout(right, 3)
        self.retranslate()

    # -- Screen

    def title(self) -> str:
        return self.tr("Find work")

    def retranslate(self) -> None:
        lang = self.deps.prefs.lang
        self.search_box.setPlaceholderText(self.tr("Type a job, e.g. cleaning"))
        self.search_button.setText(self.tr("Search"))
        self.search_clear.setAccessibleName(self.tr("Clear the words typed"))
        self.clear_button.setText(self.tr("Clear all"))
        self.when_label.setText(self.tr("When"))
        self.when_chips.set_text("today", self.tr("Today"))
        self.when_chips.set_text("tomorrow", self.tr("Tomorrow"))
        self.when_chips.set_text("week", self.tr("This week"))
        self.pay_label.setText(self.tr("Pay"))
        self.pay_chips.set_text("same_day", self.tr("Paid same day"))
        self.occupation_label.setText(self.tr("Kind of work"))
        for occ in OCCUPATIONS:
            self.occupation_chips.set_text(occ.code, occ.name_en if lang == "en" else occ.name_zh)
        self.district_label.setText(self.tr("Area"))
        for district in DISTRICTS:
            self.district_chips.set_text(
                district.name_zh, district.name_en if lang == "en" else district.name_zh
            )
        self.sort_label.setText(self.tr("Sort:"))
        self.sort_chips.set_text(SortOrder.NEWEST.value, self.tr("Newest"))
        self.sort_chips.set_text(SortOrder.PAY.value, self.tr("Highest pay"))
        self.sort_chips.set_text(SortOrder.START.value, self.tr("Starts soonest"))
        self.empty_label.setText(
            self.tr('No jobs match. Tap "Clear all" to see every job, or ask at the service desk.')
        )
        self._show_count()
        self._refresh_cards()

    def theme_changed(self) -> None:
        self._refresh_cards()

    def warm_up(self) -> None:
        # Paint the first page's cards once offscreen while nobody is here: the first paint
        # of a card rasterises its glyphs (~8 ms a card, cold); later cards reuse most of them.
        query = self.current_query()
        postings = self.deps.services.postings
        self.submit_db(
            "warm", lambda: postings.search(query), self.delegate.warm, lambda _error: None
        )

    def enter(self, arg: Any = None) -> None:
        if arg == "urgent":
            # "Urgent today": jobs starting today, soonest first, and nothing else: words or
            # chips left from an earlier search would hide most of today's jobs.
            self.reset()
            self.when_chips.select(["today"])
            self.sort_chips.select([SortOrder.START.value])
        elif self.model.total == 0 and not self._pending_search():
            self._run_search()

    def records_arrived(self) -> None:
        # An empty list fills itself, as when the screen is entered (a kiosk opened while
        # its first sync ran); one a person is reading does not jump under their finger.
        if self.model.total == 0 and not self._pending_search():
            self._run_search()

    def reset(self) -> None:
        self._search_delay.stop()
        self.search_box.clear()
        for group in (self.when_chips, self.pay_chips, self.occupation_chips, self.district_chips):
            group.blockSignals(True)
            group.clear()
            group.blockSignals(False)
        self.sort_chips.blockSignals(True)
        self.sort_chips.select([SortOrder.NEWEST.value])
        self.sort_chips.blockSignals(False)
        self.deps.runner.cancel_prefix(f"{self.name}.")
        self.model.clear()
        self.list_view.scrollToTop()
        self._query = SearchQuery(limit=PAGE)
        self._show_count()

    def speech_text(self) -> str:
        parts = [self.count_label.text()]
        for row in range(min(3, self.model.rowCount())):
            card = self.model.card(row)
            parts.append(self._card_words(card))
        return "\n".join(parts)

    # -- searching

    def current_query(self) -> SearchQuery:
        """The query the chips and the search box describe now."""
        today = self.deps.services.ctx.today()
        query = SearchQuery(text=self.search_box.text().strip(), limit=PAGE)
        when = self.when_chips.selected()
        if when == ["today"]:
            query.on_date = today
        elif when == ["tomorrow"]:
            query.on_date = today + timedelta(days=1)
        elif when == ["week"]:
            query.date_from, query.date_to = today, today + timedelta(days=6)
        if self.pay_chips.selected():
            query.settlement = Settlement.SAME_DAY.value
        occupation = self.occupation_chips.selected()
        query.occupation_code = occupation[0] if occupation else None
        district = self.district_chips.selected()
        query.district = district[0] if district else None
        sort = self.sort_chips.selected()
        query.sort = SortOrder(sort[0]) if sort else SortOrder.NEWEST
        return query

    def _pending_search(self) -> bool:
        return self._search_delay.isActive()

    def _run_search(self) -> None:
        self._search_delay.stop()
        query = self.current_query()
        self._query = query
        postings = self.deps.services.postings

        def load() -> tuple[list[PostingCard], int]:
            return postings.search(query), postings.count(replace(query, limit=0))

        self.submit_db("search", load, self._on_search_loaded, self._on_search_failed)

    def _on_search_loaded(self, result: tuple[list[PostingCard], int]) -> None:
        cards, total = result
        self.model.replace(cards, total)
        self.list_view.scrollToTop()
        self._show_count()
        self.sig_results_shown.emit(total)

    def _on_search_failed(self, error: BaseException) -> None:
        self.model.clear()
        self.count_label.setText(self.tr("The job list cannot be loaded. Please ask at the desk."))

    def _on_model_more_wanted(self, offset: int) -> None:
        query = replace(self._query, offset=offset, limit=MORE_PAGE)
        postings = self.deps.services.postings
        self.submit_db(
            "page",
            lambda: postings.search(query),
            lambda cards: self.model.append(offset, cards),
            lambda _error: self.model.page_failed(),
        )

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n jobs found", "", total))
        self.empty_label.setVisible(total == 0 and not self.deps.runner.pending)

    def _refresh_cards(self) -> None:
        prefs = self.deps.prefs
        self.delegate.set_look(prefs.theme, prefs.lang, self.deps.services.ctx.today())
        # Card height changes with elderly mode: make the view ask every row again.
        self.list_view.reset()
        self.list_view.doItemsLayout()

    def _card_words(self, card: PostingCard) -> str:
        p = card.posting
        return " ".join(
            (
                p.title,
                texts.pay_text(p.pay_amount, p.pay_unit),
                texts.settlement_text(p.settlement),
                texts.dates_text(p.start_date, p.end_date, self.deps.services.ctx.today()),
                texts.places_left_text(p.headcount_left),
            )
        )

    # -- handlers

    def _on_search_box_edited(self, _text: str) -> None:
        self._search_delay.start()

    def _on_search_box_changed(self, text: str) -> None:
        self.search_clear.setVisible(bool(text))

    def _on_search_clear_clicked(self) -> None:
        self.search_box.clear()
        self._run_search()

    def _on_search_delay_timeout(self) -> None:
        self._run_search()

    def _on_filters_changed(self) -> None:
        self._run_search()

    def _on_clear_clicked(self) -> None:
        self.reset()
        self._run_search()

    def _on_list_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        card = self.model.card(index.row())
        self.sig_posting_chosen.emit(card.posting.id)
        self.deps.nav.go("job_detail", card.posting.id)
