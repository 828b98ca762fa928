"""`GET /v1/sync/snapshot` (the device's partitions' snapshots) and `/{id}` (their bytes).

Signed like every sync request; the device's partitions come from its enrollment, never
from the request. A kiosk that does not ask for snapshot images (`HEADER_SNAPSHOT_FORMAT`; 0.4.0
read JSON lines) is told there are none (404), and catches up by cursor pulls. The bytes are
served with HTTP Range and an ETag (the SHA-256), and `If-Range` makes a resumed download
start over if the snapshot was rebuilt meanwhile, so a kiosk never splices two snapshots.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import AsyncIterator

from fastapi import APIRouter, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select as sa_select

from kiosk.sync import protocol as p
from registry import snapshot
from registry.caller import AppState, CallerDep
from registry.errors import ApiError
from registry.tables import Device

log = logging.getLogger(__name__)
_DEV = Device.__table__  # type: ignore[attr-defined]
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


async def _refresh_forever(app: FastAPI) -> None:
    """Rebuild changed snapshots in the background (one builder across processes)."""
    while True:
        await asyncio.sleep(snapshot.CHECK_EVERY_S)
        state: AppState = app.state.registry
        try:
            built = await run_in_threadpool(snapshot.refresh_due, state.db)
        except Exception:  # a failed build is tried again at the next check
            log.exception("snapshot refresh failed")
            continue
        if built:
            log.info("snapshots rebuilt: %d partition(s)", len(built))


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    task = asyncio.create_task(_refresh_forever(app))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


router = APIRouter(lifespan=_lifespan)


def _refuse_older_kiosks(request: Request) -> None:
    """A kiosk that does not ask for images (0.4.0 read JSON lines) would fail its first sync
    on one: it hears what a registry without snapshots says, and pulls from the cursor."""
    if request.headers.get(p.HEADER_SNAPSHOT_FORMAT) != p.SNAPSHOT_FORMAT:
        raise ApiError(404, p.ApiErrorCode.NOT_FOUND, "no snapshots in the format asked for")


@router.get(p.SNAPSHOT_PATH, response_model=p.SnapshotList)
async def snapshot_list(who: CallerDep, request: Request) -> p.SnapshotList:
    _refuse_older_kiosks(request)  # before `ensure`: nothing is built for such a kiosk
    state: AppState = request.app.state.registry

    def read() -> p.SnapshotList:
        found = snapshot.ensure(state.db, sorted(who.partitions))
        with state.db.read() as session:
            last = session.connection().execute(
                sa_select(_DEV.c.last_op_seq).where(_DEV.c.id == who.device_id)
            ).scalar()  # fmt: skip
        return p.SnapshotList(
            snapshots=[f.to_wire() for f in found], last_op_seq=int(last or 0),
            server_time=time.time(),
        )  # fmt: skip

    return await run_in_threadpool(read)


@router.get(p.SNAPSHOT_PATH + "/{snapshot_id}")
async def snapshot_bytes(snapshot_id: str, who: CallerDep, request: Request) -> Response:
    _refuse_older_kiosks(request)
    state: AppState = request.app.state.registry
    partition = next((x for x in who.partitions if snapshot.snapshot_id(x) == snapshot_id), None)
    if partition is None:
        # Another device's partition looks just like one that does not exist.
        raise ApiError(404, p.ApiErrorCode.NOT_FOUND, "no such snapshot")

    def read() -> tuple[snapshot.Info, bytes] | None:
        with state.db.read() as session:
            found = snapshot.info(session, partition)
        if found is None:
            return None
        data = snapshot.CACHE.get(state.db, partition, found.sha256)
        return None if data is None else (found, data)

    got = await run_in_threadpool(read)
    if got is None:
        raise ApiError(404, p.ApiErrorCode.NOT_FOUND, "no snapshot yet")
    found, data = got
    etag = f'"{found.sha256}"'
    headers = {"ETag": etag, "Accept-Ranges": "bytes"}
    asked = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if asked is None or (if_range is not None and if_range != etag):
        # No range, or a range of another snapshot: the whole of this one.
        return Response(data, 200, headers=headers, media_type="application/zstd")
    match = _RANGE.fullmatch(asked.strip())
    size = len(data)
    start = int(match.group(1)) if match else size
    end = int(match.group(2)) if match and match.group(2) else size - 1
    if start >= size or end < start:
        headers["Content-Range"] = f"bytes */{size}"
        return Response(b"", 416, headers=headers)
    end = min(end, size - 1)
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return Response(data[start : end + 1], 206, headers=headers, media_type="application/zstd")
