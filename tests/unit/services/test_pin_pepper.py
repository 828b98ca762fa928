"""A PIN hash copied out of the database cannot be searched offline: the data key peppers it."""

from __future__ import annotations

import base64
import hashlib
import secrets

import pytest

from kiosk import datakey
from kiosk.domain import pin as pins
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.services.container import Services
from kiosk.store.tables import StaffUserRow

PIN = "1357"


def stored_hash(services: Services, staff_id: str) -> str:
    with services.db.read() as session:
        row = session.get(StaffUserRow, staff_id)
        assert row is not None
        return row.pin_hash


def old_style_hash(pin: str) -> str:
    """A hash as the release before the pepper wrote it."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def set_hash(services: Services, staff_id: str, pin_hash: str) -> None:
    with services.db.write() as session:
        row = session.get(StaffUserRow, staff_id)
        assert row is not None
        row.pin_hash = pin_hash
        session.add(row)


def scrypt_as_stored(pin: str, stored: str) -> bool:
    """What an attacker holding only the database runs for each of the 10,000 PINs."""
    _scheme, n, r, p, salt, digest, *_ = stored.split("$")
    expected = base64.b64decode(digest)
    guess = hashlib.scrypt(
        pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return guess == expected


def test_a_pin_hash_from_the_database_alone_does_not_confirm_even_the_right_pin(
    services: Services, staff_id: str
) -> None:
    stored = stored_hash(services, staff_id)
    # The offline search of the 4-digit space cannot succeed: the true PIN does not match
    # without the pepper, whether tried as the hash is written or with any other key.
    assert not scrypt_as_stored(PIN, stored)
    assert not pins.verify_pin(PIN, stored, pepper=b"")
    assert not pins.verify_pin(PIN, stored, pepper=secrets.token_bytes(32))
    # Only the kiosk, holding the data key outside the database, can check it.
    key = datakey.load_or_create(services.settings.data_key_path)
    assert pins.verify_pin(PIN, stored, pepper=datakey.derive(key, "staff-pin-pepper"))
    assert services.staff.sign_in(name="小王", pin=PIN).id == staff_id


def test_a_pin_hashed_before_the_pepper_still_signs_in_and_is_peppered_then(
    services: Services, staff_id: str
) -> None:
    old = old_style_hash(PIN)
    set_hash(services, staff_id, old)
    assert services.staff.sign_in(name="小王", pin=PIN).id == staff_id
    rehashed = stored_hash(services, staff_id)
    assert rehashed != old and not pins.needs_rehash(rehashed)
    assert not scrypt_as_stored(PIN, rehashed)
    assert services.staff.sign_in(name="小王", pin=PIN).id == staff_id


def test_a_wrong_pin_against_an_old_hash_is_still_wrong_and_leaves_it_alone(
    services: Services, staff_id: str
) -> None:
    old = old_style_hash(PIN)
    set_hash(services, staff_id, old)
    with pytest.raises(DomainError) as refused:
        services.staff.sign_in(name="小王", pin="0000")
    assert refused.value.code is ErrorCode.PIN_WRONG
    assert stored_hash(services, staff_id) == old
