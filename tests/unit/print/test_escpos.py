"""ESC/POS: the slip goes out as a 576-dot raster image and a cut; the bitmap shows the text."""

from __future__ import annotations

from pathlib import Path

from escpos.printer import Dummy
from PIL import Image

from kiosk.print.backends import PrintRequest
from kiosk.print.backends.escpos import DOTS, PROFILE, EscposPrinter, pdf_to_bitmap
from kiosk.print.documents import render
from kiosk.print.labels import ZH_CN
from print_helpers import sample_documents

GS_V_0 = b"\x1dv0"
CUT = b"\x1dV"


def _slip() -> bytes:
    return render(sample_documents()["job_slip"], ZH_CN)


def test_dummy_printer_gets_a_576_dot_raster_and_a_cut() -> None:
    dummy = Dummy(profile=PROFILE)
    printer = EscposPrinter("escpos-net:dummy", lambda: dummy)
    printer.submit(PrintRequest(pdf=_slip(), title="t", width_mm=80, height_mm=170, roll=True))
    out = dummy.output
    start = out.index(GS_V_0)
    # GS v 0 m xL xH yL yH: width in bytes (8 dots each), little-endian.
    width_bytes = out[start + 4] + 256 * out[start + 5]
    assert width_bytes * 8 == DOTS == 576
    assert out.rindex(CUT) > out.rindex(GS_V_0)  # the cut comes after the image


def test_bitmap_shows_the_slip_text(tmp_path: Path) -> None:
    image = pdf_to_bitmap(_slip())
    path = tmp_path / "slip.png"
    image.save(path)
    saved = Image.open(path).convert("L")
    assert saved.width == 576
    # Title band (venue name, "岗位信息单", slip number) has ink; the blank margin above has none.
    title_band = saved.crop((100, 20, 476, 160))
    top_margin = saved.crop((0, 0, 576, 15))
    assert sum(title_band.histogram()[:128]) > 1500
    assert sum(top_margin.histogram()[:128]) == 0


def test_bitmap_keeps_the_printable_width_unscaled() -> None:
    # 72 mm content on 576 dots: 8 dots per mm, the same as a 203 dpi head.
    image = pdf_to_bitmap(_slip())
    assert image.width == 576
    assert image.mode == "1"
