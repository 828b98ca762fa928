"""Words for codes: error codes, enums, pay, dates; translated when called, never at import."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import (
    Circumstance,
    ComplaintCategory,
    ComplaintTarget,
    EnrollmentStatus,
    PayUnit,
    Settlement,
)

translate = QCoreApplication.translate


def amount_text(amount: Decimal) -> str:
    """200 -> "200", 12.50 -> "12.5": no trailing zeros a reader must skip."""
    normal = amount.normalize()
    return f"{normal:f}" if normal == normal.to_integral() else f"{normal:f}".rstrip("0")


def pay_text(amount: Decimal, unit: PayUnit) -> str:
    """ "220 yuan / day" in the current language."""
    if unit is PayUnit.HOUR:
        pattern = translate("texts", "{amount} yuan / hour")
    elif unit is PayUnit.PIECE:
        pattern = translate("texts", "{amount} yuan / piece")
    else:
        pattern = translate("texts", "{amount} yuan / day")
    return pattern.format(amount=amount_text(amount))


def settlement_text(settlement: Settlement) -> str:
    """The short word a card shows (日结)."""
    if settlement is Settlement.WEEKLY:
        return translate("texts", "Paid weekly")
    if settlement is Settlement.ON_COMPLETION:
        return translate("texts", "Paid when done")
    return translate("texts", "Paid same day")


def settlement_plain(settlement: Settlement) -> str:
    """What the settlement means for the worker, in a sentence."""
    if settlement is Settlement.WEEKLY:
        return translate("texts", "You are paid once a week for the days you worked.")
    if settlement is Settlement.ON_COMPLETION:
        return translate("texts", "You are paid when the whole job is finished.")
    return translate("texts", "You are paid at the end of each working day.")


def date_text(day: date, today: date) -> str:
    """Today / tomorrow / a month-day date."""
    if day == today:
        return translate("texts", "Today")
    if (day - today).days == 1:
        return translate("texts", "Tomorrow")
    return translate("texts", "{month}/{day}").format(month=day.month, day=day.day)


def dates_text(start: date, end: date, today: date) -> str:
    if start == end:
        return date_text(start, today)
    return translate("texts", "{start} to {end}").format(
        start=date_text(start, today), end=date_text(end, today)
    )


def hours_text(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    if end is None:
        return translate("texts", "from {start}").format(start=start.strftime("%H:%M"))
    return f"{start.strftime('%H:%M')}-{end.strftime('%H:%M')}"


class Counted(QObject):
    """Words around a count, in Qt's plural forms: "1 place left", "3 places left".

    A QObject and tr(text, "", n), not translate(): lupdate marks only tr() calls with a count
    as plural messages (a translate("texts", text, "", n) with a variable n comes out singular,
    and English would read "1 places left"). Made per call: counts are shown a few at a time.
    """

    def places_left(self, left: int) -> str:
        return self.tr("%n places left", "", left)

    def seats_left(self, left: int) -> str:
        return self.tr("%n seats left", "", left)


def places_left_text(left: int) -> str:
    """How many more people a posting needs."""
    return Counted().places_left(left)


def seats_left_text(left: int) -> str:
    if left <= 0:
        return translate("texts", "Full - you can join the waiting list")
    return Counted().seats_left(left)


def complaint_category_text(category: ComplaintCategory) -> str:
    words = {
        ComplaintCategory.FEE_CHARGED: translate("texts", "Asked me to pay a fee"),
        ComplaintCategory.FALSE_POST: translate("texts", "The job was not as posted"),
        ComplaintCategory.UNPAID_WAGES: translate("texts", "Wages not paid"),
        ComplaintCategory.ID_WITHHELD: translate("texts", "Kept my ID card"),
        ComplaintCategory.DISCRIMINATION: translate("texts", "Unfair treatment"),
        ComplaintCategory.OTHER: translate("texts", "Something else"),
    }
    return words[category]


def complaint_target_text(target: ComplaintTarget) -> str:
    words = {
        ComplaintTarget.POSTING: translate("texts", "A job posting"),
        ComplaintTarget.EMPLOYER: translate("texts", "An employer"),
        ComplaintTarget.INTERMEDIARY: translate("texts", "A job agent"),
        ComplaintTarget.VENUE: translate("texts", "This market"),
    }
    return words[target]


def circumstance_text(circumstance: Circumstance) -> str:
    words = {
        Circumstance.OLDER_WORKER: translate("texts", "I am over 50"),
        Circumstance.DISABILITY: translate("texts", "I have a disability"),
        Circumstance.LOW_INCOME_FAMILY: translate("texts", "My family has a low income"),
        Circumstance.LONG_TERM_UNEMPLOYED: translate("texts", "I have had no work for a long time"),
    }
    return words[circumstance]


def enrollment_text(status: EnrollmentStatus) -> str:
    if status is EnrollmentStatus.WAITLISTED:
        return translate(
            "texts", "You are on the waiting list. We will call you when a seat is free."
        )
    if status is EnrollmentStatus.CANCELLED:
        return translate("texts", "Cancelled")
    return translate("texts", "You have a seat on this course.")


_ERRORS: dict[ErrorCode, object] = {
    ErrorCode.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "texts", "Please check the phone number: 11 digits, starting with 1."
    ),
    ErrorCode.REQUIRED: QT_TRANSLATE_NOOP("texts", "Please fill in this part."),
    ErrorCode.ALREADY_APPLIED: QT_TRANSLATE_NOOP(
        "texts",
        "You already said you are interested in this job. Take your slip to the service desk.",
    ),
    ErrorCode.POSTING_NOT_OPEN: QT_TRANSLATE_NOOP(
        "texts", "Sorry, this job has just been filled or closed. Please choose another one."
    ),
    ErrorCode.CONSENT_REQUIRED: QT_TRANSLATE_NOOP(
        "texts", "We can only save your details if you agree."
    ),
    ErrorCode.COURSE_FULL: QT_TRANSLATE_NOOP("texts", "This course is full."),
    ErrorCode.ALREADY_ENROLLED: QT_TRANSLATE_NOOP(
        "texts", "You have already signed up for this course."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP(
        "texts", "We could not find that. Please ask at the service desk."
    ),
    ErrorCode.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "texts", "That is too long. Please make it shorter."
    ),
    ErrorCode.BIRTH_YEAR_INVALID: QT_TRANSLATE_NOOP(
        "texts", "Please check the year you were born."
    ),
    ErrorCode.PAY_NOT_POSITIVE: QT_TRANSLATE_NOOP("texts", "Please enter an amount above zero."),
    ErrorCode.VALUE_INVALID: QT_TRANSLATE_NOOP("texts", "Please check what you entered."),
}


def error_text(error: BaseException) -> str:
    """A sentence for a person: what went wrong and what to do."""
    if isinstance(error, ValidationErrors):
        error = error.errors[0]
    if isinstance(error, DomainError) and error.code in _ERRORS:
        return translate("texts", str(_ERRORS[error.code]))
    return translate(
        "texts",
        "Something went wrong. Nothing you entered is lost. Please ask at the service desk.",
    )


def unknown_card() -> str:
    return translate(
        "texts",
        "This card is not known here. Please type your phone number or ask at the service desk.",
    )
