"""What a printed document signs, and the verdict on a token: one definition for kiosk and registry.

A document's QR token carries a digest of its terms. The kiosk that prints it and every verifier
(another kiosk offline, the registry's public page online) must rebuild exactly the same terms
from their own copy of the records, or a genuine slip would read as changed. So the terms are
built here, from records as both sides hold them: the synced fields under their record names
(`pay_cents`, `start_date`, ...), whether read from a kiosk table row or from the registry's
stored JSON (dates and times as objects on one side, ISO text on the other).

The terms are the ones a reader relies on and that should not change under them: pay, dates,
place, agreed terms. Volatile facts printed for convenience (openings left, the employer's
verified mark, the contact person) are left out, so that a later verification of a genuine slip
does not report a mismatch for them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from kiosk.domain.model import DocumentKind
from kiosk.domain.token import DecodedToken, TokenError, decode_token, terms_digest, token_from_url

Record = Mapping[str, Any]
# (entity, id) -> that record's synced fields, or None when this side does not hold it.
# Entity names are the synced record names ("posting", "application", "training_course" ...).
Load = Callable[[str, str], Record | None]
# (public key, signature, signed bytes) -> good signature? Kept out of domain (cryptography).
SignatureCheck = Callable[[str, bytes, bytes], bool]
Terms = dict[str, str]

# Longer than any real token (a 255-character device id makes about 250 characters): longer
# text is refused before it is decoded.
MAX_TOKEN_CHARS = 600
# Documents whose QR is not a signed token: the card holds the card code, the poster the
# public posting page.
# A session summary is the venue's own report, read at the desk: nothing to verify by QR.
UNSIGNED = frozenset(
    {DocumentKind.WORKER_CARD, DocumentKind.POSTING_POSTER, DocumentKind.SESSION_SUMMARY}
)


class Verdict(StrEnum):
    """What a verifier says about a token, checked in this order."""

    MALFORMED = "malformed"
    UNKNOWN_DEVICE = "unknown_device"
    TAMPERED = "tampered"
    REVOKED = "revoked"
    DIGEST_MISMATCH = "digest_mismatch"
    VALID = "valid"


@dataclass(frozen=True, slots=True)
class SignerKey:
    """A device key as the verifier knows it."""

    public_key: str
    revoked: bool


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    token: DecodedToken | None = None
    # Whether the verifier held the records, so the printed terms could be compared.
    compared: bool = False
    # Why a text is not a token (malformed only): for a log or a staff member, never the web.
    problem: str = ""


def judge(
    text: str, key_of: Callable[[str], SignerKey | None], check: SignatureCheck, load: Load
) -> Judgement:
    """The verdict on a scanned text (a verification URL or a bare token).

    A revoked key may be in wrong hands, and issue times are what the signer claims: nothing
    signed with one is trusted, whatever its date. A record the verifier does not hold leaves a
    genuine signature valid, with the terms not compared.
    """
    if len(text) > MAX_TOKEN_CHARS:
        return Judgement(Verdict.MALFORMED, problem="too long")
    try:
        token = decode_token(token_from_url(text))
    except (TokenError, ValueError) as exc:
        return Judgement(Verdict.MALFORMED, problem=str(exc))
    key = key_of(token.device_id)
    if key is None:
        return Judgement(Verdict.UNKNOWN_DEVICE, token)
    if not check(key.public_key, token.signature, token.signed_data):
        return Judgement(Verdict.TAMPERED, token)
    if key.revoked:
        return Judgement(Verdict.REVOKED, token)
    terms = document_terms(token.kind, token.document_id, load)
    if terms is None:
        return Judgement(Verdict.VALID, token)
    same = terms_digest(terms) == token.digest
    return Judgement(Verdict.VALID if same else Verdict.DIGEST_MISMATCH, token, compared=True)


# ---------------------------------------------------------------- the terms of each kind


def document_terms(kind: DocumentKind, document_id: str, load: Load) -> Terms | None:
    """The terms a document of `kind` signs, or None if a record it needs is not held here."""
    if kind in (DocumentKind.JOB_SLIP, DocumentKind.POSTING_POSTER):
        posting = load("posting", document_id)
        return None if posting is None else job_terms(posting, _employer_name(posting, load))
    if kind is DocumentKind.REFERRAL_SLIP:
        app = load("application", document_id)
        posting = load("posting", text(app.get("posting_id"))) if app else None
        if app is None or posting is None:
            return None
        return referral_terms(app, posting, _employer_name(posting, load))
    if kind in (DocumentKind.NEGOTIATION_RECORD, DocumentKind.NEGOTIATION_COPY):
        negotiation = load("negotiation", document_id)
        return None if negotiation is None else negotiation_terms(negotiation)
    if kind is DocumentKind.QUEUE_TICKET:
        ticket = load("check_in", document_id)
        return None if ticket is None else queue_ticket_terms(ticket)
    if kind is DocumentKind.TRAINING_CONFIRMATION:
        enrollment = load("enrollment", document_id)
        course = load("training_course", text(enrollment.get("course_id"))) if enrollment else None
        if enrollment is None or course is None:
            return None
        return training_terms(enrollment, course)
    if kind is DocumentKind.COMPLAINT_RECEIPT:
        complaint = load("complaint", document_id)
        return None if complaint is None else complaint_terms(complaint)
    if kind is DocumentKind.WORKER_CARD:
        worker = load("worker", document_id)
        return None if worker is None else {"card_code": text(worker.get("card_code"))}
    return None


def job_terms(posting: Record, employer_name: str) -> Terms:
    return {
        "title": text(posting.get("title")),
        "employer": employer_name,
        "pay_amount": money(posting.get("pay_cents")),
        "pay_unit": text(posting.get("pay_unit")),
        "settlement": text(posting.get("settlement")),
        "start_date": day(posting.get("start_date")),
        "end_date": day(posting.get("end_date")),
        "start_time": text(posting.get("start_time")),
        "end_time": text(posting.get("end_time")),
        "district": text(posting.get("district")),
        "workplace": text(posting.get("workplace")),
        "meals": text(posting.get("meals")),
        "transport": text(posting.get("transport")),
        "deductions": text(posting.get("deductions")),
    }


def report_when(posting: Record) -> str:
    """When a referred worker reports: the first day and, if stated, the start time (HH:MM)."""
    when = day(posting.get("start_date"))
    start = text(posting.get("start_time"))[:5]
    return f"{when} {start}" if start else when


def referral_terms(application: Record, posting: Record, employer_name: str) -> Terms:
    return {
        **job_terms(posting, employer_name),
        "worker_id": text(application.get("worker_id")),
        "report_to": text(posting.get("workplace")),
        "report_on": report_when(posting),
    }


def negotiation_terms(negotiation: Record) -> Terms:
    posted: Mapping[str, Any] = negotiation.get("posted_terms") or {}
    agreed: Mapping[str, Any] = negotiation.get("agreed_terms") or {}
    terms = {f"posted.{k}": text(v) for k, v in posted.items()}
    terms |= {f"agreed.{k}": text(v) for k, v in agreed.items()}
    return terms | {
        key: text(negotiation.get(key))
        for key in ("outcome", "record_hash", "posting_id", "worker_id")
    }


def queue_ticket_terms(ticket: Record) -> Terms:
    return {
        "session_id": text(ticket.get("session_id")),
        "number": text(ticket.get("number")),
        "lane": text(ticket.get("lane")),
        "party": text(ticket.get("party")),
    }


def training_terms(enrollment: Record, course: Record) -> Terms:
    return {
        "course_id": text(enrollment.get("course_id")),
        "title": text(course.get("title")),
        "worker_id": text(enrollment.get("worker_id")),
        "status": text(enrollment.get("status")),
        "starts_on": day(course.get("starts_on")),
        "ends_on": day(course.get("ends_on")),
        "place": text(course.get("place")),
        "schedule": text(course.get("schedule")),
    }


def complaint_terms(complaint: Record) -> Terms:
    """What a complaint receipt signs. When it was received is the token's own issue time (one
    canonical form: whole seconds since the epoch, UTC), never the record's `created_at`: that is
    the kiosk's clock until the complaint syncs, then the registry's arrival stamp, which the
    kiosk takes back (DESIGN section 3: informational only). Signing it made every genuine
    receipt read as changed once synced, at the registry and at the kiosk that printed it.
    """
    return {
        "reference": text(complaint.get("reference")),
        "category": text(complaint.get("category")),
        "target": text(complaint.get("target")),
        "target_id": text(complaint.get("target_id")),
    }


def _employer_name(posting: Record, load: Load) -> str:
    employer = load("employer", text(posting.get("employer_id")))
    return text(employer.get("name")) if employer else ""


# ---------------------------------------------------------------- one spelling of each value


def text(value: Any) -> str:
    """A field as the terms spell it: ISO dates and times, enum values, "" for nothing."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    return str(value)


def day(value: Any) -> str:
    """A date, also when stored as a midnight timestamp: YYYY-MM-DD."""
    return text(value)[:10]


def money(cents: Any) -> str:
    """Cents as yuan with two decimals (26000 -> "260.00"), exactly, never through a float."""
    return f"{Decimal(int(cents or 0)) / 100:.2f}"
