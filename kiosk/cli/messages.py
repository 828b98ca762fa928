"""Error codes in plain English for the command line (the UI has its own translations)."""

from __future__ import annotations

from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors

TEXT: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "is required",
    ErrorCode.PHONE_INVALID: "is not a valid mainland mobile number (11 digits starting with 1)",
    ErrorCode.PAY_NOT_POSITIVE: "must be more than 0",
    ErrorCode.PAY_UNIT_INVALID: "must be hour, day or piece",
    ErrorCode.PAY_BELOW_MINIMUM: "is below the local minimum",
    ErrorCode.DATE_INVALID: "is not a date (YYYY-MM-DD) or time (HH:MM)",
    ErrorCode.DATE_ORDER: "ends before it starts",
    ErrorCode.DATE_IN_PAST: "is in the past",
    ErrorCode.HEADCOUNT_INVALID: "must be between 1 and 500",
    ErrorCode.TEXT_TOO_LONG: "is too long",
    ErrorCode.VALUE_INVALID: "has a value that cannot be used",
    ErrorCode.BIRTH_YEAR_INVALID: "is not a plausible birth year",
    ErrorCode.TRANSITION_INVALID: "cannot change to that status now",
    ErrorCode.NOT_FOUND: "was not found",
    ErrorCode.POSTING_NOT_OPEN: "is not open for applications",
    ErrorCode.ALREADY_APPLIED: "already has this worker's application",
    ErrorCode.CONSENT_REQUIRED: "needs the worker's consent",
    ErrorCode.COURSE_FULL: "is full",
    ErrorCode.ALREADY_ENROLLED: "already has this worker",
    ErrorCode.RECORD_FROZEN: "is confirmed and frozen; make a correction instead",
    ErrorCode.CASE_CLOSED: "is a closed case; open a new case for new help",
    ErrorCode.EMPLOYER_BLACKLISTED: "is blacklisted",
    ErrorCode.PIN_INVALID: "must be 4 to 8 digits",
    ErrorCode.PIN_WRONG: "is wrong",
    ErrorCode.STAFF_LOCKED: "is locked after too many wrong PINs",
    ErrorCode.FORBIDDEN: "is not allowed for this role",
    ErrorCode.DATABASE_CORRUPT: "failed its integrity check",
    ErrorCode.IMPORT_INVALID: "is not in the expected shape",
}


def describe(error: DomainError) -> str:
    """One line naming every field at fault, e.g. `pay_amount is below the local minimum (190)`."""
    errors = error.errors if isinstance(error, ValidationErrors) else [error]
    parts = []
    for e in errors:
        words = TEXT.get(e.code, e.code.value)
        extra = ", ".join(f"{k}={_short(v)}" for k, v in e.params.items())
        parts.append(f"{e.field or 'input'} {words}" + (f" ({extra})" if extra else ""))
    return "; ".join(parts)


def _short(value: object, limit: int = 40) -> str:
    """A refused value as it is echoed back: one line, never a megabyte of someone's input."""
    text = ascii(value) if isinstance(value, str) and not value.isprintable() else str(value)
    return text if len(text) <= limit else text[:limit] + "…"
