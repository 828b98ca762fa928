"""Compression on the registry's side: request bodies inflated within their limits, pull pages
compressed once per coding and shared by every kiosk that asks for them, push answers
compressed too (issue 16, point 1).
"""

from __future__ import annotations

import threading

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.sync import protocol as p
from kiosk.sync import wire
from registry.limits import body_limit, refuse

_ACCEPT_ENCODING = (b"accept-encoding", wire.ACCEPT_ENCODING.encode())
_REFUSALS = {
    "encoding": (415, p.ApiErrorCode.ENCODING_UNSUPPORTED),
    "too_large": (413, p.ApiErrorCode.BODY_TOO_LARGE),
    "corrupt": (400, p.ApiErrorCode.BODY_CORRUPT),
}


class InflateBody:
    """ASGI middleware inside BodyLimit (which has bounded the compressed bytes): a body with a
    Content-Encoding reaches the app inflated, refused past the path's body limit, so the
    signature, the limits and the models all see the JSON the kiosk signed.

    Every API answer says, in Accept-Encoding (RFC 7694), which codings request bodies may
    use: a kiosk compresses its pushes only after hearing it, so older registries, which never
    say it, keep getting plain bodies.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(p.API_PREFIX + "/"):
            await self.app(scope, receive, send)
            return

        async def advertised(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), _ACCEPT_ENCODING]
            await send(message)

        headers = [(k, v) for k, v in scope["headers"] if k != b"content-encoding"]
        coding = dict(scope["headers"]).get(b"content-encoding", b"").decode("latin-1")
        if not coding or coding.strip().lower() == wire.IDENTITY:
            await self.app(scope, receive, advertised)
            return
        try:
            body = await _inflated(receive, wire.Inflater(coding, body_limit(scope["path"])))
        except wire.BodyRefused as exc:
            status, code = _REFUSALS[exc.kind]
            await refuse(advertised, status, code, str(exc))
            return
        if body is None:
            return  # the client left, or BodyLimit refused the compressed bytes and answered
        headers = [(k, v) for k, v in headers if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()  # what comes after the body: a disconnect
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(dict(scope, headers=headers), replay, advertised)


async def _inflated(receive: Receive, inflater: wire.Inflater) -> bytes | None:
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        inflater.feed(message.get("body", b""))
        if not message.get("more_body", False):
            return inflater.finish()


class SharedBody:
    """The part of an answer that is the same for every kiosk (a page's changes), kept plain
    and compressed at most once per coding however many kiosks ask for it at once."""

    __slots__ = ("_encoded", "_lock", "plain")

    def __init__(self, plain: bytes) -> None:
        self.plain = plain
        self._encoded: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def encoded(self, coding: str) -> bytes:
        found = self._encoded.get(coding)
        if found is None:
            # Kiosks asking together wait for the one compressing rather than each doing it.
            with self._lock:
                found = self._encoded.get(coding)
                if found is None:
                    found = self._encoded[coding] = wire.compress(self.plain, coding)
        return found


def shared_response(shared: SharedBody, tail: bytes, accept_encoding: str | None) -> Response:
    """`shared` then `tail` (this kiosk's part) in the best coding the kiosk accepts: a second
    zstd frame or gzip member, which decoders read as one body. Small answers go plain.

    An answer for one kiosk alone (a push's results) is a SharedBody nobody else asks for,
    with no tail: compressed once, at the level a shared page gets.
    """
    coding = wire.preferred(accept_encoding)
    if len(shared.plain) + len(tail) < wire.MIN_COMPRESSED_BYTES:
        coding = wire.IDENTITY
    headers = {"Vary": "Accept-Encoding"}
    if coding == wire.IDENTITY:
        content = shared.plain + tail
    else:
        content = shared.encoded(coding)
        if tail:
            content += wire.compress(tail, coding, fast=True)
        headers["Content-Encoding"] = coding
    return Response(content, media_type="application/json", headers=headers)
