"""The registry re-checks what kiosks claim: screening, venue, lengths, body size (issue 14, 2)."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from integration.test_sync_harness import BACKENDS, Kiosk, make_kiosk, running_registry
from kiosk.domain.model import PostingStatus
from kiosk.sync import protocol as p
from kiosk.sync.client import RegistryClient


def _tamper(kiosk: Kiosk, entity: str, **values: Any) -> None:
    """What a tampered kiosk would send: its waiting op of `entity` with other values."""
    args = ", ".join(f"'$.{name}', json(?)" for name in values)
    with kiosk.services.db.write() as session:
        session.connection().exec_driver_sql(
            f"UPDATE outbox_op SET payload = json_set(payload, {args}) "
            "WHERE entity = ? AND state = 'pending'",
            (*(json.dumps(v) for v in values.values()), entity),
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_deposit_pushed_as_open_with_no_flags_is_held_for_review_and_not_published(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        employer = a.employer()
        a.sync()
        posting = a.posting(employer.id, title="保安")
        # The kiosk held it itself; a tampered one claims it clean and open.
        assert posting.status is PostingStatus.PENDING_REVIEW or posting.flags == []
        _tamper(a, "posting", description="上岗前交押金200元，包吃住。", status="open", flags=[])
        assert a.sync().rejected == 0
        held = registry.records("posting")[posting.id]
        assert held["status"] == "pending_review"
        assert "fee_charged" in {f["code"] for f in held["flags"]}
        b.sync()
        assert b.table(f"SELECT status FROM posting WHERE id = '{posting.id}'") == [
            ("pending_review",)
        ]
        a.close()
        b.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_venue_of_a_record_is_the_devices_whatever_the_payload_says(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue, other = registry.venue(), registry.venue("西城驿站")
        a = make_kiosk(registry, tmp_path, venue, "a")
        employer = a.employer()
        a.sync()
        posting = a.posting(employer.id)
        _tamper(a, "posting", venue_id=other)
        worker = a.worker("13700000011")
        _tamper(a, "worker", venue_id=other)
        a.sync()
        assert registry.records("posting")[posting.id]["venue_id"] == venue
        assert registry.records("worker")[worker.id]["venue_id"] == venue
        with registry.db.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT entity, venue_id, partitions FROM reg_record "
                "WHERE entity IN ('posting', 'worker')"
            )
            assert {(e, v) for e, v, _ in rows} == {("posting", venue), ("worker", venue)}
        a.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_description_past_its_length_limit_is_refused(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a, b = (make_kiosk(registry, tmp_path, venue, name) for name in ("a", "b"))
        employer = a.employer()
        a.sync()
        posting = a.posting(employer.id)
        _tamper(a, "posting", description="包吃住" * 100_000)
        assert a.sync().rejected == 1
        assert posting.id not in registry.records("posting")
        b.sync()
        assert b.table("SELECT count(*) FROM posting") == [(0,)]
        a.close()
        b.close()


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def _stream(port: int, head: bytes, total: int) -> tuple[bytes, int]:
    """Send `head`, then a chunked body of `total` bytes until the registry stops taking it;
    returns the answer and how many body bytes went out."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(5)
    sent = 0
    chunk = b"x" * (1 << 20)
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    try:
        sock.sendall(head)
        while sent < total:
            sock.sendall(frame)
            sent += len(chunk)
        sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the registry answered and closed: the rest is never read
    answer = b""
    try:
        while data := sock.recv(65536):
            answer += data
    except OSError:
        pass
    sock.close()
    return answer, sent


def test_huge_bodies_get_413_and_unsigned_ones_401_before_they_are_read(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        assert a.engine is not None
        client: RegistryClient = a.engine.client
        pid = registry.server.proc.pid  # type: ignore[union-attr]
        port = registry.server.port
        before = _peak_rss_mb(pid)
        total = 300 * 1024 * 1024

        def head(headers: dict[str, str], framing: str) -> bytes:
            own = [f"{k}: {v}" for k, v in headers.items()]
            lines = [f"POST {p.PUSH_PATH} HTTP/1.1", f"Host: 127.0.0.1:{port}", framing, *own,
                     "Content-Type: application/json"]  # fmt: skip
            return ("\r\n".join(lines) + "\r\n\r\n").encode()

        # Unsigned: 401 at once, whatever follows.
        answer, _ = _stream(port, head({}, "Transfer-Encoding: chunked"), total)
        assert answer.startswith(b"HTTP/1.1 401") and b"signature_missing" in answer
        # Signed (the body cannot be checked before it is read), announced as 300 MB: 413.
        signed = client.signed_headers("POST", p.PUSH_PATH, b"")
        answer, _ = _stream(port, head(signed, f"Content-Length: {total}"), total)
        assert answer.startswith(b"HTTP/1.1 413") and b"body_too_large" in answer
        # Signed and streamed with no length: read up to the limit, then 413.
        signed = client.signed_headers("POST", p.PUSH_PATH, b"")
        answer, sent = _stream(port, head(signed, "Transfer-Encoding: chunked"), total)
        assert answer.startswith(b"HTTP/1.1 413") and b"body_too_large" in answer
        assert sent < 100 * 1024 * 1024  # the registry stopped taking it long before the end
        grew = _peak_rss_mb(pid) - before
        print(f"registry peak RSS grew {grew:.1f} MB; {sent >> 20} MB sent before the 413")
        assert grew < 40
        # And it still serves kiosks.
        assert a.sync().pushed == 0
        a.close()
