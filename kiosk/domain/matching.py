"""Explainable match ranking between postings and workers: every point comes with a reason."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kiosk.domain.catalogue import occupation_tags
from kiosk.domain.model import AssistanceGrade, PayUnit, Posting, PostingStatus, Worker

# Points per criterion. A perfect fit scores 100 (skills 40, district 20, availability 20,
# pay 15, language 5); the priority boost for assistance and waiting adds at most
# PRIORITY_CAP, so it settles near-ties but never lifts a worker over a clearly better fit.
SKILL_POINTS = 40.0
DISTRICT_POINTS = 20.0
DISTRICT_UNKNOWN_POINTS = 8.0
AVAILABLE_POINTS = 20.0
AVAILABILITY_UNKNOWN_POINTS = 8.0
PAY_POINTS = 15.0
PAY_UNKNOWN_POINTS = 8.0
PAY_PENALTY_FLOOR = -15.0
LANGUAGE_POINTS = 5.0
LANGUAGE_MISSING_POINTS = -10.0
GRADE_POINTS_PER_LEVEL = 2.0
WAITING_POINTS_MAX = 4.0
WAITING_DAYS_FULL = 60
PRIORITY_CAP = GRADE_POINTS_PER_LEVEL * AssistanceGrade.INTENSIVE + WAITING_POINTS_MAX
HOURS_PER_DAY = Decimal("8")

# Languages a posting may ask for, keyed by the code stored in Worker.languages.
_LANGUAGE_WORDS: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"普通话|\bmandarin\b", re.IGNORECASE),
    "en": re.compile(r"英语|英文|\benglish\b", re.IGNORECASE),
    "yue": re.compile(r"粤语|广东话|白话|\bcantonese\b", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class MatchReason:
    """One line of the explanation: a stable `code` the UI translates, points, what matched
    (data: skill tags, a district, a date, language codes) and, for pay, the figures compared
    (`params`), so the screen words them in the staff's language."""

    code: str
    points: float
    detail: str = ""
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """A ranked candidate: a worker id (rank_workers) or a posting id (rank_postings)."""

    subject_id: str
    score: float
    reasons: list[MatchReason] = field(default_factory=list)


def _day_rate(amount: Decimal, unit: PayUnit) -> Decimal | None:
    if unit == PayUnit.DAY:
        return amount
    if unit == PayUnit.HOUR:
        return amount * HOURS_PER_DAY
    return None


def _skills(posting: Posting, worker: Worker) -> MatchReason:
    # The posting's own tags say what this job needs. Without them the occupation's tags stand
    # in, and knowing two of the trade's skills is a full fit. A worker who has none of the
    # posting's tags but knows the trade still earns a quarter.
    have = set(worker.skills)
    own = list(dict.fromkeys(posting.skill_tags))
    trade = [tag for tag in occupation_tags(posting.occupation_code) if tag in have]
    if own:
        matched = [tag for tag in own if tag in have]
        if matched:
            points = SKILL_POINTS * len(matched) / len(own)
            return MatchReason("skills", round(points, 2), "、".join(matched))
        if trade:
            return MatchReason("skills_related", SKILL_POINTS / 4, "、".join(trade))
        return MatchReason("skills_none", 0.0)
    tags = occupation_tags(posting.occupation_code)
    if not tags:
        return MatchReason("skills_unknown", 0.0)
    if not trade:
        return MatchReason("skills_none", 0.0)
    points = SKILL_POINTS * min(1.0, len(trade) / min(2, len(tags)))
    return MatchReason("skills", round(points, 2), "、".join(trade))


def _district(posting: Posting, worker: Worker) -> MatchReason:
    if not worker.districts:
        return MatchReason("district_unknown", DISTRICT_UNKNOWN_POINTS)
    if posting.district in worker.districts:
        return MatchReason("district", DISTRICT_POINTS, posting.district)
    return MatchReason("district_other", 0.0, posting.district)


def _availability(posting: Posting, worker: Worker, today: date) -> MatchReason:
    # A job that began already (a two-week site job on day three) needs people from today on.
    needed = max(posting.start_date, today)
    if not worker.available_dates:
        return MatchReason("availability_unknown", AVAILABILITY_UNKNOWN_POINTS)
    if needed in worker.available_dates:
        return MatchReason("available", AVAILABLE_POINTS, needed.isoformat())
    return MatchReason("unavailable", 0.0, needed.isoformat())


def _pay(posting: Posting, worker: Worker) -> MatchReason:
    if worker.expected_pay is None:
        return MatchReason("pay_unknown", PAY_UNKNOWN_POINTS)
    offered: Decimal | None = Decimal(posting.pay_amount)
    expected: Decimal | None = Decimal(worker.expected_pay)
    if posting.pay_unit != worker.expected_pay_unit:
        offered = _day_rate(Decimal(posting.pay_amount), posting.pay_unit)
        expected = _day_rate(Decimal(worker.expected_pay), worker.expected_pay_unit)
    if offered is None or expected is None or offered <= 0:
        return MatchReason("pay_incomparable", 0.0)
    figures = {
        "expected": f"{Decimal(worker.expected_pay).normalize():f}",
        "expected_unit": worker.expected_pay_unit.value,
        "offered": f"{Decimal(posting.pay_amount).normalize():f}",
        "offered_unit": posting.pay_unit.value,
    }
    if expected <= offered:
        return MatchReason("pay_ok", PAY_POINTS, params=figures)
    # Each 10% the worker asks above the offer costs 3 points, down to the floor.
    shortfall = float((expected - offered) / offered)
    points = max(PAY_PENALTY_FLOOR, PAY_POINTS - 30.0 * shortfall)
    return MatchReason("pay_below_expected", round(points, 2), params=figures)


def _languages(posting: Posting, worker: Worker) -> MatchReason | None:
    text = " ".join((posting.title, posting.description, posting.requirements, *posting.skill_tags))
    asked = [code for code, words in _LANGUAGE_WORDS.items() if words.search(text)]
    if not asked:
        return None
    missing = [code for code in asked if code not in worker.languages]
    if missing:
        return MatchReason("language_missing", LANGUAGE_MISSING_POINTS, ",".join(missing))
    return MatchReason("language", LANGUAGE_POINTS, ",".join(asked))


def _fit(posting: Posting, worker: Worker, today: date) -> list[MatchReason]:
    reasons = [
        _skills(posting, worker),
        _district(posting, worker),
        _availability(posting, worker, today),
        _pay(posting, worker),
    ]
    language = _languages(posting, worker)
    if language is not None:
        reasons.append(language)
    return reasons


def _days_waiting(worker: Worker, today: date, days_waiting: Mapping[str, int] | None) -> int:
    if days_waiting is not None and worker.id in days_waiting:
        return max(0, days_waiting[worker.id])
    since = worker.last_job_on or worker.registered_at.date()
    return max(0, (today - since).days)


def _priority(worker: Worker, days: int) -> list[MatchReason]:
    reasons: list[MatchReason] = []
    grade = AssistanceGrade(worker.assistance_grade)
    if grade > AssistanceGrade.NONE:
        reasons.append(
            MatchReason("assistance", GRADE_POINTS_PER_LEVEL * int(grade), grade.name.lower())
        )
    if days > 0:
        points = WAITING_POINTS_MAX * min(days, WAITING_DAYS_FULL) / WAITING_DAYS_FULL
        reasons.append(MatchReason("waiting", round(points, 2), str(days)))
    return reasons


def _match(subject_id: str, reasons: list[MatchReason]) -> Match:
    return Match(subject_id, round(sum(r.points for r in reasons), 2), reasons)


def _ordered(matches: Iterable[Match]) -> list[Match]:
    return sorted(matches, key=lambda m: (-m.score, m.subject_id))


def rank_workers(
    posting: Posting,
    workers: Sequence[Worker],
    *,
    today: date,
    days_waiting: Mapping[str, int] | None = None,
) -> list[Match]:
    """Workers for a posting, best first; merged records are left out.

    `days_waiting` maps worker id to days since their last job; a worker not in it counts from
    `last_job_on` or, if they never had a job here, from registration.
    """
    matches = []
    for worker in workers:
        if worker.merged_into:
            continue
        reasons = _fit(posting, worker, today)
        reasons += _priority(worker, _days_waiting(worker, today, days_waiting))
        matches.append(_match(worker.id, reasons))
    return _ordered(matches)


def rank_postings(worker: Worker, postings: Sequence[Posting], *, today: date) -> list[Match]:
    """Open postings with places left for a worker, best first.

    Postings not OPEN, full, or ended before `today` are left out; a merged worker gets nothing
    (the kiosk should have followed the pointer to the surviving record).
    """
    if worker.merged_into:
        return []
    return _ordered(
        _match(posting.id, _fit(posting, worker, today))
        for posting in postings
        if posting.status == PostingStatus.OPEN
        and posting.headcount_left > 0
        and posting.end_date >= today
    )
