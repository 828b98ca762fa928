"""No 500s: numbers past 64 bits and huge fields get a 4xx with a code, and a 422 never echoes
the input back (issue 14, point 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from integration.test_sync_harness import BACKENDS, Kiosk, make_kiosk, running_registry
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.enrollment import signed_request

JSON = {"Content-Type": "application/json"}


def _signed(kiosk: Kiosk, method: str, path: str, body: bytes = b"") -> dict[str, str]:
    assert kiosk.engine is not None
    return {**kiosk.engine.client.signed_headers(method, path, body), **JSON}


def _push(kiosk: Kiosk, url: str, op: dict[str, object]) -> requests.Response:
    body = json.dumps({"ops": [op]}).encode()
    headers = _signed(kiosk, "POST", p.PUSH_PATH, body)
    return requests.post(url + p.PUSH_PATH, data=body, headers=headers, timeout=30)


@pytest.mark.parametrize("backend", BACKENDS)
def test_numbers_past_64_bits_get_a_4xx_with_a_code(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        a.sync()
        (cursor,) = [
            v for k, v in a.table("SELECT key, value FROM sync_state") if k == "pull_cursor"
        ]
        epoch = str(cursor).split(".")[0]
        for seq in (2**64, 10**30):
            path = f"{p.PULL_PATH}?cursor={epoch}.{seq}.abc"
            answer = requests.get(registry.url + path, headers=_signed(a, "GET", path), timeout=10)
            assert (answer.status_code, answer.json()["error"]) == (400, "cursor_invalid")
        op = {"op_seq": 2**64, "op_id": "x", "entity": "employer", "entity_id": "e",
              "action": "create", "payload": {"name": "某公司"}}  # fmt: skip
        answer = _push(a, registry.url, op)
        assert (answer.status_code, answer.json()["error"]) == (422, "request_invalid")
        answer = _push(a, registry.url, dict(op, op_seq=1, base_version=10**30))
        assert (answer.status_code, answer.json()["error"]) == (422, "request_invalid")

        # Enrollment asking to start at op 10^30: refused, and the code still works after.
        code = registry.code(venue)
        key = DeviceIdentity.generate("b")
        too_far = dict(json.loads(signed_request(key, code).model_dump_json()), next_op_seq=10**30)
        url = registry.url + p.ENROLL_PATH
        answer = requests.post(url, data=json.dumps(too_far), headers=JSON, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (422, "request_invalid")
        answer = requests.post(
            url, data=signed_request(key, code).model_dump_json(), headers=JSON, timeout=10
        )
        assert answer.status_code == 200
        assert a.sync().pushed == 0  # the registry is fine
        a.close()


def test_a_422_never_echoes_large_input_back(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        code = "A" * 12_000  # as large as an enrollment body may be
        body = json.dumps({"code": code, "public_key": "k" * 44, "proof": "p" * 86})
        answer = requests.post(registry.url + p.ENROLL_PATH, data=body, headers=JSON, timeout=10)
        assert answer.status_code == 422 and answer.json()["error"] == "request_invalid"
        assert len(answer.content) < 500
        op = {"op_seq": 1, "op_id": "i" * 4_000_000, "entity": "employer", "entity_id": "e",
              "action": "create", "payload": {"名" * 1000: "x"}}  # fmt: skip
        answer = _push(a, registry.url, op)
        assert answer.status_code == 422 and answer.json()["error"] == "request_invalid"
        assert len(answer.content) < 500
        a.close()
