"""Board mode: open jobs rotating in big type, and the queue numbers being called."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from kiosk.domain import catalogue
from kiosk.domain.model import VENUE_TZ, CheckIn, SortOrder
from kiosk.print.qr import current_registry, screen_posting_url
from kiosk.services.container import Services
from kiosk.services.postings import PostingCard
from kiosk.store.search import SearchQuery
from kiosk.ui import style, texts
from kiosk.ui.i18n import Translations
from kiosk.ui.qr_view import QrView
from kiosk.ui.tasks import LaneName, TaskRunner
from kiosk.ui.widgets import card_frame, label

PER_PAGE = 4
ROTATE_MS = 8000
RELOAD_MS = 60000
# Staff call a number and the worker looks up at the board: a few seconds' delay at most.
CALLED_MS = 2000
MAX_POSTINGS = 40
CALLED_SHOWN = 6
# Readable from 5 m: about 1/15 of a 1080-line screen for pay, 1/25 for the rest; the number
# just called is the biggest thing on the screen.
BOARD_PAY_PX = 72
BOARD_TEXT_PX = 40
BOARD_NUMBER_PX = 150
# A phone a step or two from the board still reads a code of about 4 cm.
BOARD_QR_PX = 170


def ticket_number(number: int) -> str:
    """As printed on the queue ticket (012), so the worker matches paper and screen at a glance."""
    return f"{number:03d}"


def called_today(tickets: list[CheckIn], today: date) -> list[CheckIn]:
    """Yesterday's numbers mean nothing to this morning's queue."""
    return [t for t in tickets if t.called_at and t.called_at.astimezone(VENUE_TZ).date() == today]


class _PostingSlot(QFrame):
    """One posting on the board: pay, when it is paid, the title and the facts."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        # Every label wraps: English pay ("230 yuan / day") at 72 px would otherwise widen the
        # board past the screen's edge.
        self.pay = label()
        self.pay.setStyleSheet(
            f"color: {style.PAY}; font-size: {BOARD_PAY_PX}px; font-weight: bold;"
        )
        self.settlement = label()
        self.settlement.setStyleSheet(
            f"color: {style.OK}; font-size: {BOARD_TEXT_PX}px; font-weight: bold;"
        )
        self.title = label()
        self.title.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
        self.facts = label()
        self.facts.setStyleSheet(f"font-size: {BOARD_TEXT_PX - 6}px;")
        self.qr = QrView(BOARD_QR_PX, caption=False)
        inner = QVBoxLayout()
        inner.setSpacing(8)
        for widget in (self.pay, self.settlement, self.title, self.facts):
            inner.addWidget(widget)
        inner.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 20, 28, 20)
        row.addLayout(inner, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class BoardScreen(QWidget):
    """The big screen: postings and the numbers staff call, both read from the store."""

    def __init__(self, services: Services, runner: TaskRunner, language: str) -> None:
        super().__init__()
        self.setObjectName("screen")
        self.services = services
        self.runner = runner
        self.language = language
        self.cards: list[PostingCard] = []
        # The registry its codes point at: read again with every reload (see reload()).
        self.links = services.settings
        self.page = 0
        self.called: list[CheckIn] = []
        self.heading = label(wrap=False)
        self.heading.setStyleSheet(f"font-size: {BOARD_TEXT_PX + 8}px; font-weight: bold;")
        self.clock = label(wrap=False)
        self.clock.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px;")
        self.jobs_label = label()
        self.jobs_label.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
        self.slots: list[_PostingSlot] = []
        grid = QGridLayout()
        grid.setSpacing(24)
        for i in range(PER_PAGE):
            slot = _PostingSlot()
            grid.addWidget(slot, i // 2, i % 2)
            self.slots.append(slot)
        # Equal cards whatever their words: a long title must not squeeze its neighbour.
        for n in range(2):
            grid.setColumnStretch(n, 1)
            grid.setRowStretch(n, 1)
        self.called_label = label()
        self.called_label.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
        # The number just called, big, and where to go; earlier calls in a list below.
        self.latest_number = label(wrap=False)
        self.latest_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest_number.setStyleSheet(
            f"font-size: {BOARD_NUMBER_PX}px; font-weight: bold; color: {style.PRIMARY};"
        )
        self.latest_table = label()
        self.latest_table.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest_table.setStyleSheet(f"font-size: {BOARD_TEXT_PX + 8}px; font-weight: bold;")
        self.called_numbers = label()
        self.called_numbers.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.called_numbers.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; color: {style.INK_SOFT};")
        called_frame = card_frame()
        called = QVBoxLayout(called_frame)
        called.setContentsMargins(24, 20, 24, 20)
        called.setSpacing(16)
        called.addWidget(self.called_label)
        called.addWidget(self.latest_number)
        called.addWidget(self.latest_table)
        called.addWidget(self.called_numbers)
        called.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.clock)
        jobs = QVBoxLayout()
        jobs.addWidget(self.jobs_label)
        jobs.addLayout(grid, 1)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addLayout(jobs, 3)
        body.addWidget(called_frame, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        self._rotate = QTimer(self, interval=ROTATE_MS)
        self._rotate.timeout.connect(self._on_rotate_timeout)
        self._reload = QTimer(self, interval=RELOAD_MS)
        self._reload.timeout.connect(self.reload)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._called_poll = QTimer(self, interval=CALLED_MS)
        self._called_poll.timeout.connect(self.load_called)
        self.retranslate()

    def start(self) -> None:
        self.reload()
        self.load_called()
        for timer in (self._rotate, self._reload, self._clock, self._called_poll):
            timer.start()
        self._on_clock_timeout()

    def stop(self) -> None:
        for timer in (self._rotate, self._reload, self._clock, self._called_poll):
            timer.stop()

    def reload(self) -> None:
        postings, settings = self.services.postings, self.services.settings
        query = SearchQuery(sort=SortOrder.START, limit=MAX_POSTINGS)

        def load() -> tuple[list[PostingCard], Settings]:
            # A board runs for weeks: a kiosk enrolled (or moved to another registry) since it
            # started shows that registry's pages in its codes from the next reload on.
            return postings.search(query), current_registry(settings)

        self.runner.submit(LaneName.DB, "board.load", load, self._on_postings_loaded)

    def load_called(self) -> None:
        # Staff call numbers on another machine or process: the store is the only link.
        sessions = self.services.sessions
        self.runner.submit(
            LaneName.DB,
            "board.called",
            lambda: sessions.called_numbers(limit=CALLED_SHOWN),
            self._on_called_loaded,
        )

    def retranslate(self) -> None:
        self.heading.setText(self.services.settings.venue_name)
        self.jobs_label.setText(self.tr("Jobs open now - ask at the service desk"))
        self.called_label.setText(self.tr("Numbers called"))
        self._fill()

    def _on_postings_loaded(self, loaded: tuple[list[PostingCard], Settings]) -> None:
        self.cards, self.links = loaded
        self.page = 0
        self._fill()

    def _on_called_loaded(self, tickets: list[CheckIn]) -> None:
        self.called = called_today(tickets, self.services.ctx.today())
        self._fill_called()

    def _on_rotate_timeout(self) -> None:
        pages = max(1, -(-len(self.cards) // PER_PAGE))
        self.page = (self.page + 1) % pages
        self._fill()

    def _on_clock_timeout(self) -> None:
        self.clock.setText(datetime.now(VENUE_TZ).strftime("%H:%M"))

    def _fill(self) -> None:
        lang: catalogue.Lang = "en" if self.language == "en" else "zh"
        today = self.services.ctx.today()
        shown = self.cards[self.page * PER_PAGE : (self.page + 1) * PER_PAGE]
        for i, slot in enumerate(self.slots):
            slot.setVisible(i < len(shown))
            if i >= len(shown):
                continue
            p = shown[i].posting
            slot.pay.setText(texts.pay_text(p.pay_amount, p.pay_unit))
            slot.settlement.setText(texts.settlement_text(p.settlement))
            slot.title.setText(p.title)
            slot.qr.show_url(screen_posting_url(self.links, p.id))
            facts = (
                catalogue.district_name(p.district, lang),
                texts.dates_text(p.start_date, p.end_date, today),
                texts.places_left_text(p.headcount_left),
            )
            # A line breaks between facts, never inside one ("3 / places left" reads wrong).
            slot.facts.setText(" · ".join(f.replace(" ", "\u00a0") for f in facts))
        self._fill_called()

    def _fill_called(self) -> None:
        latest = self.called[0] if self.called else None
        self.latest_number.setVisible(latest is not None)
        self.latest_table.setVisible(latest is not None and latest.table_no is not None)
        if latest is None:
            self.called_numbers.setText(self.tr("No numbers called yet"))
            return
        self.latest_number.setText(ticket_number(latest.number))
        self.latest_table.setText(
            self.tr("Please go to table {table}").format(table=latest.table_no)
        )
        self.called_numbers.setText(
            "\n".join(
                self.tr("{number} to table {table}").format(
                    number=ticket_number(t.number), table=t.table_no
                )
                if t.table_no is not None
                else ticket_number(t.number)
                for t in self.called[1:]
            )
        )


class BoardWindow(QObject):
    """Board mode's own small composition: translator, runner and the board screen."""

    def __init__(self, app: QApplication, settings: Settings, services: Services) -> None:
        super().__init__()
        self.translations = Translations(self)
        self.translations.switch(settings.language)
        self.runner = TaskRunner(parent=self)
        app.setStyleSheet(style.style_sheet(style.NORMAL))
        self.window = BoardScreen(services, self.runner, settings.language)
        self.window.setWindowTitle(settings.venue_name)
        self.window.start()

    def close(self) -> None:
        self.window.stop()
        self.runner.shutdown()
        self.window.close()
