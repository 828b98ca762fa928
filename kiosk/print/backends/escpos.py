"""ESC/POS thermal printers: the PDF drawn as a 576-dot bitmap, so Chinese prints on any model."""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError
from PIL import Image

from kiosk.print.backends import PrinterSpecError, PrinterUnavailable, PrintProblem, PrintRequest
from kiosk.print.layout import ROLL_MARGIN, ROLL_PRINTABLE

DOTS = 576  # 72 mm at 203 dpi: the printable width of an 80 mm head
PROFILE = "TM-T20II"  # an 80 mm profile that knows the 576-dot width
NET_TIMEOUT_S = 10
# The darkest grey that still prints as white; anti-aliased glyph edges below it print black.
THRESHOLD = 160


def pdf_to_bitmap(pdf: bytes, width_dots: int = DOTS) -> Image.Image:
    """The first page as a 1-bit image `width_dots` wide; an 80 mm page loses its blank margins."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        width_pt, _ = page.get_size()
        # A roll page keeps 4 mm blank each side for the head's unprintable edge: crop it so the
        # printable 72 mm map dot for dot onto the head instead of being shrunk by 10 %.
        crop = ROLL_MARGIN if abs(width_pt - (ROLL_PRINTABLE + 2 * ROLL_MARGIN)) < 2 else 0.0
        scale = width_dots / (width_pt - 2 * crop)
        bitmap = page.render(scale=scale, crop=(crop, 0, crop, 0), grayscale=True)
        image = bitmap.to_pil().convert("L")
    finally:
        document.close()
    if image.width != width_dots:
        image = image.resize((width_dots, round(image.height * width_dots / image.width)))
    # A plain threshold, not dithering: text and QR modules must stay crisp on thermal paper.
    bw: Image.Image = image.point(lambda v: 255 if v >= THRESHOLD else 0, mode="1")
    return bw


class EscposPrinter:
    def __init__(self, spec: str, connect: Callable[[], Escpos]) -> None:
        self.spec = spec
        self._connect = connect

    @classmethod
    def from_spec(cls, spec: str) -> EscposPrinter:
        kind, _, target = spec.partition(":")
        if kind == "escpos-net":
            host, _, port = target.partition(":")
            if not host:
                raise PrinterSpecError(f"{spec!r}: no host")

            def network() -> Escpos:
                from escpos.printer import Network

                return Network(host, int(port or 9100), timeout=NET_TIMEOUT_S, profile=PROFILE)

            return cls(spec, network)
        if kind == "escpos-usb":
            vid, _, pid = target.partition(":")
            try:
                vendor, product = int(vid, 16), int(pid, 16)
            except ValueError as exc:
                raise PrinterSpecError(f"{spec!r}: expected escpos-usb:VID:PID in hex") from exc

            def usb() -> Escpos:
                from escpos.printer import Usb

                return Usb(vendor, product, timeout=NET_TIMEOUT_S * 1000, profile=PROFILE)

            return cls(spec, usb)
        raise PrinterSpecError(f"not an ESC/POS spec: {spec!r}")

    def submit(self, request: PrintRequest) -> str:
        image = pdf_to_bitmap(request.pdf)
        try:
            printer = self._connect()
            try:
                for _ in range(request.copies):
                    printer.image(image, impl="bitImageRaster", center=False)
                    printer.cut()
            finally:
                printer.close()
        except (EscposError, OSError) as exc:
            raise PrinterUnavailable(f"{self.spec}: {exc}", PrintProblem.UNREACHABLE) from exc
        return self.spec

    def already_submitted(self, title: str) -> bool | None:
        # A thermal printer keeps no job history.
        return None
