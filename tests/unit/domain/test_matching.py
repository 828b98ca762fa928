"""Match ranking: better fits first, every point explained, priority only breaks near-ties."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from kiosk.domain.matching import Match, rank_postings, rank_workers
from kiosk.domain.model import AssistanceGrade, PayUnit, Posting, PostingStatus, Settlement, Worker

TODAY = date(2025, 3, 1)
START = date(2025, 3, 3)


def make_posting(**overrides: Any) -> Posting:
    values: dict[str, Any] = {
        "id": "p-clean",
        "employer_id": "emp-1",
        "title": "商场保洁",
        "occupation_code": "4-09-08-01",
        "skill_tags": ["保洁", "清洁"],
        "district": "东城区",
        "workplace": "东城区万达广场",
        "pay_amount": Decimal("220"),
        "pay_unit": PayUnit.DAY,
        "settlement": Settlement.SAME_DAY,
        "start_date": START,
        "end_date": date(2025, 3, 5),
        "headcount": 3,
        "status": PostingStatus.OPEN,
    }
    values.update(overrides)
    return Posting(**values)


def make_worker(worker_id: str, **overrides: Any) -> Worker:
    values: dict[str, Any] = {
        "id": worker_id,
        "display_name": "李阿姨",
        "phone": "13900000000",
        "skills": ["保洁", "清洁"],
        "districts": ["东城区"],
        "available_dates": [START],
        "expected_pay": Decimal("200"),
        "expected_pay_unit": PayUnit.DAY,
        "registered_at": datetime(2025, 3, 1, tzinfo=UTC),
        "last_job_on": TODAY,
    }
    values.update(overrides)
    return Worker(**values)


def ids(matches: list[Match]) -> list[str]:
    return [m.subject_id for m in matches]


def reason_codes(match: Match) -> set[str]:
    return {r.code for r in match.reasons}


def test_the_better_fit_ranks_first_and_says_why() -> None:
    fit = make_worker("w-fit")
    no_skill = make_worker("w-noskill", skills=["搬运"])
    far = make_worker("w-far", districts=["郊区"])
    busy = make_worker("w-busy", available_dates=[date(2025, 3, 10)])
    ranked = rank_workers(make_posting(), [busy, far, no_skill, fit], today=TODAY)
    assert ids(ranked)[0] == "w-fit"
    top = ranked[0]
    assert {"skills", "district", "available", "pay_ok"} <= reason_codes(top)
    assert top.score == sum(r.points for r in top.reasons)
    skills = next(r for r in top.reasons if r.code == "skills")
    assert "保洁" in skills.detail
    assert all(m.score < top.score for m in ranked[1:])


def test_unknown_availability_scores_between_available_and_unavailable() -> None:
    available = make_worker("w-a")
    unknown = make_worker("w-b", available_dates=[])
    unavailable = make_worker("w-c", available_dates=[date(2025, 3, 20)])
    ranked = rank_workers(make_posting(), [unavailable, unknown, available], today=TODAY)
    assert ids(ranked) == ["w-a", "w-b", "w-c"]
    assert "availability_unknown" in reason_codes(ranked[1])


def test_a_running_job_needs_people_from_today() -> None:
    posting = make_posting(start_date=date(2025, 2, 20), end_date=date(2025, 3, 10))
    today_only = make_worker("w-today", available_dates=[TODAY])
    ranked = rank_workers(posting, [today_only], today=TODAY)
    assert "available" in reason_codes(ranked[0])


def test_expecting_more_than_offered_scores_lower_the_more_it_asks() -> None:
    modest = make_worker("w-1", expected_pay=Decimal("200"))
    a_bit_more = make_worker("w-2", expected_pay=Decimal("250"))
    much_more = make_worker("w-3", expected_pay=Decimal("400"))
    ranked = rank_workers(make_posting(), [much_more, a_bit_more, modest], today=TODAY)
    assert ids(ranked) == ["w-1", "w-2", "w-3"]
    assert "pay_below_expected" in reason_codes(ranked[1])


def test_pay_in_different_units_is_compared_per_day() -> None:
    hourly = make_posting(pay_amount=Decimal("30"), pay_unit=PayUnit.HOUR)  # 240 a day
    content = make_worker("w-ok", expected_pay=Decimal("220"), expected_pay_unit=PayUnit.DAY)
    greedy = make_worker("w-no", expected_pay=Decimal("40"), expected_pay_unit=PayUnit.HOUR)
    ranked = rank_workers(hourly, [greedy, content], today=TODAY)
    assert ids(ranked) == ["w-ok", "w-no"]
    assert "pay_ok" in reason_codes(ranked[0])


def test_a_language_the_posting_asks_for_counts() -> None:
    posting = make_posting(requirements="会说普通话，能用简单英语交流")
    both = make_worker("w-en", languages=["zh", "en"])
    mandarin = make_worker("w-zh", languages=["zh"])
    ranked = rank_workers(posting, [mandarin, both], today=TODAY)
    assert ids(ranked) == ["w-en", "w-zh"]
    assert "language_missing" in reason_codes(ranked[1])


def test_occupation_tags_stand_in_when_the_posting_has_none() -> None:
    posting = make_posting(skill_tags=[])
    cleaner = make_worker("w-clean", skills=["保洁"])
    porter = make_worker("w-porter", skills=["搬运"])
    ranked = rank_workers(posting, [porter, cleaner], today=TODAY)
    assert ids(ranked) == ["w-clean", "w-porter"]


def test_priority_settles_an_equal_fit() -> None:
    plain = make_worker("w-a")
    graded = make_worker("w-b", assistance_grade=AssistanceGrade.PRIORITY)
    ranked = rank_workers(make_posting(), [plain, graded], today=TODAY)
    assert ids(ranked) == ["w-b", "w-a"]
    assert "assistance" in reason_codes(ranked[0])


def test_long_waiting_settles_an_equal_fit() -> None:
    ranked = rank_workers(
        make_posting(),
        [make_worker("w-a"), make_worker("w-b")],
        today=TODAY,
        days_waiting={"w-a": 0, "w-b": 45},
    )
    assert ids(ranked) == ["w-b", "w-a"]
    assert "waiting" in reason_codes(ranked[0])


def test_waiting_defaults_to_days_since_last_job() -> None:
    recent = make_worker("w-a", last_job_on=TODAY)
    idle = make_worker("w-b", last_job_on=date(2025, 1, 1))
    assert ids(rank_workers(make_posting(), [recent, idle], today=TODAY)) == ["w-b", "w-a"]


def test_priority_never_outranks_a_clearly_better_fit() -> None:
    # Alike in all but one thing: the fit worker said they are free that day, the other did not
    # say, but has the highest grade and has waited a year.
    fit = make_worker("w-z-fit")
    most_helped = make_worker(
        "w-a-helped", available_dates=[], assistance_grade=AssistanceGrade.INTENSIVE
    )
    ranked = rank_workers(
        make_posting(), [most_helped, fit], today=TODAY, days_waiting={"w-a-helped": 365}
    )
    assert ids(ranked) == ["w-z-fit", "w-a-helped"]
    for worse in (
        make_worker("w-a-far", districts=["郊区"]),
        make_worker("w-a-skill", skills=["保洁"]),
        make_worker("w-a-pay", expected_pay=Decimal("330")),  # asks 50% more
    ):
        helped = make_worker(
            worse.id,
            districts=worse.districts,
            skills=worse.skills,
            expected_pay=worse.expected_pay,
            assistance_grade=AssistanceGrade.INTENSIVE,
        )
        ranked = rank_workers(
            make_posting(), [helped, fit], today=TODAY, days_waiting={worse.id: 365}
        )
        assert ids(ranked)[0] == "w-z-fit", worse.id


def test_ties_are_broken_by_id_whatever_the_input_order() -> None:
    workers = [make_worker(f"w-{n}") for n in (3, 1, 2)]
    first = rank_workers(make_posting(), workers, today=TODAY)
    second = rank_workers(make_posting(), list(reversed(workers)), today=TODAY)
    assert ids(first) == ids(second) == ["w-1", "w-2", "w-3"]


def test_merged_workers_are_left_out() -> None:
    merged = make_worker("w-old", merged_into="w-new")
    ranked = rank_workers(make_posting(), [merged, make_worker("w-new")], today=TODAY)
    assert ids(ranked) == ["w-new"]
    assert rank_postings(merged, [make_posting()], today=TODAY) == []


def test_postings_for_a_worker_only_open_ones_with_places_left() -> None:
    worker = make_worker("w-1")
    good = make_posting(id="p-good")
    full = make_posting(id="p-full", headcount=2, filled=2)
    review = make_posting(id="p-review", status=PostingStatus.PENDING_REVIEW)
    closed = make_posting(id="p-closed", status=PostingStatus.CLOSED)
    ended = make_posting(id="p-ended", start_date=date(2025, 2, 1), end_date=date(2025, 2, 2))
    ranked = rank_postings(worker, [full, review, closed, ended, good], today=TODAY)
    assert ids(ranked) == ["p-good"]


def test_postings_are_ranked_by_fit_for_the_worker() -> None:
    worker = make_worker("w-1")
    cleaning = make_posting(id="p-b-clean")
    far_cleaning = make_posting(id="p-a-far", district="郊区")
    moving = make_posting(
        id="p-c-move", title="搬家", occupation_code="4-02-06-03", skill_tags=["搬运"]
    )
    ranked = rank_postings(worker, [moving, far_cleaning, cleaning], today=TODAY)
    assert ids(ranked) == ["p-b-clean", "p-a-far", "p-c-move"]
    assert "district_other" in reason_codes(ranked[1])
