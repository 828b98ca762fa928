"""A QR code on the screen: a worker's phone camera keeps the job (its public posting page)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.print.qr import qr_matrix
from kiosk.ui.widgets import label

# The quiet zone the QR standard asks for: phones find the code by its white frame.
QUIET_MODULES = 4


def qr_image(data: str, side_px: int) -> QImage:
    """The code black on white, at most `side_px` square, quiet zone included.

    Every module is the same whole number of pixels: a scaled, blurred edge is what makes a
    phone camera hesitate.
    """
    modules = qr_matrix(data)
    count = len(modules) + 2 * QUIET_MODULES
    module_px = max(1, side_px // count)
    image = QImage(count * module_px, count * module_px, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for r, row in enumerate(modules):
        y = (r + QUIET_MODULES) * module_px
        for c, dark in enumerate(row):
            if dark:
                x = (c + QUIET_MODULES) * module_px
                painter.fillRect(x, y, module_px, module_px, Qt.GlobalColor.black)
    painter.end()
    return image


class QrView(QWidget):
    """A QR code and what scanning it does; hidden while there is no page to open.

    As wide as the code: the caption wraps under it rather than taking room from the job's
    words beside it. `caption=False` leaves the words to the screen (the board says it once).
    """

    def __init__(self, side_px: int = 220, *, caption: bool = True) -> None:
        super().__init__()
        self.setMaximumWidth(side_px)
        self.side_px = side_px
        self.url = ""
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = label(role="hint")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.caption.setVisible(caption)
        self.retranslate()
        self.hide()

    def show_url(self, url: str) -> None:
        """Show the code for `url`; an empty url hides it."""
        if url and url != self.url:
            self.code.setPixmap(QPixmap.fromImage(qr_image(url, self.side_px)))
        self.url = url
        self.setVisible(bool(url))

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Scan with your phone camera to keep this job"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
