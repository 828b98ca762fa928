"""Job slips through the real print queue to a cups-pdf queue in up to 60 s (goal: 30/min).

Needs CUPS with a queue named PDF (`lpadmin -p PDF -v cups-pdf:/ -E -m
lsb/usr/cups-pdf/CUPS-PDF_opt.ppd`); reports 0 with the reason when it is missing.
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from benchmarks.figure import Figure
from kiosk import config
from kiosk.domain.model import (
    VENUE_TZ,
    DocumentKind,
    Employer,
    PayUnit,
    Posting,
    PrintState,
    Settlement,
)
from kiosk.identity import DeviceIdentity
from kiosk.print.backends import PrinterUnavailable
from kiosk.print.backends.cups import QueueState, queue_state
from kiosk.print.queue import PrintQueue
from kiosk.print.verify import ensure_own_key
from kiosk.services.container import Services

QUEUE = "PDF"
WINDOW_S = 60.0
MAX_SLIPS = 200


def run() -> list[Figure]:
    try:
        state, detail = queue_state(QUEUE)
    except PrinterUnavailable as exc:
        state, detail = QueueState.NO_SPOOLER, str(exc)
    if state is not QueueState.READY:
        return [Figure("slips_per_minute_cups", 0, "slips/min", 30, {"skipped": detail[:200]})]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        settings = config.load(Path(tmp), env={})
        settings.slip_printer = f"cups:{QUEUE}"
        services = Services.create(settings)
        try:
            employer = services.employers.create(Employer(name="北京顺达物流有限公司"))
            today = datetime.now(VENUE_TZ).date()  # the venue's day, which the kiosk checks
            posting = services.postings.create(
                Posting(
                    employer_id=employer.id,
                    title="仓库搬运工",
                    occupation_code="4-02-06-01",
                    district="朝阳区",
                    workplace="十八里店乡物流园3号库",
                    pay_amount=Decimal("260"),
                    pay_unit=PayUnit.DAY,
                    settlement=Settlement.SAME_DAY,
                    start_date=today + timedelta(days=1),
                    end_date=today + timedelta(days=2),
                    headcount=5,
                    contact_name="王经理",
                    contact_phone="13812345678",
                )
            )
            identity = DeviceIdentity.load_or_create(settings, services.ctx.device_id)
            ensure_own_key(services.db, identity)
            queue = PrintQueue(services.db, settings, identity)
            printed = 0
            start = time.perf_counter()
            while time.perf_counter() - start < WINDOW_S and printed < MAX_SLIPS:
                queue.enqueue(DocumentKind.JOB_SLIP, posting.id)
                outcomes = queue.process(limit=1)
                printed += sum(o.state is PrintState.DONE for o in outcomes)
            elapsed = time.perf_counter() - start
        finally:
            services.db.close()
    per_minute = printed / elapsed * 60
    return [
        Figure(
            "slips_per_minute_cups",
            per_minute,
            "slips/min",
            30,
            {"submitted": printed, "seconds": round(elapsed, 1), "queue": QUEUE},
        )
    ]
