"""The registry's HTTP API (FastAPI): enrollment, push, pull, worker lookup, health."""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from anyio import to_thread
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import bindparam, func
from sqlalchemy import select as sa_select
from sqlalchemy.exc import OperationalError

from kiosk.sync import protocol as p
from kiosk.sync.protocol import change_tag
from registry import admin, auth, caller, rules, snapshot, store
from registry.caller import AppState, CallerDep, maybe_sweep, signed_path
from registry.db import Database
from registry.errors import ApiError
from registry.limits import BodyLimit, RateLimit
from registry.push import OpSeqGap, push
from registry.set_aside_routes import router as set_aside_router
from registry.snapshot_routes import router as snapshot_router
from registry.tables import ChangeLog, Device, Meta
from registry.versions import ProtocolGate
from registry.web import router as web_router
from registry.wire import InflateBody, SharedBody, shared_response

LONG_POLL_MAX_S = 30.0
LONG_POLL_STEP_S = 0.5
WORKER_THREADS = 8
# Polls run on threads of their own: a hop through anyio's worker threads (a Python-level
# queue and condition, a capacity limiter, a cancel scope) was a tenth of a poll's registry
# CPU; an executor's hop is a C queue. With WORKER_THREADS, within a process's connections
# (registry/db.py): each thread holds one at a time.
POLL_THREADS = 6
_POLLS = ThreadPoolExecutor(POLL_THREADS, thread_name_prefix="registry-poll")


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    # Blocking handlers run in anyio's worker threads (40 by default). Requests are short
    # database trips that release and retake the GIL at every statement: with dozens of
    # runnable threads each retake waits its turn, and a poll's latency grew with the thread
    # count, not with the work. A few threads keep the cores busy; the rest queue in asyncio.
    to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    yield


def create_app(
    db_url: str,
    *,
    op_delay_s: float = 0.0,
    processes: int = 1,
    stopping: threading.Event | None = None,
) -> FastAPI:
    """The registry app over one database (migrated by the caller: `serve` does it at start).

    `processes`: how many serve the address together; each allows its share of the rate
    limits, which live in its memory. `stopping`: set when the process is asked to stop;
    long polls then answer at once with what they have.
    """
    db = Database(db_url)
    stopping = stopping or threading.Event()
    lookups, enrolls = shared_limits(processes)
    state = AppState(db=db, op_delay_s=op_delay_s, lookups=lookups, enrolls=enrolls)
    app = FastAPI(title="Gig market registry", version="1", lifespan=_lifespan)
    app.state.registry = state
    # Inside the limit on compressed bytes: a compressed body reaches the routes inflated,
    # within the same limit (registry/wire.py).
    app.add_middleware(InflateBody)
    # Outermost but for Starlette's error page: a body is refused before anything reads it.
    app.add_middleware(BodyLimit)
    # Outermost: a kiosk the registry cannot serve hears so before anything else is checked.
    app.add_middleware(ProtocolGate)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = p.ErrorBody(
            error=exc.code, message=exc.message, expected_op_seq=exc.expected_op_seq,
            server_time=exc.server_time, time_signature=exc.time_signature,
        )  # fmt: skip
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse(body.model_dump(exclude_none=True), exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Where and what, never the input: FastAPI's own answer echoed a 10 MB field back.
        body = p.ErrorBody(error=p.ApiErrorCode.REQUEST_INVALID, message=_problems(exc))
        return JSONResponse(body.model_dump(exclude_none=True), 422)

    @app.exception_handler(OperationalError)
    async def _db_down(_request: Request, _exc: OperationalError) -> JSONResponse:
        # Database busy or away: the kiosk backs off and retries; nothing was committed.
        body = p.ErrorBody(error=p.ApiErrorCode.UNAVAILABLE, message="database unavailable")
        return JSONResponse(body.model_dump(exclude_none=True), 503, headers={"Retry-After": "2"})

    @app.get("/health")
    def health() -> dict[str, str]:
        with db.read() as session:
            epoch = store.get_meta(session, store.EPOCH) or ""
        return {"status": "ok", "epoch": epoch, "database": db.engine.dialect.name}

    @app.post(p.ENROLL_PATH, response_model=p.EnrollResponse)
    def enroll(req: p.EnrollRequest, request: Request) -> p.EnrollResponse:
        # Failed attempts are rationed per client address: guessing codes takes for ever,
        # and a venue enrolling its kiosks one after another is never held up.
        address = request.client.host if request.client else ""
        wait = state.enrolls.waiting(address)
        if wait is not None:
            raise ApiError(429, p.ApiErrorCode.RATE_LIMITED, "too many attempts", retry_after=wait)
        try:
            return admin.enroll(db, req)
        except ApiError:
            state.enrolls.spend(address)
            raise

    @app.post(
        p.PUSH_PATH,
        response_model=p.PushResponse,
        responses={409: {"model": p.ErrorBody}, 401: {"model": p.ErrorBody}},
    )
    def push_ops(req: p.PushRequest, who: CallerDep, request: Request) -> Response:
        try:
            answer = push(db, who, req.ops, op_delay_s=state.op_delay_s)
        except OpSeqGap as gap:
            raise ApiError(
                409, p.ApiErrorCode.OP_SEQ_GAP, str(gap), expected_op_seq=gap.expected
            ) from None
        # A result per op (and the registry's record for each rejected one): compressed too.
        body = answer.model_dump_json().encode()
        return shared_response(SharedBody(body), b"", request.headers.get("accept-encoding"))

    @app.get(
        p.PULL_PATH,
        response_model=p.PullResponse,
        responses={410: {"model": p.ErrorBody}, 403: {"model": p.ErrorBody}},
    )
    async def pull(
        request: Request,
        cursor: str = "",
        limit: Annotated[int, Query(ge=1, le=p.MAX_PAGE)] = p.DEFAULT_PAGE,
        wait: Annotated[float, Query(ge=0, le=LONG_POLL_MAX_S)] = 0.0,
        partitions: str = "",
    ) -> Response:
        # The hot path of 500 polling kiosks: the signature check and the page read run in
        # one worker-thread hop (a `CallerDep` would cost a second one per request).
        body, path = await request.body(), signed_path(request)
        await maybe_sweep(state)

        def first() -> tuple[rules.Caller, list[str], Page]:
            who = auth.authenticate(
                db, method=request.method, path=path, body=body, headers=request.headers
            )
            state.seen.note(db, who.device_id, request.headers)
            wanted = list(who.partitions)
            if partitions:
                asked = [x for x in partitions.split(",") if x]
                if set(asked) - set(who.partitions):
                    # The registry decides partitions; asking for another venue's is refused.
                    raise ApiError(403, p.ApiErrorCode.PARTITION_FORBIDDEN)
                wanted = asked
            return who, wanted, _read_page(db, who, cursor, wanted, limit)

        deadline = time.monotonic() + wait
        loop = asyncio.get_running_loop()
        who, wanted, page = await loop.run_in_executor(_POLLS, first)
        while True:
            done = page.changes or page.more or time.monotonic() >= deadline
            if done or stopping.is_set():
                return page.response(request.headers.get("accept-encoding"))
            await asyncio.sleep(LONG_POLL_STEP_S)
            page = await loop.run_in_executor(_POLLS, _read_page, db, who, cursor, wanted, limit)

    @app.get(
        p.WORKER_LOOKUP_PATH,
        response_model=p.WorkerLookupResponse,
        responses={404: {"model": p.ErrorBody}},
    )
    def lookup(who: CallerDep, phone: str = "", card: str = "") -> p.WorkerLookupResponse:
        _ration(state.lookups, who.device_id)
        found = admin.lookup_worker(db, phone=phone, card=card)
        return p.WorkerLookupResponse(
            worker=rules.lookup_view(found.worker, who), version=found.version
        )

    app.include_router(set_aside_router)
    app.include_router(snapshot_router)
    app.include_router(web_router)
    return app


def shared_limits(processes: int) -> tuple[RateLimit, RateLimit]:
    """Each process's share of the lookup and enrollment limits. They are kept in a process's
    memory; the kernel spreads a client's connections over the processes, so together they
    allow about the whole (a client on one kept-alive connection gets one share)."""
    return (
        RateLimit(burst=math.ceil(caller.LOOKUPS_BURST / processes),
                  per_minute=caller.LOOKUPS_PER_MINUTE / processes),
        RateLimit(burst=math.ceil(caller.ENROLLS_BURST / processes),
                  per_minute=caller.ENROLLS_PER_MINUTE / processes),
    )  # fmt: skip


def _problems(exc: RequestValidationError, shown: int = 3) -> str:
    """The first few problems as `place: kind`, each place cut short (it may hold input keys)."""
    parts = []
    for error in exc.errors()[:shown]:
        place = ".".join(str(x) for x in error.get("loc", ()))[:60]
        parts.append(f"{place}: {str(error.get('type', 'invalid'))[:40]}")
    return "; ".join(parts)


def _ration(limit: RateLimit, key: str) -> None:
    wait = limit.take(key)
    if wait is not None:
        raise ApiError(429, p.ApiErrorCode.RATE_LIMITED, "too many requests", retry_after=wait)


PAGE_CACHE_SIZE = 256
# A page's changes, last seq, its tag, more to come, and its JSON compressed once per coding.
_PAGES: dict[
    tuple[str, tuple[str, ...], int, int, int], tuple[list[str], int, str, bool, SharedBody]
] = {}
_META = Meta.__table__  # type: ignore[attr-defined]
_LOG = ChangeLog.__table__  # type: ignore[attr-defined]
_DEV = Device.__table__  # type: ignore[attr-defined]


def _meta_value(key: str) -> Any:
    return sa_select(_META.c.value).where(_META.c.key == key).scalar_subquery()


def _at_cursor(column: Any) -> Any:
    return sa_select(column).where(_LOG.c.seq == bindparam("after")).scalar_subquery()


def _at_head(column: Any) -> Any:
    newest = sa_select(func.max(_LOG.c.seq)).scalar_subquery()
    return sa_select(column).where(_LOG.c.seq == newest).scalar_subquery()


# Everything a poll needs besides the changes, in one statement of primary-key lookups:
# epoch, tombstone horizon, the change row the cursor names (its tag), the newest seq (the
# page cache key) and the device's last op_seq.
_POLL_STATE = sa_select(
    _meta_value(store.EPOCH),
    _meta_value(store.HORIZON),
    sa_select(func.max(_LOG.c.seq)).scalar_subquery(),
    sa_select(_DEV.c.last_op_seq).where(_DEV.c.id == bindparam("d")).scalar_subquery(),
    _at_cursor(_LOG.c.entity),
    _at_cursor(_LOG.c.entity_id),
    _at_cursor(_LOG.c.version),
    _at_cursor(_LOG.c.partition),
    _at_head(_LOG.c.entity),
    _at_head(_LOG.c.entity_id),
    _at_head(_LOG.c.version),
    _at_head(_LOG.c.partition),
)


@dataclass(slots=True)
class Page:
    """A pull answer: the changes and `more`, shared by every kiosk asking for this page (as
    JSON text from store.read_changes, compressed once per coding), and this kiosk's `meta`."""

    changes: list[str]
    more: bool
    meta: dict[str, object]
    shared: SharedBody

    def response(self, accept_encoding: str | None) -> Response:
        tail = ", " + json.dumps(self.meta)[1:]
        return shared_response(self.shared, tail.encode(), accept_encoding)


def _shared_page(changes: list[str], more: bool) -> SharedBody:
    """`{"changes": [...], "more": ...` without its closing brace: the meta follows."""
    text = '{"changes": [' + ", ".join(changes) + '], "more": ' + ("true" if more else "false")
    return SharedBody(text.encode())


def _read_page(
    db: Database, who: rules.Caller, cursor: str, partitions: list[str], limit: int
) -> Page:
    try:
        cursor_epoch, after, after_tag = p.parse_cursor(cursor)
    except ValueError:
        raise ApiError(400, p.ApiErrorCode.CURSOR_INVALID) from None
    with db.statements() as conn:
        state = conn.execute(_POLL_STATE, {"d": who.device_id, "after": after})
        epoch, horizon, head, last_op_seq, *tags = state.one()
        at, at_head = tags[:4], tags[4:]
        epoch = epoch or ""
        if cursor_epoch and cursor_epoch != epoch:
            raise ApiError(410, p.ApiErrorCode.EPOCH_CHANGED, "registry epoch changed: re-pull")
        if 0 < after < int(horizon or 0):
            raise ApiError(410, p.ApiErrorCode.CURSOR_EXPIRED, "cursor older than tombstones")
        if after and (at[0] is None or change_tag(*at) != after_tag):
            # The kiosk has seen a change this database does not hold: restored from a backup.
            raise ApiError(410, p.ApiErrorCode.EPOCH_CHANGED, "cursor unknown to the registry")
        # Every write logs a change, so the newest seq names the state a page shows: kiosks
        # asking for the same page of the same partitions share one read of it.
        key = (epoch, tuple(partitions), after, limit, head or 0)
        cached = _PAGES.get(key)
        if cached is None:
            # At the newest change of all there is nothing after the cursor to read.
            at_end = after >= (head or 0)
            changes, last, tag, more = (
                ([], after, "", False)
                if at_end
                else store.read_changes(conn, partitions, after, limit)
            )
            cached = (changes, last, tag, more, _shared_page(changes, more))
            if len(_PAGES) >= PAGE_CACHE_SIZE:
                _PAGES.pop(next(iter(_PAGES)))
            _PAGES[key] = cached
        # A kiosk catching up is shown how far it has to go; a poll at the head has none left.
        remaining = snapshot.remaining(conn, partitions, cached[1]) if cached[3] else 0
    changes, last, tag, more, shared = cached
    cursor = p.make_cursor(epoch, last, tag if last != after else after_tag)
    if not more and head and head > last and at_head[0] is not None:
        # Caught up: every change of these partitions up to the newest of all is in hand, so
        # the cursor moves there. Left at its partitions' last change, a quiet kiosk's cursor
        # fell behind the tombstone horizon once any other partition's old tombstone was
        # pruned, and every pull, the re-pull included, was answered 410 again.
        cursor = p.make_cursor(epoch, head, change_tag(*at_head))
    meta: dict[str, object] = {
        "cursor": cursor,
        "epoch": epoch,
        "partitions": list(who.partitions),
        "last_op_seq": last_op_seq,
        "server_time": time.time(),
        "remaining": remaining,
    }
    return Page(changes=changes, more=more, meta=meta, shared=shared)
