"""The embedded subset fonts name their glyphs, so Chinese text survives PDF -> PostScript -> PDF.

That is the path a CUPS queue to cups-pdf takes (pdftops, then Ghostscript's pdfwrite), and the
one a PostScript printer's driver takes: without glyph names the re-made PDF draws the right
glyphs but pdftotext reads them as garbage.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from conftest import require_binary
from PIL import Image, ImageChops
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kiosk.print.documents import render
from kiosk.print.fonts import FONT_PATH, NamedGlyphsTTFont, register_fonts, subset_glyph_names
from kiosk.print.labels import ZH_CN
from print_helpers import sample_documents

LINES = ["单号 J-3F2A9C1B 零工市场对接区", "260 元/天", "十八里店乡物流园3号库 ©é€ 12333"]
PLAIN = "PlainWQYMicroHei"


def _tables(font: bytes) -> dict[str, bytes]:
    (count,) = struct.unpack(">H", font[4:6])
    out = {}
    for i in range(count):
        tag, _sum, offset, length = struct.unpack(">4sLLL", font[12 + 16 * i : 28 + 16 * i])
        out[tag.decode("latin-1")] = font[offset : offset + length]
    return out


def _post_names(post: bytes) -> list[str]:
    assert post[:4] == b"\x00\x02\x00\x00", "format 2 post table (glyph names)"
    (count,) = struct.unpack(">H", post[32:34])
    index = struct.unpack(f">{count}H", post[34 : 34 + 2 * count])
    strings, pos = [], 34 + 2 * count
    while pos < len(post):
        strings.append(post[pos + 1 : pos + 1 + post[pos]].decode("ascii"))
        pos += 1 + post[pos]
    return [".notdef" if i < 258 else strings[i - 258] for i in index]


def _cmaps(cmap: bytes) -> dict[tuple[int, int], list[int]]:
    """code -> glyph of the (1,0) format 6 and the (3,0) format 4 (at U+F000) subtables."""
    (count,) = struct.unpack(">H", cmap[2:4])
    out = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHL", cmap[4 + 8 * i : 12 + 8 * i])
        (fmt,) = struct.unpack(">H", cmap[offset : offset + 2])
        if fmt == 6:
            first, n = struct.unpack(">HH", cmap[offset + 6 : offset + 10])
            assert first == 0
            out[platform, encoding] = list(
                struct.unpack(f">{n}H", cmap[offset + 10 : offset + 10 + 2 * n])
            )
        elif fmt == 4:
            (segx2,) = struct.unpack(">H", cmap[offset + 6 : offset + 8])
            assert segx2 == 4
            end, _last, _pad, start = struct.unpack(">4H", cmap[offset + 14 : offset + 22])
            assert start == 0xF000
            n = end - start + 1
            out[platform, encoding] = list(
                struct.unpack(f">{n}H", cmap[offset + 32 : offset + 32 + 2 * n])
            )
    return out


def test_shared_and_missing_glyphs_get_one_name_each() -> None:
    char_to_glyph = {0x4E1C: 7, 0x2F00: 7, 0x41: 3}
    names = subset_glyph_names(char_to_glyph, [0, 0x4E1C, 0x41, 0x2F00, 0x1F600])
    assert names == [".notdef", "uni4E1C", "uni0041", "uni4E1C", ".notdef"]
    assert subset_glyph_names({0x1F600: 9}, [0x1F600]) == ["u01F600"]


def test_subset_font_names_every_glyph_and_maps_codes_in_both_cmaps() -> None:
    font = pdfmetrics.getFont(register_fonts())
    subset = [0, *map(ord, "单号零工市场 J-3F2A9C1B元/天")]
    tables = _tables(font.face.makeSubset(subset))
    cmaps = _cmaps(tables["cmap"])
    assert cmaps[1, 0] == cmaps[3, 0] and len(cmaps[1, 0]) == len(subset)
    post = _post_names(tables["post"])
    expected = subset_glyph_names(font.face.charToGlyph, subset)
    for code, glyph in enumerate(cmaps[1, 0]):
        assert post[glyph] == expected[code]
    assert post[cmaps[1, 0][subset.index(ord("单"))]] == "uni5355"


def _pdf(font_name: str, path: Path) -> Path:
    page = canvas.Canvas(str(path), pagesize=(227, 120))
    for i, line in enumerate(LINES):
        page.setFont(font_name, 24 if i == 1 else 11)
        page.drawString(8, 95 - 35 * i, line)
    page.save()
    return path


def _gs_png(pdf: Path, out: Path) -> Image.Image:
    gs = require_binary("gs")
    subprocess.run(
        [gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray", "-r100",
         f"-sOutputFile={out}", str(pdf)],
        check=True, timeout=60,
    )  # fmt: skip
    return Image.open(out).convert("L")


def _pdfium_png(pdf: Path) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        image: Image.Image = document[0].render(scale=100 / 72).to_pil().convert("L")
        return image
    finally:
        document.close()


def test_named_glyphs_draw_exactly_what_plain_reportlab_draws(tmp_path: Path) -> None:
    """Readers that honour /Differences still pick glyphs by code (Ghostscript did not without
    the (3,0) cmap: every Chinese glyph came out blank or as one and the same character)."""
    if PLAIN not in pdfmetrics.getRegisteredFontNames():
        plain_font = TTFont(PLAIN, str(FONT_PATH), subfontIndex=0)
        # reportlab hands a second registration of a face name the first font object: rename.
        plain_font.face.name = b"PlainWenQuanYiMicroHei"
        pdfmetrics.registerFont(plain_font)
    assert not isinstance(pdfmetrics.getFont(PLAIN), NamedGlyphsTTFont)
    assert isinstance(pdfmetrics.getFont(register_fonts()), NamedGlyphsTTFont)
    named = _pdf(register_fonts(), tmp_path / "named.pdf")
    plain = _pdf(PLAIN, tmp_path / "plain.pdf")
    for render_with in (
        lambda pdf: _gs_png(pdf, pdf.with_suffix(".png")),
        _pdfium_png,
    ):
        assert ImageChops.difference(render_with(named), render_with(plain)).getbbox() is None


def test_chinese_survives_pdftops_and_ghostscript(tmp_path: Path) -> None:
    """What CUPS does for a cups-pdf (or any PostScript) queue, without needing CUPS."""
    pdftops, gs, pdftotext = (require_binary(b) for b in ("pdftops", "gs", "pdftotext"))
    source = tmp_path / "slip.pdf"
    source.write_bytes(render(sample_documents()["job_slip"], ZH_CN))
    subprocess.run([pdftops, str(source), str(tmp_path / "slip.ps")], check=True, timeout=60)
    subprocess.run(
        [gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.4", f"-sOutputFile={tmp_path / 'out.pdf'}",
         str(tmp_path / "slip.ps")],
        check=True, timeout=60,
    )  # fmt: skip
    out = subprocess.run(
        [pdftotext, str(tmp_path / "out.pdf"), "-"], capture_output=True, check=True, timeout=30
    )
    text = "".join(out.stdout.decode("utf-8").split())
    for expected in ("260元/天", "十八里店乡物流园3号库", "单号J-3F2A9C1B"):
        assert expected in text
