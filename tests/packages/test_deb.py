"""The Debian packages, installed as a venue's installer would: into a throwaway Debian root that
mmdebstrap makes from Debian's packages (never the CI host itself).

The previous release (its git tag, packaged with today's packaging: it had none of its own) is
installed first; a registry and a kiosk run, the kiosk enrolls, syncs, and keeps one change
unsent while the registry is away; then both packages are upgraded to this release, and the
data and the unsent change must survive and reach the registry.

Run by `make test-packages` (`.ci/run` calls it after `make test`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests

from tests.conftest import require_binary, require_system

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installers" / "deb" / "build.py"
APT_REPO = ROOT / "installers" / "apt_repo.py"
PREVIOUS = ROOT / "installers" / "previous-release"
# Set to a folder holding previous/ and current/ .debs (from `make deb`) to skip building them.
PREBUILT_ENV = "GIG_TEST_DEBS"


def _previous() -> tuple[str, str]:
    """The previous release's version and commit (installers/previous-release)."""
    version, commit = PREVIOUS.read_text().split()[:2]
    return version, commit


def _current() -> str:
    version: str = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return version


def _build(source: Path, out: Path, version: str) -> dict[str, Path]:
    subprocess.run(
        ["/usr/bin/python3", str(BUILD), "--source", str(source), "--version", version,
         "--out", str(out)],
        check=True, capture_output=True, timeout=1500,
    )  # fmt: skip
    return {deb.name.split("_")[0]: deb for deb in out.glob(f"*_{version}_*.deb")}


@pytest.fixture(scope="module")
def debs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    require_binary("dpkg-deb")
    require_system(Path("/usr/bin/python3").exists(), "Debian's python3 is not installed")
    if os.environ.get(PREBUILT_ENV):
        prebuilt = Path(os.environ[PREBUILT_ENV])
        return {
            which: {deb.name.split("_")[0]: deb for deb in (prebuilt / which).glob("*.deb")}
            for which in ("previous", "current")
        }
    tmp = tmp_path_factory.mktemp("debs")
    version, commit = _previous()
    old_source = tmp / "previous-source"
    old_source.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(old_source)], input=archive, check=True)
    return {
        "previous": _build(old_source, tmp / "previous", version),
        "current": _build(ROOT, tmp / "current", _current()),
    }


class Root:
    """A Debian root made by mmdebstrap. Commands run in it in their own mount and PID namespaces
    with a fresh /proc (`unshare --root`), as on a machine of its own: apt applies phased updates
    only where it does not detect a chroot."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def command(self, *command: str, env: dict[str, str] | None = None) -> list[str]:
        return [
            "unshare", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc",
            f"--root={self.path}", "/usr/bin/env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG=C.UTF-8", *(f"{k}={v}" for k, v in (env or {}).items()), *command,
        ]  # fmt: skip

    def run(self, *command: str, check: bool = True, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:  # fmt: skip
        done = subprocess.run(
            self.command(*command, env=env), capture_output=True, text=True, timeout=600
        )
        if check and done.returncode != 0:
            output = done.stdout + done.stderr
            raise AssertionError(f"{command} failed ({done.returncode}):\n{output}")
        return done

    def install(self, *debs: Path) -> subprocess.CompletedProcess[str]:
        inbox = self.path / "tmp" / "debs"
        shutil.rmtree(inbox, ignore_errors=True)
        inbox.mkdir(parents=True)
        for deb in debs:
            shutil.copy2(deb, inbox / deb.name)
        return self.run("dpkg", "-i", *(f"/tmp/debs/{deb.name}" for deb in debs))

    @contextlib.contextmanager
    def registry(self, port: int) -> Iterator[str]:
        """The installed registry's service command, as its unit runs it, on a free port."""
        proc = subprocess.Popen(
            self.command(
                "runuser", "-u", "gig-registry", "--", "/opt/gig-registry/venv/bin/kiosk-registry",
                "serve", "--host", "127.0.0.1", "--port", str(port),
                env={"KIOSK_REGISTRY_DB": "sqlite:////var/lib/gig-registry/registry.db"},
            ),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                assert proc.poll() is None, "the registry exited"
                with contextlib.suppress(requests.RequestException):
                    if requests.get(url + "/health", timeout=1).ok:
                        break
                time.sleep(0.2)
            yield url
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)


def _depends(debs: list[Path]) -> list[str]:
    """The packages the .debs depend on (first of each alternative), to put in the root up front,
    so that dpkg -i, as apt would, finds them there."""
    names = {"ca-certificates"}
    for deb in debs:
        field = subprocess.run(
            ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
        ).stdout
        for clause in field.split(","):
            names.add(clause.split("|")[0].split("(")[0].strip())
    return sorted(name for name in names if name)


@pytest.fixture
def debian_root(tmp_path: Path, debs: dict[str, dict[str, Path]]) -> Iterator[Root]:
    mmdebstrap = require_binary("mmdebstrap")
    require_system(os.geteuid() == 0, "making a Debian root needs root")
    path = tmp_path / "root"
    every = [deb for built in debs.values() for deb in built.values()]
    subprocess.run(
        [mmdebstrap, "--variant=apt", "--mode=root", f"--include={','.join(_depends(every))}",
         "bookworm", str(path)],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    yield Root(path)


def _point_apt_at_city_repository(root: Root) -> Path:
    """The venue's apt, as the deploy guide sets it: the city's repository and its key only."""
    repository = root.path / "srv" / "apt"
    (root.path / "etc/apt/sources.list").write_text("")
    (root.path / "etc/apt/sources.list.d/gig.list").write_text(
        "deb [signed-by=/usr/share/keyrings/gig-archive-keyring.gpg] file:/srv/apt stable main\n"
    )
    return repository


def _publish(repository: Path, debs: dict[str, Path], *, phased: int, tmp: Path) -> None:
    subprocess.run(
        ["/usr/bin/python3", str(APT_REPO), "--out", str(repository), "--phased", str(phased),
         "--gnupghome", str(tmp / "city-signing-key"), *map(str, debs.values())],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    keyring = repository.parent.parent / "usr/share/keyrings/gig-archive-keyring.gpg"
    shutil.copy2(repository / "gig-archive-keyring.gpg", keyring)


def _would_upgrade(root: Root, machine_id: str) -> bool:
    """Whether apt on a kiosk with this machine id would take the new kiosk package now."""
    plan = root.run("apt-get", "-s", "-o", f"APT::Machine-ID={machine_id}", "upgrade").stdout
    return "Inst gig-kiosk " in plan


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _posting(title: str) -> str:
    # The venue's day (China time): the kiosk refuses a start date before it, and from
    # 16:00 UTC the machine's own date.today() is already the day before.
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    return json.dumps(
        {"employer_name": "顺达物流有限公司", "title": title, "occupation_code": "4-02-06-03",
         "district": "东城区", "workplace": "开发区物流园3号库", "pay_amount": 280,
         "pay_unit": "day", "settlement": "same_day", "start_date": today.isoformat(),
         "end_date": (today + timedelta(days=2)).isoformat(), "start_time": "07:30",
         "end_time": "17:00", "headcount": 6, "contact_phone": "13812345678",
         "description": "装卸货物，包午餐"},
        ensure_ascii=False,
    )  # fmt: skip


def test_a_venue_installs_the_previous_release_and_upgrades_without_losing_an_unsent_change(
    debs: dict[str, dict[str, Path]], debian_root: Root, tmp_path: Path
) -> None:
    root = debian_root
    old, new = debs["previous"], debs["current"]
    root.install(old["gig-registry"], old["gig-kiosk"])
    assert oct((root.path / "var/lib/gig-kiosk").stat().st_mode)[-3:] == "700"
    port = _free_port()

    with root.registry(port) as url:
        venue = root.run("gig-registry", "venue", "add", "--name", "东城区零工市场",
                         "--district", "东城区").stdout.split()[-1]  # fmt: skip
        code = root.run("gig-registry", "enroll-code", "--venue", venue).stdout.split()[-1]
        root.run("gig-kiosk", "enroll", "--registry", url, "--code", code)
        (root.path / "tmp" / "first.json").write_text(_posting("物流园搬运工"))
        root.run("gig-kiosk", "posting", "add", "--from-json", "/tmp/first.json")
        root.run("gig-kiosk", "sync", "--once")
    # The registry is away: this change waits in the kiosk's outbox.
    (root.path / "tmp" / "second.json").write_text(_posting("仓库理货员"))
    root.run("gig-kiosk", "posting", "add", "--from-json", "/tmp/second.json")
    waiting = root.run("gig-kiosk", "sync", "status").stdout
    assert "ops waiting: 1" in waiting, waiting

    # The city publishes this release in its apt repository, first to no kiosk at all.
    repository = _point_apt_at_city_repository(root)
    _publish(repository, new, phased=0, tmp=tmp_path)
    root.run("apt-get", "update")
    took = [_would_upgrade(root, f"{n:032x}") for n in range(1, 21)]
    assert sum(took) <= 2, took  # a machine falls in 0% phasing only by a 1-in-101 chance
    # Then to every kiosk: apt upgrades both, and postinst migrates their data in place.
    _publish(repository, new, phased=100, tmp=tmp_path)
    root.run("apt-get", "update")
    assert all(_would_upgrade(root, f"{n:032x}") for n in range(1, 21))
    upgrade = root.run("apt-get", "-y", "upgrade", env={"DEBIAN_FRONTEND": "noninteractive"})
    assert f"Setting up gig-kiosk ({_current()})" in upgrade.stdout, upgrade.stdout
    assert root.run("gig-kiosk", "--version").stdout.strip() == f"kiosk {_current()}"
    assert root.run("/opt/gig-registry/venv/bin/kiosk-registry", "--version").stdout.strip() == (
        f"kiosk-registry {_current()}"
    )
    # The data directory and what is in it are the kiosk user's alone.
    data = root.path / "var/lib/gig-kiosk"
    assert oct(data.stat().st_mode)[-3:] == "700"
    assert oct((data / "kiosk.db").stat().st_mode)[-3:] == "600"

    with root.registry(port) as url:
        root.run("gig-kiosk", "sync", "--once")
        feed = requests.get(url + "/feeds/jobs.jsonld", timeout=10).json()
    titles = {item["item"]["title"] for item in feed["itemListElement"]}
    assert {"物流园搬运工", "仓库理货员"} <= titles, titles
    status = root.run("gig-kiosk", "sync", "status").stdout
    assert "ops waiting: 0" in status, status

    # The packaged app starts as its unit starts it, as the kiosk user with the data key handed
    # over as a credential, and paints its first screen (no display here: offscreen).
    root.run("install", "-D", "-o", "kiosk", "-m", "0400", "/etc/gig-kiosk/data.key",
             "/run/credentials/gig-kiosk.service/data.key")  # fmt: skip
    painted = root.run(
        "runuser", "-u", "kiosk", "--", "/opt/gig-kiosk/venv/bin/kiosk", "run", check=False,
        env={"KIOSK_HOME": "/var/lib/gig-kiosk", "QT_QPA_PLATFORM": "offscreen",
             "KIOSK_EXIT_AFTER_FIRST_PAINT": "1",
             "CREDENTIALS_DIRECTORY": "/run/credentials/gig-kiosk.service"},
    )  # fmt: skip
    assert "KIOSK_FIRST_PAINT" in painted.stdout + painted.stderr, painted.stderr[-2000:]

    # Purge keeps the venue's data unless asked.
    root.run("dpkg", "--purge", "gig-kiosk")
    assert (data / "kiosk.db").exists()
    assert not (root.path / "opt/gig-kiosk/venv").exists()


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
