"""Every document renders in both languages with what a reader needs and nothing it must hide."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kiosk.print.documents import is_roll, render
from kiosk.print.labels import EN, ZH_CN, labels_for
from print_helpers import (
    PHONE,
    TOKEN_URL,
    WORKER_PHONE,
    page_size_mm,
    pdf_text,
    qr_codes,
    sample_documents,
)

DOCS = sample_documents()
LANGS = ["zh_CN", "en"]


def _squash(text: str) -> str:
    # pdftotext -layout may space out CJK; compare without whitespace.
    return "".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_document_has_the_no_fee_notice_and_hotline(
    name: str, lang: str, tmp_path: Path
) -> None:
    doc = DOCS[name]
    pdf = render(doc, labels_for(lang))
    assert pdf.startswith(b"%PDF")
    text = _squash(pdf_text(pdf, tmp_path))
    labels = labels_for(lang)
    assert _squash(labels["notice_free"]) in text
    assert "12333" in text
    # Phones only ever masked; no full number anywhere on paper.
    assert PHONE not in text and WORKER_PHONE not in text
    width, height = page_size_mm(pdf)
    if is_roll(doc):
        assert width == pytest.approx(80, abs=0.1)
        assert 60 < height < 400  # sized to its content, not an A4 sheet
    else:
        assert (round(width), round(height)) == (210, 297)


def test_job_slip_shows_pay_place_and_slip_number_in_chinese(tmp_path: Path) -> None:
    text = _squash(pdf_text(render(DOCS["job_slip"], ZH_CN), tmp_path))
    for expected in (
        "260元/天",
        "十八里店乡物流园3号库",
        "单号J-3F2A9C1B",
        "当天结清",
        "138****5678",
    ):
        assert expected in text
    assert "REPRINT" not in text


def test_job_slip_in_english_uses_english_labels(tmp_path: Path) -> None:
    text = pdf_text(render(DOCS["job_slip"], EN), tmp_path)
    assert "260 CNY/day" in text and "Slip no." in text and "same day" in text


def test_slip_qr_decodes_to_the_token_url_and_is_at_least_25_mm(tmp_path: Path) -> None:
    codes = qr_codes(render(DOCS["job_slip"], ZH_CN))
    assert [c[0] for c in codes] == [TOKEN_URL]
    assert codes[0][1] >= 25


def test_worker_card_qr_holds_only_the_card_code() -> None:
    codes = qr_codes(render(DOCS["worker_card"], ZH_CN))
    assert [c[0] for c in codes] == ["WK7H3Q9XZ2"]


def test_poster_is_one_a4_page_with_a_qr_to_the_public_posting_page(tmp_path: Path) -> None:
    pdf = render(DOCS["posting_poster"], ZH_CN)
    assert len(pdfium.PdfDocument(pdf)) == 1
    assert [c[0] for c in qr_codes(pdf, dpi=100)] == ["https://jobs.example.invalid/p/3f2a9c1b"]
    text = _squash(pdf_text(pdf, tmp_path))
    assert "260元/天" in text and "仓库搬运工" in text


def test_negotiation_record_shows_posted_and_agreed_terms_side_by_side(tmp_path: Path) -> None:
    text = pdf_text(render(DOCS["negotiation_record"], ZH_CN), tmp_path)
    pay_line = next(line for line in text.splitlines() if "工资" in line and "260" in line)
    assert "280" in pay_line  # same row: posted 260, agreed 280
    squashed = _squash(text)
    for expected in (
        "求职者确认（签字）",
        "用工方确认（签字）",
        "见证工作人员李红",
        "9f9f9f",
        "未确认",
    ):
        assert expected in squashed
    assert "139****1111" in squashed


def test_reprints_say_so(tmp_path: Path) -> None:
    for name, doc in sample_documents(reprint=True).items():
        text = pdf_text(render(doc, ZH_CN), tmp_path)
        assert "补打" in text and "REPRINT" in text, name


def test_the_cjk_font_is_embedded_as_a_subset() -> None:
    pdf = render(DOCS["job_slip"], ZH_CN)
    assert b"/FontFile2" in pdf
    assert len(pdf) < 120_000  # a subset, not the 5 MB font


def test_the_command_line_offers_every_document_language() -> None:
    from kiosk.cli import commands_print
    from kiosk.print.labels import LANGUAGES

    assert set(commands_print.LANGUAGES) == set(LANGUAGES)
