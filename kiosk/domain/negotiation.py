"""Negotiation records: the terms that can be agreed, the posted snapshot, and the record hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import NegotiationOutcome, PayUnit, Posting, Settlement

# In the order a record prints them; values are plain strings (codes for unit and settlement).
TERM_KEYS: tuple[str, ...] = (
    "pay_amount",
    "pay_unit",
    "settlement",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "workplace",
    "meals",
    "transport",
    "deductions",
    "safety",
    "other",
)
MAX_TERM_LENGTH = 200


def posted_terms(posting: Posting) -> dict[str, str]:
    """What the posting offered, frozen into the record so later edits of the posting cannot
    change what the worker was shown."""
    t = posting.terms()
    return {
        "pay_amount": str(t.pay_amount),
        "pay_unit": t.pay_unit.value,
        "settlement": t.settlement.value,
        "start_date": t.start_date.isoformat(),
        "end_date": t.end_date.isoformat(),
        "start_time": t.start_time.strftime("%H:%M") if t.start_time else "",
        "end_time": t.end_time.strftime("%H:%M") if t.end_time else "",
        "workplace": t.workplace,
        "meals": t.meals,
        "transport": t.transport,
        "deductions": t.deductions,
        "safety": "",
        "other": "",
    }


def clean_agreed_terms(raw: Mapping[str, str], posted: Mapping[str, str]) -> dict[str, str]:
    """Agreed terms: every key known, unchanged ones default to the posted value."""
    unknown = set(raw) - set(TERM_KEYS)
    if unknown:
        raise DomainError(ErrorCode.VALUE_INVALID, sorted(unknown)[0])
    terms = {key: str(raw.get(key, posted.get(key, ""))).strip() for key in TERM_KEYS}
    for key, value in terms.items():
        if len(value) > MAX_TERM_LENGTH:
            raise DomainError(ErrorCode.TEXT_TOO_LONG, key, limit=MAX_TERM_LENGTH)
    if terms["pay_unit"] and terms["pay_unit"] not in {u.value for u in PayUnit}:
        raise DomainError(ErrorCode.PAY_UNIT_INVALID, "pay_unit")
    if terms["settlement"] and terms["settlement"] not in {s.value for s in Settlement}:
        raise DomainError(ErrorCode.VALUE_INVALID, "settlement")
    return terms


def record_hash(
    *,
    record_id: str,
    posting_id: str,
    worker_id: str,
    employer_id: str,
    posted: Mapping[str, str],
    agreed: Mapping[str, str],
    outcome: NegotiationOutcome,
    worker_confirmed_at: datetime,
    employer_confirmed_at: datetime,
    witness_staff_id: str,
    supersedes_id: str | None,
) -> str:
    """SHA-256 over everything the record says; printed on it and checked by anyone later."""
    body = json.dumps(
        {
            "id": record_id,
            "posting": posting_id,
            "worker": worker_id,
            "employer": employer_id,
            "posted": dict(posted),
            "agreed": dict(agreed),
            "outcome": outcome.value,
            "worker_confirmed_at": worker_confirmed_at.isoformat(timespec="seconds"),
            "employer_confirmed_at": employer_confirmed_at.isoformat(timespec="seconds"),
            "witness": witness_staff_id,
            "supersedes": supersedes_id or "",
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
