"""Every document renders in both languages with what a reader needs and nothing it must hide."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm

import builders
from kiosk import config
from kiosk.config import Settings
from kiosk.domain.model import (
    ComplaintCategory,
    ComplaintTarget,
    DocumentKind,
    SessionKind,
    TrainingCourse,
)
from kiosk.domain.token import decode_token, token_from_url
from kiosk.identity import DeviceIdentity
from kiosk.print.content import prepare
from kiosk.print.documents import (
    Document,
    PostingPoster,
    TrainingConfirmation,
    is_roll,
    render,
)
from kiosk.print.labels import EN, ZH_CN, labels_for
from kiosk.services.container import Services
from print_helpers import (
    PHONE,
    TOKEN_URL,
    WORKER_PHONE,
    page_size_mm,
    pdf_text,
    qr_codes,
    sample_documents,
)

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "print"
DOCS = sample_documents()
LANGS = ["zh_CN", "en"]
LONG_TITLE = {
    "zh_CN": "高空外墙清洗及玻璃幕墙保洁工（需持高处作业证，经验三年以上，日结，包午餐，"
    "长期合作优先，夜班另有补贴）",
    "en": "Warehouse loader and forklift assistant for the Shibalidian logistics park night "
    "shift (forklift certificate required, three years' experience, lunch provided)",
}
NOT_STATED = {"zh_CN": "未写明", "en": "Not stated"}
# Documents that print a term an employer or organiser may leave blank.
WITH_TERMS = sorted(set(DOCS) - {"worker_card", "complaint_receipt"})


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


# ---------------------------------------------------------------- long and missing fields


def _long(doc: Document, lang: str) -> Document:
    """The same document with the longest title a real posting, session or course could have."""
    title = LONG_TITLE[lang]
    names = {f.name for f in dataclasses.fields(doc)}
    changes: dict[str, object] = {
        key: title for key in ("job_title", "course_title", "session_title") if key in names
    }
    if "job" in names:
        changes["job"] = dataclasses.replace(doc.job, title=title)  # type: ignore[union-attr]
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def _missing(doc: Document) -> Document:
    """The same document with every term its author could leave blank left blank."""
    names = {f.name for f in dataclasses.fields(doc)}
    changes: dict[str, object] = {}
    if "job" in names:
        changes["job"] = dataclasses.replace(
            doc.job,  # type: ignore[union-attr]
            meals="",
            transport="",
            deductions="",
            start_time=None,
            end_time=None,
            contact_name="",
            contact_phone="",
        )
    if "posted" in names:
        changes["posted"] = {"pay_amount": "260.00", "pay_unit": "day", "deductions": ""}
        changes["agreed"] = {"pay_amount": "260.00", "pay_unit": "day", "deductions": "50"}
    if "schedule" in names:
        changes |= {"schedule": "", "place": "", "provider": ""}
    elif "place" in names:
        changes["place"] = ""
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def _words_outside_margins(pdf: bytes, tmp_path: Path) -> list[str]:
    """Words poppler places beyond the page's printable width (4 mm roll, 18 mm A4 margins)."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, timeout=30
    ).stdout.decode("utf-8")
    outside = []
    for page in re.finditer(r'<page width="([\d.]+)"(.*?)</page>', out, re.S):
        width = float(page.group(1))
        margin = 4 * mm if width < 100 * mm else 18 * mm
        for x0, x1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<',
            page.group(2),
        ):
            if float(x0) < margin - 0.5 or float(x1) > width - margin + 0.5:
                outside.append(word)
    return outside


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", WITH_TERMS)
def test_a_term_left_blank_prints_as_not_stated_never_none(
    name: str, lang: str, tmp_path: Path
) -> None:
    text = pdf_text(render(_missing(DOCS[name]), labels_for(lang)), tmp_path)
    assert NOT_STATED[lang] in text
    # "none" would tell a worker in a wage dispute that nothing may be deducted.
    assert "无" not in text
    assert not re.search(r"\bnone\b", text, re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGS)
def test_a_job_slip_without_stated_deductions_says_so_next_to_the_label(
    lang: str, tmp_path: Path
) -> None:
    labels = labels_for(lang)
    text = pdf_text(render(_missing(DOCS["job_slip"]), labels), tmp_path)
    for key in ("deductions", "meals", "transport", "time"):
        assert re.search(rf"{re.escape(labels[key])}\s+{NOT_STATED[lang]}", text), key


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(DOCS))
def test_long_titles_wrap_inside_the_margins_and_print_in_full(
    name: str, lang: str, tmp_path: Path
) -> None:
    doc = _long(DOCS[name], lang)
    pdf = render(doc, labels_for(lang))
    assert _words_outside_margins(pdf, tmp_path) == []
    if any(f.name in ("job", "job_title", "course_title") for f in dataclasses.fields(doc)):
        assert _squash(LONG_TITLE[lang]) in _squash(pdf_text(pdf, tmp_path))
    if not is_roll(doc) and name == "posting_poster":
        # Title, pay, QR and the no-fee notice share one sheet on the QR board.
        assert len(pdfium.PdfDocument(pdf)) == 1


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(DOCS))
def test_paper_a_worker_takes_away_names_the_venue_not_the_terminal(
    name: str, lang: str, tmp_path: Path
) -> None:
    doc = DOCS[name]
    text = pdf_text(render(doc, labels_for(lang)), tmp_path)
    if is_roll(doc):
        assert doc.meta.device_id not in text
        assert "local-" not in text
        assert doc.meta.venue_name in text
    elif name == "negotiation_record":
        # The archive copy stays with staff, who may need to know which terminal issued it.
        assert doc.meta.device_id in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_training_confirmation_calls_its_place_the_training_place(
    lang: str, tmp_path: Path
) -> None:
    labels = labels_for(lang)
    text = pdf_text(render(DOCS["training_confirmation"], labels), tmp_path)
    assert re.search(rf"{re.escape(labels['training_place'])}\s+东城区培训基地", text)
    assert labels["place"] not in text  # "工作地点" / "Place": it is not a job


def test_a_queue_ticket_does_not_call_the_session_hall_a_workplace(tmp_path: Path) -> None:
    text = _squash(pdf_text(render(DOCS["queue_ticket"], ZH_CN), tmp_path))
    assert "活动地点二楼洽谈区" in text and "工作地点" not in text


def _page_png(pdf: bytes, path: Path, dpi: int) -> Path:
    """The first page as poppler rasterises it for a printer (pdftoppm)."""
    source = path.with_suffix(".pdf")
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-singlefile", "-r", str(dpi), str(source), str(path.with_suffix(""))],
        check=True,
        timeout=60,
    )
    source.unlink()
    return path


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_document_rasterises_with_a_readable_code(
    name: str, lang: str, tmp_path: Path
) -> None:
    """pdftoppm output, as looked at in review; into docs/screenshots/print with
    UPDATE_SCREENSHOTS=1. The job slip is also shown with every optional term left blank, the
    poster as a kiosk with no registry prints it (no code)."""
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    variants = {name: DOCS[name]}
    if name == "job_slip":
        variants[f"{name}_not_stated"] = _missing(DOCS[name])
    poster = DOCS[name]
    if isinstance(poster, PostingPoster):
        variants[f"{name}_no_registry"] = dataclasses.replace(poster, public_url="")
    for shot, doc in variants.items():
        dpi = 150 if is_roll(doc) else 100
        png = _page_png(render(doc, labels_for(lang)), folder / f"{shot}_{lang}.png", dpi)
        codes = zxingcpp.read_barcodes(Image.open(png).convert("L"))
        if doc.meta.qr_url or name == "worker_card" or isinstance(doc, PostingPoster):
            expected = 0 if isinstance(doc, PostingPoster) and not doc.public_url else 1
            assert len(codes) == expected, shot
            assert all(c.ec_level in ("M", "Q", "H") for c in codes), shot


# ---------------------------------------------------------------- personal data


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["referral_slip", "negotiation_copy", "worker_card"])
def test_paper_a_worker_carries_away_shows_their_name_masked(
    name: str, lang: str, tmp_path: Path
) -> None:
    text = _squash(pdf_text(render(DOCS[name], labels_for(lang)), tmp_path))
    assert "张**" in text
    assert "张建国" not in text and "建国" not in text


def test_the_training_confirmation_masks_a_worker_name_too(tmp_path: Path) -> None:
    confirmation = DOCS["training_confirmation"]
    assert isinstance(confirmation, TrainingConfirmation)
    doc = dataclasses.replace(confirmation, worker_name="张建国")
    text = _squash(pdf_text(render(doc, ZH_CN), tmp_path))
    assert "张**" in text and "建国" not in text


def test_the_archive_copy_kept_at_the_venue_names_the_worker_in_full(tmp_path: Path) -> None:
    # The A4 copy is filed with both signatures: in a dispute it must say who agreed.
    text = _squash(pdf_text(render(DOCS["negotiation_record"], ZH_CN), tmp_path))
    assert "张建国" in text and "139****1111" in text


def _frozen_negotiation(services: Services, staff_id: str, worker_id: str) -> str:
    session_id = services.sessions.create(
        kind=SessionKind.ON_SITE, title="周三对接会", place="一楼对接区",
        on_date=services.ctx.today(), actor=staff_id,
    ).id  # fmt: skip
    employer = builders.employer(services)
    posting = services.postings.create(builders.posting(employer.id, headcount=2))
    services.sessions.check_in_employer(
        session_id, employer.id, posting_ids=[posting.id], table_no=1, actor=staff_id
    )
    services.sessions.check_in_worker(session_id, worker_id, actor=staff_id)
    services.sessions.call_next(session_id, table_no=1, actor=staff_id)
    record = services.negotiations.open(
        posting_id=posting.id, worker_id=worker_id, actor=staff_id, session_id=session_id
    )
    services.negotiations.confirm_worker(record.id)
    services.negotiations.confirm_employer(record.id, actor=staff_id)
    return services.negotiations.witness(record.id, actor=staff_id).id


def test_no_printed_code_and_no_worker_paper_gives_a_worker_away(
    services: Services,
    settings: Settings,
    identity: DeviceIdentity,
    posting_id: str,
    staff_id: str,
    tmp_path: Path,
) -> None:
    """Every kind printed from the store for one worker: the QR holds a signed token of ids (or
    the card code, or the public posting page) and the paper they take away masks them."""
    name, phone = "欧阳建国", "13977778888"
    worker = services.workers.register(
        builders.worker(display_name=name, phone=phone), consent=True
    ).worker
    referral = services.applications.express_interest(
        worker_id=worker.id, posting_id=posting_id, print_slip=False
    ).application
    course = services.training.create_course(
        TrainingCourse(
            title="叉车操作证培训", starts_on=builders.venue_today(),
            ends_on=builders.venue_today(), seats=10,
        ),
        actor=staff_id,
    )  # fmt: skip
    enrollment = services.training.enroll(course_id=course.id, worker_id=worker.id).enrollment
    complaint = services.complaints.file(
        target=ComplaintTarget.VENUE, category=ComplaintCategory.OTHER, text="排队太久",
        contact_phone=phone,
    ).complaint  # fmt: skip
    negotiation = _frozen_negotiation(services, staff_id, worker.id)
    documents = {
        DocumentKind.REFERRAL_SLIP: referral.id,
        DocumentKind.NEGOTIATION_RECORD: negotiation,
        DocumentKind.NEGOTIATION_COPY: negotiation,
        DocumentKind.WORKER_CARD: worker.id,
        DocumentKind.TRAINING_CONFIRMATION: enrollment.id,
        DocumentKind.COMPLAINT_RECEIPT: complaint.id,
        DocumentKind.JOB_SLIP: posting_id,
        DocumentKind.POSTING_POSTER: posting_id,
    }
    secrets = (name, name[1:], phone, phone[3:7])
    printed: dict[DocumentKind, str] = {}
    for kind, document_id in documents.items():
        prepared = prepare(services.db, settings, identity, kind, document_id, ZH_CN)
        pdf = render(prepared.document, ZH_CN)
        for code, _width in qr_codes(pdf, dpi=150):
            assert not any(s in code for s in secrets), (kind, code)
            if prepared.token:
                token = decode_token(token_from_url(code))
                assert (token.kind, token.document_id) == (kind, document_id)
        printed[kind] = _squash(pdf_text(pdf, tmp_path))
    assert all(phone not in text for text in printed.values())
    for kind in (
        DocumentKind.REFERRAL_SLIP,
        DocumentKind.NEGOTIATION_COPY,
        DocumentKind.WORKER_CARD,
    ):
        assert "欧***" in printed[kind] and name[1:] not in printed[kind], kind
    # The venue's archive copy (see above) is the one paper with the full name.
    assert [k for k, text in printed.items() if name in text] == [DocumentKind.NEGOTIATION_RECORD]


# ---------------------------------------------------------------- the poster's code


def test_a_poster_printed_with_no_registry_has_no_code_and_sends_readers_to_the_desk(
    services: Services,
    settings: Settings,
    identity: DeviceIdentity,
    posting_id: str,
    tmp_path: Path,
) -> None:
    """A kiosk that knows no registry has no public page to point at: a code would open
    nothing (it opened jobs.example.invalid), so the poster prints without one and says where
    to ask instead."""
    assert not settings.registry_url and not settings.verify_base_url
    for lang in LANGS:
        labels = labels_for(lang)
        poster = prepare(
            services.db, settings, identity, DocumentKind.POSTING_POSTER, posting_id, labels
        ).document
        pdf = render(poster, labels)
        assert qr_codes(pdf, dpi=100) == []
        text = _squash(pdf_text(pdf, tmp_path))
        assert _squash(labels["poster_ask_desk"]) in text
        assert _squash(labels["poster_scan"]) not in text
        assert "example.invalid" not in text
        assert len(pdfium.PdfDocument(pdf)) == 1


def test_a_poster_printed_by_an_enrolled_kiosk_opens_the_registrys_posting_page(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    enrolled = config.replace(settings, registry_url="https://registry.example.org")
    poster = prepare(
        services.db, enrolled, identity, DocumentKind.POSTING_POSTER, posting_id, ZH_CN
    ).document
    codes = qr_codes(render(poster, ZH_CN), dpi=100)
    assert [c[0] for c in codes] == [f"https://registry.example.org/p/{posting_id}"]


def test_paper_printed_after_enrolling_while_running_points_at_the_registry(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> None:
    """The app's print queue holds the settings it started with; `kiosk enroll` writes the
    registry into kiosk.toml. A slip printed next must not carry jobs.example.invalid."""
    config.write(config.replace(settings, registry_url="https://registry.example.org"))
    for kind in (DocumentKind.JOB_SLIP, DocumentKind.POSTING_POSTER):
        document = prepare(services.db, settings, identity, kind, posting_id, ZH_CN).document
        [(url, _width)] = qr_codes(render(document, ZH_CN), dpi=100)
        assert url.startswith("https://registry.example.org/"), kind
