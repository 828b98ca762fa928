"""Our hand-drawn SVG icons (assets/icons), tinted and rendered at the size a widget needs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parents[2] / "assets"
ICON_DIR = ASSETS / "icons"
# The SVG files draw in pure black; this is swapped for the colour asked for.
_DRAWN_COLOUR = "#000000"


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        path = ICON_DIR / "box.svg"  # an unknown occupation icon still shows something
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def pixmap(name: str, size: int, colour: str = "#1a1a1a", ratio: float = 1.0) -> QPixmap:
    """The icon `name` drawn in `colour`, `size` logical pixels square."""
    data = QByteArray(_svg(name).replace(_DRAWN_COLOUR, colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    device = max(1, round(size * ratio))
    pm = QPixmap(device, device)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, device, device))
    painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str, colour: str = "#1a1a1a", size: int = 96) -> QIcon:
    return QIcon(pixmap(name, size, colour))
