"""One QR library (`qrcode`) makes every code: on paper, and on the registry's posting page."""

from __future__ import annotations

import re
from pathlib import Path

import qrcode
import requests
import zxingcpp
from PIL import Image, ImageDraw
from qrcode.constants import ERROR_CORRECT_M

from integration.test_sync_harness import make_kiosk, running_registry
from kiosk.print.documents import render
from kiosk.print.labels import ZH_CN
from kiosk.print.qr import qr_matrix
from print_helpers import TOKEN_URL, render_page, sample_documents

# Error correction levels a phone still reads through a crease or a smudge.
M_OR_BETTER = ("M", "Q", "H")


def _decoded(image: Image.Image) -> list[zxingcpp.Result]:
    return list(zxingcpp.read_barcodes(image.convert("L")))


def test_the_printed_slip_code_holds_the_verification_url_at_error_correction_m() -> None:
    [code] = _decoded(render_page(render(sample_documents()["job_slip"], ZH_CN)))
    assert code.text == TOKEN_URL
    assert code.ec_level in M_OR_BETTER


def test_paper_draws_exactly_the_modules_the_qrcode_library_chose() -> None:
    # The token rides in alphanumeric mode: the library splits the URL into modes itself.
    expected = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    expected.add_data(TOKEN_URL)
    expected.make(fit=True)
    assert qr_matrix(TOKEN_URL) == [[bool(m) for m in row] for row in expected.get_matrix()]


def _rasterise(svg: str, module_px: int = 8) -> Image.Image:
    """The registry's SVG path (one square per dark module) drawn the way a browser would."""
    view = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg)
    assert view, svg[:200]
    side = int(view.group(1))
    image = Image.new("L", (side * module_px, side * module_px), 255)
    draw = ImageDraw.Draw(image)
    path = re.search(r' d="([^"]+)"', svg)
    assert path
    for x, y, x2, y2 in re.findall(r"M([\d.]+),([\d.]+)H([\d.]+)V([\d.]+)H[\d.]+z", path.group(1)):
        left, top = float(x) * module_px, float(y) * module_px
        right, bottom = float(x2) * module_px - 1, float(y2) * module_px - 1
        draw.rectangle((left, top, right, bottom), fill=0)
    return image


def test_the_public_posting_page_shows_a_code_that_opens_that_page(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "kiosk")
        try:
            posting = kiosk.posting(kiosk.employer().id, title="小区绿化养护工")
            assert kiosk.sync().rejected == 0
        finally:
            kiosk.close()
        page_url = f"{registry.url}/p/{posting.id}"
        page = requests.get(page_url, timeout=10).text
        svg = re.search(r'id="posting-qr">(<svg.*?</svg>)', page, re.S)
        assert svg, "no QR on the posting page"
        [code] = _decoded(_rasterise(svg.group(1)))
        assert code.ec_level in M_OR_BETTER
        assert code.text == page_url
        # The code opens the page a person scanned it from.
        opened = requests.get(code.text, timeout=10)
        assert opened.status_code == 200 and "小区绿化养护工" in opened.text
