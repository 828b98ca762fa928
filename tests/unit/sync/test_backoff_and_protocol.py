"""Backoff bounds, cursor format and request signing, without a network."""

from __future__ import annotations

import random

import pytest

from kiosk.identity import DeviceIdentity, verify_signature
from kiosk.sync import protocol as p
from kiosk.sync.backoff import Backoff


def test_backoff_is_full_jitter_capped_at_five_minutes_and_honours_retry_after() -> None:
    backoff = Backoff(base_s=1.0, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(40)]
    assert all(0 <= d <= 300 for d in delays)
    assert max(delays[20:]) > 60  # grows towards the cap
    assert backoff.next_delay(retry_after=42) >= 42
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_cursor_round_trip_and_rejects_garbage() -> None:
    assert p.parse_cursor("") == ("", 0, "")
    assert p.parse_cursor(p.make_cursor("e1", 42, "abc")) == ("e1", 42, "abc")
    with pytest.raises(ValueError):
        p.parse_cursor("nonsense")


def test_signature_covers_method_path_body_device_time_and_nonce() -> None:
    key = DeviceIdentity.generate("dev-1")
    parts = {"method": "POST", "path": "/v1/sync/push", "body": b"{}", "device_id": "dev-1",
             "timestamp": "1700000000", "nonce": "n" * 16}  # fmt: skip
    signature = key.sign(p.signing_payload(**parts))  # type: ignore[arg-type]
    assert verify_signature(key.public_key_b64(), signature, p.signing_payload(**parts))  # type: ignore[arg-type]
    for name, other in [
        ("method", "GET"),
        ("path", "/v1/sync/pull"),
        ("body", b"{ }"),
        ("device_id", "dev-2"),
        ("timestamp", "1700000001"),
        ("nonce", "m" * 16),
    ]:
        changed = dict(parts, **{name: other})
        assert not verify_signature(key.public_key_b64(), signature, p.signing_payload(**changed))  # type: ignore[arg-type]
