"""The weighted lottery: reproducible from its record, seed-dependent, and visibly weighted."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter

import pytest

from kiosk.domain.allocation import (
    LotteryEntry,
    LotteryRecord,
    new_seed,
    rerun,
    run_lottery,
    verify,
)
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import AssistanceGrade

NONE = AssistanceGrade.NONE


def crowd(n: int) -> list[LotteryEntry]:
    return [LotteryEntry(f"w-{i:03d}", i % 120, AssistanceGrade(i % 4)) for i in range(n)]


def test_rerunning_a_record_gives_the_same_winners() -> None:
    record = run_lottery("p-1", 5, crowd(40), "seed-a")
    assert len(record.winners) == 5
    assert len(set(record.winners)) == 5
    assert rerun(record) == record
    assert verify(record)


def test_entry_order_does_not_matter() -> None:
    entries = crowd(30)
    forward = run_lottery("p-1", 4, entries, "seed-a")
    backward = run_lottery("p-1", 4, list(reversed(entries)), "seed-a")
    assert forward == backward


def test_a_different_seed_gives_a_different_result() -> None:
    entries = crowd(50)
    results = {run_lottery("p-1", 5, entries, f"seed-{n}").winners for n in range(5)}
    assert len(results) == 5


def test_everyone_wins_when_there_are_seats_enough() -> None:
    entries = [LotteryEntry("w-b", 0, NONE), LotteryEntry("w-a", 0, NONE)]
    assert run_lottery("p-1", 2, entries, "s").winners == ("w-a", "w-b")
    assert run_lottery("p-1", 9, entries, "s").winners == ("w-a", "w-b")
    assert run_lottery("p-1", 0, entries, "s").winners == ()


def test_graded_and_long_waiting_workers_win_more_often() -> None:
    entries = [
        LotteryEntry("a-plain", 0, NONE),
        LotteryEntry("b-waited", 90, NONE),
        LotteryEntry("c-graded", 0, AssistanceGrade.INTENSIVE),
        LotteryEntry("d-plain", 0, NONE),
    ]
    wins: Counter[str] = Counter()
    for trial in range(2000):
        (winner,) = run_lottery("p-1", 1, entries, f"trial-{trial}").winners
        wins[winner] += 1
    # Weights 1, 4, 4, 1 out of 10: expect about 200, 800, 800, 200.
    assert 150 < wins["a-plain"] < 250
    assert 150 < wins["d-plain"] < 250
    assert 700 < wins["b-waited"] < 900
    assert 700 < wins["c-graded"] < 900


def test_waiting_counts_up_to_ninety_days_only() -> None:
    capped = LotteryEntry("w", 90, NONE)
    assert LotteryEntry("w", 400, NONE).weight == capped.weight
    assert LotteryEntry("w", -5, NONE).weight == LotteryEntry("w", 0, NONE).weight
    # 1 + 90/30 + 3, scaled by 30.
    assert LotteryEntry("w", 90, AssistanceGrade.INTENSIVE).weight == 7 * 30


def test_the_draw_is_the_documented_sha256_walk() -> None:
    # Re-implements the published algorithm independently for a single seat.
    entries = [LotteryEntry("w-b", 30, NONE), LotteryEntry("w-a", 0, AssistanceGrade.PRIORITY)]
    ordered = sorted(entries, key=lambda e: e.worker_id)
    weights = [30 + min(e.days_since_last_job, 90) + 30 * e.grade for e in ordered]
    r = int(hashlib.sha256(b"my-seed:0").hexdigest(), 16) % sum(weights)
    expected = ordered[0].worker_id if r < weights[0] else ordered[1].worker_id
    assert run_lottery("p-1", 1, entries, "my-seed").winners == (expected,)


def test_record_json_round_trips_and_is_canonical() -> None:
    record = run_lottery("p-1", 3, crowd(12), new_seed())
    text = record.to_json()
    assert LotteryRecord.from_json(text) == record
    assert LotteryRecord.from_json(text).to_json() == text
    data = json.loads(text)
    assert data["algorithm"] == "weighted-sample-v1"
    assert text == json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_a_tampered_record_fails_verification() -> None:
    record = run_lottery("p-1", 2, crowd(20), "seed-a")
    loser = next(e.worker_id for e in record.entries if e.worker_id not in record.winners)
    swapped = dataclasses.replace(record, winners=(loser, record.winners[1]))
    assert not verify(swapped)
    data = json.loads(record.to_json())
    data["seed"] = "seed-b"
    assert not verify(LotteryRecord.from_json(json.dumps(data)))
    assert not verify(dataclasses.replace(record, algorithm="weighted-sample-v0"))


@pytest.mark.parametrize(
    "text",
    ["not json", "{}", '{"algorithm": "x"}', json.dumps({"posting_id": 1})],
)
def test_garbage_is_not_a_record(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        LotteryRecord.from_json(text)
    assert caught.value.code is ErrorCode.IMPORT_INVALID


def test_duplicate_workers_and_negative_seats_are_refused() -> None:
    twice = [LotteryEntry("w-a", 0, NONE), LotteryEntry("w-a", 5, NONE)]
    with pytest.raises(DomainError):
        run_lottery("p-1", 1, twice, "s")
    with pytest.raises(DomainError):
        run_lottery("p-1", -1, crowd(3), "s")


def test_new_seeds_are_fresh() -> None:
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) == 20
    assert all(len(seed) >= 32 for seed in seeds)
