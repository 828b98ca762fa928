"""The staff header's print line: the document just issued is printing, printed, or failed, why."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.domain.model import PrintState
from kiosk.ui.printing import DeskPrinting, PrintNews
from kiosk.ui.staff import words

_ROLES = {
    PrintState.PRINTING: "notice",
    PrintState.QUEUED: "notice",
    PrintState.DONE: "ok",
    PrintState.FAILED: "error",
}


class PrintStatusLine(QLabel):
    """Shows the latest news of desk printing, in the staff's language, until the next news."""

    def __init__(self, printing: DeskPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # News must not make the header taller: the page under it would move under a finger.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.news: PrintNews | None = None
        printing.sig_news.connect(self._on_printing_news)
        self.hide()

    def clear(self) -> None:
        self.news = None
        self.setText("")
        self.hide()

    def retranslate(self) -> None:
        news = self.news
        if news is None:
            return
        self.setText(words.print_news_text(news.kind, news.state, news.problem, news.detail))
        self.setProperty("role", _ROLES[news.state])
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_printing_news(self, news: PrintNews) -> None:
        self.news = news
        self.retranslate()
