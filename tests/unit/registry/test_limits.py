"""A rate limit lets a burst through, then one request per refill, and says how long to wait."""

from __future__ import annotations

from registry.limits import RateLimit


def test_a_burst_passes_then_requests_wait_their_turn() -> None:
    now = [0.0]
    limit = RateLimit(burst=3, per_minute=6, clock=lambda: now[0])
    assert [limit.take("dev-a") for _ in range(3)] == [None, None, None]
    assert limit.take("dev-a") == 10  # one token per 10 s
    assert limit.take("dev-b") is None  # another device has its own bucket
    now[0] = 10.0
    assert limit.take("dev-a") is None
    assert limit.take("dev-a") == 10


def test_failures_alone_are_counted_when_spent() -> None:
    now = [0.0]
    limit = RateLimit(burst=2, per_minute=1, clock=lambda: now[0])
    assert limit.waiting("10.0.0.1") is None
    limit.spend("10.0.0.1")
    limit.spend("10.0.0.1")
    assert limit.waiting("10.0.0.1") == 60
    now[0] = 60.0
    assert limit.waiting("10.0.0.1") is None
