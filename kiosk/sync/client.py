"""HTTP client of the registry: signed requests with timeouts, errors as exceptions."""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

import orjson
import requests
import urllib3
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter, Retry

from kiosk.identity import DeviceIdentity, verify_signature
from kiosk.release import release
from kiosk.store.sync_apply import PulledRecord
from kiosk.sync import protocol as p
from kiosk.sync import wire

M = TypeVar("M", bound=BaseModel)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
# A signed time that took longer than this to arrive is too vague to set the clock by.
MAX_TIME_ROUND_TRIP_S = 30.0
# The most an answer may inflate to: a full page (MAX_PAGE changes) of typical records is
# about 5 MB, a page of 1,000 records at the contract's field limits about 40 MB (a push batch
# of MAX_PUSH_BYTES holds 200 such ops). Past it the answer is refused as it arrives: a
# compressed bomb costs this much memory, not what it would inflate to.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
READ_CHUNK = 64 * 1024


class RegistryUnavailable(Exception):
    """No usable answer: network down, timeout, or the registry busy (5xx). Retry later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RegistryRefused(Exception):
    """The registry answered and said no (4xx) with a stable code."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str = "",
        *,
        expected_op_seq: int | None = None,
        retry_after: float | None = None,
        clock_offset: float | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.expected_op_seq = expected_op_seq
        self.retry_after = retry_after
        # On clock_skew with a time the registry signed: what to add to the local clock.
        self.clock_offset = clock_offset


def _retry_after(response: requests.Response) -> float | None:
    raw = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None  # an HTTP date: treated like no hint, the backoff decides


# POSTs the registry takes twice as once: a push it applied already is answered again from its
# op log (by device and op_seq), and a set-aside report replaces the device's last one. Sent
# again when a registry process that is restarting closed the connection before answering,
# so a kiosk notices nothing (a push was left for the engine's next round, an error meanwhile).
REPEATABLE_POSTS = frozenset({p.PUSH_PATH, p.SET_ASIDE_PATH})

# Every request says which protocol and release it comes from (registry/versions.py).
VERSION_HEADERS = {p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION), p.HEADER_RELEASE: release()}


class RegistryClient:
    """One registry, one device identity (None before enrollment). Not shared across threads."""

    def __init__(
        self,
        base_url: str,
        identity: DeviceIdentity | None = None,
        *,
        timeout: float = READ_TIMEOUT_S,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.identity = identity
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.clock = clock
        # Learnt from the registry's signed time (`clock_offset` of a clock_skew refusal);
        # the engine keeps it in the database and sets it here.
        self.clock_offset = 0.0
        self.registry_key = ""
        # How push bodies travel: plain until the registry's answers say it reads compressed
        # ones (Accept-Encoding, RFC 7694); older registries never say so.
        self.body_coding = wire.IDENTITY
        self.http = requests.Session()
        # A registry process that restarts closes its kept-alive connections, and a request
        # can meet one in that instant: refused, or reset before any answer, it goes once more
        # at once on a new connection. A read error is retried, signed anew, only for a
        # request safe to repeat (`_request`: GETs and REPEATABLE_POSTS).
        once = Retry(total=1, connect=1, read=0, status=0, other=0)
        for scheme in ("http://", "https://"):
            self.http.mount(scheme, HTTPAdapter(max_retries=once))

    def close(self) -> None:
        self.http.close()

    def health(self) -> dict[str, str]:
        response = self._send("GET", "/health", b"", signed=False, timeout=self.timeout)
        data: dict[str, str] = response.json()
        return data

    def enroll(self, request: p.EnrollRequest) -> p.EnrollResponse:
        body = request.model_dump_json().encode()
        response = self._send("POST", p.ENROLL_PATH, body, signed=False, timeout=self.timeout)
        return self._parse(response, p.EnrollResponse)

    def push(self, ops: list[p.Op]) -> p.PushResponse:
        body = p.PushRequest(ops=ops).model_dump_json().encode()
        response = self._send("POST", p.PUSH_PATH, body, timeout=self.timeout, compress=True)
        return self._parse(response, p.PushResponse)

    def pull(self, cursor: str, *, limit: int = p.DEFAULT_PAGE, wait: float = 0.0) -> PulledPage:
        query = {"cursor": cursor, "limit": str(limit)}
        if wait:
            query["wait"] = f"{wait:g}"
        path = f"{p.PULL_PATH}?{urlencode(query)}"
        # A long poll holds the request open: the read timeout must outlast the wait.
        response = self._send("GET", path, b"", timeout=self.timeout + wait)
        return _parse_page(response)

    def lookup_worker(self, *, phone: str = "", card: str = "") -> p.WorkerLookupResponse | None:
        query = {"phone": phone} if phone else {"card": card}
        path = f"{p.WORKER_LOOKUP_PATH}?{urlencode(query)}"
        try:
            response = self._send("GET", path, b"", timeout=self.timeout)
        except RegistryRefused as exc:
            if exc.status == 404:
                return None
            raise
        return self._parse(response, p.WorkerLookupResponse)

    def report_set_aside(self, report: p.SetAsideReport) -> p.SetAsideAnswer:
        body = report.model_dump_json().encode()
        response = self._send("POST", p.SET_ASIDE_PATH, body, timeout=self.timeout)
        return self._parse(response, p.SetAsideAnswer)

    def signed_headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        if self.identity is None:
            raise RegistryRefused(401, p.ApiErrorCode.DEVICE_UNKNOWN.value, "not enrolled")
        stamp = str(int(self.clock() + self.clock_offset))
        nonce = secrets.token_hex(16)
        data = p.signing_payload(
            method=method, path=path, body=body, device_id=self.identity.device_id,
            timestamp=stamp, nonce=nonce,
        )  # fmt: skip
        signature = base64.urlsafe_b64encode(self.identity.sign(data)).rstrip(b"=").decode()
        return {
            p.HEADER_DEVICE: self.identity.device_id,
            p.HEADER_TIMESTAMP: stamp,
            p.HEADER_NONCE: nonce,
            p.HEADER_SIGNATURE: signature,
        }

    def _send(
        self,
        method: str,
        path: str,
        body: bytes,
        *,
        timeout: float,
        signed: bool = True,
        compress: bool = False,
    ) -> requests.Response:
        """The answer, its body read (inflated, within MAX_ANSWER_BYTES); `compress`: send the
        body compressed if the registry reads that and it is worth it."""
        small = len(body) < wire.MIN_COMPRESSED_BYTES
        coding = wire.IDENTITY if small or not compress else self.body_coding
        try:
            return self._exchange(method, path, body, coding, timeout=timeout, signed=signed)
        except RegistryRefused as exc:
            if exc.status != 415 or coding == wire.IDENTITY:
                raise
            # The registry said it read compressed bodies and now does not (downgraded, or a
            # proxy in front): plain from now on, and this body again, signed anew.
            self.body_coding = wire.IDENTITY
            return self._exchange(method, path, body, wire.IDENTITY, timeout=timeout, signed=signed)

    def _exchange(
        self, method: str, path: str, body: bytes, coding: str, *, timeout: float, signed: bool
    ) -> requests.Response:
        headers = {"Content-Type": "application/json"} if body else {}
        headers["Accept-Encoding"] = wire.ACCEPT_ENCODING
        headers.update(VERSION_HEADERS)
        if signed:
            # The signature covers the JSON itself, however it travels.
            headers.update(self.signed_headers(method, path, body))
        if coding != wire.IDENTITY:
            headers["Content-Encoding"] = coding
        sent_at = self.clock()
        response = self._request(
            method, path, headers, signed=signed, body=body,
            data=wire.compress(body, coding) if body else None,
            timeout=(self.connect_timeout, timeout), stream=True,
        )  # fmt: skip
        _read_body(response)
        if path.startswith(p.API_PREFIX + "/") and response.ok:
            self.body_coding = wire.preferred(response.headers.get("Accept-Encoding", ""))
        self._raise_for_status(response, headers, sent_at, signed=signed)
        return response

    def _raise_for_status(
        self, response: requests.Response, headers: dict[str, str], sent_at: float, *,
        signed: bool,
    ) -> None:  # fmt: skip
        """5xx and 429: try later. Another 4xx: refused, with the registry's code; a clock
        refusal carries the offset the registry signed, whichever request met it."""
        if response.status_code >= 500 or response.status_code == 429:
            response.close()
            raise RegistryUnavailable(
                f"registry answered {response.status_code}", _retry_after(response)
            )
        if response.status_code < 400:
            return
        offset = None
        try:
            err = p.ErrorBody.model_validate_json(response.content)
            code, message, expected = err.error.value, err.message, err.expected_op_seq
            if err.error is p.ApiErrorCode.CLOCK_SKEW and signed:
                offset = self._signed_offset(err, headers, sent_at, self.clock())
        except ValidationError:
            code, message, expected = "http_error", response.text[:200], None
        raise RegistryRefused(
            response.status_code, code, message, expected_op_seq=expected,
            retry_after=_retry_after(response), clock_offset=offset,
        )  # fmt: skip

    def _request(
        self, method: str, path: str, headers: dict[str, str], *, signed: bool, body: bytes,
        **kwargs: Any,
    ) -> requests.Response:  # fmt: skip
        """Send once; a request safe to repeat whose connection broke before any answer goes
        once more at once, signed anew. The registry may have read it and kept its nonce: the
        same headers again (urllib3's read retry) were refused as a replay, 401
        nonce_reused, when a pull's answer was lost (the 200x40 property run)."""
        for again in (method == "GET" or path in REPEATABLE_POSTS, False):
            try:
                return self.http.request(method, self.base_url + path, headers=headers, **kwargs)
            except requests.ConnectionError as exc:
                if not again or isinstance(exc, requests.ConnectTimeout):
                    raise RegistryUnavailable(f"{type(exc).__name__}: {exc}") from exc
                if signed:
                    headers.update(self.signed_headers(method, path, body))
            except requests.RequestException as exc:
                raise RegistryUnavailable(f"{type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable: the second try returns or raises")

    def _signed_offset(
        self, err: p.ErrorBody, headers: dict[str, str], sent_at: float, received_at: float
    ) -> float | None:
        """The offset to the registry's clock, if the refusal carries a time the registry
        signed for this very request, soon enough to be worth believing; otherwise None.

        Unsigned or wrongly signed times are ignored: whoever could set this kiosk's clock
        ahead would collect requests it signs for later, when they would pass.
        """
        if err.server_time is None or not err.time_signature or not self.registry_key:
            return None
        if received_at - sent_at > MAX_TIME_ROUND_TRIP_S:
            return None
        statement = p.time_statement(
            device_id=headers[p.HEADER_DEVICE], nonce=headers[p.HEADER_NONCE],
            server_time=err.server_time,
        )  # fmt: skip
        raw = err.time_signature
        try:
            signature = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        except ValueError:
            return None
        if not verify_signature(self.registry_key, signature, statement):
            return None
        # The registry read its clock somewhere between sending and receiving: the middle.
        return err.server_time - (sent_at + received_at) / 2

    @staticmethod
    def _parse(response: requests.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise RegistryUnavailable(f"unreadable answer: {exc.errors()[:1]}") from exc

    # ------------------------------------------------------------------ snapshots (issue 16)

    def snapshots(self) -> p.SnapshotList | None:
        """The device's partitions' snapshots; None from a registry that has none (404)."""
        response = self._snapshot_get(p.SNAPSHOT_PATH, {}, stream=False)
        return None if response is None else self._parse(response, p.SnapshotList)

    def snapshot_stream(self, snapshot_id: str, *, start: int, etag: str) -> requests.Response:
        """The snapshot's bytes from `start` (206) if it still is the one with `etag`, else all
        of the current one (200: the caller starts over). Streamed: read it with iter_content."""
        headers = {"Accept-Encoding": "identity"}
        if start:
            headers.update({"Range": f"bytes={start}-", "If-Range": f'"{etag}"'})
        response = self._snapshot_get(f"{p.SNAPSHOT_PATH}/{snapshot_id}", headers, stream=True)
        if response is None:
            raise RegistryRefused(404, p.ApiErrorCode.NOT_FOUND.value, "snapshot gone")
        return response

    def _snapshot_get(
        self, path: str, extra: dict[str, str], *, stream: bool
    ) -> requests.Response | None:
        """A signed GET of the snapshot paths (their bytes are zstd already: no wire coding);
        None on 404 (an older registry, or a snapshot gone)."""
        headers = dict(VERSION_HEADERS, **extra)
        headers[p.HEADER_SNAPSHOT_FORMAT] = p.SNAPSHOT_FORMAT
        headers.update(self.signed_headers("GET", path, b""))
        sent_at = self.clock()
        response = self._request(
            "GET", path, headers, signed=True, body=b"", stream=stream,
            timeout=(self.connect_timeout, self.timeout),
        )  # fmt: skip
        if response.status_code == 404:
            response.close()
            return None
        if response.status_code != 416:  # a range past the end: the caller starts over
            self._raise_for_status(response, headers, sent_at, signed=True)
        return response


def _read_body(response: requests.Response) -> None:
    """Reads the answer's body into `response.content`, inflating what the registry
    compressed, refused past MAX_ANSWER_BYTES as it arrives (urllib3 would inflate any size)."""
    try:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
            raise wire.BodyTooLarge(MAX_ANSWER_BYTES)
        inflater = wire.Inflater(response.headers.get("Content-Encoding"), MAX_ANSWER_BYTES)
        received = 0
        for chunk in response.raw.stream(READ_CHUNK, decode_content=False):
            received += len(chunk)
            if received > MAX_ANSWER_BYTES:
                raise wire.BodyTooLarge(MAX_ANSWER_BYTES)
            inflater.feed(chunk)
        body = inflater.finish()
    except wire.BodyRefused as exc:
        response.close()  # the rest is never read: the connection cannot be used again
        raise RegistryUnavailable(f"unreadable answer: {exc}") from None
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        response.close()
        raise RegistryUnavailable(f"{type(exc).__name__}: {exc}") from exc
    response._content = body


@dataclass(slots=True)
class PulledPage:
    """A pull answer (`p.PullResponse`) with its changes as the records the kiosk applies."""

    records: list[PulledRecord]
    cursor: str
    more: bool
    epoch: str
    partitions: list[str]
    last_op_seq: int
    server_time: float
    # Changes after this page, if the registry says (for a progress total).
    remaining: int | None = None


def _parse_page(response: requests.Response) -> PulledPage:
    """A pull answer: the envelope validated by its model, each change checked by hand.

    Validating thousands of record bodies field by field through the model took a third of
    an initial sync, and even building a model object per change a tenth; a record's columns
    are typed when the kiosk applies it.
    """
    try:
        # orjson: a catch-up page is megabytes of escaped Chinese, parsed in about half the time.
        raw = orjson.loads(response.content)
        changes = raw.pop("changes")
        envelope = p.PullResponse.model_validate(dict(raw, changes=[]))
        if not isinstance(changes, list):
            raise ValueError("changes")
        records = [_record(c) for c in changes]
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as exc:
        raise RegistryUnavailable(f"unreadable answer: {str(exc)[:200]}") from exc
    return PulledPage(
        records=records, cursor=envelope.cursor, more=envelope.more, epoch=envelope.epoch,
        partitions=envelope.partitions, last_op_seq=envelope.last_op_seq,
        server_time=envelope.server_time, remaining=envelope.remaining,
    )  # fmt: skip


def _record(c: dict[str, Any]) -> PulledRecord:
    """One `p.Change`, its types checked."""
    seq, entity, record_id, version = c["seq"], c["entity"], c["id"], c["version"]
    data, deleted = c.get("data"), c.get("deleted", False)
    if not (
        type(seq) is int and type(version) is int and type(entity) is str
        and type(record_id) is str and type(deleted) is bool
        and (data is None or type(data) is dict)
    ):  # fmt: skip
        raise ValueError(f"bad change {str(c)[:80]}")
    return PulledRecord(entity, record_id, version, data or {}, deleted)
