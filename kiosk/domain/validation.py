"""Field rules for what people type in: phones, pay, dates, headcounts, postings and workers."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import PayUnit, Posting, Settlement, Worker

_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_NOISE = re.compile(r"[\s\-()（）.]")
_OCCUPATION_CODE = re.compile(r"\d-\d{2}-\d{2}-\d{2}")

HEADCOUNT_MIN = 1
HEADCOUNT_MAX = 500
WORKING_AGE_MIN = 16
WORKING_AGE_MAX = 80

# Character limits per field: what fits on a job slip and a kiosk card, not a database limit.
TEXT_LIMITS: dict[str, int] = {
    "title": 60,  # English titles run longer than Chinese ones
    "description": 1000,
    "requirements": 500,
    "district": 20,
    "workplace": 100,
    "meals": 100,
    "transport": 100,
    "deductions": 200,
    "contact_name": 20,
    "review_note": 500,
    "display_name": 20,
}


@dataclass(frozen=True, slots=True)
class PayMinimums:
    """The local minimum pay per unit, in yuan, below which a posting is refused.

    The defaults are example municipal minimum wages (a part-time hourly minimum of 24 yuan, and
    a day rate of 190 yuan); the real figures come from the venue's config, because every city
    sets its own. Piece rates have no minimum: they cannot be compared without the output rate.
    """

    hour: Decimal = Decimal("24")
    day: Decimal = Decimal("190")

    def for_unit(self, unit: PayUnit) -> Decimal | None:
        if unit is PayUnit.HOUR:
            return self.hour
        if unit is PayUnit.DAY:
            return self.day
        return None


# ---------------------------------------------------------------- phones


def normalize_phone(raw: str) -> str:
    """A Chinese mobile number as 11 digits; spaces, dashes and a +86/0086 prefix are dropped.

    Raises PHONE_INVALID for anything else (landlines included: a kiosk calls back by SMS).
    """
    text = _PHONE_NOISE.sub("", unicodedata.normalize("NFKC", raw or ""))
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if not _MOBILE.fullmatch(text):
        raise DomainError(ErrorCode.PHONE_INVALID, "phone")
    return text


def mask_phone(raw: str) -> str:
    """A phone number safe to show on a shared screen: "13812345678" -> "138****5678".

    Never more than the first 3 and last 4 digits show; a number shorter than 11 digits (not a
    valid mobile) shows at most its last 2 digits, so that a fragment never gives the number away.
    """
    try:
        digits = normalize_phone(raw)
    except DomainError:
        digits = "".join(ch for ch in unicodedata.normalize("NFKC", raw or "") if ch.isdigit())
    n = len(digits)
    if n == 0:
        return ""
    if n >= 11:
        return digits[:3] + "*" * (n - 7) + digits[-4:]
    shown = min(2, n // 4)
    return "*" * (n - shown) + digits[n - shown :]


# ---------------------------------------------------------------- single fields


def parse_pay_unit(raw: str) -> PayUnit:
    """The pay unit named by `raw`; PAY_UNIT_INVALID if it is not hour, day or piece."""
    try:
        return PayUnit(str(raw).strip().lower())
    except ValueError:
        raise DomainError(ErrorCode.PAY_UNIT_INVALID, "pay_unit", value=str(raw)) from None


def parse_amount(raw: str, field: str = "pay_amount") -> Decimal:
    """A yuan amount typed as text ("200", "12.5"); VALUE_INVALID if it is not a finite number."""
    try:
        amount = Decimal(unicodedata.normalize("NFKC", raw).strip())
    except InvalidOperation:
        raise DomainError(ErrorCode.VALUE_INVALID, field, value=raw) from None
    if not amount.is_finite():
        raise DomainError(ErrorCode.VALUE_INVALID, field, value=raw)
    return amount


def validate_pay(amount: Decimal, unit: PayUnit | str, minimums: PayMinimums) -> None:
    """Pay must be positive, in a known unit, and not below the local minimum for that unit."""
    if amount <= 0:
        raise DomainError(ErrorCode.PAY_NOT_POSITIVE, "pay_amount")
    pay_unit = parse_pay_unit(unit)
    minimum = minimums.for_unit(pay_unit)
    if minimum is not None and amount < minimum:
        raise DomainError(
            ErrorCode.PAY_BELOW_MINIMUM,
            "pay_amount",
            minimum=str(minimum),
            unit=pay_unit.value,
        )


def parse_date(raw: str, field: str = "date") -> date:
    """An ISO date ("2025-03-01"); DATE_INVALID otherwise."""
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", raw).strip())
    except (ValueError, TypeError):
        raise DomainError(ErrorCode.DATE_INVALID, field, value=str(raw)) from None


def validate_dates(start: date, end: date, *, today: date, creating: bool = True) -> None:
    """The work starts no later than it ends, and a new posting does not start in the past.

    An existing posting may have started already (a two-week job is still open on day three),
    so the past check only applies when `creating`.
    """
    if creating and start < today:
        raise DomainError(ErrorCode.DATE_IN_PAST, "start_date", today=today.isoformat())
    if start > end:
        raise DomainError(ErrorCode.DATE_ORDER, "end_date")


def validate_headcount(headcount: int) -> None:
    """1 to 500 people; a bigger call is a recruitment fair, not a gig posting."""
    if isinstance(headcount, bool) or not HEADCOUNT_MIN <= headcount <= HEADCOUNT_MAX:
        raise DomainError(
            ErrorCode.HEADCOUNT_INVALID, "headcount", minimum=HEADCOUNT_MIN, maximum=HEADCOUNT_MAX
        )


def validate_birth_year(year: int, *, today: date) -> None:
    """The worker is between 16 (legal working age) and 80 years old this year."""
    age = today.year - year
    if not WORKING_AGE_MIN <= age <= WORKING_AGE_MAX:
        raise DomainError(
            ErrorCode.BIRTH_YEAR_INVALID,
            "birth_year",
            min_age=WORKING_AGE_MIN,
            max_age=WORKING_AGE_MAX,
        )


def validate_text(field: str, value: str) -> None:
    """TEXT_TOO_LONG when `value` is longer than the field's limit in TEXT_LIMITS."""
    limit = TEXT_LIMITS.get(field)
    if limit is not None and len(value) > limit:
        raise DomainError(ErrorCode.TEXT_TOO_LONG, field, limit=limit, length=len(value))


# ---------------------------------------------------------------- whole records


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Collector:
    """Runs checks and keeps every failure, so a form can mark all bad fields at once."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def check(self, rule: Callable[[], object]) -> None:
        try:
            rule()
        except ValidationErrors as many:
            self.errors.extend(many.errors)
        except DomainError as error:
            self.errors.append(error)

    def required(self, field: str, value: object) -> bool:
        if _missing(value):
            self.errors.append(DomainError(ErrorCode.REQUIRED, field))
            return False
        return True

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def validate_posting(
    posting: Posting, *, today: date, minimums: PayMinimums, creating: bool = True
) -> None:
    """Check every field of a posting; raise ValidationErrors naming each one that fails."""
    c = _Collector()
    for name in ("employer_id", "title", "district", "workplace"):
        c.required(name, getattr(posting, name))
    if c.required("occupation_code", posting.occupation_code) and not _OCCUPATION_CODE.fullmatch(
        posting.occupation_code.strip()
    ):
        c.errors.append(
            DomainError(ErrorCode.VALUE_INVALID, "occupation_code", value=posting.occupation_code)
        )

    unit: PayUnit | None = None
    if c.required("pay_unit", posting.pay_unit):
        try:
            unit = parse_pay_unit(posting.pay_unit)
        except DomainError as error:
            c.errors.append(error)
    if c.required("pay_amount", posting.pay_amount):
        if posting.pay_amount <= 0:
            c.errors.append(DomainError(ErrorCode.PAY_NOT_POSITIVE, "pay_amount"))
        elif unit is not None:
            pay_unit = unit
            c.check(lambda: validate_pay(posting.pay_amount, pay_unit, minimums))
    if c.required("settlement", posting.settlement) and posting.settlement not in set(Settlement):
        c.errors.append(
            DomainError(ErrorCode.VALUE_INVALID, "settlement", value=str(posting.settlement))
        )

    start_ok = c.required("start_date", posting.start_date)
    end_ok = c.required("end_date", posting.end_date)
    if start_ok and end_ok:
        c.check(
            lambda: validate_dates(
                posting.start_date, posting.end_date, today=today, creating=creating
            )
        )
    elif start_ok and creating and posting.start_date < today:
        c.errors.append(DomainError(ErrorCode.DATE_IN_PAST, "start_date"))

    if c.required("headcount", posting.headcount):
        c.check(lambda: validate_headcount(posting.headcount))
    if c.required("contact_phone", posting.contact_phone):
        c.check(lambda: normalize_phone(posting.contact_phone))

    for name in TEXT_LIMITS:
        value = getattr(posting, name, None)
        if isinstance(value, str):
            c.check(functools.partial(validate_text, name, value))
    c.raise_if_any()


def validate_worker(worker: Worker, *, today: date) -> None:
    """Check a worker's registration; raise ValidationErrors naming each field that fails."""
    c = _Collector()
    if c.required("display_name", worker.display_name):
        c.check(lambda: validate_text("display_name", worker.display_name))
    if c.required("phone", worker.phone):
        c.check(lambda: normalize_phone(worker.phone))
    if worker.birth_year is not None:
        year = worker.birth_year
        c.check(lambda: validate_birth_year(year, today=today))
    if worker.expected_pay is not None and worker.expected_pay <= 0:
        c.errors.append(DomainError(ErrorCode.PAY_NOT_POSITIVE, "expected_pay"))
    c.check(lambda: parse_pay_unit(worker.expected_pay_unit))
    c.raise_if_any()
