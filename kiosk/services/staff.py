"""Staff accounts: PIN sign-in with lockout, roles, and the checks other services rely on."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from kiosk import datakey
from kiosk.domain import pin as pins
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import StaffRole, StaffUser
from kiosk.services.base import Service
from kiosk.store.tables import StaffUserRow

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


def staff_to_domain(row: StaffUserRow) -> StaffUser:
    return StaffUser(id=row.id, name=row.name, role=StaffRole(row.role))


def require_role(session: Session, staff_id: str, minimum: StaffRole) -> StaffUser:
    """The staff member behind an action, refused unless their role is at least `minimum`."""
    row = session.get(StaffUserRow, staff_id)
    if row is None:
        raise DomainError(ErrorCode.FORBIDDEN, "actor", actor=staff_id)
    user = staff_to_domain(row)
    if not user.can(minimum):
        raise DomainError(ErrorCode.FORBIDDEN, "actor", role=user.role.value, needs=minimum.value)
    return user


def _at(row: StaffUserRow) -> str:
    return row.locked_until.isoformat(timespec="seconds") if row.locked_until else ""


class StaffService(Service):
    def add(self, *, name: str, role: StaffRole, pin: str, actor: str = "setup") -> StaffUser:
        """Create a staff account. Only an admin may add one, except the very first (set-up)."""
        name = name.strip()
        if not name:
            raise DomainError(ErrorCode.REQUIRED, "name")
        pin_hash = pins.hash_pin(pin, pepper=self._pepper())
        with self.ctx.db.write() as session:
            if session.exec(select(StaffUserRow)).first() is not None:
                require_role(session, actor, StaffRole.ADMIN)
            if session.exec(select(StaffUserRow).where(StaffUserRow.name == name)).first():
                raise DomainError(ErrorCode.VALUE_INVALID, "name", name=name)
            row = StaffUserRow(name=name, role=role.value, pin_hash=pin_hash)
            session.add(row)
            session.flush()
            self._audit(session, actor=actor, action="staff.add", subject=row.id, role=role.value)
            return staff_to_domain(row)

    def sign_in(self, *, name: str, pin: str) -> StaffUser:
        """Check a PIN. Five wrong PINs in a row lock the account for five minutes."""
        now = self.ctx.now()
        pepper = self._pepper()
        refusal: DomainError | None = None
        # The failure count and its audit event must be committed before refusing: raising
        # inside the unit of work would roll them back and the lockout would never come.
        with self.ctx.db.write() as session:
            row = session.exec(
                select(StaffUserRow).where(StaffUserRow.name == name.strip())
            ).first()
            if row is None:
                # Same answer as a wrong PIN: the screen must not reveal which names exist.
                refusal = DomainError(ErrorCode.PIN_WRONG, "pin")
            elif row.locked_until is not None and row.locked_until > now:
                self._audit(session, actor=row.id, action="staff.sign_in_locked", subject=row.id)
                refusal = DomainError(ErrorCode.STAFF_LOCKED, "pin", until=_at(row))
            elif not pins.verify_pin(pin, row.pin_hash, pepper=pepper):
                row.failed_attempts += 1
                locked = row.failed_attempts >= MAX_FAILED_ATTEMPTS
                if locked:
                    row.locked_until = now + LOCKOUT
                    row.failed_attempts = 0
                session.add(row)
                self._audit(
                    session,
                    actor=row.id,
                    action="staff.sign_in_failed",
                    subject=row.id,
                    locked=locked,
                )
                refusal = (
                    DomainError(ErrorCode.STAFF_LOCKED, "pin", until=_at(row))
                    if locked
                    else DomainError(
                        ErrorCode.PIN_WRONG, "pin", left=MAX_FAILED_ATTEMPTS - row.failed_attempts
                    )
                )
            else:
                row.failed_attempts = 0
                row.locked_until = None
                if pins.needs_rehash(row.pin_hash):  # made before PINs were peppered
                    row.pin_hash = pins.hash_pin(pin, pepper=pepper)
                session.add(row)
                self._audit(session, actor=row.id, action="staff.sign_in", subject=row.id)
                user = staff_to_domain(row)
        if refusal is not None:
            raise refusal
        return user

    def authorize(self, *, name: str, pin: str, minimum: StaffRole) -> StaffUser:
        """A colleague's PIN approves one action (a supervisor for a second lottery draw).

        The PIN is checked as at sign-in, lockout included; FORBIDDEN if their role is lower.
        """
        user = self.sign_in(name=name, pin=pin)
        if not user.can(minimum):
            raise DomainError(
                ErrorCode.FORBIDDEN, "actor", role=user.role.value, needs=minimum.value
            )
        return user

    def unlock(self, name: str, *, actor: str) -> StaffUser:
        """An admin lifts a PIN lockout at once (the colleague need not wait five minutes)."""
        with self.ctx.db.write() as session:
            require_role(session, actor, StaffRole.ADMIN)
            row = session.exec(
                select(StaffUserRow).where(StaffUserRow.name == name.strip())
            ).first()
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "name", name=name)
            was_locked = row.locked_until is not None and row.locked_until > self.ctx.now()
            row.locked_until = None
            row.failed_attempts = 0
            session.add(row)
            self._audit(
                session, actor=actor, action="staff.unlock", subject=row.id, was_locked=was_locked
            )
            return staff_to_domain(row)

    def _pepper(self) -> bytes:
        """The PINs' pepper: derived from the data key, which is not in the database."""
        return datakey.derive(self.ctx.db.key, "staff-pin-pepper")

    def sign_out(self, staff_id: str, *, reason: str = "user") -> None:
        with self.ctx.db.write() as session:
            self._audit(
                session, actor=staff_id, action="staff.sign_out", subject=staff_id, reason=reason
            )

    def list(self) -> list[StaffUser]:
        with self.ctx.db.read() as session:
            return [staff_to_domain(r) for r in session.exec(select(StaffUserRow))]

    def get(self, staff_id: str) -> StaffUser:
        with self.ctx.db.read() as session:
            row = session.get(StaffUserRow, staff_id)
            if row is None:
                raise DomainError(ErrorCode.NOT_FOUND, "staff_id", id=staff_id)
            return staff_to_domain(row)
