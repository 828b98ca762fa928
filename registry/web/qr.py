"""QR codes on the registry's pages as inline SVG, by the `qrcode` library the kiosks print with."""

from __future__ import annotations

import qrcode
from markupsafe import Markup
from qrcode.constants import ERROR_CORRECT_M
from qrcode.image.svg import SvgPathImage


def qr_svg(data: str) -> Markup:
    """The code for `data` as one SVG path with its quiet zone; error correction M, as on paper.

    Inline, not an <img>: the pages' content security policy loads nothing from elsewhere, and
    the code scales with the page's CSS.
    """
    image = qrcode.make(data, image_factory=SvgPathImage, error_correction=ERROR_CORRECT_M)
    svg: str = image.to_string(encoding="unicode")
    # The library's markup holds only numbers and the path: safe to put in the page as is.
    return Markup(svg)
