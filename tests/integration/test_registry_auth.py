"""Refused requests change nothing: revoked device, tampered body, replay, foreign partition."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from integration.test_sync_harness import BACKENDS, Kiosk, Registry, make_kiosk, running_registry
from kiosk.domain.model import PostingStatus
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.client import RegistryClient, RegistryRefused
from kiosk.sync.enrollment import signed_request
from registry import admin


def _state(registry: Registry) -> tuple[int, ...]:
    with registry.db.read() as session:
        conn = session.connection()
        counts = [
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
            for t in ("reg_op", "reg_record", "reg_change")
        ]
        versions = conn.execute(text("SELECT coalesce(sum(version), 0) FROM reg_record")).scalar()
        return (*counts, int(versions or 0))


def _push_body(kiosk: Kiosk) -> bytes:
    kiosk.worker("13700000001")
    with kiosk.services.db.read() as session:
        row = session.connection().execute(text("SELECT * FROM outbox_op")).mappings().one()
    import json

    op = p.Op(op_seq=row["op_seq"], op_id=row["op_id"], entity=row["entity"],
              entity_id=row["entity_id"], action=row["action"],
              payload=json.loads(row["payload"]))  # fmt: skip
    return p.PushRequest(ops=[op]).model_dump_json().encode()


def _signed(client: RegistryClient, method: str, path: str, body: bytes) -> dict[str, str]:
    return {**client.signed_headers(method, path, body), "Content-Type": "application/json"}


def _client(kiosk: Kiosk) -> RegistryClient:
    assert kiosk.engine is not None
    return kiosk.engine.client


@pytest.mark.parametrize("backend", BACKENDS)
def test_refused_requests_change_nothing(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue, other_venue = registry.venue(), registry.venue("西城驿站")
        kiosk = make_kiosk(registry, tmp_path, venue, "a")
        client = _client(kiosk)
        body = _push_body(kiosk)
        url = registry.url + p.PUSH_PATH
        before = _state(registry)

        # A tampered body: signed one thing, sent another.
        headers = _signed(client, "POST", p.PUSH_PATH, body)
        tampered = body.replace(b"13700000001", b"13700000002")
        answer = requests.post(url, data=tampered, headers=headers, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (401, "signature_invalid")

        # A stale timestamp (outside the window against the registry's clock).
        old = RegistryClient(registry.url, client.identity, clock=lambda: 1_000_000.0)
        stale = _signed(old, "POST", p.PUSH_PATH, body)
        answer = requests.post(url, data=body, headers=stale, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (401, "clock_skew")

        # A signed timestamp that is no time at all ("nan" compared false with any window).
        assert client.identity is not None
        for stamp in ("nan", "NaN", "inf"):
            nonce = uuid.uuid4().hex
            data = p.signing_payload(
                method="POST", path=p.PUSH_PATH, body=body,
                device_id=client.identity.device_id, timestamp=stamp, nonce=nonce,
            )  # fmt: skip
            signature = base64.urlsafe_b64encode(client.identity.sign(data)).rstrip(b"=")
            headers = {
                p.HEADER_DEVICE: client.identity.device_id, p.HEADER_TIMESTAMP: stamp,
                p.HEADER_NONCE: nonce, p.HEADER_SIGNATURE: signature.decode(),
            }  # fmt: skip
            answer = requests.post(url, data=body, headers=headers, timeout=10)
            assert answer.status_code == 401, (stamp, answer.status_code)

        # Another venue's partition.
        path = f"{p.PULL_PATH}?partitions=venue:{other_venue}"
        answer = requests.get(registry.url + path, headers=_signed(client, "GET", path, b""),
                              timeout=10)  # fmt: skip
        assert (answer.status_code, answer.json()["error"]) == (403, "partition_forbidden")

        # A device the registry never enrolled.
        stranger = RegistryClient(registry.url, DeviceIdentity.generate("dev-0000"))
        headers = _signed(stranger, "POST", p.PUSH_PATH, body)
        answer = requests.post(url, data=body, headers=headers, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (401, "device_unknown")
        assert _state(registry) == before

        # A replayed request: the first copy is applied, the replay is refused.
        headers = _signed(client, "POST", p.PUSH_PATH, body)
        assert requests.post(url, data=body, headers=headers, timeout=10).status_code == 200
        after_first = _state(registry)
        answer = requests.post(url, data=body, headers=headers, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (401, "nonce_reused")
        assert _state(registry) == after_first

        # Revocation takes effect at once.
        assert client.identity is not None
        admin.revoke_device(registry.db, client.identity.device_id)
        revoked_state = _state(registry)
        kiosk.worker("13700000003")
        headers = _signed(client, "GET", p.PULL_PATH, b"")
        answer = requests.get(registry.url + p.PULL_PATH, headers=headers, timeout=10)
        assert (answer.status_code, answer.json()["error"]) == (403, "device_revoked")
        with pytest.raises(Exception, match="device_revoked"):
            kiosk.sync()
        assert _state(registry) == revoked_state
        kiosk.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_enrollment_code_is_one_time_and_venue_bound(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue, other = registry.venue(), registry.venue("西城驿站")
        code = registry.code(venue)
        a = Kiosk(tmp_path / "a")
        a.enroll(registry.url, code)
        b = Kiosk(tmp_path / "b")
        with pytest.raises(Exception, match="enroll_code_invalid"):
            b.enroll(registry.url, code)
        b.enroll(registry.url, registry.code(other))
        # Another venue's kiosk cannot move this venue's posting, nor see its workers.
        posting = a.posting(a.employer().id)
        a.worker("13700000011")
        a.sync()
        b.sync()
        assert b.table("SELECT count(*) FROM worker") == [(0,)]
        b.services.postings.transition(posting.id, PostingStatus.CLOSED, actor=b.staff_id)
        report = b.sync()
        assert report.rejected == 1
        assert b.services.postings.get(posting.id).posting.status is PostingStatus.OPEN
        assert registry.records("posting")[posting.id]["status"] == "open"
        # The other venue's staff can fetch the worker on demand by phone.
        assert b.engine is not None
        found = b.engine.lookup_worker(phone="13700000011")
        assert found is not None and b.services.workers.find_by_phone("13700000011")
        assert b.engine.lookup_worker(phone="13700009999") is None
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_enrollment_must_be_signed_by_the_key_it_enrolls(backend: str, tmp_path: Path) -> None:
    """A copied public key (another device's) cannot be enrolled: the proof fails, and the
    one-time code is not used up by the attempt."""
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        code = registry.code(venue)
        mine, theirs = DeviceIdentity.generate("a"), DeviceIdentity.generate("b")
        forged = signed_request(mine, code).model_copy(
            update={"public_key": theirs.public_key_b64()}
        )
        client = RegistryClient(registry.url)
        try:
            with pytest.raises(RegistryRefused) as refused:
                client.enroll(forged)
            assert refused.value.status == 401
            assert refused.value.code == p.ApiErrorCode.SIGNATURE_INVALID
            assert admin.list_devices(registry.db) == []
            answer = client.enroll(signed_request(mine, code))  # the code still works
            assert [d.device_id for d in admin.list_devices(registry.db)] == [answer.device_id]
        finally:
            client.close()
