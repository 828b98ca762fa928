"""Stable error codes raised by the core; the UI and CLI turn them into words."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    # validation
    REQUIRED = "required"
    PHONE_INVALID = "phone_invalid"
    PAY_NOT_POSITIVE = "pay_not_positive"
    PAY_UNIT_INVALID = "pay_unit_invalid"
    PAY_BELOW_MINIMUM = "pay_below_minimum"
    DATE_INVALID = "date_invalid"
    DATE_ORDER = "date_order"
    DATE_IN_PAST = "date_in_past"
    HEADCOUNT_INVALID = "headcount_invalid"
    TEXT_TOO_LONG = "text_too_long"
    VALUE_INVALID = "value_invalid"
    BIRTH_YEAR_INVALID = "birth_year_invalid"
    # state and business rules
    TRANSITION_INVALID = "transition_invalid"
    NOT_FOUND = "not_found"
    POSTING_NOT_OPEN = "posting_not_open"
    ALREADY_APPLIED = "already_applied"
    CONSENT_REQUIRED = "consent_required"
    COURSE_FULL = "course_full"
    ALREADY_ENROLLED = "already_enrolled"
    RECORD_FROZEN = "record_frozen"
    CASE_CLOSED = "case_closed"
    EMPLOYER_BLACKLISTED = "employer_blacklisted"
    NO_PLACES_LEFT = "no_places_left"
    LOTTERY_ALREADY_DRAWN = "lottery_already_drawn"
    NOTHING_TO_DRAW = "nothing_to_draw"
    # staff
    PIN_INVALID = "pin_invalid"
    PIN_WRONG = "pin_wrong"
    STAFF_LOCKED = "staff_locked"
    FORBIDDEN = "forbidden"
    # storage
    DATABASE_CORRUPT = "database_corrupt"
    IMPORT_INVALID = "import_invalid"


class DomainError(Exception):
    """A broken rule: a stable `code`, the `field` at fault, and `params` that fill the message."""

    def __init__(self, code: ErrorCode, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        where = f" ({field})" if field else ""
        extra = f" {params}" if params else ""
        super().__init__(f"{code.value}{where}{extra}")


class ValidationErrors(DomainError):
    """Several fields failed at once, so a form can mark every one of them."""

    def __init__(self, errors: list[DomainError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.code, first.field, **first.params)
        self.args = ("; ".join(str(e) for e in errors),)
