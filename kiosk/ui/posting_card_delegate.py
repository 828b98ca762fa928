"""Paints one posting as a card: pay first and biggest, then place, time, people and trust."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.domain import catalogue
from kiosk.domain.catalogue import Lang
from kiosk.domain.model import Settlement
from kiosk.services.postings import PostingCard
from kiosk.ui import icons, style, texts
from kiosk.ui.posting_list_model import CARD_ROLE
from kiosk.ui.style import Theme

_SETTLEMENT_COLOUR = {
    Settlement.SAME_DAY: style.OK,
    Settlement.WEEKLY: style.PRIMARY,
    Settlement.ON_COMPLETION: style.WARN,
}

# Painted cards kept for repaints (scrolling, a page appended, the list relaid out). A card at
# kiosk width is ~0.7 MB, so the cache stays small: a few screens' worth of cards.
CARD_CACHE_SIZE = 32
WARM_CARDS = 10


def _card_key(card: PostingCard) -> Hashable:
    """Everything a card shows: a posting edited by sync under the same id is painted anew."""
    p = card.posting
    return (
        p.id,
        p.title,
        p.pay_amount,
        p.pay_unit,
        p.settlement,
        p.occupation_code,
        p.district,
        p.workplace,
        p.start_date,
        p.end_date,
        p.start_time,
        p.end_time,
        p.headcount_left,
        card.employer_verified,
    )


class PostingCardDelegate(QStyledItemDelegate):
    """Draws cards straight onto the list's viewport: thousands of rows, no widget per card."""

    def __init__(
        self, theme: Theme, lang: Lang, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.lang = lang
        self.today = today
        # Painting a card is a dozen Python calls into QPainter (3-7 ms on the kiosk's CPU);
        # drawing its cached pixmap is one. Keyed by what the card shows and its size; the
        # theme, language and day are the delegate's look, so set_look() empties the cache.
        self._cache: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._fonts: dict[tuple[int, bool], QFont] = {}

    def set_look(self, theme: Theme, lang: Lang, today: date) -> None:
        self.theme, self.lang, self.today = theme, lang, today
        self.clear_cache()

    def clear_cache(self) -> None:
        self._cache.clear()
        self._fonts.clear()

    def warm(self, cards: list[PostingCard], width: int = 1000) -> None:
        """Paint cards offscreen and throw them away: fills the glyph and icon caches."""
        height = self.theme.card_height + self.theme.gap_px
        canvas = QPixmap(width, height)
        for card in cards[:WARM_CARDS]:
            canvas.fill(Qt.GlobalColor.transparent)
            painter = QPainter(canvas)
            self._paint_card(painter, QRect(0, 0, width, height), card, False)
            painter.end()

    def editorEvent(self, *args: object) -> bool:
        """Cards are not editable or checkable; skipping the base also skips its data() calls."""
        return False

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(400, option.rect.width()), self.theme.card_height + self.theme.gap_px)

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = self._fonts.get((px, bold))
        if font is None:
            font = QFont(list(style.FONT_FAMILIES))
            font.setPixelSize(px)
            font.setBold(bold)
            self._fonts[(px, bold)] = font
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, PostingCard):
            return
        area = option.rect
        if area.width() <= 0 or area.height() <= 0:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (_card_key(card), area.width(), area.height(), selected, ratio)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(area.width() * ratio), round(area.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            canvas = QPainter(pixmap)
            self._paint_card(canvas, QRect(QPoint(0, 0), area.size()), card, selected)
            canvas.end()
            self._cache[key] = pixmap
            while len(self._cache) > CARD_CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        painter.drawPixmap(area.topLeft(), pixmap)

    def _paint_card(
        self, painter: QPainter, area: QRect, card: PostingCard, selected: bool
    ) -> None:
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = area.adjusted(t.gap_px, t.gap_px // 2, -t.gap_px, -t.gap_px // 2)
        painter.setPen(
            QPen(QColor(style.PRIMARY if selected else style.LINE), 3 if selected else 1)
        )
        painter.setBrush(QColor(style.CARD))
        painter.drawRoundedRect(rect, 12, 12)
        inner = rect.adjusted(t.gap_px + 4, t.gap_px, -t.gap_px - 4, -t.gap_px)
        pay_width = max(int(inner.width() * 0.28), t.pay_px * 5)
        self._paint_pay(painter, card, QRect(inner.left(), inner.top(), pay_width, inner.height()))
        body = QRect(
            inner.left() + pay_width + t.gap_px,
            inner.top(),
            inner.width() - pay_width - t.gap_px,
            inner.height(),
        )
        self._paint_body(painter, card, body)
        painter.restore()

    def _paint_pay(self, painter: QPainter, card: PostingCard, rect: QRect) -> None:
        t = self.theme
        p = card.posting
        pay_font = self._font(t.pay_px, bold=True)
        painter.setFont(pay_font)
        painter.setPen(QColor(style.PAY))
        pay_line = int(t.pay_px * 1.3)
        text = QFontMetrics(pay_font).elidedText(
            texts.pay_text(p.pay_amount, p.pay_unit), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), pay_line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        # The settlement badge: how soon the money comes matters as much as how much.
        badge_font = self._font(t.body_px, bold=True)
        painter.setFont(badge_font)
        word = texts.settlement_text(p.settlement)
        metrics = QFontMetrics(badge_font)
        badge = QRect(
            rect.left(),
            rect.top() + pay_line + t.gap_px // 2,
            min(rect.width(), metrics.horizontalAdvance(word) + 2 * t.gap_px),
            int(t.body_px * 1.6),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_SETTLEMENT_COLOUR[p.settlement]))
        painter.drawRoundedRect(badge, 8, 8)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, word)

    def _paint_body(self, painter: QPainter, card: PostingCard, rect: QRect) -> None:
        t = self.theme
        p = card.posting
        line_h = int(t.body_px * t.line_height)
        icon_px = int(t.body_px * 1.1)
        y = rect.top()
        # Title row, with the occupation icon and the verified-employer mark on the right.
        occupation = catalogue.occupation(p.occupation_code)
        title_font = self._font(t.body_px + 2, bold=True)
        verified_w = 0
        if card.employer_verified:
            mark_font = self._font(t.small_px, bold=True)
            word = texts.translate("PostingCardDelegate", "Verified employer")
            verified_w = QFontMetrics(mark_font).horizontalAdvance(word) + icon_px + 8
            painter.drawPixmap(
                rect.right() - verified_w,
                y + (line_h - icon_px) // 2,
                icons.pixmap("verified", icon_px, style.OK),
            )
            painter.setFont(mark_font)
            painter.setPen(QColor(style.OK))
            painter.drawText(
                QRect(rect.right() - verified_w + icon_px + 6, y, verified_w, line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                word,
            )
        if occupation is not None:
            painter.drawPixmap(
                rect.left(),
                y + (line_h - icon_px) // 2,
                icons.pixmap(occupation.icon, icon_px, style.INK),
            )
        painter.setFont(title_font)
        painter.setPen(QColor(style.INK))
        title_w = rect.width() - icon_px - 10 - verified_w - t.gap_px
        title = QFontMetrics(title_font).elidedText(p.title, Qt.TextElideMode.ElideRight, title_w)
        painter.drawText(
            QRect(rect.left() + icon_px + 10, y, title_w, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        y += line_h + t.gap_px // 2
        body_font = self._font(t.body_px)
        painter.setFont(body_font)
        metrics = QFontMetrics(body_font)
        place = f"{catalogue.district_name(p.district, self.lang)} · {p.workplace}"
        when = " ".join(
            part
            for part in (
                texts.dates_text(p.start_date, p.end_date, self.today),
                texts.hours_text(p.start_time, p.end_time),
            )
            if part
        )
        rows = (
            ("map", place),
            ("calendar", when),
            ("people", texts.places_left_text(p.headcount_left)),
        )
        ink = QColor(style.INK if t.elderly else style.INK_SOFT)
        for icon_name, text in rows:
            painter.drawPixmap(
                rect.left(),
                y + (line_h - icon_px) // 2,
                icons.pixmap(icon_name, icon_px, style.INK_SOFT),
            )
            painter.setPen(ink)
            width = rect.width() - icon_px - 10
            painter.drawText(
                QRect(rect.left() + icon_px + 10, y, width, line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            y += line_h
