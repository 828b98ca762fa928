"""Full-jitter exponential backoff (capped at 5 minutes) that honours Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

CAP_S = 300.0


@dataclass(slots=True)
class Backoff:
    base_s: float = 1.0
    cap_s: float = CAP_S
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """Sleep before the next try: uniform in [0, min(cap, base * 2^n)], at least Retry-After.

        Full jitter spreads 500 kiosks that lost the same link so they do not return together.
        """
        ceiling = min(self.cap_s, self.base_s * (2.0**self.attempt))
        self.attempt = min(self.attempt + 1, 30)
        delay = self.rng.uniform(0.0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap_s))
        return delay

    def reset(self) -> None:
        self.attempt = 0
