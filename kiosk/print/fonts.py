"""The embedded CJK TrueType font every document uses, so a PDF prints the same anywhere."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# reportlab embeds TrueType outlines only; Noto CJK is CFF-based, so WenQuanYi it is.
FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT_NAME = "WQYMicroHei"


class FontMissingError(RuntimeError):
    """The CJK font is not installed; documents cannot be rendered without it."""


@functools.cache
def register_fonts(path: Path = FONT_PATH) -> str:
    """Register the font once per process (parsing the 5 MB TTC is slow); return its name."""
    if not path.exists():
        raise FontMissingError(
            f"CJK font missing: {path} (install fonts-wqy-microhei: make system-deps)"
        )
    # TTFont embeds a subset of the glyphs used, so a slip stays a few tens of kB.
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    # The face has no bold or italic; map them to it so <b> in a paragraph never fails.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
