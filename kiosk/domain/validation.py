"""Field rules for what people type in: phones, pay, dates, headcounts, postings and workers."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import EmployerKind, PayUnit, Posting, Settlement, Worker

_MOBILE = re.compile(r"1[3-9]\d{9}")
_MOBILE_DIGITS = 11
_PHONE_NOISE = re.compile(r"[\s\-()（）.]")
_OCCUPATION_CODE = re.compile(r"\d-\d{2}-\d{2}-\d{2}")

HEADCOUNT_MIN = 1
HEADCOUNT_MAX = 500
WORKING_AGE_MIN = 16
WORKING_AGE_MAX = 80
# Far above any real gig's pay per hour, day or piece, and far below what the store's integer
# cents hold: 1e308 or a 31-digit amount is a typing slip or an attack, never a wage.
PAY_MAX = Decimal("100000")

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
# Loose input fields (a JSON posting, a CSV row) with no limit above: a name, a code, a phone.
INPUT_TEXT_LIMIT = 100
SKILL_TAG_LIMIT = 30
SKILL_TAGS_MAX = 20
LIST_SEPARATOR = ";"  # between skill tags in one CSV cell
# The posting fields a person may give (JSON, CSV); ids, status and server fields are made by the
# services, never taken.
POSTING_INPUT_FIELDS = (
    "title", "occupation_code", "skill_tags", "description", "requirements", "district",
    "workplace", "pay_amount", "pay_unit", "settlement", "start_date", "end_date", "start_time",
    "end_time", "headcount", "meals", "transport", "deductions", "contact_name", "contact_phone",
)  # fmt: skip
# Those that hold one scalar each (skill_tags may be a list), with the employer's and the validity
# date.
POSTING_INPUT_SCALARS = (
    "employer_id",
    "employer_name",
    "employer_kind",
    *(name for name in POSTING_INPUT_FIELDS if name != "skill_tags"),
    "valid_through",
)


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

    Raises PHONE_INVALID for anything else (landlines included: a kiosk calls back by SMS),
    with what is wrong in `problem`: "characters" (not only digits), "length" (`digits` long,
    not 11) or "prefix" (11 digits, but no mobile number starts with `start`).
    """
    text = _PHONE_NOISE.sub("", unicodedata.normalize("NFKC", raw or ""))
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if not _MOBILE.fullmatch(text):
        if not text.isdigit():
            raise DomainError(ErrorCode.PHONE_INVALID, "phone", problem="characters")
        if len(text) != _MOBILE_DIGITS:
            raise DomainError(ErrorCode.PHONE_INVALID, "phone", problem="length", digits=len(text))
        raise DomainError(ErrorCode.PHONE_INVALID, "phone", problem="prefix", start=text[:2])
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


def mask_name(name: str) -> str:
    """A name safe on a shared screen or on paper a worker carries: 王建国 -> 王**.

    Only the first character shows (a surname, for most Chinese names), with at most three
    stars. The screens (who is identified) and worker-facing paper use this one rule.
    """
    name = name.strip()
    return name[:1] + "*" * min(len(name) - 1, 3) if name else ""


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
    """Pay must be a number above 0 and up to PAY_MAX, in a known unit, and not below the local
    minimum for that unit."""
    if not amount.is_finite() or amount > PAY_MAX:
        raise DomainError(ErrorCode.VALUE_INVALID, "pay_amount", maximum=str(PAY_MAX))
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
    """TEXT_TOO_LONG when `value` is longer than the field's limit in TEXT_LIMITS; VALUE_INVALID
    when it is not text that can be stored (a lone UTF-16 surrogate from JSON's \\ud800)."""
    limit = TEXT_LIMITS.get(field)
    if limit is not None and len(value) > limit:
        raise DomainError(ErrorCode.TEXT_TOO_LONG, field, limit=limit, length=len(value))
    if not _storable(value):
        raise DomainError(ErrorCode.VALUE_INVALID, field)


def _storable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        if not posting.pay_amount.is_finite() or posting.pay_amount > PAY_MAX:
            c.errors.append(
                DomainError(ErrorCode.VALUE_INVALID, "pay_amount", maximum=str(PAY_MAX))
            )
        elif posting.pay_amount <= 0:
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
    for name in ("occupation_code", "contact_phone"):
        if not _storable(getattr(posting, name)):
            c.errors.append(DomainError(ErrorCode.VALUE_INVALID, name))
    c.check(lambda: _validate_skill_tags(posting.skill_tags))
    c.raise_if_any()


def _validate_skill_tags(tags: object) -> None:
    if not isinstance(tags, list) or len(tags) > SKILL_TAGS_MAX:
        raise DomainError(ErrorCode.VALUE_INVALID, "skill_tags", maximum=SKILL_TAGS_MAX)
    for tag in tags:
        if not isinstance(tag, str) or not _storable(tag):
            raise DomainError(ErrorCode.VALUE_INVALID, "skill_tags")
        if len(tag) > SKILL_TAG_LIMIT:
            raise DomainError(ErrorCode.TEXT_TOO_LONG, "skill_tags", limit=SKILL_TAG_LIMIT)


def validate_posting_input(data: Mapping[str, object]) -> None:
    """Loose posting input (a JSON object, a CSV row) has the shape of a posting before it is
    read: each field one finite scalar of storable, bounded text, skill tags a list of them,
    a known employer kind, and valid_through a date and time if given.

    It is refused as a whole, naming every bad field, so that nothing is stored for it: a title
    that is an object, pay of NaN, a lone surrogate or a megabyte in one cell (issue 14).
    """
    c = _Collector()
    for name in POSTING_INPUT_SCALARS:
        value = data.get(name)
        if value is None:
            continue
        if (
            isinstance(value, bool)
            or not isinstance(value, str | int | float)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            c.errors.append(DomainError(ErrorCode.VALUE_INVALID, name))
        elif isinstance(value, str):
            limit = TEXT_LIMITS.get(name, INPUT_TEXT_LIMIT)
            if len(value) > limit:
                c.errors.append(DomainError(ErrorCode.TEXT_TOO_LONG, name, limit=limit))
            elif not _storable(value):
                c.errors.append(DomainError(ErrorCode.VALUE_INVALID, name))
    kind = data.get("employer_kind")
    if isinstance(kind, str) and kind and kind not in set(EmployerKind):
        c.errors.append(DomainError(ErrorCode.VALUE_INVALID, "employer_kind"))
    through = data.get("valid_through")
    if isinstance(through, str) and through.strip():
        try:
            datetime.fromisoformat(through.strip())
        except ValueError:
            c.errors.append(DomainError(ErrorCode.DATE_INVALID, "valid_through"))
    elif isinstance(through, int | float):
        c.errors.append(DomainError(ErrorCode.DATE_INVALID, "valid_through"))
    tags = data.get("skill_tags")
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(LIST_SEPARATOR) if t.strip()]
    if tags is not None:
        c.check(lambda: _validate_skill_tags(tags))
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
