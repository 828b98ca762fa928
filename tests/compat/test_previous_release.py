"""The previous release and this one, side by side, as a city upgrades one venue at a time.

The previous release is installed from its tag (installers/previous-release) into a temporary
virtual environment. Its kiosk syncs with this release's registry, this release's kiosk with
its registry: postings, workers, applications and complaints, in both directions. And a
database file the previous release made upgrades in place and sends the change it had queued.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from integration.test_sync_harness import Kiosk, RegistryProcess, running_registry

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("driver.py")


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The previous release's interpreter, its code and pinned dependencies (no Qt: the
    command line and services are what sync)."""
    version, commit = (ROOT / "installers" / "previous-release").read_text().split()[:2]
    tmp = tmp_path_factory.mktemp(f"release-{version}")
    source = tmp / "source"
    source.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    venv = tmp / "venv"
    subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "-c", str(source / "constraints.txt"), f"{source}[registry]"],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    return venv / "bin" / "python"


class OldKiosk:
    """A kiosk running the previous release's code, driven through tests/compat/driver.py."""

    def __init__(self, python: Path, home: Path) -> None:
        self.python = python
        self.home = home
        home.mkdir(parents=True, exist_ok=True)

    def __call__(self, action: str, *args: str) -> dict[str, Any]:
        done = subprocess.run(
            [str(self.python), str(DRIVER), str(self.home), action, *args],
            capture_output=True, text=True, timeout=120, cwd=self.home,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
        return result


def _new_dump(kiosk: Kiosk) -> dict[str, Any]:
    from compat.driver import dump

    return dump(kiosk.services)


@contextlib.contextmanager
def _old_registry(python: Path, tmp: Path) -> Iterator[tuple[str, Any]]:
    """The previous release's `kiosk-registry serve` on its own database, and its admin command
    (this release's admin code would assume this release's schema)."""
    url = f"sqlite:///{tmp / 'old-registry.db'}"
    server = RegistryProcess(url, tmp / "old-registry.log")
    command = str(python.parent / "kiosk-registry")

    def admin(*args: str) -> str:
        done = subprocess.run([command, *args, "--db", url], capture_output=True, text=True,
                              timeout=60, check=True, cwd=tmp)  # fmt: skip
        return done.stdout.split()[-1]

    with (tmp / "old-registry.log").open("ab") as out:
        server.proc = subprocess.Popen(
            [command, "serve", "--db", url, "--port", str(server.port)],
            stdout=out, stderr=subprocess.STDOUT, cwd=tmp,
        )  # fmt: skip
    try:
        _wait_healthy(server)
        yield server.url, admin
    finally:
        server.stop()


def _wait_healthy(server: RegistryProcess) -> None:
    import time

    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.proc is not None and server.proc.poll() is None, "registry exited"
        with contextlib.suppress(requests.RequestException):
            if requests.get(server.url + "/health", timeout=1).ok:
                return
        time.sleep(0.2)
    raise AssertionError("registry did not start")


def _exchange(old: OldKiosk, new: Kiosk) -> None:
    """Each side posts, registers a worker, applies to the other's posting and complains."""
    old_posting = old("posting", "旧版发布的搬运工", "老版本物流有限公司")["posting_id"]
    old_worker = old("worker", "13800138001", "王旧版")["worker_id"]
    new_posting = new.posting(new.employer("新版本保洁有限公司").id, title="新版发布的保洁员").id
    new_worker = new.worker("13800138002", name="李新版").id
    assert old("sync")["rejected"] == 0
    assert new.sync().rejected == 0
    assert old("sync")["rejected"] == 0

    old("apply", old_worker, new_posting)
    old("complain", new_posting, "收押金")
    new.services.applications.express_interest(
        worker_id=new_worker, posting_id=old_posting, print_slip=False
    )
    from kiosk.domain.model import ComplaintCategory, ComplaintTarget

    new.services.complaints.file(
        target=ComplaintTarget.POSTING, category=ComplaintCategory.FEE_CHARGED,
        target_id=old_posting, text="扣身份证",
    )  # fmt: skip
    for _ in range(2):
        assert old("sync")["rejected"] == 0
        assert new.sync().rejected == 0

    seen_by_old, seen_by_new = old("dump"), _new_dump(new)
    for seen in (seen_by_old, seen_by_new):
        assert {"旧版发布的搬运工", "新版发布的保洁员"} <= set(seen["postings"])
        assert {"王旧版", "李新版"} <= set(seen["workers"])
        assert {f"{old_worker}>{new_posting}", f"{new_worker}>{old_posting}"} <= set(
            seen["applications"]
        )
        assert len(seen["complaints"]) == 2
        assert seen["ops_waiting"] == 0


def test_the_previous_release_kiosk_and_this_one_share_a_venue_on_this_registry(
    previous: Path, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        old = OldKiosk(previous, tmp_path / "old-kiosk")
        old("enroll", registry.url, registry.code(venue))
        new = Kiosk(tmp_path / "new-kiosk")
        try:
            new.enroll(registry.url, registry.code(venue))
            _exchange(old, new)
        finally:
            new.close()


def test_this_release_kiosk_works_with_the_previous_registry(
    previous: Path, tmp_path: Path
) -> None:
    with _old_registry(previous, tmp_path) as (url, admin):
        venue = admin("venue", "add", "--name", "北城区零工驿站", "--district", "北城区")
        old = OldKiosk(previous, tmp_path / "old-kiosk")
        old("enroll", url, admin("enroll-code", "--venue", venue))
        new = Kiosk(tmp_path / "new-kiosk")
        try:
            new.enroll(url, admin("enroll-code", "--venue", venue))
            _exchange(old, new)
        finally:
            new.close()


def test_a_database_the_previous_release_made_upgrades_and_sends_what_it_had_queued(
    previous: Path, tmp_path: Path
) -> None:
    with running_registry("sqlite", tmp_path) as registry:
        venue = registry.venue()
        old = OldKiosk(previous, tmp_path / "kiosk")
        old("enroll", registry.url, registry.code(venue))
        old("posting", "升级前已同步", "顺达物流有限公司")
        assert old("sync")["pushed"] >= 1
        registry.server.stop()
        queued = old("posting", "升级前未发送", "顺达物流有限公司")["posting_id"]
        assert old("dump")["ops_waiting"] >= 1
        registry.server.start()
        # The same files, opened by this release (which migrates them in place).
        upgraded = Kiosk(tmp_path / "kiosk")
        upgraded.reopen()
        try:
            assert _new_dump(upgraded)["ops_waiting"] >= 1
            assert upgraded.sync().rejected == 0
            assert _new_dump(upgraded)["ops_waiting"] == 0
        finally:
            upgraded.close()
        assert queued in registry.records("posting")
