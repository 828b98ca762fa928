"""One bad record never stops a city: the registry refuses what breaks the sync contract, and a
kiosk sets aside a bad record it pulls and applies the rest (issue 14, point 1)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from integration.test_sync_harness import BACKENDS, Kiosk, Registry, make_kiosk, running_registry
from kiosk import config
from kiosk.services.container import Services
from kiosk.ui.shell import KioskShell
from kiosk.ui.staff.sync_screen import SyncScreen
from registry.store import Tx

WAIT_MS = 20_000
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the qapp fixture starts Qt
BROKEN = {"start_date": "not-a-date", "pay_cents": "abc", "valid_through": "soon"}


def _break_waiting_posting(kiosk: Kiosk) -> None:
    """What a buggy or tampered kiosk would send: the posting op's fields of the wrong type."""
    with kiosk.services.db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE outbox_op SET payload = json_set(payload, '$.start_date', 'not-a-date', "
            "'$.pay_cents', 'abc', '$.valid_through', 'soon') "
            "WHERE entity = 'posting' AND state = 'pending'"
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_posting_of_the_wrong_types_is_refused_and_no_kiosk_stops_on_it(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        b = make_kiosk(registry, tmp_path, venue, "b")
        employer = a.employer()
        good = a.posting(employer.id, title="小区保洁员")
        a.sync()
        bad = a.posting(employer.id, title="物流园装卸工")
        _break_waiting_posting(a)
        report = a.sync()
        assert report.rejected == 1
        (result,) = a.table(f"SELECT state, result FROM outbox_op WHERE entity_id = '{bad.id}'")
        assert result[0] == "rejected" and '"payload_invalid"' in result[1]
        assert bad.id not in registry.records("posting")
        assert good.id in registry.records("posting")
        # Every other kiosk pulls on as before.
        b.sync()
        assert b.table("SELECT id FROM posting") == [(good.id,)]
        a.close()
        b.close()


def _publish_bad_posting(registry: Registry, venue: str, employer_id: str) -> str:
    """A record an older registry accepted without checking it, now in everyone's pull."""
    data: dict[str, Any] = {
        "id": "p-bad-0000-0000", "employer_id": employer_id, "title": "押金工",
        "occupation_code": "4-09-08-01", "district": "东城区", "workplace": "某处",
        "pay_unit": "day", "settlement": "same_day", "end_date": "2026-12-31", "headcount": 2,
        "status": "open", **BROKEN,
    }  # fmt: skip
    with registry.db.write() as session:
        tx = Tx(registry.db, session)
        tx.insert("posting", data["id"], data, partitions=["global"], venue_id=venue)
        tx.finish()
    return str(data["id"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_kiosk_sets_a_bad_pulled_record_aside_and_applies_the_rest(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        employer = a.employer()
        first = a.posting(employer.id, title="小区保洁员")
        a.sync()
        bad = _publish_bad_posting(registry, venue, employer.id)
        after = a.posting(employer.id, title="物流园装卸工")
        a.sync()
        fresh = make_kiosk(registry, tmp_path, venue, "fresh")
        for kiosk in (a, fresh):
            kiosk.sync()  # no traceback: the pull goes on past the bad record
            assert {r[0] for r in kiosk.table("SELECT id FROM posting")} == {first.id, after.id}
            assert kiosk.table("SELECT entity, id, problem FROM sync_set_aside") == [
                ("posting", bad, "pay_cents: not an integer")
            ]
        # The registry suspends it: still broken, still aside; nothing else stops.
        from registry import admin

        admin.suspend_posting(registry.db, bad, "不实信息")
        later = a.posting(employer.id, title="仓库分拣员")
        a.sync()
        fresh.sync()
        assert later.id in {r[0] for r in fresh.table("SELECT id FROM posting")}
        assert len(fresh.table("SELECT id FROM sync_set_aside")) == 1
        a.close()
        fresh.close()


def test_staff_see_a_record_set_aside_on_the_sync_page(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        employer = a.employer()
        a.sync()
        _publish_bad_posting(registry, venue, employer.id)
        a.sync()
        a.close()
        settings = config.load(a.home, env={})
        services = Services.create(settings)
        shell = KioskShell(qapp, settings, staff=True)
        shell.window.show()
        try:
            shell.attach(services)
            mode = shell.window.screens["staff"].mode  # type: ignore[attr-defined]
            shell.window.go("staff")
            mode.ctx.sign_in(services.staff.get(a.staff_id))
            mode.go("staff.sync")
            page = mode.current()
            assert isinstance(page, SyncScreen)
            qtbot.waitUntil(lambda: page.set_aside.count() == 1, timeout=WAIT_MS)
            assert page.set_aside_caption.text().startswith("平台发来的记录已搁置：1 条")
            assert page.set_aside.item(0).text() == "岗位“押金工”：字段 pay_cents 有误或缺失。"
        finally:
            shell.close()
