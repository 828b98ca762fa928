"""Sync bodies travel compressed, negotiated with each peer, and a body that would inflate
past its limit is refused, not allocated (issue 16, point 1): the real registry subprocess,
real enrolled kiosks, a counting proxy between them, and a tiny fake registry for bombs."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import re
import socket
import threading
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pytest
import requests
import zstandard

from integration.test_sync_harness import (
    BACKENDS,
    Kiosk,
    Registry,
    _exchange,
    _read_http,
    make_kiosk,
    running_registry,
)
from kiosk.sync import protocol as p
from kiosk.sync import wire
from kiosk.sync.client import MAX_ANSWER_BYTES, RegistryClient, RegistryUnavailable
from registry.seed import seed
from registry.wire import SharedBody

GIB = 1024**3
MIB = 1024**2


# ---------------------------------------------------------------- a counting proxy


@dataclass
class Exchange:
    path: str
    request_bytes: int
    request_coding: str
    response_bytes: int
    response_coding: str
    status: int
    # Request line and headers, status line and headers: what the bodies travel in.
    heads_bytes: int


@dataclass
class CountingProxy:
    """Forwards each request to the registry and counts the bytes both ways. `accept`, when
    not None, replaces the kiosk's Accept-Encoding (as an older client or a proxy would send);
    `refuse_compressed` answers 415 itself to a compressed body, as an older registry might."""

    target_port: int
    accept: str | None = None
    refuse_compressed: bool = False
    seen: list[Exchange] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.sock.close()

    def pulls(self) -> list[Exchange]:
        return [x for x in self.seen if x.path.startswith(p.PULL_PATH)]

    def pushes(self) -> list[Exchange]:
        return [x for x in self.seen if x.path.startswith(p.PUSH_PATH)]

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            request = _read_http(client)
            head, _, body = request.partition(b"\r\n\r\n")
            path = head.split(b" ")[1].decode()
            coding = _header(head, b"content-encoding")
            if self.refuse_compressed and coding:
                answer = b'{"error":"request_invalid","message":"no content encodings here"}'
                response = (
                    b"HTTP/1.1 415 Unsupported Media Type\r\nContent-Type: application/json\r\n"
                    b"Content-Length: " + str(len(answer)).encode() + b"\r\n\r\n" + answer
                )
            else:
                if self.accept is not None:
                    head = re.sub(rb"(?im)^accept-encoding:[^\r]*\r\n", b"", head + b"\r\n")
                    head = head.rstrip(b"\r\n")
                    if self.accept:
                        head += b"\r\nAccept-Encoding: " + self.accept.encode()
                response = _exchange(self.target_port, head + b"\r\n\r\n" + body)
                # Answers of an older registry never say which request codings it reads.
                if self.refuse_compressed:
                    response = re.sub(rb"(?im)^accept-encoding:[^\r]*\r\n", b"", response)
            rhead, _, rbody = response.partition(b"\r\n\r\n")
            self.seen.append(
                Exchange(
                    path, len(body), coding, len(rbody), _header(rhead, b"content-encoding"),
                    int(rhead.split(b" ")[1]), len(head) + len(rhead) + 8,
                )
            )  # fmt: skip
            if b"\r\nconnection:" not in rhead.lower():
                response = response.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1)
            with contextlib.suppress(OSError):
                client.sendall(response)


def _header(head: bytes, name: bytes) -> str:
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name:
            return value.strip().decode()
    return ""


@contextlib.contextmanager
def proxied_kiosk(
    registry: Registry, tmp: Path, name: str, *, accept: str | None = None
) -> Iterator[tuple[Kiosk, CountingProxy]]:
    """A kiosk enrolled at a new venue whose sync goes through a counting proxy."""
    kiosk = make_kiosk(registry, tmp, registry.venue(name=f"{name}零工驿站"), name)
    counting = CountingProxy(registry.server.port, accept=accept)
    kiosk.point_at(counting.url)
    try:
        yield kiosk, counting
    finally:
        counting.close()
        kiosk.close()


def postings_held(kiosk: Kiosk) -> int:
    return int(kiosk.table("SELECT count(*) FROM posting")[0][0])


# ---------------------------------------------------------------- negotiated compression


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_catch_up_by_pages_arrives_whole_in_a_fraction_of_the_bytes_whatever_the_kiosk_reads(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        seeded = seed(registry.db, postings=2500, employers=40).postings
        wire_bytes: dict[str, int] = {}
        for name, accept, coding in (
            ("zstd", None, "zstd"),  # this release: zstd, gzip
            ("gzip", "gzip", "gzip"),  # a kiosk that reads only gzip
            ("plain", "", ""),  # one that asks for nothing: plain JSON
        ):
            with proxied_kiosk(registry, tmp_path, name, accept=accept) as (kiosk, proxy):
                # Cursor pulls, as a kiosk catches up without a snapshot (or after one).
                assert kiosk.engine is not None
                postings, cursor, more = set(), "", True
                while more:
                    page = kiosk.engine.client.pull(cursor)
                    postings |= {r.id for r in page.records if r.entity == "posting"}
                    cursor, more = page.cursor, page.more
                assert len(postings) == seeded
                pages = proxy.pulls()
                assert len(pages) == 3 and {x.response_coding for x in pages} == {coding}
                wire_bytes[name] = sum(x.response_bytes for x in pages)
        assert wire_bytes["gzip"] * 5 < wire_bytes["plain"]
        assert wire_bytes["zstd"] * 10 < wire_bytes["plain"]
        assert wire_bytes["zstd"] < wire_bytes["gzip"]


def test_a_kiosk_of_the_previous_release_reads_the_pages_requests_inflates_for_it(
    tmp_path: Path,
) -> None:
    """The previous release reads `response.content`, which urllib3 inflates from what
    requests asks for by default (gzip, deflate): a page of two gzip members must read whole."""
    with running_registry("sqlite", tmp_path) as registry:
        seed(registry.db, postings=300, employers=10)
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "old")
        try:
            assert kiosk.engine is not None
            client = kiosk.engine.client
            path = f"{p.PULL_PATH}?cursor=&limit=1000"
            answer = requests.get(
                registry.url + path, timeout=10,
                headers={**client.signed_headers("GET", path, b""), p.HEADER_PROTOCOL: "2"},
            )  # fmt: skip
            assert answer.status_code == 200, answer.text
            assert answer.headers["Content-Encoding"] == "gzip"
            page = p.PullResponse.model_validate_json(answer.content)
            assert len([c for c in page.changes if c.entity == "posting"]) == 300
            assert page.cursor and page.partitions
        finally:
            kiosk.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_pushed_changes_travel_compressed_once_the_registry_says_it_reads_them(
    backend: str, tmp_path: Path
) -> None:
    with (
        running_registry(backend, tmp_path) as registry,
        proxied_kiosk(registry, tmp_path, "k1") as (kiosk, proxy),
    ):
        employer = kiosk.employer().id
        kiosk.posting(employer, title="第一批：仓库分拣员")
        kiosk.sync()  # the first answer tells the kiosk what the registry reads
        titles = [f"冷库搬运工第{i}班" for i in range(40)]
        ids = [kiosk.posting(employer, title=t).id for t in titles]
        report = kiosk.sync()
        assert report.rejected == 0 and kiosk.outbox_states() == {"sent": 42}
        pushed = [x for x in proxy.pushes() if x.request_coding]
        assert pushed and {x.request_coding for x in pushed} == {"zstd"}
        assert all(x.status == 200 for x in proxy.pushes())
        # The answer, a result for each op, comes back compressed as well.
        assert {x.response_coding for x in pushed} == {"zstd"}
        assert set(ids) <= set(registry.records("posting"))
        held = registry.records("posting")
        assert sorted(held[i]["title"] for i in ids) == sorted(titles)


def test_a_registry_that_refuses_compressed_bodies_gets_them_plain_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    with (
        running_registry("sqlite", tmp_path) as registry,
        proxied_kiosk(registry, tmp_path, "k1") as (kiosk, proxy),
    ):
        employer = kiosk.employer().id
        kiosk.sync()
        assert kiosk.engine is not None and kiosk.engine.client.body_coding == "zstd"
        proxy.refuse_compressed = True  # as a registry downgraded behind the same address
        ids = [kiosk.posting(employer, title=f"夜班保安{i}号岗").id for i in range(20)]
        assert kiosk.sync().rejected == 0
        more = [kiosk.posting(employer, title=f"白班保洁{i}号岗").id for i in range(20)]
        assert kiosk.sync().rejected == 0
        assert set(ids + more) <= set(registry.records("posting"))
        refused = [x for x in proxy.pushes() if x.status == 415]
        assert len(refused) == 1, "after one 415 the kiosk sends plain"
        assert kiosk.outbox_states() == {"sent": 41}


# ---------------------------------------------------------------- bounded decompression


def zstd_bomb(size: int = GIB) -> bytes:
    """`size` zero bytes as one zstd frame (about 32 KB), made a megabyte at a time."""
    packer = zstandard.ZstdCompressor(level=3).compressobj(size=size)
    zeros = bytes(MIB)
    return b"".join(packer.compress(zeros) for _ in range(size // MIB)) + packer.flush()


def gzip_bomb(size: int = GIB) -> bytes:
    """`size` zero bytes as gzip members of a megabyte each (about 1 MB in all)."""
    member = gzip.compress(bytes(MIB), 9, mtime=0)
    return member * (size // MIB)


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024  # type: ignore[union-attr]


def signed_push(
    kiosk: Kiosk, url: str, body: bytes, plain: bytes, coding: str
) -> requests.Response:
    """A push whose signature covers `plain` (the JSON the kiosk means) sent as `body`."""
    assert kiosk.engine is not None
    headers = kiosk.engine.client.signed_headers("POST", p.PUSH_PATH, plain)
    headers.update({"Content-Encoding": coding, "Content-Type": "application/json",
                    p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION)})  # fmt: skip
    return requests.post(url + p.PUSH_PATH, data=body, headers=headers, timeout=30)


def _code(answer: requests.Response) -> p.ApiErrorCode:
    return p.ErrorBody.model_validate_json(answer.content).error


@pytest.mark.parametrize("backend", BACKENDS)
def test_bombs_corrupt_and_unknown_bodies_are_refused_with_a_code_and_cost_the_registry_little(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k1")
        try:
            kiosk.posting(kiosk.employer().id)
            kiosk.sync()
            assert registry.server.proc is not None
            pid = registry.server.proc.pid
            before = peak_rss_mb(pid)
            for coding, bomb in (("zstd", zstd_bomb()), ("gzip", gzip_bomb())):
                answer = signed_push(kiosk, registry.url, bomb, b"", coding)
                assert answer.status_code == 413, answer.text
                assert _code(answer) is p.ApiErrorCode.BODY_TOO_LARGE
            grown = peak_rss_mb(pid) - before
            print(f"registry peak RSS grew {grown:.1f} MB refusing two 1 GB bombs")
            assert grown < 64, grown

            plain = p.PushRequest(ops=[]).model_dump_json().encode()
            whole = wire.compress(plain, "zstd")
            corrupt = p.ApiErrorCode.BODY_CORRUPT
            for body, coding, status, code in (
                (b"\x28\xb5\x2f\xfd" + b"not a frame" * 40, "zstd", 400, corrupt),
                (whole[: len(whole) // 2], "zstd", 400, corrupt),  # a truncated frame
                (gzip.compress(plain)[:-6], "gzip", 400, corrupt),
                (plain, "br", 415, p.ApiErrorCode.ENCODING_UNSUPPORTED),
            ):
                answer = signed_push(kiosk, registry.url, body, plain, coding)
                assert answer.status_code == status, (coding, answer.status_code, answer.text)
                assert _code(answer) is code
            # A whole frame of the same JSON, as the kiosk sends it, is read and answered.
            answer = signed_push(kiosk, registry.url, whole, plain, "zstd")
            assert answer.status_code == 200, answer.text
            assert registry.server.proc.poll() is None
        finally:
            kiosk.close()


class FakeRegistry(http.server.ThreadingHTTPServer):
    """Answers every request with the same headers and body: whatever a broken or hostile
    registry might send."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                headers = {**outer.answer_headers, "Content-Length": str(len(outer.body))}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(outer.body)

            def log_message(self, *_args: object) -> None:
                pass

        self.answer_headers, self.body = headers, body
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.mark.parametrize(
    ("coding", "body", "why"),
    [
        pytest.param("zstd", None, "over", id="zstd-bomb"),
        pytest.param("gzip", None, "over", id="gzip-bomb"),
        pytest.param("zstd", "truncated", "truncated", id="truncated-zstd"),
        pytest.param("br", "plain", "not supported", id="unknown-coding"),
    ],
)
def test_a_kiosk_refuses_an_answer_it_cannot_read_without_holding_it_in_memory(
    tmp_path: Path, coding: str, body: str | None, why: str
) -> None:
    page = orjson.dumps({"changes": [], "cursor": "e.1.t", "more": False, "epoch": "e"})
    if body is None:
        sent = zstd_bomb() if coding == "zstd" else gzip_bomb()
    elif body == "truncated":
        whole = wire.compress(page * 20, "zstd")
        sent = whole[: len(whole) - 5]
    else:
        sent = page
    fake = FakeRegistry({"Content-Type": "application/json", "Content-Encoding": coding}, sent)
    client = RegistryClient(fake.url, None)
    try:
        tracemalloc.start()
        with pytest.raises(RegistryUnavailable, match=f"unreadable answer.*{why}"):
            client.health()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{coding} {why}: kiosk peak allocation {peak / MIB:.1f} MB")
        assert peak < MAX_ANSWER_BYTES + 16 * MIB  # the limit, not the gigabyte
    finally:
        client.close()
        fake.shutdown()
        fake.server_close()


def test_zlib_and_zstd_concatenations_read_as_one_body() -> None:
    """The shared page and each kiosk's own part are separate frames (members): decoders on
    both sides, and urllib3's for older kiosks, read them as one."""
    for coding in wire.CODINGS:
        body = wire.compress(b'{"changes": [1, 2], "more": false', coding)
        body += wire.compress(b', "cursor": "e.2.t"}', coding, fast=True)
        for size in (1, 7, len(body)):
            inflater = wire.Inflater(coding, 1000)
            for at in range(0, len(body), size):
                inflater.feed(body[at : at + size])
            expected = b'{"changes": [1, 2], "more": false, "cursor": "e.2.t"}'
            assert inflater.finish() == expected


def test_kiosks_asking_for_the_same_page_at_once_share_one_compression_of_it() -> None:
    changes = [
        f'{{"seq": {i}, "entity": "posting", "title": "物流园装卸工{i}"}}' for i in range(3000)
    ]
    shared = SharedBody(('{"changes": [' + ", ".join(changes) + '], "more": true').encode())
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda _: shared.encoded("zstd"), range(64)))
    assert all(answer is answers[0] for answer in answers)
    assert zstandard.ZstdDecompressor().decompress(answers[0]) == shared.plain
