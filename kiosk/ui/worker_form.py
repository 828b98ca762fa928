"""The register form's choices: a stored worker as chips to tap, and the chips back as changes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS
from kiosk.domain.model import Circumstance, PayUnit, Worker
from kiosk.domain.validation import mask_name as mask_name  # the rule is the domain's

# The form offers today and the next six days; later dates come from staff and stay as they are.
DAYS_SHOWN = 7

_TAGS = {occ.code: occ.skill_tags for occ in OCCUPATIONS}
_ORDER = {occ.code: i for i, occ in enumerate(OCCUPATIONS)}
_DISTRICT_NAMES = tuple(d.name_zh for d in DISTRICTS)


@dataclass(slots=True)
class Choices:
    """What the form's chips and pay field hold (occupation codes, not skill tags).

    For a known worker on the screen, `circumstances` are what they chose on the help step this
    time, a new answer, never the stored one (see `choices_shown`); `circumstances_cleared` is
    their "none of these apply to me any more".
    """

    occupations: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    day_offsets: list[int] = field(default_factory=list)
    pay: str = ""
    circumstances: list[Circumstance] = field(default_factory=list)
    circumstances_cleared: bool = False


def occupations_for(skills: Sequence[str]) -> list[str]:
    """The occupation chips that stand for a worker's skill tags.

    The form stores an occupation as all of its tags, and occupations share tags (保洁 is both a
    cleaner's and a housekeeper's), so "any tag" would light chips the worker never chose. A
    chip is on when its own first tag and at least half of its tags are there, and it explains a
    tag that no better-fitting chip already does. Demo and staff-typed workers, with only some
    of an occupation's tags, still see their work selected.
    """
    have = set(skills)
    fitting = []
    for occ in OCCUPATIONS:
        present = {t for t in occ.skill_tags if t in have}
        if occ.skill_tags[0] in have and 2 * len(present) >= len(occ.skill_tags):
            fit = len(present) / len(occ.skill_tags)
            fitting.append((-fit, -len(present), _ORDER[occ.code], occ.code, present))
    chosen: list[str] = []
    explained: set[str] = set()
    for *_, code, present in sorted(fitting):
        if present - explained:
            chosen.append(code)
            explained |= present
    return sorted(chosen, key=_ORDER.__getitem__)


def skills_after(
    stored: Sequence[str], before: Collection[str], after: Collection[str]
) -> list[str]:
    """The worker's skill tags once chips `before` became chips `after`.

    Tags of a chip switched off go, unless a chip still on has them too; a chip switched on adds
    all its tags. Tags no chip stands for (a licence staff noted) are kept: the form never
    showed them, so it must not lose them.
    """
    still_on = {t for code in after for t in _TAGS[code]}
    dropped = {t for code in before if code not in after for t in _TAGS[code]} - still_on
    skills = [s for s in stored if s not in dropped]
    for code in sorted(after, key=_ORDER.__getitem__):
        if code not in before:
            skills.extend(t for t in _TAGS[code] if t not in skills)
    return skills


def pay_text(worker: Worker) -> str:
    """The pay field asks per day; any other expectation is not shown (and so not touched)."""
    if worker.expected_pay is None or worker.expected_pay_unit is not PayUnit.DAY:
        return ""
    return str(int(worker.expected_pay))


def choices_from(worker: Worker, today: date) -> Choices:
    """A stored worker's details as the form's choices (all of them: see `choices_shown`)."""
    offsets = sorted(
        {(d - today).days for d in worker.available_dates if 0 <= (d - today).days < DAYS_SHOWN}
    )
    return Choices(
        occupations=occupations_for(worker.skills),
        districts=[d for d in worker.districts if d in _DISTRICT_NAMES],
        day_offsets=offsets,
        pay=pay_text(worker),
        circumstances=list(worker.circumstances),
    )


def choices_shown(worker: Worker, today: date) -> Choices:
    """The chips to light for a known worker, so they see what we keep and can change it.

    Not their help circumstances (disability, low income...): a phone number anyone can type
    is enough to get here, so those stay off the screen and the help step starts empty.
    """
    return replace(choices_from(worker, today), circumstances=[])


def _dates(offsets: Sequence[int], today: date) -> list[date]:
    return [today + timedelta(days=o) for o in sorted(set(offsets))]


def _pay(text: str) -> Decimal | None:
    text = text.strip()
    return Decimal(text) if text and int(text) > 0 else None


def new_worker(
    choices: Choices, *, display_name: str, phone: str, lang: str, today: date
) -> Worker:
    """A worker registering for the first time, from what the form holds."""
    return Worker(
        display_name=display_name.strip(),
        phone=phone,
        skills=skills_after([], [], choices.occupations),
        districts=list(choices.districts),
        available_dates=_dates(choices.day_offsets, today),
        expected_pay=_pay(choices.pay),
        expected_pay_unit=PayUnit.DAY,
        languages=["en", "zh"] if lang == "en" else ["zh"],
        circumstances=list(choices.circumstances),
    )


def changes(worker: Worker, loaded: Choices, now: Choices, today: date) -> dict[str, Any]:
    """What to store for a known worker: the lists as the form now shows them, replacing the old.

    Only fields the person changed are returned: re-grading assistance (which circumstances
    trigger) or rewriting pay they never saw must not happen behind their back. The form never
    showed the stored circumstances, so they change only when the person answered the help step
    again (a new answer replaces the old) or chose to clear them, and it differs from what is kept.
    """
    result: dict[str, Any] = {}
    if set(now.occupations) != set(loaded.occupations):
        result["skills"] = skills_after(worker.skills, loaded.occupations, now.occupations)
    if set(now.districts) != set(loaded.districts):
        unshown = [d for d in worker.districts if d not in _DISTRICT_NAMES]
        result["districts"] = [d for d in _DISTRICT_NAMES if d in now.districts] + unshown
    if set(now.day_offsets) != set(loaded.day_offsets):
        later = [d for d in worker.available_dates if (d - today).days >= DAYS_SHOWN]
        result["available_dates"] = _dates(now.day_offsets, today) + sorted(later)
    if now.pay.strip() != loaded.pay.strip():
        result["expected_pay"] = _pay(now.pay)
        result["expected_pay_unit"] = PayUnit.DAY
    if now.circumstances or now.circumstances_cleared:
        answered = [c for c in Circumstance if c in now.circumstances]
        if set(answered) != set(worker.circumstances):
            result["circumstances"] = answered
    return result
