"""What a printed document signs is defined once: the kiosk and the registry judge alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests

from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from kiosk.domain.model import ComplaintCategory, ComplaintTarget, DocumentKind
from kiosk.domain.token import token_from_url
from kiosk.identity import DeviceIdentity
from kiosk.print.content import prepare
from kiosk.print.documents import render
from kiosk.print.labels import labels_for
from kiosk.print.verify import Verdict, ensure_own_key, verify_token
from print_helpers import qr_codes
from registry.web.verification import verify

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _changed(url: str) -> str:
    token = token_from_url(url)
    i = len(token) - 20  # inside the signature, away from base32's spare last bits
    return token[:i] + B32[(B32.index(token[i]) + 1) % 32] + token[i + 1 :]


def test_a_printed_slip_gets_the_same_verdict_at_the_kiosk_and_on_the_registry_page(
    tmp_path: Path,
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "kiosk")
        try:
            posting = kiosk.posting(kiosk.employer().id)
            worker = kiosk.worker("13900001111")
            application = kiosk.services.applications.express_interest(
                worker_id=worker.id, posting_id=posting.id, print_slip=False
            ).application
            assert kiosk.sync().rejected == 0
            identity = DeviceIdentity.load_or_create(kiosk.settings, kiosk.services.ctx.device_id)
            ensure_own_key(kiosk.services.db, identity)
            for kind, document_id in (
                (DocumentKind.JOB_SLIP, posting.id),
                (DocumentKind.REFERRAL_SLIP, application.id),
            ):
                labels = labels_for("zh_CN")
                document = prepare(
                    kiosk.services.db, kiosk.settings, identity, kind, document_id, labels
                ).document
                # What a phone reads off the printed paper.
                [(url, _width)] = qr_codes(render(document, labels))
                assert url == document.meta.qr_url
                at_kiosk = verify_token(kiosk.services.db, kiosk.settings, url)
                online = verify(registry.db, url)
                # One verdict type, one rule for what was signed: both compared the terms.
                assert at_kiosk.verdict is online.verdict is Verdict.VALID, kind
                assert at_kiosk.compared and online.compared
                assert url.startswith(f"{registry.url}/v/")
                page = requests.get(url, timeout=10).text
                assert re.search(r'data-verdict="valid"', page)

                changed = _changed(url)
                assert (
                    verify_token(kiosk.services.db, kiosk.settings, changed).verdict
                    is verify(registry.db, changed).verdict
                    is Verdict.TAMPERED
                )
        finally:
            kiosk.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_complaint_receipt_stays_genuine_after_the_complaint_reaches_the_registry(
    backend: str, tmp_path: Path
) -> None:
    """The receipt is printed the moment the complaint is filed, usually before it syncs. The
    registry stamps the complaint with its own arrival time and the kiosk takes that copy back,
    so a receipt that signed the kiosk's time read as changed at the very kiosk that printed it."""
    with running_registry(backend, tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "kiosk")
        try:
            complaint = kiosk.services.complaints.file(
                target=ComplaintTarget.VENUE, category=ComplaintCategory.FEE_CHARGED,
                text="门口有人收报名费",
            ).complaint  # fmt: skip
            identity = DeviceIdentity.load_or_create(kiosk.settings, kiosk.services.ctx.device_id)
            ensure_own_key(kiosk.services.db, identity)
            labels = labels_for("zh_CN")
            receipt = prepare(
                kiosk.services.db, kiosk.settings, identity,
                DocumentKind.COMPLAINT_RECEIPT, complaint.id, labels,
            ).document  # fmt: skip
            [(url, _width)] = qr_codes(render(receipt, labels))
            before = verify_token(kiosk.services.db, kiosk.settings, url)
            assert (before.verdict, before.compared) == (Verdict.VALID, True)

            assert kiosk.sync().rejected == 0
            after = verify_token(kiosk.services.db, kiosk.settings, url)
            assert (after.verdict, after.compared) == (Verdict.VALID, True)
            assert verify(registry.db, url).verdict is Verdict.VALID
            page = requests.get(url, timeout=10).text
            assert 'data-verdict="valid"' in page
        finally:
            kiosk.close()
