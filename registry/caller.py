"""Who is asking: the registry's per-process state and the signed-device dependency.

Apart from registry/app.py so that routers in other modules (snapshots, set-aside reports)
authenticate exactly as the sync routes do, without importing the app.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from registry import auth, rules, store
from registry.db import Database
from registry.limits import RateLimit
from registry.versions import DevicesSeen

NONCE_SWEEP_S = 60.0
# Tombstones past 180 days are forgotten at start and then daily: a registry that runs for
# months still moves its horizon (and cursors older than it get 410).
PRUNE_EVERY_S = 24 * 3600.0
# A desk looks a walk-in worker up now and then; a run of lookups is someone harvesting phones.
LOOKUPS_BURST, LOOKUPS_PER_MINUTE = 20, 20
# Enrollment codes are ten letters of 32: failed attempts per client address, few and slow.
ENROLLS_BURST, ENROLLS_PER_MINUTE = 10, 2


@dataclass(slots=True)
class AppState:
    db: Database
    op_delay_s: float = 0.0
    lookups: RateLimit = field(
        default_factory=lambda: RateLimit(burst=LOOKUPS_BURST, per_minute=LOOKUPS_PER_MINUTE)
    )
    enrolls: RateLimit = field(
        default_factory=lambda: RateLimit(burst=ENROLLS_BURST, per_minute=ENROLLS_PER_MINUTE)
    )
    last_sweep: float = 0.0
    last_prune: float = field(default_factory=time.time)
    seen: DevicesSeen = field(default_factory=DevicesSeen)


def signed_path(request: Request) -> str:
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


async def maybe_sweep(state: AppState) -> None:
    now = time.time()
    if now - state.last_sweep > NONCE_SWEEP_S:
        state.last_sweep = now
        await run_in_threadpool(auth.forget_old_nonces, state.db, now)
    if now - state.last_prune > PRUNE_EVERY_S:
        state.last_prune = now
        await run_in_threadpool(store.prune, state.db)


async def current_caller(request: Request) -> rules.Caller:
    """The signed-in device (FastAPI dependency); raises ApiError when the signing fails."""
    state: AppState = request.app.state.registry
    body = await request.body()
    path = signed_path(request)
    await maybe_sweep(state)
    caller = await run_in_threadpool(
        lambda: auth.authenticate(
            state.db, method=request.method, path=path, body=body, headers=request.headers
        )
    )
    await run_in_threadpool(state.seen.note, state.db, caller.device_id, request.headers)
    return caller


CallerDep = Annotated[rules.Caller, Depends(current_caller)]
