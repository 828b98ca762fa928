"""Staff words for codes (roles, statuses, flags, reasons, terms, errors), never at import."""

from __future__ import annotations

import math
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kiosk.domain import grading
from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.matching import MatchReason
from kiosk.domain.model import (
    VENUE_TZ,
    AssistanceGrade,
    CaseStatus,
    ComplaintStatus,
    DocumentKind,
    EmployerKind,
    EmployerStatus,
    Lane,
    NegotiationOutcome,
    PayUnit,
    PostingStatus,
    PrintState,
    ScreeningFlag,
    SessionKind,
    StaffRole,
    TicketState,
)
from kiosk.domain.screening import PayCheck
from kiosk.sync.progress import Phase
from kiosk.ui import texts


def role_text(role: StaffRole) -> str:
    if role is StaffRole.ADMIN:
        return QCoreApplication.translate("StaffWords", "Administrator")
    if role is StaffRole.SUPERVISOR:
        return QCoreApplication.translate("StaffWords", "Supervisor")
    return QCoreApplication.translate("StaffWords", "Staff")


def posting_status_text(status: PostingStatus) -> str:
    words = {
        PostingStatus.DRAFT: QCoreApplication.translate("StaffWords", "Draft"),
        PostingStatus.PENDING_REVIEW: QCoreApplication.translate("StaffWords", "Held for review"),
        PostingStatus.OPEN: QCoreApplication.translate("StaffWords", "Open"),
        PostingStatus.FILLED: QCoreApplication.translate("StaffWords", "Filled"),
        PostingStatus.CLOSED: QCoreApplication.translate("StaffWords", "Closed"),
        PostingStatus.SUSPENDED: QCoreApplication.translate("StaffWords", "Suspended"),
        PostingStatus.EXPIRED: QCoreApplication.translate("StaffWords", "Expired"),
    }
    return words[status]


def flag_line(flag: ScreeningFlag) -> str:
    """A screening flag as a reviewer reads it: why, then what triggered it, in their words."""
    line = flag_text(flag.code)
    if flag.code == "missing_terms":
        return QCoreApplication.translate("StaffWords", "Missing: {field}").format(
            field=field_text(flag.field)
        )
    if flag.code in ("pay_far_above", "pay_far_below"):
        check = PayCheck.decode(flag.detail)
        if check is None:  # stored before the figures were kept as numbers
            return line
        if check.unit is PayUnit.DAY:
            pattern = QCoreApplication.translate(
                "StaffWords", "{why}\n{pay}; guide {low}–{high} yuan a day"
            )
        else:
            pattern = QCoreApplication.translate(
                "StaffWords", "{why}\n{pay} (about {day} yuan a day); guide {low}–{high} yuan a day"
            )
        return pattern.format(
            why=line,
            pay=texts.pay_text(check.amount, check.unit),
            day=texts.amount_text(check.day_rate),
            low=texts.amount_text(check.low),
            high=texts.amount_text(check.high),
        )
    if not flag.detail:
        return line
    return QCoreApplication.translate("StaffWords", "{why}: “{quote}”").format(
        why=line, quote=flag.detail
    )


def flag_text(code: str) -> str:
    """Why screening holds a posting, in a sentence a reviewer acts on."""
    words = {
        "fee_charged": QCoreApplication.translate(
            "StaffWords", "Charges the worker a fee or deposit (not allowed)"
        ),
        "id_withheld": QCoreApplication.translate(
            "StaffWords", "Keeps the worker's ID card (not allowed)"
        ),
        "discrimination": QCoreApplication.translate(
            "StaffWords", "Restricts by gender, ethnicity or home region (not allowed)"
        ),
        "pay_far_above": QCoreApplication.translate(
            "StaffWords", "Pay far above the guide rate: a common lure"
        ),
        "pay_far_below": QCoreApplication.translate("StaffWords", "Pay far below the guide rate"),
        "intermediary_unlicensed": QCoreApplication.translate(
            "StaffWords", "Job agent without a known licence"
        ),
        "employer_blacklisted": QCoreApplication.translate("StaffWords", "Employer is blacklisted"),
        "missing_terms": QCoreApplication.translate(
            "StaffWords", "A term a worker must know is missing"
        ),
    }
    return words.get(code, code)


def field_text(name: str) -> str:
    """A form field's name, for messages that say where the problem is."""
    words = {
        "employer_id": QCoreApplication.translate("StaffWords", "Employer"),
        "title": QCoreApplication.translate("StaffWords", "Title"),
        "description": QCoreApplication.translate("StaffWords", "Description"),
        "requirements": QCoreApplication.translate("StaffWords", "Requirements"),
        "occupation_code": QCoreApplication.translate("StaffWords", "Occupation"),
        "district": QCoreApplication.translate("StaffWords", "District"),
        "workplace": QCoreApplication.translate("StaffWords", "Workplace"),
        "pay_amount": QCoreApplication.translate("StaffWords", "Pay"),
        "pay_unit": QCoreApplication.translate("StaffWords", "Pay unit"),
        "settlement": QCoreApplication.translate("StaffWords", "Settlement"),
        "start_date": QCoreApplication.translate("StaffWords", "Start date"),
        "end_date": QCoreApplication.translate("StaffWords", "End date"),
        "start_time": QCoreApplication.translate("StaffWords", "Start time"),
        "end_time": QCoreApplication.translate("StaffWords", "End time"),
        "headcount": QCoreApplication.translate("StaffWords", "Headcount"),
        "contact_phone": QCoreApplication.translate("StaffWords", "Contact phone"),
        "contact_name": QCoreApplication.translate("StaffWords", "Contact name"),
        "deductions": QCoreApplication.translate("StaffWords", "Deductions"),
        "meals": QCoreApplication.translate("StaffWords", "Meals"),
        "transport": QCoreApplication.translate("StaffWords", "Transport"),
        "safety": QCoreApplication.translate("StaffWords", "Safety and insurance"),
        "other": QCoreApplication.translate("StaffWords", "Other"),
        "name": QCoreApplication.translate("StaffWords", "Name"),
        "phone": QCoreApplication.translate("StaffWords", "Phone"),
        "reason": QCoreApplication.translate("StaffWords", "Reason"),
        "resolution": QCoreApplication.translate("StaffWords", "Resolution note"),
        "table_no": QCoreApplication.translate("StaffWords", "Table"),
        "note": QCoreApplication.translate("StaffWords", "Note"),
        "outcome": QCoreApplication.translate("StaffWords", "How the case ended"),
        "case_id": QCoreApplication.translate("StaffWords", "Case"),
        "target_id": QCoreApplication.translate(
            "StaffWords", "The posting or employer the complaint is about"
        ),
    }
    return words.get(name, name)


def term_text(key: str) -> str:
    """A negotiation term's label (TERM_KEYS)."""
    if key == "settlement":
        return QCoreApplication.translate("StaffWords", "Settlement day")
    return field_text(key)


def pay_unit_text(unit: PayUnit) -> str:
    if unit is PayUnit.HOUR:
        return QCoreApplication.translate("StaffWords", "per hour")
    if unit is PayUnit.PIECE:
        return QCoreApplication.translate("StaffWords", "per piece")
    return QCoreApplication.translate("StaffWords", "per day")


def ticket_state_text(state: TicketState) -> str:
    words = {
        TicketState.WAITING: QCoreApplication.translate("StaffWords", "Waiting"),
        TicketState.CALLED: QCoreApplication.translate("StaffWords", "Called"),
        TicketState.AT_TABLE: QCoreApplication.translate("StaffWords", "At a table"),
        TicketState.AGREED: QCoreApplication.translate("StaffWords", "Agreed"),
        TicketState.NO_DEAL: QCoreApplication.translate("StaffWords", "No deal"),
        TicketState.LEFT: QCoreApplication.translate("StaffWords", "Left"),
    }
    return words[state]


def grade_text(grade: AssistanceGrade) -> str:
    words = {
        AssistanceGrade.NONE: QCoreApplication.translate("StaffWords", "No grade"),
        AssistanceGrade.ATTENTION: QCoreApplication.translate("StaffWords", "Attention (1)"),
        AssistanceGrade.PRIORITY: QCoreApplication.translate("StaffWords", "Priority (2)"),
        AssistanceGrade.INTENSIVE: QCoreApplication.translate("StaffWords", "Intensive (3)"),
    }
    return words[grade]


def assistance_reason_text(code: str) -> str:
    """Why a worker has a grade (codes from kiosk.domain.grading); an unknown code shows as is."""
    words = {
        grading.AGE_60_PLUS: QCoreApplication.translate("StaffWords", "Aged 60 or over"),
        grading.AGE_50_PLUS: QCoreApplication.translate("StaffWords", "Aged 50 to 59"),
        grading.OLDER_WORKER_DECLARED: QCoreApplication.translate(
            "StaffWords", "Older worker (declared)"
        ),
        grading.DISABILITY: QCoreApplication.translate("StaffWords", "Disability"),
        grading.LOW_INCOME_FAMILY: QCoreApplication.translate("StaffWords", "Low-income family"),
        grading.LONG_TERM_UNEMPLOYED: QCoreApplication.translate(
            "StaffWords", "Long-term unemployed"
        ),
    }
    return words.get(code, code)


def record_kind_text(entity: str) -> str:
    """What kind of record a synced change was about (an entity name of the sync protocol)."""
    words = {
        "posting": QCoreApplication.translate("StaffWords", "Posting"),
        "employer": QCoreApplication.translate("StaffWords", "Employer"),
        "worker": QCoreApplication.translate("StaffWords", "Worker"),
        "application": QCoreApplication.translate("StaffWords", "Application"),
        "enrollment": QCoreApplication.translate("StaffWords", "Training sign-up"),
        "complaint": QCoreApplication.translate("StaffWords", "Complaint"),
        "assistance_case": QCoreApplication.translate("StaffWords", "Assistance case"),
        "follow_up": QCoreApplication.translate("StaffWords", "Follow-up"),
        "negotiation": QCoreApplication.translate("StaffWords", "Negotiation record"),
        "skill_wish": QCoreApplication.translate("StaffWords", "Training wish"),
    }
    return words.get(entity, entity)


def sync_action_text(action: str) -> str:
    words = {
        "create": QCoreApplication.translate("StaffWords", "adding it"),
        "update": QCoreApplication.translate("StaffWords", "the change"),
        "transition": QCoreApplication.translate("StaffWords", "the status change"),
    }
    return words.get(action, action)


def reject_reason_text(reason: str) -> str:
    """Why the registry refused a change (RejectReason values), in words staff can act on."""
    words = {
        "transition_invalid": QCoreApplication.translate(
            "StaffWords", "Another kiosk changed it first; its version stands."
        ),
        "stale_base_version": QCoreApplication.translate(
            "StaffWords", "It was changed elsewhere in the meantime; make the change again."
        ),
        "posting_suspended": QCoreApplication.translate(
            "StaffWords", "The posting was suspended by the registry."
        ),
        "already_exists": QCoreApplication.translate(
            "StaffWords", "The same record was already there (made at another kiosk)."
        ),
        "append_only": QCoreApplication.translate(
            "StaffWords", "Records of this kind cannot be changed, only added to."
        ),
        "not_found": QCoreApplication.translate(
            "StaffWords", "The registry does not have this record (it may have been removed)."
        ),
        "parent_missing": QCoreApplication.translate(
            "StaffWords", "Something it refers to is missing at the registry."
        ),
        "partition_forbidden": QCoreApplication.translate(
            "StaffWords", "It belongs to another venue."
        ),
        "payload_invalid": QCoreApplication.translate(
            "StaffWords", "The registry found it incomplete or invalid."
        ),
    }
    return words.get(
        reason,
        QCoreApplication.translate("StaffWords", "The registry refused it ({code}).").format(
            code=reason
        ),
    )


def list_text(items: list[str]) -> str:
    """Items in a sentence: Chinese separates them with 、, English with a comma."""
    return QCoreApplication.translate("StaffWords", ", ", "list separator").join(items)


def case_status_text(status: CaseStatus) -> str:
    # "case" tells translators apart from a posting's Open / Closed.
    if status is CaseStatus.CLOSED:
        return QCoreApplication.translate("StaffWords", "Closed", "case")
    return QCoreApplication.translate("StaffWords", "Open", "case")


def lane_text(lane: Lane) -> str:
    if lane is Lane.PRIORITY:
        return QCoreApplication.translate("StaffWords", "Priority")
    return QCoreApplication.translate("StaffWords", "Normal")


def outcome_text(outcome: NegotiationOutcome) -> str:
    if outcome is NegotiationOutcome.NO_DEAL:
        return QCoreApplication.translate("StaffWords", "No deal")
    return QCoreApplication.translate("StaffWords", "Agreed")


def session_kind_text(kind: SessionKind) -> str:
    if kind is SessionKind.CARAVAN:
        return QCoreApplication.translate("StaffWords", "Mobile caravan")
    if kind is SessionKind.TARGETED:
        return QCoreApplication.translate("StaffWords", "Targeted recruitment")
    return QCoreApplication.translate("StaffWords", "On-site docking")


def employer_kind_text(kind: EmployerKind) -> str:
    if kind is EmployerKind.INDIVIDUAL:
        return QCoreApplication.translate("StaffWords", "Individual")
    if kind is EmployerKind.INTERMEDIARY:
        return QCoreApplication.translate("StaffWords", "Job agent (intermediary)")
    return QCoreApplication.translate("StaffWords", "Company")


def employer_status_text(status: EmployerStatus) -> str:
    if status is EmployerStatus.BLACKLISTED:
        return QCoreApplication.translate("StaffWords", "Blacklisted")
    if status is EmployerStatus.WARNED:
        return QCoreApplication.translate("StaffWords", "Warned")
    return QCoreApplication.translate("StaffWords", "In good standing")


def complaint_status_text(status: ComplaintStatus) -> str:
    words = {
        ComplaintStatus.RECEIVED: QCoreApplication.translate("StaffWords", "Received"),
        ComplaintStatus.INVESTIGATING: QCoreApplication.translate("StaffWords", "Investigating"),
        ComplaintStatus.RESOLVED: QCoreApplication.translate("StaffWords", "Resolved"),
        ComplaintStatus.DISMISSED: QCoreApplication.translate("StaffWords", "Dismissed"),
    }
    return words[status]


def proposed_action_text(action: str) -> str:
    if action == "warn":
        return QCoreApplication.translate("StaffWords", "Warn the employer")
    if action == "blacklist":
        return QCoreApplication.translate("StaffWords", "Ask the city to blacklist")
    return QCoreApplication.translate("StaffWords", "No action")


def print_state_text(state: PrintState) -> str:
    words = {
        PrintState.QUEUED: QCoreApplication.translate("StaffWords", "Queued"),
        PrintState.PRINTING: QCoreApplication.translate("StaffWords", "Printing"),
        PrintState.DONE: QCoreApplication.translate("StaffWords", "Printed"),
        PrintState.FAILED: QCoreApplication.translate("StaffWords", "Failed"),
    }
    return words[state]


def document_text(kind: DocumentKind) -> str:
    words = {
        DocumentKind.JOB_SLIP: QCoreApplication.translate("StaffWords", "Job slip"),
        DocumentKind.REFERRAL_SLIP: QCoreApplication.translate("StaffWords", "Referral slip"),
        DocumentKind.NEGOTIATION_RECORD: QCoreApplication.translate(
            "StaffWords", "Negotiation record (archive)"
        ),
        DocumentKind.NEGOTIATION_COPY: QCoreApplication.translate(
            "StaffWords", "Negotiation record (worker copy)"
        ),
        DocumentKind.QUEUE_TICKET: QCoreApplication.translate("StaffWords", "Queue ticket"),
        DocumentKind.WORKER_CARD: QCoreApplication.translate("StaffWords", "Worker card"),
        DocumentKind.POSTING_POSTER: QCoreApplication.translate("StaffWords", "Posting poster"),
        DocumentKind.TRAINING_CONFIRMATION: QCoreApplication.translate(
            "StaffWords", "Training confirmation"
        ),
        DocumentKind.COMPLAINT_RECEIPT: QCoreApplication.translate(
            "StaffWords", "Complaint receipt"
        ),
        DocumentKind.SESSION_SUMMARY: QCoreApplication.translate(
            "StaffWords", "Session summary (A4)"
        ),
    }
    return words[kind]


def _language_names(codes: str) -> str:
    names = {
        "zh": QCoreApplication.translate("StaffWords", "Mandarin"),
        "en": QCoreApplication.translate("StaffWords", "English"),
        "yue": QCoreApplication.translate("StaffWords", "Cantonese"),
    }
    return QCoreApplication.translate("StaffWords", ", ", "list separator").join(
        names.get(code, code) for code in codes.split(",") if code
    )


def _pay_figures(reason: MatchReason) -> dict[str, str]:
    """The pay a ranking compared, each as "220 yuan / day" in the staff's language."""
    p = reason.params
    try:
        expected = texts.pay_text(Decimal(p["expected"]), PayUnit(p["expected_unit"]))
        offered = texts.pay_text(Decimal(p["offered"]), PayUnit(p["offered_unit"]))
    except (KeyError, ValueError, ArithmeticError):
        return {}
    return {"expected": expected, "offered": offered}


def match_reason_text(reason: MatchReason) -> str:
    """One line of a match explanation, figures and codes worded in the staff's language."""
    code, detail = reason.code, reason.detail
    if code in ("pay_ok", "pay_below_expected"):
        figures = _pay_figures(reason)
        if figures and code == "pay_ok":
            return QCoreApplication.translate(
                "StaffWords", "Pay meets expectation ({offered} offered, {expected} asked)"
            ).format(**figures)
        if figures:
            return QCoreApplication.translate(
                "StaffWords", "Pay below expectation ({expected} asked, {offered} offered)"
            ).format(**figures)
    if code in ("language", "language_missing"):
        detail = _language_names(detail)
    words = {
        "skills": QCoreApplication.translate("StaffWords", "Has the skills: {detail}"),
        "skills_related": QCoreApplication.translate("StaffWords", "Related trade: {detail}"),
        "skills_none": QCoreApplication.translate("StaffWords", "No matching skills"),
        "skills_unknown": QCoreApplication.translate("StaffWords", "Skills not given"),
        "district": QCoreApplication.translate("StaffWords", "Works in {detail}"),
        "district_other": QCoreApplication.translate("StaffWords", "Prefers another district"),
        "district_unknown": QCoreApplication.translate("StaffWords", "District not given"),
        "available": QCoreApplication.translate("StaffWords", "Available on {detail}"),
        "unavailable": QCoreApplication.translate("StaffWords", "Not available on {detail}"),
        "availability_unknown": QCoreApplication.translate("StaffWords", "Availability not given"),
        "pay_ok": QCoreApplication.translate("StaffWords", "Pay meets expectation"),
        "pay_below_expected": QCoreApplication.translate("StaffWords", "Pay below expectation"),
        "pay_unknown": QCoreApplication.translate("StaffWords", "Expected pay not given"),
        "pay_incomparable": QCoreApplication.translate("StaffWords", "Pay not comparable"),
        "language": QCoreApplication.translate("StaffWords", "Speaks the language asked"),
        "language_missing": QCoreApplication.translate("StaffWords", "Does not speak: {detail}"),
        "assistance": QCoreApplication.translate("StaffWords", "Graded assistance (priority)"),
        "waiting": QCoreApplication.translate("StaffWords", "{detail} days without a job"),
    }
    pattern = words.get(code)
    return pattern.format(detail=detail) if pattern else f"{code} {detail}".strip()


def date_text(moment: datetime) -> str:
    """A stored UTC time as the venue's local date."""
    return moment.astimezone(VENUE_TZ).strftime("%Y-%m-%d")


def time_text(moment: datetime | None) -> str:
    """A stored UTC time as the venue's local date and time."""
    if moment is None:
        return ""
    return moment.astimezone(VENUE_TZ).strftime("%Y-%m-%d %H:%M")


def _phone_text(error: DomainError) -> str:
    """What is wrong with a phone number, as the rule found it; "" for other errors."""
    if error.code is not ErrorCode.PHONE_INVALID:
        return ""
    problem = error.params.get("problem")
    if problem == "characters":
        return QCoreApplication.translate("StaffWords", "A phone number has digits only.")
    if problem == "length":
        return QCoreApplication.translate(
            "StaffWords", "The number has {digits} digits; a mobile number has 11."
        ).format(digits=error.params.get("digits", "?"))
    if problem == "prefix":
        return QCoreApplication.translate(
            "StaffWords", "No mobile number starts with {start}: check the first digits."
        ).format(start=error.params.get("start", ""))
    return ""


def error_text(error: BaseException) -> str:
    """Staff-facing words for an error, naming the field when the core named one."""
    if isinstance(error, ValidationErrors):
        return "\n".join(error_text(e) for e in error.errors)
    if not isinstance(error, DomainError):
        return texts.error_text(error)
    sentence = rule_text(error)
    if error.field and error.code not in (ErrorCode.PIN_WRONG, ErrorCode.STAFF_LOCKED):
        return QCoreApplication.translate("StaffWords", "{field}: {message}").format(
            field=field_text(error.field), message=sentence
        )
    return sentence


def rule_text(error: DomainError) -> str:
    """What a broken rule says, without naming its field (for a message beside the field)."""
    words = {
        ErrorCode.PIN_WRONG: QCoreApplication.translate("StaffWords", "Wrong name or PIN."),
        ErrorCode.STAFF_LOCKED: QCoreApplication.translate(
            "StaffWords", "Too many wrong PINs: this account is locked. Try again later."
        ),
        ErrorCode.FORBIDDEN: QCoreApplication.translate(
            "StaffWords", "Your role may not do this. Ask a supervisor."
        ),
        ErrorCode.RECORD_FROZEN: QCoreApplication.translate(
            "StaffWords", "This record is frozen and already has a correction."
        ),
        ErrorCode.CASE_CLOSED: QCoreApplication.translate(
            "StaffWords", "This case is closed. Open a new case if the worker needs help again."
        ),
        ErrorCode.TRANSITION_INVALID: QCoreApplication.translate(
            "StaffWords", "This cannot be done in the record's current state."
        ),
        ErrorCode.PAY_BELOW_MINIMUM: QCoreApplication.translate(
            "StaffWords", "Pay is below the local minimum wage."
        ),
        ErrorCode.DATE_IN_PAST: QCoreApplication.translate(
            "StaffWords", "The date is in the past."
        ),
        ErrorCode.DATE_ORDER: QCoreApplication.translate(
            "StaffWords", "The end is before the start."
        ),
        ErrorCode.HEADCOUNT_INVALID: QCoreApplication.translate(
            "StaffWords", "Headcount must be at least 1."
        ),
        ErrorCode.REQUIRED: QCoreApplication.translate("StaffWords", "This is required."),
        ErrorCode.PHONE_INVALID: QCoreApplication.translate(
            "StaffWords", "Phone: 11 digits starting with 1."
        ),
        ErrorCode.NOT_FOUND: QCoreApplication.translate("StaffWords", "Not found."),
        ErrorCode.POSTING_NOT_OPEN: QCoreApplication.translate(
            "StaffWords",
            "This posting is not open now (in review, rejected, closed, filled, suspended or "
            "past its date): nothing can be done to it.",
        ),
        ErrorCode.NO_PLACES_LEFT: QCoreApplication.translate(
            "StaffWords", "Referrals and hires already hold every place of this posting."
        ),
        ErrorCode.LOTTERY_ALREADY_DRAWN: QCoreApplication.translate(
            "StaffWords",
            "This posting's lottery has been drawn. A new draw needs a supervisor and a reason.",
        ),
        ErrorCode.EMPLOYER_BLACKLISTED: QCoreApplication.translate(
            "StaffWords",
            "The city registry has blacklisted this employer: its postings cannot be approved.",
        ),
        ErrorCode.NOTHING_TO_DRAW: QCoreApplication.translate(
            "StaffWords", "Nobody is interested in this posting yet: there is nobody to draw."
        ),
    }
    return _phone_text(error) or words.get(error.code) or texts.error_text(error)


def print_problem_text(problem: str) -> str:
    """Why a job did not print, from kiosk.print.backends.PrintProblem's code."""
    words = {
        "stopped": QCoreApplication.translate("StaffWords", "the printer is stopped"),
        "rejecting": QCoreApplication.translate("StaffWords", "the printer refuses new jobs"),
        "missing": QCoreApplication.translate("StaffWords", "no such printer on this computer"),
        "no_spooler": QCoreApplication.translate("StaffWords", "the print service is not running"),
        "unreachable": QCoreApplication.translate("StaffWords", "the printer does not answer"),
        "refused": QCoreApplication.translate("StaffWords", "the printer refused the job"),
        "cannot_write": QCoreApplication.translate("StaffWords", "the PDF folder is not writable"),
        "bad_printer": QCoreApplication.translate("StaffWords", "the printer setting is wrong"),
        "document": QCoreApplication.translate("StaffWords", "the document cannot be drawn"),
    }
    return words.get(problem, QCoreApplication.translate("StaffWords", "printer problem"))


def print_reason_text(problem: str, detail: str) -> str:
    """Our words for the problem, then the printer's own (kept as it said them)."""
    if not problem and not detail:
        return ""
    if not detail:
        return print_problem_text(problem)
    return QCoreApplication.translate("StaffWords", "{problem} ({printer_says})").format(
        problem=print_problem_text(problem), printer_says=detail
    )


def print_news_text(kind: DocumentKind, state: PrintState, problem: str, detail: str) -> str:
    """The staff header's line about the document just issued."""
    document = document_text(kind)
    if state is PrintState.PRINTING:
        return QCoreApplication.translate("StaffWords", "Printing: {document}…").format(
            document=document
        )
    if state is PrintState.DONE:
        return QCoreApplication.translate("StaffWords", "Printed: {document}").format(
            document=document
        )
    reason = print_reason_text(problem, detail)
    if state is PrintState.FAILED:
        text = QCoreApplication.translate("StaffWords", "Not printed: {document}: {reason}")
    else:
        text = QCoreApplication.translate(
            "StaffWords", "Waiting to print: {document}: {reason}; trying again"
        )
    return text.format(document=document, reason=reason)


def sync_phase_text(phase: Phase) -> str:
    """What a long sync is doing now, in words staff understand (issue 16 point 3)."""
    words = {
        Phase.DOWNLOAD: QCoreApplication.translate("StaffWords", "Downloading the city's jobs"),
        Phase.LOAD: QCoreApplication.translate("StaffWords", "Saving the jobs on this kiosk"),
        Phase.PULL: QCoreApplication.translate("StaffWords", "Catching up with the registry"),
    }
    return words[phase]


def duration_text(seconds: float) -> str:
    """A time left as people say it: "1 min 20 s", "45 s", "2 h 5 min".

    In steps of 5 s (of a minute past an hour): an estimate shown to the second jitters.
    """
    if seconds >= 3600:
        hours, minutes = divmod(math.ceil(seconds / 60), 60)
        return QCoreApplication.translate("StaffWords", "{h} h {min} min").format(
            h=hours, min=minutes
        )
    total = max(5, math.ceil(seconds / 5) * 5)
    minutes, secs = divmod(total, 60)
    if not minutes:
        return QCoreApplication.translate("StaffWords", "{s} s").format(s=secs)
    if not secs:
        return QCoreApplication.translate("StaffWords", "{min} min").format(min=minutes)
    return QCoreApplication.translate("StaffWords", "{min} min {s} s").format(min=minutes, s=secs)
