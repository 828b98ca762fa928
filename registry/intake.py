"""The registry screens a pushed posting again, as a kiosk does at intake (DESIGN.md section 9).

A kiosk's flags are a claim: a posting with 押金 in its text pushed as open with no flags is
held for review here all the same. The record has passed the sync contract already, so its
fields have the contract's types.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal
from typing import Any

from kiosk.domain import screening
from kiosk.domain.model import (
    Employer,
    EmployerKind,
    EmployerStatus,
    PayUnit,
    Posting,
    PostingStatus,
    ScreeningFlag,
    Settlement,
)


def screen(
    data: Mapping[str, Any], employer: Mapping[str, Any]
) -> tuple[PostingStatus, list[dict[str, str]]]:
    """(status, flags) for a posting a kiosk created as `data["status"]` with its flags.

    The registry's flags join the kiosk's; any flag holds an open posting for review. A
    licence counts as checked when the registry has verified that intermediary.
    """
    status = PostingStatus(data.get("status") or PostingStatus.DRAFT.value)
    boss = _employer(employer)
    licensed = frozenset({boss.licence_no}) if boss.verified and boss.licence_no else frozenset()
    policy = screening.ScreeningPolicy(licensed_intermediaries=licensed)
    found = screening.screen_posting(_posting(data), boss, policy)
    flags = [dict(f) for f in data.get("flags") or []]
    seen = {(f.get("code"), f.get("field")) for f in flags}
    for flag in found:
        if (flag.code, flag.field) not in seen:
            seen.add((flag.code, flag.field))
            flags.append(_flag(flag))
    if flags and status is PostingStatus.OPEN:
        status = PostingStatus.PENDING_REVIEW
    return status, flags


def _flag(flag: ScreeningFlag) -> dict[str, str]:
    return {"code": flag.code, "field": flag.field, "detail": flag.detail}


def _employer(data: Mapping[str, Any]) -> Employer:
    return Employer(
        id=str(data.get("id") or ""),
        name=str(data.get("name") or ""),
        kind=EmployerKind(data.get("kind") or EmployerKind.COMPANY.value),
        licence_no=str(data.get("licence_no") or ""),
        verified=bool(data.get("verified")),
        status=EmployerStatus(data.get("status") or EmployerStatus.OK.value),
    )


def _posting(data: Mapping[str, Any]) -> Posting:
    """The domain posting the screening reads: what the contract checked, typed."""
    start, end = data.get("start_time"), data.get("end_time")
    return Posting(
        id=str(data["id"]),
        employer_id=str(data["employer_id"]),
        title=data["title"],
        occupation_code=data["occupation_code"],
        skill_tags=list(data.get("skill_tags") or []),
        description=data.get("description") or "",
        requirements=data.get("requirements") or "",
        district=data["district"],
        workplace=data["workplace"],
        pay_amount=(Decimal(data["pay_cents"]) / 100),
        pay_unit=PayUnit(data["pay_unit"]),
        settlement=Settlement(data["settlement"]),
        start_date=date.fromisoformat(data["start_date"]),
        end_date=date.fromisoformat(data["end_date"]),
        start_time=time.fromisoformat(start) if start else None,
        end_time=time.fromisoformat(end) if end else None,
        headcount=data["headcount"],
        meals=data.get("meals") or "",
        transport=data.get("transport") or "",
        deductions=data.get("deductions") or "",
        contact_name=data.get("contact_name") or "",
        contact_phone=data.get("contact_phone") or "",
    )
