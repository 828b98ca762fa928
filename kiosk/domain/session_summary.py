"""What a closed matchmaking session comes to: the figures its printed A4 summary shows.

Computed once when the session closes and kept with it, so the paper and any reprint show
the same figures however the day's records change afterwards.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from kiosk.domain.errors import DomainError, ErrorCode


@dataclass(frozen=True, slots=True)
class SessionSummary:
    session_id: str
    title: str
    place: str
    on_date: date
    closed_at: datetime
    workers_normal: int  # attendance by lane
    workers_priority: int
    employers: int
    postings: int  # postings recruited for at the tables
    openings: int  # their headcount
    referrals: int
    hires: int
    no_deals: int

    @property
    def workers(self) -> int:
        return self.workers_normal + self.workers_priority

    def to_json(self) -> str:
        data = asdict(self)
        data["on_date"] = self.on_date.isoformat()
        data["closed_at"] = self.closed_at.isoformat()
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SessionSummary:
        try:
            data = json.loads(text)
            data["on_date"] = date.fromisoformat(data["on_date"])
            data["closed_at"] = datetime.fromisoformat(data["closed_at"])
            return cls(**data)
        except (ValueError, KeyError, TypeError) as error:
            raise DomainError(ErrorCode.IMPORT_INVALID, "summary", reason=str(error)) from None
