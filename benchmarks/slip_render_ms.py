"""Time to render one job slip PDF (font already loaded, as in a running kiosk); budget 50 ms."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, date, datetime
from datetime import time as clock
from decimal import Decimal

from benchmarks.figure import Figure, p95
from kiosk.print.documents import DocumentMeta, JobSlip, JobTerms, render_job_slip
from kiosk.print.labels import ZH_CN

RUNS = 200
URL = (
    "https://jobs.example.invalid/v/"
    + "AFFA73UNH4NT6REFVDNLZD6H42IF2QQUJ44TTQ77XPYL7CY7CK" * 3
    + "X7WX"
)


def _slip(n: int) -> JobSlip:
    meta = DocumentMeta(
        venue_name="朝阳区零工市场",
        hotline="12333",
        reference=f"J-{n:08X}",
        issued_at=datetime.now(UTC),
        device_id="local-abc123def456",
        qr_url=URL,
    )
    job = JobTerms(
        title=f"仓库搬运工（日结）{n}",
        employer_name="北京顺达物流有限公司",
        employer_verified=True,
        pay_amount=Decimal("260"),
        pay_unit="day",
        settlement="same_day",
        start_date=date(2026, 11, 26),
        end_date=date(2026, 11, 28),
        start_time=clock(8, 0),
        end_time=clock(17, 30),
        district="朝阳区",
        workplace="十八里店乡物流园3号库",
        contact_name="王经理",
        contact_phone="13812345678",
        headcount=5,
        meals="管午饭",
    )
    return JobSlip(meta=meta, job=job)


def run() -> list[Figure]:
    start = time.perf_counter()
    render_job_slip(_slip(0), ZH_CN)  # loads and parses the font once
    first_ms = (time.perf_counter() - start) * 1000
    samples = []
    for n in range(1, RUNS + 1):
        slip = _slip(n)
        t0 = time.perf_counter()
        render_job_slip(slip, ZH_CN)
        samples.append((time.perf_counter() - t0) * 1000)
    return [
        Figure(
            "slip_render_ms",
            statistics.median(samples),
            "ms",
            50,
            {
                "p95_ms": round(p95(samples), 2),
                "first_with_font_load_ms": round(first_ms, 1),
                "runs": RUNS,
            },
        )
    ]
