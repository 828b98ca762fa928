"""What one screen hands the next: the action waiting for a worker to be identified, and so on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ApplyRequest:
    """Say "I'm interested" in a posting (needs a worker)."""

    posting_id: str
    title: str = ""
    # Its trade and district: a worker registering on the way starts with them chosen.
    occupation_code: str = ""
    district: str = ""


@dataclass(frozen=True, slots=True)
class EnrollRequest:
    """Sign up for a training course (needs a worker)."""

    course_id: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class CardRequest:
    """Print a worker card for the identified worker."""


@dataclass(frozen=True, slots=True)
class ComplaintRequest:
    """Open the complaint form about a posting (from its detail screen) or in general."""

    posting_id: str | None = None
    employer_id: str | None = None
    # What the screen names it by: the job's title and its employer's name.
    title: str = ""
    employer_name: str = ""


@dataclass(frozen=True, slots=True)
class RegisteredNotice:
    """The register screen saved the worker; the result screen says so (and may continue)."""

    masked_phone: str
    merged: bool
    then: ApplyRequest | EnrollRequest | None = None


@dataclass(frozen=True, slots=True)
class ComplaintFiledNotice:
    reference: str
    print_job_id: str
    call_back: bool = False  # they left a number: staff call them with the answer


Action = ApplyRequest | EnrollRequest


@dataclass(frozen=True, slots=True)
class IdentifyRequest:
    """Ask who the worker is, then carry on with `then`."""

    then: Action | None = None


@dataclass(frozen=True, slots=True)
class RegisterRequest:
    """Open the registration form, with the phone already typed and what to do after."""

    phone: str = ""
    then: Action | None = None
