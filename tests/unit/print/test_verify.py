"""Offline verification: genuine, changed, unknown device, revoked key, terms changed since."""

from __future__ import annotations

import pytest
from sqlmodel import select

from kiosk.config import Settings
from kiosk.domain.model import DocumentKind, utcnow
from kiosk.identity import DeviceIdentity
from kiosk.print.content import prepare
from kiosk.print.labels import labels_for
from kiosk.print.verify import Verdict, ensure_own_key, verify_token
from kiosk.services.container import Services
from kiosk.store.tables import DeviceKeyRow, PostingRow


@pytest.fixture
def slip_url(
    services: Services, settings: Settings, identity: DeviceIdentity, posting_id: str
) -> str:
    prepared = prepare(
        services.db, settings, identity, DocumentKind.JOB_SLIP, posting_id, labels_for("zh_CN")
    )
    return prepared.document.meta.qr_url


def test_a_genuine_slip_is_valid_and_summarised(
    services: Services, settings: Settings, slip_url: str
) -> None:
    assert slip_url.startswith(settings.verification_base)
    result = verify_token(services.db, settings, slip_url)
    assert result.verdict is Verdict.VALID
    assert result.compared
    assert "世纪花园小区保洁员" in result.summary and "260 元/天" in result.summary


def test_one_changed_character_is_tampered(
    services: Services, settings: Settings, slip_url: str
) -> None:
    token = slip_url.rsplit("/", 1)[1]
    # A character inside the signature: the structure still parses, the signature fails.
    i = len(token) - 20
    changed = token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1 :]
    assert verify_token(services.db, settings, changed).verdict is Verdict.TAMPERED
    # And no single changed character anywhere ever verifies.
    for i in range(len(token)):
        changed = token[:i] + ("Q" if token[i] != "Q" else "R") + token[i + 1 :]
        assert verify_token(services.db, settings, changed).verdict is not Verdict.VALID


def test_a_token_from_an_unknown_device_is_rejected(
    services: Services, settings: Settings, posting_id: str
) -> None:
    stranger = DeviceIdentity.generate("stranger-device")
    prepared = prepare(
        services.db, settings, stranger, DocumentKind.JOB_SLIP, posting_id, labels_for("en")
    )
    result = verify_token(services.db, settings, prepared.document.meta.qr_url)
    assert result.verdict is Verdict.UNKNOWN_DEVICE
    assert "stranger-device" in result.summary


def test_a_revoked_key_is_rejected(
    services: Services, settings: Settings, identity: DeviceIdentity, slip_url: str
) -> None:
    with services.db.write() as session:
        row = session.get(DeviceKeyRow, identity.device_id)
        assert row is not None
        row.revoked_at = utcnow()
        session.add(row)
    assert verify_token(services.db, settings, slip_url).verdict is Verdict.REVOKED
    # Starting again must not quietly un-revoke the key.
    ensure_own_key(services.db, identity)
    assert verify_token(services.db, settings, slip_url).verdict is Verdict.REVOKED


def test_terms_changed_after_printing_are_a_digest_mismatch(
    services: Services, settings: Settings, posting_id: str, slip_url: str
) -> None:
    with services.db.write() as session:
        row = session.exec(select(PostingRow).where(PostingRow.id == posting_id)).one()
        row.pay_cents = 18000
        session.add(row)
    result = verify_token(services.db, settings, slip_url)
    assert result.verdict is Verdict.DIGEST_MISMATCH
    assert "180 元/天" in result.summary


def test_garbage_is_malformed(services: Services, settings: Settings) -> None:
    assert verify_token(services.db, settings, "https://x/v/NOTATOKEN").verdict is Verdict.MALFORMED
