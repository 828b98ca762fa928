"""One kiosk's actions, run by whichever release's Python runs this file.

    python driver.py HOME ACTION [ARGS...]   -> one JSON object on stdout

The compatibility tests run it with the previous release's interpreter (installed from its tag
into a temporary virtual environment) and this release's, so the same person's actions reach
the registry through both releases' code. It uses only service calls both releases have.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text

from kiosk import config
from kiosk.domain.catalogue import OCCUPATIONS
from kiosk.domain.model import (
    ComplaintCategory,
    ComplaintTarget,
    Employer,
    PayUnit,
    Posting,
    Settlement,
    Worker,
)
from kiosk.services.container import Services
from kiosk.sync.enrollment import build_engine, enroll


def _services(home: Path) -> Services:
    return Services.create(config.load(home, env={}))


def act(home: Path, action: str, args: list[str]) -> dict[str, Any]:
    services = _services(home)
    try:
        if action == "enroll":
            done = enroll(services.settings, services.db, args[0], args[1])
            return {"device_id": done.device_id}
        if action == "posting":
            employer = services.employers.create(Employer(name=args[1]), actor="compat")
            # The venue's day (China time): the kiosk refuses a start date before it, and
            # from 16:00 UTC the machine's own date.today() is already the day before.
            today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
            posting = services.postings.create(
                Posting(
                    employer_id=employer.id, title=args[0], occupation_code=OCCUPATIONS[0].code,
                    district="东城区", workplace="开发区物流园", pay_amount=Decimal("260"),
                    pay_unit=PayUnit.DAY, settlement=Settlement.SAME_DAY, start_date=today,
                    end_date=today + timedelta(days=2), headcount=3,
                    description="装卸货物，日结，包午餐。", contact_name="李经理",
                    contact_phone="13900139000",
                ),
                actor="compat",
            )  # fmt: skip
            return {"posting_id": posting.id, "status": posting.status.value}
        if action == "worker":
            worker = Worker(display_name=args[1], phone=args[0], birth_year=1968, skills=["搬运"])
            return {"worker_id": services.workers.register(worker, consent=True).worker.id}
        if action == "apply":
            interest = services.applications.express_interest(
                worker_id=args[0], posting_id=args[1], print_slip=False
            )
            return {"application_id": interest.application.id}
        if action == "complain":
            filed = services.complaints.file(
                target=ComplaintTarget.POSTING, category=ComplaintCategory.FEE_CHARGED,
                target_id=args[0], text=args[1],
            )  # fmt: skip
            return {"reference": filed.complaint.reference}
        if action == "sync":
            engine = build_engine(services.settings, services.db, timeout=20)
            assert engine is not None, "not enrolled"
            try:
                report = engine.sync_once()
            finally:
                engine.client.close()
            return {"pushed": report.pushed, "pulled": report.pulled, "rejected": report.rejected}
        if action == "dump":
            return dump(services)
        raise SystemExit(f"unknown action {action}")
    finally:
        services.db.close()


def dump(services: Services) -> dict[str, Any]:
    """What this kiosk holds, by the words a person would check (titles, names, references)."""

    def rows(sql: str) -> list[tuple[Any, ...]]:
        with services.db.read() as session:
            return [tuple(r) for r in session.connection().execute(text(sql))]

    workers = [w.display_name for w in (services.workers.get(r[0]) for r in
               rows("SELECT id FROM worker WHERE deleted_at IS NULL"))]  # fmt: skip
    return {
        "postings": sorted(
            r[0] for r in rows("SELECT title FROM posting WHERE deleted_at IS NULL")
        ),
        "postings_by_id": {r[0]: r[1] for r in rows("SELECT id, status FROM posting")},
        "workers": sorted(workers),
        "applications": sorted(
            f"{r[0]}>{r[1]}" for r in rows("SELECT worker_id, posting_id FROM application")
        ),
        "complaints": sorted(r[0] for r in rows("SELECT reference FROM complaint")),
        "ops_waiting": rows("SELECT count(*) FROM outbox_op WHERE state = 'pending'")[0][0],
    }


if __name__ == "__main__":
    home, action, *rest = sys.argv[1:]
    print(json.dumps(act(Path(home), action, rest), ensure_ascii=False))
