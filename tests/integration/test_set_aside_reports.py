"""The city hears of a bad record from the kiosks that set it aside (issue 14, point 1): each
kiosk reports what it holds aside, the registry lists it by record and venue, and a mended
record leaves the list once the kiosks have it whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from integration.test_registry_contract import _publish_bad_posting
from integration.test_sync_harness import BACKENDS, make_kiosk, running_registry
from registry import set_aside
from registry.store import Tx


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_city_sees_which_kiosks_set_a_bad_record_aside_until_it_is_mended(
    backend: str, tmp_path: Path
) -> None:
    with running_registry(backend, tmp_path) as registry:
        east = registry.venue("东城零工市场")
        west = registry.venue("西城零工市场")
        a = make_kiosk(registry, tmp_path, east, "a")
        b = make_kiosk(registry, tmp_path, west, "b")
        employer = a.employer()
        a.sync()
        bad = _publish_bad_posting(registry, east, employer.id)
        a.sync()
        b.sync()
        listed = set_aside.listing(registry.db)
        assert {(x.record_id, x.venue, x.problem) for x in listed} == {
            (bad, "东城零工市场", "pay_cents: not an integer"),
            (bad, "西城零工市场", "pay_cents: not an integer"),
        }
        # Nothing personal and no field values travel: the report names fields, not contents.
        assert all("abc" not in x.problem and "押金" not in x.problem for x in listed)
        shown = subprocess.run(
            [sys.executable, "-m", "registry.cli", "set-aside", "list", "--db", registry.db_url],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert bad in shown and "东城零工市场" in shown and "西城零工市场" in shown

        # The city mends the record; each kiosk takes it whole and says so.
        with registry.db.write() as session:
            tx = Tx(registry.db, session)
            rec = tx.get("posting", bad)
            assert rec is not None
            tx.update(rec, {"start_date": "2026-12-07", "pay_cents": 20000,
                            "valid_through": "2026-12-31T18:00:00+08:00"})  # fmt: skip
            tx.finish()
        a.sync()
        assert {x.venue for x in set_aside.listing(registry.db)} == {"西城零工市场"}
        b.sync()
        assert set_aside.listing(registry.db) == []
        assert bad in {r[0] for r in b.table("SELECT id FROM posting")}
        a.close()
        b.close()
