"""The registry's HTTP API (FastAPI): enrollment, push, pull, worker lookup, health."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import bindparam, func
from sqlalchemy import select as sa_select
from sqlalchemy.exc import OperationalError

from kiosk.sync import protocol as p
from registry import admin, auth, rules, store
from registry.db import Database
from registry.errors import ApiError
from registry.push import OpSeqGap, push
from registry.tables import ChangeLog, Device
from registry.web import router as web_router

LONG_POLL_MAX_S = 30.0
LONG_POLL_STEP_S = 0.5
NONCE_SWEEP_S = 60.0


@dataclass(slots=True)
class AppState:
    db: Database
    op_delay_s: float = 0.0
    last_sweep: float = 0.0


async def current_caller(request: Request) -> rules.Caller:
    """The signed-in device (FastAPI dependency); raises ApiError when the signing fails."""
    state: AppState = request.app.state.registry
    body = await request.body()
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    now = time.time()
    if now - state.last_sweep > NONCE_SWEEP_S:
        state.last_sweep = now
        await run_in_threadpool(auth.forget_old_nonces, state.db, now)
    return await run_in_threadpool(
        lambda: auth.authenticate(
            state.db, method=request.method, path=path, body=body, headers=request.headers
        )
    )


CallerDep = Annotated[rules.Caller, Depends(current_caller)]


def create_app(db_url: str, *, op_delay_s: float = 0.0) -> FastAPI:
    """The registry app over one database (migrated by the caller: `serve` does it at start)."""
    db = Database(db_url)
    state = AppState(db=db, op_delay_s=op_delay_s)
    app = FastAPI(title="Gig market registry", version="1")
    app.state.registry = state

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = p.ErrorBody(error=exc.code, message=exc.message, expected_op_seq=exc.expected_op_seq)
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse(body.model_dump(exclude_none=True), exc.status, headers=headers)

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
    def enroll(req: p.EnrollRequest) -> p.EnrollResponse:
        return admin.enroll(db, req)

    @app.post(
        p.PUSH_PATH,
        response_model=p.PushResponse,
        responses={409: {"model": p.ErrorBody}, 401: {"model": p.ErrorBody}},
    )
    def push_ops(req: p.PushRequest, who: CallerDep) -> p.PushResponse:
        try:
            return push(db, who, req.ops, op_delay_s=state.op_delay_s)
        except OpSeqGap as gap:
            raise ApiError(
                409, p.ApiErrorCode.OP_SEQ_GAP, str(gap), expected_op_seq=gap.expected
            ) from None

    @app.get(
        p.PULL_PATH,
        response_model=p.PullResponse,
        responses={410: {"model": p.ErrorBody}, 403: {"model": p.ErrorBody}},
    )
    async def pull(
        who: CallerDep,
        cursor: str = "",
        limit: Annotated[int, Query(ge=1, le=p.MAX_PAGE)] = p.DEFAULT_PAGE,
        wait: Annotated[float, Query(ge=0, le=LONG_POLL_MAX_S)] = 0.0,
        partitions: str = "",
    ) -> Response:
        wanted = list(who.partitions)
        if partitions:
            asked = [x for x in partitions.split(",") if x]
            if set(asked) - set(who.partitions):
                # The registry decides partitions; asking for another venue's is refused.
                raise ApiError(403, p.ApiErrorCode.PARTITION_FORBIDDEN)
            wanted = asked
        deadline = time.monotonic() + wait
        while True:
            page = await run_in_threadpool(_read_page, db, who, cursor, wanted, limit)
            if page.changes or page.more or time.monotonic() >= deadline:
                return Response(page.to_json(), media_type="application/json")
            await asyncio.sleep(LONG_POLL_STEP_S)

    @app.get(
        p.WORKER_LOOKUP_PATH,
        response_model=p.WorkerLookupResponse,
        responses={404: {"model": p.ErrorBody}},
    )
    def lookup(who: CallerDep, phone: str = "", card: str = "") -> p.WorkerLookupResponse:
        return admin.lookup_worker(db, phone=phone, card=card)

    app.include_router(web_router)
    return app


PAGE_CACHE_SIZE = 256
_PAGES: dict[tuple[str, tuple[str, ...], int, int, int], tuple[list[str], int, str, bool]] = {}
_HEAD = sa_select(func.max(ChangeLog.__table__.c.seq))  # type: ignore[attr-defined]
_LAST_OP_SEQ = sa_select(Device.__table__.c.last_op_seq).where(  # type: ignore[attr-defined]
    Device.__table__.c.id == bindparam("d")  # type: ignore[attr-defined]
)


@dataclass(slots=True)
class Page:
    """A pull answer whose changes are already JSON text (see store.read_changes)."""

    changes: list[str]
    more: bool
    meta: dict[str, object]

    def to_json(self) -> str:
        rest = json.dumps(dict(self.meta, more=self.more))
        return '{"changes": [' + ", ".join(self.changes) + "], " + rest[1:]


def _read_page(
    db: Database, who: rules.Caller, cursor: str, partitions: list[str], limit: int
) -> Page:
    try:
        cursor_epoch, after, after_tag = p.parse_cursor(cursor)
    except ValueError:
        raise ApiError(400, p.ApiErrorCode.CURSOR_INVALID) from None
    with db.read() as session:
        epoch = store.get_meta(session, store.EPOCH) or ""
        if cursor_epoch and cursor_epoch != epoch:
            raise ApiError(410, p.ApiErrorCode.EPOCH_CHANGED, "registry epoch changed: re-pull")
        horizon = int(store.get_meta(session, store.HORIZON) or 0)
        if 0 < after < horizon:
            raise ApiError(410, p.ApiErrorCode.CURSOR_EXPIRED, "cursor older than tombstones")
        if after and store.tag_at(session, after) != after_tag:
            # The kiosk has seen a change this database does not hold: restored from a backup.
            raise ApiError(410, p.ApiErrorCode.EPOCH_CHANGED, "cursor unknown to the registry")
        # Every write logs a change, so the newest seq names the state a page shows: kiosks
        # asking for the same page of the same partitions share one read of it.
        head = session.execute(_HEAD).scalar() or 0
        key = (epoch, tuple(partitions), after, limit, head)
        cached = _PAGES.get(key)
        if cached is None:
            cached = store.read_changes(session, partitions, after, limit)
            if len(_PAGES) >= PAGE_CACHE_SIZE:
                _PAGES.pop(next(iter(_PAGES)))
            _PAGES[key] = cached
        changes, last, tag, more = cached
        device = session.execute(_LAST_OP_SEQ, {"d": who.device_id}).one()
        meta: dict[str, object] = {
            "cursor": p.make_cursor(epoch, last, tag if last != after else after_tag),
            "epoch": epoch,
            "partitions": list(who.partitions),
            "last_op_seq": device[0],
            "server_time": time.time(),
        }
        return Page(changes=changes, more=more, meta=meta)
