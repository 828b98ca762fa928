"""The QR token: round trip, canonical form, no personal data, the URL around it."""

from __future__ import annotations

import base64
import uuid

import pytest

from kiosk.domain.model import DocumentKind
from kiosk.domain.token import (
    TokenError,
    decode_token,
    encode_token,
    terms_digest,
    token_from_url,
)
from kiosk.identity import DeviceIdentity, verify_signature

DOC = str(uuid.uuid4())


def _token(identity: DeviceIdentity, terms: dict[str, str] | None = None) -> str:
    return encode_token(
        kind=DocumentKind.JOB_SLIP,
        document_id=DOC,
        digest=terms_digest(terms or {"pay_amount": "260.00", "workplace": "世纪花园"}),
        device_id=identity.device_id,
        issued_at=1_790_000_000,
        sign=identity.sign,
    )


def test_round_trip_keeps_every_field_and_the_signature_verifies() -> None:
    identity = DeviceIdentity.generate("local-abcdef123456")
    text = _token(identity)
    token = decode_token(text)
    assert (token.kind, token.document_id, token.device_id, token.issued_at) == (
        DocumentKind.JOB_SLIP,
        DOC,
        "local-abcdef123456",
        1_790_000_000,
    )
    assert token.digest == terms_digest({"workplace": "世纪花园", "pay_amount": "260.00"})
    assert verify_signature(identity.public_key_b64(), token.signature, token.signed_data)


def test_token_fits_qr_alphanumeric_mode() -> None:
    text = _token(DeviceIdentity.generate("local-abcdef123456"))
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert len(text) < 200


def test_a_token_carries_no_personal_data() -> None:
    identity = DeviceIdentity.generate("local-abcdef123456")
    terms = {"worker_name": "李建国", "phone": "13900001111"}
    raw = base64.b32decode(_token(identity, terms) + "=" * 6)
    assert b"13900001111" not in raw
    assert "李建国".encode() not in raw


def test_no_changed_character_still_decodes_to_the_same_signed_payload() -> None:
    identity = DeviceIdentity.generate("local-abcdef123456")
    text = _token(identity)
    for i, ch in enumerate(text):
        other = "A" if ch != "A" else "B"
        changed = text[:i] + other + text[i + 1 :]
        try:
            token = decode_token(changed)
        except TokenError:
            continue
        assert not verify_signature(identity.public_key_b64(), token.signature, token.signed_data)


@pytest.mark.parametrize("text", ["", "HELLO", "https://x/v/", "0" * 194, "é" * 10])
def test_garbage_is_rejected_as_a_token_error(text: str) -> None:
    with pytest.raises(ValueError):
        decode_token(text)


def test_token_from_url_accepts_a_url_a_query_or_the_bare_token() -> None:
    assert token_from_url("https://reg.example/v/ABC234") == "ABC234"
    assert token_from_url("https://reg.example/v/abc234/") == "ABC234"
    assert token_from_url("https://reg.example/verify?t=ABC234") == "ABC234"
    assert token_from_url("  ABC234 ") == "ABC234"


def test_digest_depends_on_every_term_but_not_on_their_order() -> None:
    a = terms_digest({"a": "1", "b": "2"})
    assert a == terms_digest({"b": "2", "a": "1"})
    assert a != terms_digest({"a": "1", "b": "3"})
    assert terms_digest({"a": "1\nb=2"}) != terms_digest({"a": "1", "b": "2"})


def test_key_file_is_private_and_reused(settings: object) -> None:
    from kiosk.config import Settings

    assert isinstance(settings, Settings)
    first = DeviceIdentity.load_or_create(settings, "dev-1")
    assert settings.key_path.stat().st_mode & 0o777 == 0o600
    again = DeviceIdentity.load_or_create(settings, "dev-2")
    # Enrollment changes the id, never the key.
    assert again.public_key_b64() == first.public_key_b64()
    assert len(base64.urlsafe_b64decode(first.public_key_b64() + "=")) == 32
