"""Board mode: open jobs rotating in big type, and the queue numbers being called."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.domain import catalogue
from kiosk.domain.model import SortOrder
from kiosk.services.base import VENUE_TZ
from kiosk.services.container import Services
from kiosk.services.postings import PostingCard
from kiosk.store.search import SearchQuery
from kiosk.ui import style, texts
from kiosk.ui.i18n import Translations
from kiosk.ui.tasks import LaneName, TaskRunner
from kiosk.ui.widgets import card_frame, label

PER_PAGE = 4
ROTATE_MS = 8000
RELOAD_MS = 60000
MAX_POSTINGS = 40
# Readable from 5 m: about 1/15 of a 1080-line screen for pay, 1/25 for the rest.
BOARD_PAY_PX = 72
BOARD_TEXT_PX = 40


class BoardScreen(QWidget):
    """The big screen. Postings come from the store; called numbers arrive with staff mode."""

    def __init__(self, services: Services, runner: TaskRunner, language: str) -> None:
        super().__init__()
        self.setObjectName("screen")
        self.services = services
        self.runner = runner
        self.language = language
        self.cards: list[PostingCard] = []
        self.page = 0
        self.called: list[str] = []
        self.heading = label(wrap=False)
        self.heading.setStyleSheet(f"font-size: {BOARD_TEXT_PX + 8}px; font-weight: bold;")
        self.clock = label(wrap=False)
        self.clock.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px;")
        self.jobs_label = label()
        self.jobs_label.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
        self.slots: list[tuple[QWidget, QLabel, QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setSpacing(24)
        for i in range(PER_PAGE):
            frame = card_frame()
            pay = label(wrap=False)
            pay.setStyleSheet(
                f"color: {style.PAY}; font-size: {BOARD_PAY_PX}px; font-weight: bold;"
            )
            title = label()
            title.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
            facts = label()
            facts.setStyleSheet(f"font-size: {BOARD_TEXT_PX - 6}px;")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(28, 20, 28, 20)
            for widget in (pay, title, facts):
                inner.addWidget(widget)
            inner.addStretch(1)
            grid.addWidget(frame, i // 2, i % 2)
            self.slots.append((frame, pay, title, facts))
        self.called_label = label()
        self.called_label.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; font-weight: bold;")
        self.called_numbers = label()
        self.called_numbers.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.called_numbers.setStyleSheet(f"font-size: {BOARD_TEXT_PX}px; color: {style.INK_SOFT};")
        called_frame = card_frame()
        called = QVBoxLayout(called_frame)
        called.setContentsMargins(24, 20, 24, 20)
        called.addWidget(self.called_label)
        called.addWidget(self.called_numbers, 1)
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
        self.retranslate()

    def start(self) -> None:
        self.reload()
        for timer in (self._rotate, self._reload, self._clock):
            timer.start()
        self._on_clock_timeout()

    def reload(self) -> None:
        postings = self.services.postings
        query = SearchQuery(sort=SortOrder.START, limit=MAX_POSTINGS)
        self.runner.submit(
            LaneName.DB, "board.load", lambda: postings.search(query), self._on_postings_loaded
        )

    def retranslate(self) -> None:
        self.heading.setText(self.services.settings.venue_name)
        self.jobs_label.setText(self.tr("Jobs open now - ask at the service desk"))
        self.called_label.setText(self.tr("Numbers called"))
        self._fill()

    def _on_postings_loaded(self, cards: list[PostingCard]) -> None:
        self.cards = cards
        self.page = 0
        self._fill()

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
        for i, (frame, pay, title, facts) in enumerate(self.slots):
            frame.setVisible(i < len(shown))
            if i >= len(shown):
                continue
            p = shown[i].posting
            pay.setText(
                f"{texts.pay_text(p.pay_amount, p.pay_unit)}  {texts.settlement_text(p.settlement)}"
            )
            title.setText(p.title)
            facts.setText(
                f"{catalogue.district_name(p.district, lang)} · "
                f"{texts.dates_text(p.start_date, p.end_date, today)} · "
                f"{texts.people_left_text(p.headcount_left)}"
            )
        self.called_numbers.setText(
            "  ".join(self.called) if self.called else self.tr("No numbers called yet")
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
        self.runner.shutdown()
        self.window.close()
