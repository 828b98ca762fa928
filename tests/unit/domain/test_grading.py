"""Assistance grading from declared circumstances: the table, the reasons, and the age rules."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.grading import grade_worker
from kiosk.domain.model import AssistanceGrade, Circumstance

TODAY = date(2025, 6, 1)
DISABILITY = Circumstance.DISABILITY
LOW_INCOME = Circumstance.LOW_INCOME_FAMILY
UNEMPLOYED = Circumstance.LONG_TERM_UNEMPLOYED
OLDER = Circumstance.OLDER_WORKER


@pytest.mark.parametrize(
    ("birth_year", "circumstances", "grade", "reasons"),
    [
        (1995, [], AssistanceGrade.NONE, []),
        (1975, [], AssistanceGrade.ATTENTION, ["age_50_plus"]),
        (1976, [], AssistanceGrade.NONE, []),
        (1965, [], AssistanceGrade.PRIORITY, ["age_60_plus"]),
        (1995, [LOW_INCOME], AssistanceGrade.ATTENTION, ["low_income_family"]),
        (1995, [UNEMPLOYED], AssistanceGrade.ATTENTION, ["long_term_unemployed"]),
        (
            1975,
            [UNEMPLOYED],
            AssistanceGrade.PRIORITY,
            ["age_50_plus", "long_term_unemployed"],
        ),
        (1995, [DISABILITY], AssistanceGrade.PRIORITY, ["disability"]),
        (
            1995,
            [LOW_INCOME, DISABILITY],
            AssistanceGrade.INTENSIVE,
            ["disability", "low_income_family"],
        ),
        (1975, [DISABILITY], AssistanceGrade.INTENSIVE, ["age_50_plus", "disability"]),
        (1960, [LOW_INCOME], AssistanceGrade.INTENSIVE, ["age_60_plus", "low_income_family"]),
        (
            1975,
            [LOW_INCOME, UNEMPLOYED],
            AssistanceGrade.INTENSIVE,
            ["age_50_plus", "low_income_family", "long_term_unemployed"],
        ),
    ],
)
def test_grade_table(
    birth_year: int,
    circumstances: list[Circumstance],
    grade: AssistanceGrade,
    reasons: list[str],
) -> None:
    assert grade_worker(birth_year=birth_year, circumstances=circumstances, today=TODAY) == (
        grade,
        reasons,
    )


def test_declared_older_worker_counts_only_without_a_birth_year() -> None:
    assert grade_worker(birth_year=None, circumstances=[OLDER], today=TODAY) == (
        AssistanceGrade.ATTENTION,
        ["older_worker_declared"],
    )
    assert grade_worker(birth_year=1995, circumstances=[OLDER], today=TODAY) == (
        AssistanceGrade.NONE,
        [],
    )
    assert grade_worker(birth_year=None, circumstances=[], today=TODAY) == (
        AssistanceGrade.NONE,
        [],
    )


def test_age_counts_from_the_year_so_a_worker_moves_up_on_new_year() -> None:
    born = 1975
    before = grade_worker(birth_year=born, circumstances=[], today=date(2024, 12, 31))
    after = grade_worker(birth_year=born, circumstances=[], today=date(2025, 1, 1))
    assert before[0] is AssistanceGrade.NONE
    assert after[0] is AssistanceGrade.ATTENTION


def test_reasons_do_not_depend_on_declaration_order_or_repeats() -> None:
    one = grade_worker(birth_year=1960, circumstances=[UNEMPLOYED, DISABILITY], today=TODAY)
    two = grade_worker(
        birth_year=1960, circumstances=[DISABILITY, UNEMPLOYED, DISABILITY], today=TODAY
    )
    assert one == two
    assert one[1] == ["age_60_plus", "disability", "long_term_unemployed"]
