"""The status machines of postings, applications, queue tickets and complaints."""

from __future__ import annotations

from enum import StrEnum

import pytest

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import (
    APPLICATION_TERMINAL,
    APPLICATION_TRANSITIONS,
    COMPLAINT_TRANSITIONS,
    POSTING_TRANSITIONS,
    TICKET_TRANSITIONS,
    ApplicationStatus,
    ComplaintStatus,
    PostingStatus,
    TicketState,
    check_transition,
)

TABLES: list[tuple[type[StrEnum], dict[StrEnum, frozenset[StrEnum]]]] = [
    (PostingStatus, POSTING_TRANSITIONS),  # type: ignore[list-item]
    (ApplicationStatus, APPLICATION_TRANSITIONS),  # type: ignore[list-item]
    (TicketState, TICKET_TRANSITIONS),  # type: ignore[list-item]
    (ComplaintStatus, COMPLAINT_TRANSITIONS),  # type: ignore[list-item]
]


@pytest.mark.parametrize(("states", "table"), TABLES)
def test_every_state_has_a_row_and_targets_are_states(
    states: type[StrEnum], table: dict[StrEnum, frozenset[StrEnum]]
) -> None:
    assert set(table) == set(states)
    for targets in table.values():
        assert targets <= set(states)


@pytest.mark.parametrize(("states", "table"), TABLES)
def test_staying_put_is_always_allowed(
    states: type[StrEnum], table: dict[StrEnum, frozenset[StrEnum]]
) -> None:
    for state in states:
        check_transition(table, state, state)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (PostingStatus.DRAFT, PostingStatus.PENDING_REVIEW),
        (PostingStatus.PENDING_REVIEW, PostingStatus.OPEN),
        (PostingStatus.OPEN, PostingStatus.FILLED),
        (PostingStatus.FILLED, PostingStatus.OPEN),
        (PostingStatus.OPEN, PostingStatus.SUSPENDED),
        (PostingStatus.SUSPENDED, PostingStatus.OPEN),
        (PostingStatus.EXPIRED, PostingStatus.CLOSED),
    ],
)
def test_posting_moves_a_reviewer_and_employer_make(
    current: PostingStatus, target: PostingStatus
) -> None:
    check_transition(POSTING_TRANSITIONS, current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (PostingStatus.CLOSED, PostingStatus.OPEN),
        (PostingStatus.EXPIRED, PostingStatus.OPEN),
        (PostingStatus.DRAFT, PostingStatus.FILLED),
        (PostingStatus.SUSPENDED, PostingStatus.FILLED),
    ],
)
def test_posting_moves_that_are_refused(current: PostingStatus, target: PostingStatus) -> None:
    with pytest.raises(DomainError) as caught:
        check_transition(POSTING_TRANSITIONS, current, target)
    assert caught.value.code is ErrorCode.TRANSITION_INVALID
    assert caught.value.params == {"current": current.value, "target": target.value}


def test_a_closed_posting_is_final() -> None:
    assert POSTING_TRANSITIONS[PostingStatus.CLOSED] == frozenset()


def test_application_terminal_states_win_except_a_hire_becoming_a_no_show() -> None:
    check_transition(APPLICATION_TRANSITIONS, ApplicationStatus.INTERESTED, ApplicationStatus.HIRED)
    check_transition(APPLICATION_TRANSITIONS, ApplicationStatus.HIRED, ApplicationStatus.NO_SHOW)
    for terminal in APPLICATION_TERMINAL:
        for target in ApplicationStatus:
            if target in (terminal, ApplicationStatus.NO_SHOW):
                continue
            with pytest.raises(DomainError):
                check_transition(APPLICATION_TRANSITIONS, terminal, target)


def test_a_ticket_with_no_deal_goes_back_to_the_queue() -> None:
    check_transition(TICKET_TRANSITIONS, TicketState.NO_DEAL, TicketState.WAITING)
    check_transition(TICKET_TRANSITIONS, TicketState.CALLED, TicketState.WAITING)
    with pytest.raises(DomainError):
        check_transition(TICKET_TRANSITIONS, TicketState.AGREED, TicketState.WAITING)
    with pytest.raises(DomainError):
        check_transition(TICKET_TRANSITIONS, TicketState.WAITING, TicketState.AT_TABLE)


def test_a_resolved_complaint_stays_resolved() -> None:
    check_transition(COMPLAINT_TRANSITIONS, ComplaintStatus.RECEIVED, ComplaintStatus.RESOLVED)
    with pytest.raises(DomainError):
        check_transition(COMPLAINT_TRANSITIONS, ComplaintStatus.RESOLVED, ComplaintStatus.RECEIVED)
    with pytest.raises(DomainError):
        check_transition(
            COMPLAINT_TRANSITIONS, ComplaintStatus.DISMISSED, ComplaintStatus.INVESTIGATING
        )
