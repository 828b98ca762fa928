"""The embedded CJK TrueType font every document uses, so a PDF prints the same anywhere.

reportlab embeds each 256-character subset as a simple, symbolic TrueType font with a ToUnicode
map, a (1,0) cmap and no glyph names. That is enough for a PDF reader, but not for the print
path CUPS takes to a cups-pdf queue: pdftops rewrites the font as a Type 42 font whose glyphs are
named from the PDF /Encoding (`/c01`, `/c02`... when there is none) and drops ToUnicode, then
Ghostscript's pdfwrite can only rebuild ToUnicode from glyph names. So every subset here also
names its glyphs `uniXXXX`: an /Encoding /Differences in the PDF font (what pdftops copies into
the PostScript font), the same names in a format 2 `post` table, and a (3,0) symbol cmap next to
the (1,0) one so readers that honour the Differences (Ghostscript, Acrobat, browsers) still pick
glyphs by code rather than by name.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace, TTFontMaker

# reportlab embeds TrueType outlines only; Noto CJK is CFF-based, so WenQuanYi it is.
FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT_NAME = "WQYMicroHei"

NOTDEF = ".notdef"
# Symbol-font cmaps put the 8-bit codes at U+F000..U+F0FF (the range readers look up).
_SYMBOL_BASE = 0xF000
# The number of standard Macintosh glyph names a format 2 `post` table indexes before its own.
_MAC_GLYPH_NAMES = 258


class FontMissingError(RuntimeError):
    """The CJK font is not installed; documents cannot be rendered without it."""


def glyph_name(code_point: int) -> str:
    """The Adobe Glyph List name for a code point: uni4E1C, or u1F600 beyond the BMP."""
    return f"uni{code_point:04X}" if code_point <= 0xFFFF else f"u{code_point:06X}"


def subset_glyph_names(char_to_glyph: dict[int, int], subset: Sequence[int]) -> list[str]:
    """The glyph name of each code of a subset (code = index in it).

    Characters the face lacks are .notdef; characters drawn with the same glyph share the name
    of the first of them, so a name always stands for exactly one glyph.
    """
    first_name: dict[int, str] = {}
    names = []
    for code_point in subset:
        glyph = char_to_glyph.get(code_point, 0)
        if glyph == 0:
            names.append(NOTDEF)
        else:
            names.append(first_name.setdefault(glyph, glyph_name(code_point)))
    return names


def _tables(font: bytes) -> dict[str, bytes]:
    (count,) = struct.unpack(">H", font[4:6])
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sLLL", font[12 + 16 * i : 28 + 16 * i])
        tables[tag.decode("latin-1")] = font[offset : offset + length]
    return tables


def _code_to_glyph(cmap: bytes) -> list[int]:
    """The glyph of each code in reportlab's subset cmap: one (1,0) format 6 table from code 0."""
    _version, _count, _platform, _encoding, offset = struct.unpack(">HHHHL", cmap[:12])
    fmt, _length, _language, first, count = struct.unpack(">5H", cmap[offset : offset + 10])
    if fmt != 6 or first != 0:
        raise ValueError(f"unexpected subset cmap (format {fmt}, first code {first})")
    return list(struct.unpack(f">{count}H", cmap[offset + 10 : offset + 10 + 2 * count]))


def _cmap(glyphs: Sequence[int]) -> bytes:
    """A (1,0) format 6 and a (3,0) format 4 subtable, both mapping code -> glyph."""
    n = len(glyphs)
    mac = struct.pack(f">5H{n}H", 6, 10 + 2 * n, 0, 0, n, *glyphs)
    # Two segments: U+F000.. through glyphIdArray, then the obligatory 0xFFFF end segment.
    segments = struct.pack(
        ">9H",
        *(_SYMBOL_BASE + n - 1, 0xFFFF),  # endCode
        0,  # reservedPad
        *(_SYMBOL_BASE, 0xFFFF),  # startCode
        *(0, 1),  # idDelta
        *(4, 0),  # idRangeOffset: from its own slot to glyphIdArray[0]
    )
    body = segments + struct.pack(f">{n}H", *glyphs)
    symbol = struct.pack(">7H", 4, 14 + len(body), 0, 4, 4, 1, 0) + body
    header = struct.pack(">HHHHLHHL", 0, 2, 1, 0, 20, 3, 0, 20 + len(mac))
    return header + mac + symbol


def _post(original: bytes, names: dict[int, str], glyph_count: int) -> bytes:
    """A format 2 `post` table (the original's metrics) naming the subset's glyphs."""
    index: list[int] = []
    strings: list[bytes] = []
    for glyph in range(glyph_count):
        name = names.get(glyph, NOTDEF)
        if name == NOTDEF:
            index.append(0)
        else:
            index.append(_MAC_GLYPH_NAMES + len(strings))
            strings.append(name.encode("ascii"))
    head = b"\x00\x02\x00\x00" + original[4:32]
    return (
        head
        + struct.pack(f">H{glyph_count}H", glyph_count, *index)
        + b"".join(bytes([len(s)]) + s for s in strings)
    )


class _NamedGlyphsFace(TTFontFace):  # type: ignore[misc]
    """A face whose subsets name their glyphs (post table) and carry a symbol cmap."""

    def makeSubset(self, subset: Sequence[int]) -> bytes:
        tables = _tables(super().makeSubset(subset))
        glyphs = _code_to_glyph(tables["cmap"])
        names: dict[int, str] = {}
        for glyph, name in zip(glyphs, subset_glyph_names(self.charToGlyph, subset), strict=True):
            names.setdefault(glyph, name)
        (glyph_count,) = struct.unpack(">H", tables["maxp"][4:6])
        tables["post"] = _post(tables["post"], names, glyph_count)
        tables["cmap"] = _cmap(glyphs)
        maker = TTFontMaker()
        for tag, data in tables.items():
            maker.add(tag, data)
        return bytes(maker.makeStream())


class NamedGlyphsTTFont(TTFont):  # type: ignore[misc]
    """reportlab's subset TrueType font, with glyph names that survive PDF -> PostScript -> PDF."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex)
        # Reuse the parsed face (the TTC is 5 MB) and only change how it writes subsets.
        self.face.__class__ = _NamedGlyphsFace

    def addObjects(self, doc: Any) -> None:  # reportlab's PDFDocument
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        # Ask for the names before reportlab forgets the document's subsets.
        internal = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(internal, subsets, strict=True):
            differences = [
                pdfdoc.PDFName(g) for g in subset_glyph_names(self.face.charToGlyph, subset)
            ]
            fonts[name].Encoding = pdfdoc.PDFDictionary(
                {
                    "Type": pdfdoc.PDFName("Encoding"),
                    "Differences": pdfdoc.PDFArray([0, *differences]),
                }
            )


@functools.cache
def register_fonts(path: Path = FONT_PATH) -> str:
    """Register the font once per process (parsing the 5 MB TTC is slow); return its name."""
    if not path.exists():
        raise FontMissingError(
            f"CJK font missing: {path} (install fonts-wqy-microhei: make system-deps)"
        )
    # Embeds a subset of the glyphs used, so a slip stays a few tens of kB.
    pdfmetrics.registerFont(NamedGlyphsTTFont(FONT_NAME, str(path), subfontIndex=0))
    # reportlab gives a face registered twice the first font object; ours must be that one.
    if not isinstance(pdfmetrics.getFont(FONT_NAME), NamedGlyphsTTFont):
        raise RuntimeError(f"{path} was registered with reportlab before register_fonts()")
    # The face has no bold or italic; map them to it so <b> in a paragraph never fails.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
