"""The find-work list: posting cards in pages, fetched more as the finger scrolls down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QIcon

from kiosk.services.postings import PostingCard

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
POSTING_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


def _empty(role: int) -> Any:
    """An empty value of the type Qt expects for `role` (see the note in data())."""
    if role == Qt.ItemDataRole.SizeHintRole:
        return QSize()
    if role == Qt.ItemDataRole.FontRole:
        return QFont()
    if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
        return QBrush()
    if role == Qt.ItemDataRole.DecorationRole:
        return QIcon()
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.CheckStateRole:
        return Qt.CheckState.Unchecked
    return ""


class PostingListModel(QAbstractListModel):
    """Holds the cards loaded so far; asks for the next page through sig_more_wanted.

    The model never touches the database: the find-work screen loads pages on the db lane and
    hands them in, so scrolling never waits on SQLite.
    """

    sig_more_wanted = Signal(int)  # offset of the next page

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[PostingCard] = []
        self._total = 0
        self._loading = False

    # -- Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Never return None: PySide6 6.12 drops a reference to None each time a Python
        # data() returns it (a crash after some 10^5 calls on Python 3.11), so every role
        # gets an empty value of its own type instead.
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return _empty(role)
        card = self._cards[index.row()]
        if role in _TEXT_ROLES:
            return card.posting.title
        if role == CARD_ROLE:
            return card
        if role == POSTING_ID_ROLE:
            return card.posting.id
        return _empty(role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._cards) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.sig_more_wanted.emit(len(self._cards))

    # -- fed by the screen

    @property
    def total(self) -> int:
        return self._total

    def card(self, row: int) -> PostingCard:
        return self._cards[row]

    def replace(self, cards: list[PostingCard], total: int) -> None:
        """A new search: the first page and how many match in all."""
        self.beginResetModel()
        self._cards = list(cards)
        self._total = max(total, len(cards))
        self._loading = False
        self.endResetModel()

    def append(self, offset: int, cards: list[PostingCard]) -> None:
        """A further page; a page for a stale offset (the search changed meanwhile) is dropped."""
        self._loading = False
        if offset != len(self._cards) or not cards:
            if not cards:
                self._total = len(self._cards)  # the store has fewer than counted: stop asking
            return
        first = len(self._cards)
        self.beginInsertRows(QModelIndex(), first, first + len(cards) - 1)
        self._cards.extend(cards)
        self.endInsertRows()

    def page_failed(self) -> None:
        self._loading = False

    def clear(self) -> None:
        self.replace([], 0)
