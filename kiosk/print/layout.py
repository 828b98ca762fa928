"""Page geometry, styles and building blocks shared by the documents (reportlab platypus)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from kiosk.print.fonts import register_fonts
from kiosk.print.qr import qr_matrix

ROLL_WIDTH: float = 80 * mm
# Thermal heads print 72 mm (576 dots at 203 dpi); the 4 mm each side stays blank.
ROLL_PRINTABLE: float = 72 * mm
ROLL_MARGIN: float = (ROLL_WIDTH - ROLL_PRINTABLE) / 2
ROLL_TOP: float = 4 * mm
ROLL_BOTTOM: float = 6 * mm
A4_MARGIN: float = 18 * mm
# SimpleDocTemplate's frame pads 6 pt on each side inside the margins.
A4_PRINTABLE: float = A4[0] - 2 * A4_MARGIN - 12
A4_PRINTABLE_HEIGHT: float = A4[1] - 2 * A4_MARGIN - 12

# CJK ideographs, kana, Hangul and full-width forms: text with any of these wraps per character.
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles at one scale: `body` size in points, the rest derived from it."""

    title: ParagraphStyle
    big: ParagraphStyle
    huge: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    center: ParagraphStyle
    notice: ParagraphStyle


def styles(body_size: float = 9.5) -> Styles:
    font = register_fonts()

    def style(
        name: str, size: float, *, align: int = TA_LEFT, leading: float = 1.3
    ) -> ParagraphStyle:
        # CJK word wrap: break between any two Chinese characters, keep Latin words whole.
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=size * leading,
            alignment=align,
            wordWrap="CJK",
        )

    return Styles(
        title=style("title", body_size * 1.6, align=TA_CENTER, leading=1.25),
        big=style("big", body_size * 1.9, leading=1.2),
        huge=style("huge", body_size * 5.0, align=TA_CENTER, leading=1.1),
        body=style("body", body_size),
        label=style("label", body_size * 0.95),
        small=style("small", body_size * 0.8),
        center=style("center", body_size, align=TA_CENTER),
        notice=style("notice", body_size * 1.05, align=TA_CENTER),
    )


def esc(text: str) -> str:
    """Paragraph text is mini-HTML; user data must never be read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    if not _CJK.search(text):
        # Latin-only text breaks between words (CJK wrap would split "forklift" mid-word); a
        # word longer than the line is still split, so nothing runs past the margin.
        style = ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code `size` points square including a 4-module quiet zone, error correction M.

    Drawn as one filled path: reportlab's QrCodeWidget makes a shape object per module run,
    which alone took most of a slip's render budget.
    """

    QUIET = 4

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.modules = qr_matrix(data)
        self.size = size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.QUIET)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.QUIET + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.QUIET) * box, y, (c - start) * box, box)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(data: str, size: float) -> QrCode:
    return QrCode(data, size)


def rule(width: float, thickness: float = 0.6, dash: Sequence[float] | None = None) -> HRFlowable:
    return HRFlowable(
        width=width,
        thickness=thickness,
        color=colors.black,
        dash=dash,
        spaceBefore=1.5 * mm,
        spaceAfter=1.5 * mm,
    )


def rows_table(
    rows: Sequence[tuple[str, str]],
    st: Styles,
    widths: Sequence[float],
    *,
    value_style: ParagraphStyle | None = None,
) -> Table:
    """Label / value rows; both columns wrap, labels never squeeze the value off the page."""
    data = [[para(label, st.label), para(value, value_style or st.body)] for label, value in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
            ]
        )
    )
    return table


def boxed(flowables: list[Flowable], width: float, *, padding: float = 1.5 * mm) -> Table:
    """A framed block: the no-fee notice must stand out on every document."""
    table = Table([[f] for f in flowables], colWidths=[width], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding / 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding / 2),
            ]
        )
    )
    return table


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def _x_for(flowable: Flowable, width: float) -> float:
    align = str(getattr(flowable, "hAlign", "LEFT")).upper()
    if align in ("CENTER", "CENTRE"):
        return (ROLL_PRINTABLE - width) / 2
    if align == "RIGHT":
        return ROLL_PRINTABLE - width
    return 0.0


def flow_height(flowables: Sequence[Flowable], width: float) -> float:
    """How tall the flowables stand at this width, spacing included."""
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000 * mm)
        total += f.getSpaceBefore() + h + f.getSpaceAfter()
    return total


def render_roll(flowables: Sequence[Flowable], *, title: str) -> bytes:
    """One 80 mm page exactly as tall as its content: a roll printer cuts where the slip ends."""
    sized: list[tuple[Flowable, float, float, float, float]] = []
    height = ROLL_TOP + ROLL_BOTTOM
    for f in flowables:
        w, h = f.wrap(ROLL_PRINTABLE, 10_000 * mm)
        before, after = f.getSpaceBefore(), f.getSpaceAfter()
        sized.append((f, w, h, before, after))
        height += before + h + after
    buf = io.BytesIO()
    # invariant: the same document renders to the same bytes (reproducible tests and digests).
    canvas = Canvas(buf, pagesize=(ROLL_WIDTH, height), invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("gig-kiosk")
    y = height - ROLL_TOP
    for f, w, h, before, after in sized:
        y -= before + h
        f.drawOn(canvas, ROLL_MARGIN + _x_for(f, w), y)
        y -= after
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def render_a4(flowables: Sequence[Flowable], *, title: str) -> bytes:
    """A4 portrait, flowing onto more pages if the content needs them."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=A4_MARGIN,
        rightMargin=A4_MARGIN,
        topMargin=A4_MARGIN,
        bottomMargin=A4_MARGIN,
        title=title,
        creator="gig-kiosk",
        invariant=1,
    )
    doc.build(list(flowables))
    return buf.getvalue()
