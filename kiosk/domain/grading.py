"""Graded assistance ("green channel"): how much help a worker gets, from what they declared.

Each circumstance adds points; the grade follows from the total.

| circumstance                                           | points | reason code            |
|--------------------------------------------------------|--------|------------------------|
| aged 60 or more this year                              | 2      | age_60_plus            |
| aged 50 to 59 this year (大龄 older worker)            | 1      | age_50_plus            |
| declared older worker, birth year not given            | 1      | older_worker_declared  |
| disability (declared; staff see the 残疾人证)          | 2      | disability             |
| low-income family (低保 / 低收入家庭)                  | 1      | low_income_family      |
| long-term unemployed (declared)                        | 1      | long_term_unemployed   |

| total | grade      |
|-------|------------|
| 0     | NONE       |
| 1     | ATTENTION  |
| 2     | PRIORITY   |
| 3+    | INTENSIVE  |

So disability alone gives PRIORITY, and disability with anything else gives INTENSIVE; a worker
of 60 or more is PRIORITY, and INTENSIVE with one more circumstance. A birth year, when given,
decides the age: a declared "older worker" born 1995 earns nothing for age.
Age is counted by year only (today.year - birth_year): the kiosk never asks for a birth date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kiosk.domain.model import AssistanceGrade, Circumstance

OLDER_WORKER_AGE = 50
SENIOR_WORKER_AGE = 60

# Reason codes in the order the UI lists them.
AGE_60_PLUS = "age_60_plus"
AGE_50_PLUS = "age_50_plus"
OLDER_WORKER_DECLARED = "older_worker_declared"
DISABILITY = "disability"
LOW_INCOME_FAMILY = "low_income_family"
LONG_TERM_UNEMPLOYED = "long_term_unemployed"

REASON_POINTS: dict[str, int] = {
    AGE_60_PLUS: 2,
    AGE_50_PLUS: 1,
    OLDER_WORKER_DECLARED: 1,
    DISABILITY: 2,
    LOW_INCOME_FAMILY: 1,
    LONG_TERM_UNEMPLOYED: 1,
}


def _age_reason(birth_year: int | None, declared_older: bool, today: date) -> str | None:
    if birth_year is None:
        return OLDER_WORKER_DECLARED if declared_older else None
    age = today.year - birth_year
    if age >= SENIOR_WORKER_AGE:
        return AGE_60_PLUS
    if age >= OLDER_WORKER_AGE:
        return AGE_50_PLUS
    return None


def grade_for_points(points: int) -> AssistanceGrade:
    """The grade a points total earns (see the table in the module docstring)."""
    if points <= 0:
        return AssistanceGrade.NONE
    return AssistanceGrade(min(points, int(AssistanceGrade.INTENSIVE)))


def grade_worker(
    *, birth_year: int | None, circumstances: Iterable[Circumstance], today: date
) -> tuple[AssistanceGrade, list[str]]:
    """The worker's assistance grade and the reason codes behind it, in a stable order."""
    declared = {Circumstance(c) for c in circumstances}
    reasons: list[str] = []
    age_reason = _age_reason(birth_year, Circumstance.OLDER_WORKER in declared, today)
    if age_reason is not None:
        reasons.append(age_reason)
    for circumstance, reason in (
        (Circumstance.DISABILITY, DISABILITY),
        (Circumstance.LOW_INCOME_FAMILY, LOW_INCOME_FAMILY),
        (Circumstance.LONG_TERM_UNEMPLOYED, LONG_TERM_UNEMPLOYED),
    ):
        if circumstance in declared:
            reasons.append(reason)
    return grade_for_points(sum(REASON_POINTS[r] for r in reasons)), reasons
