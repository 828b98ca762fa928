"""A long job's progress on a staff page: one line of words over a bar, redrawn in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.ui import style

BAR_PX = 16
GAP_PX = 8


class ProgressLine(QLabel):
    """Words and a bar that change several times a second while a sync runs.

    A QLabel's setText (and a QProgressBar's setValue, which repaints at once) has every layout
    up to the window redone: measured 20-40 ms a time on the staff desk, a freeze at each
    update. This one keeps its size (one line of its font and a bar) and only asks for a
    repaint. A QLabel still, so read-aloud and tests find its words with text().
    """

    def __init__(self, role: str = "value") -> None:
        super().__init__()
        self.setProperty("role", role)  # the style sheet's font for such labels
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._words = ""
        self._fraction: float | None = None

    def show_progress(self, words: str, fraction: float | None) -> None:
        """`fraction` 0..1, or None when the total is not known (an empty bar)."""
        if (words, fraction) == (self._words, self._fraction):
            return
        self._words, self._fraction = words, fraction
        self.update()

    def text(self) -> str:
        return self._words

    def fraction(self) -> float | None:
        return self._fraction

    def sizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance(self._words), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # elderly mode: a bigger line (rare, so a relayout is fine)
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        area = self.contentsRect()
        line = QRect(area.left(), area.top(), area.width(), metrics.height())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        words = metrics.elidedText(self._words, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        track = QRect(area.left(), line.bottom() + GAP_PX, area.width(), BAR_PX)
        painter.setPen(QColor(style.LINE))
        painter.setBrush(QColor(style.CARD))
        painter.drawRoundedRect(track.adjusted(0, 0, -1, -1), 4, 4)
        if self._fraction:
            done = QRect(track)
            done.setWidth(max(BAR_PX // 2, round(track.width() * self._fraction)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.PRIMARY))
            painter.drawRoundedRect(done, 4, 4)
        painter.end()

    def _height(self) -> int:
        return QFontMetrics(self.font()).height() + GAP_PX + BAR_PX
