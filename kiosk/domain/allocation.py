"""Fair allocation of an over-subscribed posting: a weighted lottery anyone can re-run and check.

The algorithm "weighted-sample-v1", written out so that it can be re-implemented in any language:

1. Sort the entries by `worker_id` (Unicode code point order, as Python sorts str).
2. Each entry's integer weight is 30 + min(max(days_since_last_job, 0), 90) + 30 * grade,
   i.e. 30 times  1 + min(days, 90) / 30 + grade:  a base of 1, up to +3 for three months
   without work, and +1 per assistance grade (NONE 0 .. INTENSIVE 3). Weights run from 30 to 210,
   so the most favoured worker is at most 7 times as likely as the least to be drawn first.
3. If seats >= number of entries, everyone wins, in worker_id order, and nothing is drawn.
4. Otherwise, for counter k = 0, 1, 2, ... until `seats` winners are drawn:
   r = int(sha256(utf8(seed + ":" + decimal(k))), big-endian) mod (sum of remaining weights);
   walk the remaining entries in order, adding weights; the first entry whose running sum
   exceeds r wins and is removed. (The modulo bias is below 2**-240 and ignored.)
5. `winners` lists the winners in the order drawn.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import AssistanceGrade

ALGORITHM = "weighted-sample-v1"
WAITING_DAYS_CAP = 90
WEIGHT_SCALE = 30

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class LotteryEntry:
    """One worker in the draw, with what their weight is made of."""

    worker_id: str
    days_since_last_job: int
    grade: AssistanceGrade

    @property
    def weight(self) -> int:
        """30 x (1 + min(days, 90) / 30 + grade), an exact integer."""
        days = min(max(self.days_since_last_job, 0), WAITING_DAYS_CAP)
        return WEIGHT_SCALE + days + WEIGHT_SCALE * int(self.grade)


@dataclass(frozen=True, slots=True)
class LotteryRecord:
    """Everything needed to re-run a draw and show it was fair: inputs, seed and result."""

    posting_id: str
    seats: int
    seed: str
    entries: tuple[LotteryEntry, ...]
    winners: tuple[str, ...]
    algorithm: str = ALGORITHM

    def to_json(self) -> str:
        """Canonical JSON: sorted keys, no spaces, UTF-8 text; equal records give equal strings."""
        data = {
            "algorithm": self.algorithm,
            "entries": [
                {
                    "days_since_last_job": e.days_since_last_job,
                    "grade": int(e.grade),
                    "worker_id": e.worker_id,
                }
                for e in self.entries
            ],
            "posting_id": self.posting_id,
            "seats": self.seats,
            "seed": self.seed,
            "winners": list(self.winners),
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LotteryRecord:
        """Parse a record written by to_json; IMPORT_INVALID if it is not one."""
        try:
            data = json.loads(text)
            entries = tuple(
                LotteryEntry(
                    worker_id=_typed(e["worker_id"], str),
                    days_since_last_job=_typed(e["days_since_last_job"], int),
                    grade=AssistanceGrade(_typed(e["grade"], int)),
                )
                for e in data["entries"]
            )
            return cls(
                posting_id=_typed(data["posting_id"], str),
                seats=_typed(data["seats"], int),
                seed=_typed(data["seed"], str),
                entries=entries,
                winners=tuple(_typed(w, str) for w in data["winners"]),
                algorithm=_typed(data["algorithm"], str),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise DomainError(ErrorCode.IMPORT_INVALID, "lottery", reason=str(error)) from None


def _typed(value: Any, kind: type[_T]) -> _T:
    # bool is an int in Python but not in the record format.
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(f"expected {kind.__name__}, got {value!r}")
    return value


def _draw(seed: str, counter: int, total: int) -> int:
    digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
    return int.from_bytes(digest, "big") % total


def run_lottery(
    posting_id: str, seats: int, entries: Iterable[LotteryEntry], seed: str
) -> LotteryRecord:
    """Draw `seats` winners among `entries`, weighted as the module describes; deterministic."""
    ordered = tuple(sorted(entries, key=lambda e: e.worker_id))
    if seats < 0:
        raise DomainError(ErrorCode.VALUE_INVALID, "seats", value=seats)
    if not seed:
        raise DomainError(ErrorCode.REQUIRED, "seed")
    ids = [e.worker_id for e in ordered]
    if len(set(ids)) != len(ids):
        raise DomainError(ErrorCode.VALUE_INVALID, "entries", reason="duplicate worker_id")
    if seats >= len(ordered):
        winners = tuple(ids)
    else:
        remaining = list(ordered)
        drawn: list[str] = []
        for counter in range(seats):
            r = _draw(seed, counter, sum(e.weight for e in remaining))
            running = 0
            for index, entry in enumerate(remaining):
                running += entry.weight
                if running > r:
                    drawn.append(remaining.pop(index).worker_id)
                    break
        winners = tuple(drawn)
    return LotteryRecord(
        posting_id=posting_id, seats=seats, seed=seed, entries=ordered, winners=winners
    )


def rerun(record: LotteryRecord) -> LotteryRecord:
    """Run the recorded draw again from its inputs; VALUE_INVALID for an unknown algorithm."""
    if record.algorithm != ALGORITHM:
        raise DomainError(ErrorCode.VALUE_INVALID, "algorithm", value=record.algorithm)
    return run_lottery(record.posting_id, record.seats, record.entries, record.seed)


def verify(record: LotteryRecord) -> bool:
    """True when re-running the record's inputs gives exactly the recorded result."""
    try:
        return rerun(record) == record
    except DomainError:
        return False


def new_seed() -> str:
    """A fresh unpredictable seed (128 bits, hex), to be drawn only once entries are closed."""
    return secrets.token_hex(16)
