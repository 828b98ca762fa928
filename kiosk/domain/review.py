"""What a supervisor may correct on a posting held for review, and what a correction changed.

The same field names travel in the approval sent to the registry (wire names, as the posting's
columns), so the registry applies exactly what the kiosk's audit trail records.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# The terms a fraud flag or a typo can sit in. Not the employer (that would be another
# employer's posting), nor status, flags or anything the registry owns.
CORRECTABLE = (
    "title", "occupation_code", "skill_tags", "description", "requirements", "district",
    "workplace", "pay_cents", "day_rate_cents", "pay_unit", "settlement", "start_date",
    "end_date", "start_time", "end_time", "headcount", "meals", "transport", "deductions",
    "contact_name", "contact_phone",
)  # fmt: skip


def corrections(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The correctable fields whose values differ, with their new values."""
    return {k: after[k] for k in CORRECTABLE if k in after and after[k] != before.get(k)}
