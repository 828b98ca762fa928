"""Online verification of a printed document's token: the kiosk's verdicts, plus status.

The verdict and the terms a document signs come from kiosk.domain.document_terms, the one
definition the kiosk prints with; the registry feeds it its own copy of the records, so a
genuine slip of an unchanged record compares equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.document_terms import (
    Load,
    Record,
    SignerKey,
    Verdict,
    day,
    job_terms,
    judge,
)
from kiosk.domain.model import VENUE_TZ, DocumentKind
from kiosk.domain.token import DecodedToken, short_reference
from kiosk.identity import verify_signature
from registry.db import Database
from registry.web import queries as q

__all__ = ["Summary", "Verdict", "Verification", "verify"]


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


# The records the registry compares printed terms with. Queue tickets, worker cards and complaint
# receipts: their records stay at the venue (or carry personal data); the signature is checked
# and nothing more is shown.
COMPARED = frozenset(
    {"posting", "employer", "application", "negotiation", "enrollment", "training_course"}
)


def verify(db: Database, text: str) -> Verification:
    judgement = judge(text, lambda device: _key(db, device), verify_signature, _loader(db))
    token = judgement.token
    if token is None:
        return Verification(judgement.verdict)
    key = q.device_key(db, token.device_id)
    reference = short_reference(token.kind, token.document_id)
    venue = key.venue_name if key else ""
    if not judgement.compared:
        return Verification(judgement.verdict, token, reference, venue)
    return Verification(
        judgement.verdict,
        token,
        reference,
        venue,
        compared=True,
        summary=_summary(db, token.kind, token.document_id),
        posting_id=_posting_id(db, token.kind, token.document_id),
        superseded=_superseded(db, token.kind, token.document_id),
    )


def _key(db: Database, device_id: str) -> SignerKey | None:
    key = q.device_key(db, device_id)
    return None if key is None else SignerKey(key.public_key, key.revoked)


def _loader(db: Database) -> Load:
    def load(entity: str, record_id: str) -> Record | None:
        return q.record_data(db, entity, record_id) if entity in COMPARED else None

    return load


def _s(data: Record | None, key: str) -> str:
    value = (data or {}).get(key)
    return "" if value is None else str(value)


def _posting_id(db: Database, kind: DocumentKind, document_id: str) -> str:
    """The posting a compared document is about, for its current public status."""
    if kind in (DocumentKind.JOB_SLIP, DocumentKind.POSTING_POSTER):
        return document_id
    if kind is DocumentKind.REFERRAL_SLIP:
        return _s(q.record_data(db, "application", document_id), "posting_id")
    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        return _s(q.record_data(db, "negotiation", document_id), "posting_id")
    return ""


def _superseded(db: Database, kind: DocumentKind, document_id: str) -> bool | None:
    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        return q.superseded_by(db, document_id) is not None
    return None


def _summary(db: Database, kind: DocumentKind, document_id: str) -> Summary:
    """What the page shows of a compared document: what the paper shows, no personal data."""
    if kind is DocumentKind.TRAINING_CONFIRMATION:
        enrollment = q.record_data(db, "enrollment", document_id)
        course = q.record_data(db, "training_course", _s(enrollment, "course_id")) or {}
        return Summary(
            title=_s(course, "title"),
            place=_s(course, "place"),
            start_date=day(course.get("starts_on")),
            end_date=day(course.get("ends_on")),
        )
    posting = q.record_data(db, "posting", _posting_id(db, kind, document_id)) or {}
    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        negotiation = q.record_data(db, "negotiation", document_id) or {}
        agreed = negotiation.get("agreed_terms") or {}
        return Summary(
            title=_s(posting, "title"),
            pay_amount=_s(agreed, "pay_amount"),
            pay_unit=_s(agreed, "pay_unit"),
            outcome=_s(negotiation, "outcome"),
        )
    employer = q.record_data(db, "employer", _s(posting, "employer_id")) or {}
    job = job_terms(posting, _s(employer, "name"))
    return Summary(
        title=job["title"],
        employer=job["employer"],
        pay_amount=job["pay_amount"],
        pay_unit=job["pay_unit"],
        place=" ".join(p for p in (job["district"], job["workplace"]) if p),
        start_date=job["start_date"],
        end_date=job["end_date"],
    )
