"""`POST /v1/sync/set-aside`: a kiosk reports the pulled records it had to set aside."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from kiosk.sync import protocol as p
from registry import set_aside
from registry.caller import AppState, CallerDep

router = APIRouter()


@router.post(p.SET_ASIDE_PATH, response_model=p.SetAsideAnswer)
async def report_set_aside(
    report: p.SetAsideReport, who: CallerDep, request: Request
) -> p.SetAsideAnswer:
    # The device and venue come from the signature, never from the report.
    state: AppState = request.app.state.registry
    recorded = await run_in_threadpool(set_aside.record, state.db, who, report)
    return p.SetAsideAnswer(recorded=recorded)
