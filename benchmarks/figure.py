"""The one-line JSON result every benchmark prints."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Figure:
    name: str
    value: float
    unit: str
    budget: float | None
    detail: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        data = asdict(self)
        if not data["detail"]:
            del data["detail"]
        data["value"] = round(self.value, 3)
        return json.dumps(data, ensure_ascii=False)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
