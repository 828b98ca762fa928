"""Online verification of a printed document's token: the kiosk's offline verdicts, plus status.

The verdicts and their order mirror kiosk/print/verify.py (which the registry may not import):
malformed, unknown device, tampered (bad signature), revoked key, digest mismatch, valid. The
terms each document signs are rebuilt from the registry's copy of the records exactly as
kiosk/print/content.py builds them, so a genuine slip of an unchanged record compares equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from kiosk.domain.model import VENUE_TZ, DocumentKind
from kiosk.domain.token import (
    DecodedToken,
    TokenError,
    decode_token,
    short_reference,
    terms_digest,
    token_from_url,
)
from kiosk.identity import verify_signature
from registry.db import Database
from registry.web import queries as q

# Longer than any real token (a 255-character device id makes about 250 characters).
MAX_TOKEN_CHARS = 600


class Verdict(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"
    TAMPERED = "tampered"
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED = "revoked"
    DIGEST_MISMATCH = "digest_mismatch"


@dataclass(frozen=True, slots=True)
class Summary:
    """What the paper itself shows, minus personal data: a job, an outcome, a course title."""

    title: str = ""
    employer: str = ""
    pay_amount: str = ""
    pay_unit: str = ""
    place: str = ""
    start_date: str = ""
    end_date: str = ""
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    token: DecodedToken | None = None
    reference: str = ""
    venue_name: str = ""
    # Whether the registry held the record, so the printed terms could be compared.
    compared: bool = False
    summary: Summary | None = None
    posting_id: str = ""
    superseded: bool | None = None

    @property
    def issued_at(self) -> datetime | None:
        return self.token.issued_at_utc.astimezone(VENUE_TZ) if self.token else None


@dataclass(frozen=True, slots=True)
class _Source:
    terms: dict[str, str]
    summary: Summary
    posting_id: str = ""
    superseded: bool | None = None


def verify(db: Database, text: str) -> Verification:
    if len(text) > MAX_TOKEN_CHARS:
        return Verification(Verdict.MALFORMED)
    try:
        token = decode_token(token_from_url(text))
    except (TokenError, ValueError):
        return Verification(Verdict.MALFORMED)
    reference = short_reference(token.kind, token.document_id)
    key = q.device_key(db, token.device_id)
    if key is None:
        return Verification(Verdict.UNKNOWN_DEVICE, token, reference)
    base = Verification(Verdict.VALID, token, reference, key.venue_name)
    if not verify_signature(key.public_key, token.signature, token.signed_data):
        return _with(base, verdict=Verdict.TAMPERED)
    if key.revoked:
        # As on the kiosk: issue times are what the signer claims, so nothing signed with a
        # revoked key is trusted, whatever its date.
        return _with(base, verdict=Verdict.REVOKED)
    src = _source(db, token.kind, token.document_id)
    if src is None:
        return base
    verdict = Verdict.VALID if terms_digest(src.terms) == token.digest else Verdict.DIGEST_MISMATCH
    return Verification(
        verdict,
        token,
        reference,
        key.venue_name,
        compared=True,
        summary=src.summary,
        posting_id=src.posting_id,
        superseded=src.superseded,
    )


def _with(v: Verification, *, verdict: Verdict) -> Verification:
    return Verification(verdict, v.token, v.reference, v.venue_name)


def _s(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


def _job_terms(posting: dict[str, Any], employer_name: str) -> dict[str, str]:
    """kiosk.print.content._job_terms over the stored kiosk columns."""
    cents = int(posting.get("pay_cents") or 0)
    return {
        "title": _s(posting, "title"),
        "employer": employer_name,
        "pay_amount": f"{cents / 100:.2f}",
        "pay_unit": _s(posting, "pay_unit"),
        "settlement": _s(posting, "settlement"),
        "start_date": _s(posting, "start_date")[:10],
        "end_date": _s(posting, "end_date")[:10],
        "start_time": _s(posting, "start_time"),
        "end_time": _s(posting, "end_time"),
        "district": _s(posting, "district"),
        "workplace": _s(posting, "workplace"),
        "meals": _s(posting, "meals"),
        "transport": _s(posting, "transport"),
        "deductions": _s(posting, "deductions"),
    }


def _job(db: Database, posting_id: str) -> tuple[dict[str, str], Summary] | None:
    posting = q.record_data(db, "posting", posting_id)
    if posting is None:
        return None
    employer = q.record_data(db, "employer", _s(posting, "employer_id")) or {}
    terms = _job_terms(posting, _s(employer, "name"))
    summary = Summary(
        title=terms["title"],
        employer=terms["employer"],
        pay_amount=terms["pay_amount"],
        pay_unit=terms["pay_unit"],
        place=" ".join(p for p in (terms["district"], terms["workplace"]) if p),
        start_date=terms["start_date"],
        end_date=terms["end_date"],
    )
    return terms, summary


def _source(db: Database, kind: DocumentKind, document_id: str) -> _Source | None:
    if kind in (DocumentKind.JOB_SLIP, DocumentKind.POSTING_POSTER):
        job = _job(db, document_id)
        return _Source(job[0], job[1], posting_id=document_id) if job else None
    if kind is DocumentKind.REFERRAL_SLIP:
        app = q.record_data(db, "application", document_id)
        job = _job(db, _s(app, "posting_id")) if app else None
        if app is None or job is None:
            return None
        posting = q.record_data(db, "posting", _s(app, "posting_id")) or {}
        start_time = _s(posting, "start_time")
        when = _s(posting, "start_date")[:10]
        when = f"{when} {start_time[:5]}" if start_time else when
        terms = {**job[0], "worker_id": _s(app, "worker_id"),
                 "report_to": _s(posting, "workplace"), "report_on": when}  # fmt: skip
        return _Source(terms, job[1], posting_id=_s(app, "posting_id"))
    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        neg = q.record_data(db, "negotiation", document_id)
        if neg is None:
            return None
        posted = neg.get("posted_terms") or {}
        agreed = neg.get("agreed_terms") or {}
        terms = {f"posted.{k}": str(v) for k, v in posted.items()}
        terms |= {f"agreed.{k}": str(v) for k, v in agreed.items()}
        terms |= {
            "outcome": _s(neg, "outcome"),
            "record_hash": _s(neg, "record_hash"),
            "posting_id": _s(neg, "posting_id"),
            "worker_id": _s(neg, "worker_id"),
        }
        posting = q.record_data(db, "posting", _s(neg, "posting_id")) or {}
        summary = Summary(
            title=_s(posting, "title"),
            pay_amount=str(agreed.get("pay_amount", "")),
            pay_unit=str(agreed.get("pay_unit", "")),
            outcome=_s(neg, "outcome"),
        )
        return _Source(
            terms,
            summary,
            posting_id=_s(neg, "posting_id"),
            superseded=q.superseded_by(db, document_id) is not None,
        )
    if kind is DocumentKind.TRAINING_CONFIRMATION:
        enrol = q.record_data(db, "enrollment", document_id)
        course = q.record_data(db, "training_course", _s(enrol, "course_id")) if enrol else None
        if enrol is None or course is None:
            return None
        terms = {
            "course_id": _s(enrol, "course_id"),
            "title": _s(course, "title"),
            "worker_id": _s(enrol, "worker_id"),
            "status": _s(enrol, "status"),
            "starts_on": _s(course, "starts_on")[:10],
            "ends_on": _s(course, "ends_on")[:10],
            "place": _s(course, "place"),
            "schedule": _s(course, "schedule"),
        }
        return _Source(
            terms,
            Summary(title=terms["title"], place=terms["place"], start_date=terms["starts_on"],
                    end_date=terms["ends_on"]),
        )  # fmt: skip
    # Queue tickets, worker cards and complaint receipts: their records stay at the venue (or
    # carry personal data); the signature is checked and nothing more is shown.
    return None
