"""Kiosk and registry releases meet: every request says its protocol and release, the registry
says the range it serves, and a kiosk it cannot serve hears so plainly and keeps its outbox."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import REGISTRY_BIN, ROOT, make_kiosk, running_registry
from kiosk.sync import client as sync_client
from kiosk.sync import protocol as p
from kiosk.sync import state
from kiosk.sync.client import RegistryRefused

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the qapp fixture starts Qt


def test_every_answer_names_the_protocols_served_and_a_kiosk_outside_them_hears_why(
    tmp_path: Path,
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        kiosk = make_kiosk(registry, tmp_path, venue, "k1")
        try:
            kiosk.posting(kiosk.employer().id)
            assert kiosk.sync().rejected == 0
            answer = requests.get(f"{registry.url}{p.PULL_PATH}?cursor=", timeout=10)
            assert answer.headers[p.HEADER_SERVED] == f"1-{p.PROTOCOL_VERSION}"
            assert answer.headers[p.HEADER_REGISTRY_RELEASE]
            # A kiosk from the future, or one that sends nonsense: 426 with a code, never a
            # 401 or a 500, and before its signature or body is even looked at.
            for spoken in (str(p.PROTOCOL_VERSION + 1), "0", "two"):
                refused = requests.post(
                    registry.url + p.PUSH_PATH,
                    data=b"{}",
                    headers={p.HEADER_PROTOCOL: spoken},
                    timeout=10,
                )
                assert refused.status_code == 426, (spoken, refused.status_code, refused.text)
                body = p.ErrorBody.model_validate_json(refused.content)
                assert body.error is p.ApiErrorCode.PROTOCOL_UNSUPPORTED
                assert f"serves 1-{p.PROTOCOL_VERSION}" in body.message
            newer = requests.get(
                registry.url + p.PULL_PATH, headers={p.HEADER_PROTOCOL: "99"}, timeout=10
            )
            assert "update the registry" in newer.json()["message"]
        finally:
            kiosk.close()


def test_a_kiosk_the_registry_cannot_serve_keeps_its_changes_and_says_it_needs_an_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k1")
        try:
            posting = kiosk.posting(kiosk.employer().id)
            # This kiosk speaks a protocol the registry has never heard of.
            monkeypatch.setitem(sync_client.VERSION_HEADERS, p.HEADER_PROTOCOL, "99")
            assert kiosk.engine is not None
            with pytest.raises(RegistryRefused) as refused:
                kiosk.engine.push_pending()
            assert refused.value.status == 426
            kiosk.engine.note_error(str(refused.value), answered=True)
            status = state.read(kiosk.services.db)
            assert status.needs_update
            assert status.ops_waiting >= 2  # the employer and the posting, kept
            # Updated (the header back to this release's), the same changes go through.
            monkeypatch.setitem(
                sync_client.VERSION_HEADERS, p.HEADER_PROTOCOL, str(p.PROTOCOL_VERSION)
            )
            assert kiosk.sync().rejected == 0
            assert not state.read(kiosk.services.db).needs_update
            assert posting.id in registry.records("posting")
        finally:
            kiosk.close()


def test_device_list_shows_each_kiosks_release_and_when_it_was_last_seen(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        kiosk = make_kiosk(registry, tmp_path, registry.venue(), "k1")
        try:
            kiosk.sync()
            device_id = kiosk.services.ctx.device_id
        finally:
            kiosk.close()
        listing = subprocess.run(
            [*REGISTRY_BIN, "device", "list", "--db", registry.db_url],
            capture_output=True, text=True, check=True, cwd=ROOT, timeout=60,
        ).stdout  # fmt: skip
    row = next(line.split("\t") for line in listing.splitlines() if line.startswith(device_id))
    assert row[4] == sync_client.VERSION_HEADERS[p.HEADER_RELEASE]
    assert row[5] == str(p.PROTOCOL_VERSION)
    assert row[6] != "never"


def test_staff_see_on_the_sync_page_that_the_kiosk_needs_an_update(
    qapp: object, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from kiosk import config
    from kiosk.services.container import Services
    from kiosk.ui.shell import KioskShell
    from kiosk.ui.staff.sync_screen import SyncScreen

    with running_registry("sqlite", tmp_path) as registry:
        hall = make_kiosk(registry, tmp_path, registry.venue(), "hall")
        hall.worker("13900000033")
        hall.close()
        # The app's own sync threads speak a protocol this registry does not serve.
        monkeypatch.setitem(sync_client.VERSION_HEADERS, p.HEADER_PROTOCOL, "99")
        settings = config.load(hall.home, env={})
        services = Services.create(settings)
        assert isinstance(qapp, QApplication)
        shell = KioskShell(qapp, settings, staff=True)
        shell.window.show()
        try:
            shell.attach(services)
            mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
            shell.window.go("staff")
            mode.ctx.sign_in(services.staff.get(hall.staff_id))
            mode.go("staff.sync")
            page = mode.current()
            assert isinstance(page, SyncScreen)
            qtbot.waitUntil(lambda: "本机需要更新" in page.problem.text(), timeout=20_000)
            qtbot.waitUntil(lambda: page.problem.isVisibleTo(page), timeout=20_000)
            assert "变更会等到更新后再发出" in page.problem.text()
            assert "1" in page.waiting.text()
        finally:
            shell.close()
