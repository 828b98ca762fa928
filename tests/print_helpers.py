"""Readers for printed output in tests: PDF text (poppler), page size, QR codes (zxing-cpp)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from conftest import require_binary
from PIL import Image

from kiosk.print.documents import Document


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text a reader sees, as poppler extracts it (proves the CJK font is embedded)."""
    require_binary("pdftotext")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=30
    )
    return out.stdout.decode("utf-8")


def render_page(pdf: bytes, dpi: int = 200) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        image: Image.Image = document[0].render(scale=dpi / 72).to_pil().convert("L")
        return image
    finally:
        document.close()


def qr_codes(pdf: bytes, dpi: int = 200) -> list[tuple[str, float]]:
    """(text, printed width in mm) of every QR code on the first page."""
    image = render_page(pdf, dpi)
    found = []
    for result in zxingcpp.read_barcodes(image):
        xs = [p.x for p in (result.position.top_left, result.position.top_right)]
        found.append((result.text, (max(xs) - min(xs)) / dpi * 25.4))
    return found


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    return width / 72 * 25.4, height / 72 * 25.4


PHONE = "13812345678"
WORKER_PHONE = "13900001111"
TOKEN_URL = (
    "https://jobs.example.invalid/v/"
    + "AFFA73UNH4NT6REFVDNLZD6H42IF2QQUJ44TTQ77XPYL7CY7CK" * 3
    + "X7WX"
)


def sample_documents(reprint: bool = False) -> dict[str, Document]:
    """One of every document, with long Chinese text where a real one could have it."""
    from datetime import UTC, date, datetime, time
    from decimal import Decimal

    from kiosk.print import documents as d

    meta = d.DocumentMeta(
        venue_name="朝阳区零工市场",
        hotline="12333",
        reference="J-3F2A9C1B",
        issued_at=datetime(2026, 11, 25, 1, 30, tzinfo=UTC),
        device_id="local-abc123def456",
        qr_url=TOKEN_URL,
        reprint=reprint,
    )
    job = d.JobTerms(
        title="仓库搬运工（日结，需能搬运25公斤货物）",
        employer_name="北京顺达物流有限公司",
        employer_verified=True,
        pay_amount=Decimal("260.00"),
        pay_unit="day",
        settlement="same_day",
        start_date=date(2026, 11, 26),
        end_date=date(2026, 11, 28),
        start_time=time(8, 0),
        end_time=time(17, 30),
        district="朝阳区",
        workplace="十八里店乡物流园3号库",
        contact_name="王经理",
        contact_phone=PHONE,
        headcount=5,
        meals="管午饭",
        transport="地铁10号线十里河站步行15分钟",
    )
    record = d.NegotiationRecord(
        meta=meta,
        job_title=job.title,
        employer_name=job.employer_name,
        worker_name="张建国",
        worker_phone=WORKER_PHONE,
        session_title="11月25日现场招聘会",
        posted={"pay_amount": "260.00", "pay_unit": "day", "workplace": job.workplace},
        agreed={"pay_amount": "280.00", "pay_unit": "day", "workplace": job.workplace},
        outcome="agreed",
        worker_confirmed_at=datetime(2026, 11, 25, 2, 0, tzinfo=UTC),
        employer_confirmed_at=None,
        witness="李红",
        record_hash="9f" * 32,
    )
    return {
        "job_slip": d.JobSlip(meta=meta, job=job),
        "referral_slip": d.ReferralSlip(
            meta=meta,
            job=job,
            worker_name="张建国",
            worker_phone=WORKER_PHONE,
            report_place="物流园北门保安室",
            report_when="2026-11-26 07:45",
        ),
        "negotiation_record": record,
        "negotiation_copy": d.NegotiationRecord(
            **{**{f: getattr(record, f) for f in record.__dataclass_fields__}, "worker_copy": True}
        ),
        "queue_ticket": d.QueueTicket(
            meta=meta,
            number=17,
            session_title="11月25日现场招聘会",
            place="二楼洽谈区",
            lane="priority",
            party="worker",
            ahead=4,
            wait_minutes=16,
            table_no=3,
        ),
        "worker_card": d.WorkerCard(meta=meta, display_name="张建国", card_code="WK7H3Q9XZ2"),
        "posting_poster": d.PostingPoster(
            meta=meta, job=job, public_url="https://jobs.example.invalid/p/3f2a9c1b"
        ),
        "training_confirmation": d.TrainingConfirmation(
            meta=meta,
            course_title="叉车操作证培训",
            provider="市职业技能培训中心",
            starts_on=date(2026, 12, 1),
            ends_on=date(2026, 12, 10),
            schedule="周一至周五 9:00-16:00",
            place="东城区培训基地",
            status="enrolled",
        ),
        "complaint_receipt": d.ComplaintReceipt(
            meta=meta,
            category="fee_charged",
            target="intermediary",
            received_at=datetime(2026, 11, 25, 2, 0, tzinfo=UTC),
        ),
    }
