"""A device changes only what its venue may change, sees only what it needs, and cannot harvest
workers or guess enrollment codes at speed (issue 14, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from integration.test_sync_harness import BACKENDS, Kiosk, make_kiosk, running_registry
from kiosk.domain.model import Circumstance, Worker
from kiosk.identity import DeviceIdentity
from kiosk.store import outbox
from kiosk.sync import protocol as p
from kiosk.sync.enrollment import signed_request

PHONE = "13700000021"
JSON = {"Content-Type": "application/json"}


def _register_helped_worker(kiosk: Kiosk) -> Worker:
    return kiosk.services.workers.register(
        Worker(
            display_name="张秀英", phone=PHONE, birth_year=1961,
            circumstances=[Circumstance.LOW_INCOME_FAMILY, Circumstance.DISABILITY],
        ),
        consent=True,
    ).worker  # fmt: skip


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_venue_cannot_rewrite_another_venues_worker(backend: str, tmp_path: Path) -> None:
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        b = make_kiosk(registry, tmp_path, registry.venue("西城驿站"), "b")
        worker = _register_helped_worker(b)
        b.sync()
        before = registry.records("worker")[worker.id]
        # A venue-A kiosk sends an update of venue B's worker (it knows the id from a slip).
        with a.services.db.write() as session:
            outbox.record(
                session, entity="worker", entity_id=worker.id, action="update",
                payload={"display_name": "冒名", "phone": "13700000099", "assistance_grade": 0,
                         "circumstances": []},
                base_version=1,
            )  # fmt: skip
        report = a.sync()
        assert report.rejected == 1
        (result,) = a.table("SELECT result FROM outbox_op WHERE entity = 'worker'")
        assert '"partition_forbidden"' in result[0]
        after = registry.records("worker")[worker.id]
        assert after == before
        b.sync()
        mine = b.services.workers.get(worker.id)
        assert (mine.display_name, mine.phone) == ("张秀英", PHONE)
        assert mine.circumstances == [Circumstance.LOW_INCOME_FAMILY, Circumstance.DISABILITY]
        a.close()
        b.close()


def _lookup(kiosk: Kiosk, phone: str) -> requests.Response:
    assert kiosk.engine is not None
    client = kiosk.engine.client
    path = f"{p.WORKER_LOOKUP_PATH}?phone={phone}"
    headers = client.signed_headers("GET", path, b"")
    return requests.get(client.base_url + path, headers=headers, timeout=10)


def test_a_lookup_tells_another_venue_only_what_it_needs_to_serve_the_worker(
    tmp_path: Path,
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        b = make_kiosk(registry, tmp_path, registry.venue("西城驿站"), "b")
        _register_helped_worker(b)
        b.sync()
        theirs = _lookup(a, PHONE).json()["worker"]
        assert (theirs["display_name"], theirs["phone"]) == ("张秀英", PHONE)
        for private in ("birth_year", "circumstances", "assistance_grade", "assistance_reasons"):
            assert private not in theirs
        own = _lookup(b, PHONE).json()["worker"]
        assert own["birth_year"] == 1961 and "low_income_family" in own["circumstances"]
        # The desk that fetched the worker can serve them.
        assert a.engine is not None and a.engine.lookup_worker(phone=PHONE) is not None
        assert a.services.workers.find_by_phone(PHONE) is not None
        a.close()
        b.close()


def test_lookups_and_enrollment_guesses_are_rate_limited(tmp_path: Path) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        a = make_kiosk(registry, tmp_path, venue, "a")
        statuses = [_lookup(a, f"1370000{i:04d}").status_code for i in range(200)]
        assert statuses.count(404) <= 25 and 429 in statuses
        refused = _lookup(a, PHONE)
        assert refused.status_code == 429 and refused.json()["error"] == "rate_limited"
        assert int(refused.headers["Retry-After"]) >= 1

        code = registry.code(venue)
        url = registry.url + p.ENROLL_PATH
        guesses = []
        for i in range(30):
            guess = signed_request(DeviceIdentity.generate("x"), f"WRONGCODE{i:02d}")
            guesses.append(
                requests.post(url, data=guess.model_dump_json(), headers=JSON, timeout=10)
            )
        assert {g.status_code for g in guesses[:10]} == {403}
        assert guesses[-1].status_code == 429 and int(guesses[-1].headers["Retry-After"]) >= 1
        # The real code is not used up by the refused attempts (it waits out the limit).
        right = signed_request(DeviceIdentity.generate("y"), code)
        answer = requests.post(url, data=right.model_dump_json(), headers=JSON, timeout=10)
        assert answer.status_code == 429
        a.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_venue_cannot_add_notes_to_another_venues_assistance_case(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        a = make_kiosk(registry, tmp_path, registry.venue(), "a")
        b = make_kiosk(registry, tmp_path, registry.venue("西城驿站"), "b")
        worker = _register_helped_worker(b)
        case = b.services.assistance.open_case(
            worker_id=worker.id, plan="每周回访", actor=b.staff_id
        )
        b.sync()
        with a.services.db.write() as session:
            outbox.record(
                session, entity="follow_up", entity_id="f0000000-0000-0000-0000-000000000001",
                action="create",
                payload={"id": "f0000000-0000-0000-0000-000000000001", "case_id": case.id,
                         "note": "已失联，结案"},
            )  # fmt: skip
        assert a.sync().rejected == 1
        assert registry.records("follow_up") == {}
        a.close()
        b.close()
