"""Staff sign-in: PIN checks, lockout after repeated failures, roles, audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import StaffRole, StaffUser
from kiosk.services.container import Services
from kiosk.store import audit
from kiosk.store.tables import AuditEventRow, StaffUserRow


def test_sign_in_with_the_right_pin(services: Services, staff_id: str) -> None:
    user = services.staff.sign_in(name="小王", pin="1357")
    assert user.id == staff_id and user.role is StaffRole.STAFF
    with services.db.read() as session:
        row = session.get(StaffUserRow, staff_id)
        assert row is not None and row.pin_hash.startswith("scrypt$") and "1357" not in row.pin_hash


def test_wrong_pins_lock_the_account_then_it_opens_again(services: Services, staff_id: str) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(DomainError) as err:
            services.staff.sign_in(name="小王", pin="0000")
        assert err.value.code is ErrorCode.PIN_WRONG and err.value.params["left"] == left
    with pytest.raises(DomainError) as err:
        services.staff.sign_in(name="小王", pin="0000")
    assert err.value.code is ErrorCode.STAFF_LOCKED
    with pytest.raises(DomainError) as err:  # even the right PIN waits out the lock
        services.staff.sign_in(name="小王", pin="1357")
    assert err.value.code is ErrorCode.STAFF_LOCKED
    later = services.ctx.now() + timedelta(minutes=6)
    services.ctx.clock = lambda: later
    assert services.staff.sign_in(name="小王", pin="1357").id == staff_id
    with services.db.read() as session:
        actions = [r.action for r in session.exec(select(AuditEventRow))]
    assert actions.count("staff.sign_in_failed") == 5 and "staff.sign_in_locked" in actions


def test_unknown_name_looks_like_a_wrong_pin(services: Services, staff_id: str) -> None:
    with pytest.raises(DomainError) as err:
        services.staff.sign_in(name="nobody", pin="1357")
    assert err.value.code is ErrorCode.PIN_WRONG


def test_only_an_admin_adds_staff_after_the_first(
    services: Services, admin: StaffUser, staff_id: str
) -> None:
    with pytest.raises(DomainError) as err:
        services.staff.add(name="新人", role=StaffRole.ADMIN, pin="1111", actor=staff_id)
    assert err.value.code is ErrorCode.FORBIDDEN
    with pytest.raises(DomainError) as err:
        services.staff.add(name="新人", role=StaffRole.STAFF, pin="12", actor=admin.id)
    assert err.value.code is ErrorCode.PIN_INVALID


def test_audit_chain_fails_after_a_row_is_changed_by_hand(
    services: Services, staff_id: str
) -> None:
    services.staff.sign_in(name="小王", pin="1357")
    with services.db.read() as session:
        assert audit.verify(session).ok
    with services.db.write() as session:
        session.connection().execute(text("UPDATE audit_event SET action = 'x' WHERE seq = 2"))
    with services.db.read() as session:
        assert audit.verify(session).first_bad_seq == 2
