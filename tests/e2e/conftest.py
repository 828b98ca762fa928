"""End-to-end fixtures: the real registry in a uvicorn subprocess, an enrolled kiosk that synced
and printed a job slip, and headless Chromium driven by selenium."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from conftest import require_binary, require_system
from PIL import Image

from integration.test_sync_harness import Kiosk, Registry, make_kiosk, running_registry
from kiosk.domain.model import DocumentKind, PrintState
from kiosk.identity import DeviceIdentity
from kiosk.print.queue import PrintQueue
from registry import admin
from registry.seed import seed

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots" / "web"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The seeded city-wide postings: enough for three board pages of 20 with the kiosk's own.
SEEDED_POSTINGS = 45


@dataclass
class World:
    registry: Registry
    kiosk: Kiosk
    venue_id: str
    employer_id: str
    posting_id: str
    slip_png: Path
    slip_url: str

    @property
    def url(self) -> str:
        return self.registry.url


def _decode_qr(png: Path) -> str:
    found = [r.text for r in zxingcpp.read_barcodes(Image.open(png).convert("L"))]
    assert len(found) == 1, f"expected one QR code on the slip, found {found}"
    return found[0]


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A registry with venues and seeded postings, and a kiosk that enrolled, posted, synced and
    printed a job slip through its print queue (file backend), rendered to PNG with pdftoppm."""
    pdftoppm = require_binary("pdftoppm")
    tmp = tmp_path_factory.mktemp("e2e")
    with running_registry("sqlite", tmp) as registry:
        venue_id = admin.add_venue(
            registry.db, name="东城零工市场", district="东城区", address="东城区人民路1号",
            hours="08:00-18:00", hotline="12333",
        )  # fmt: skip
        admin.add_venue(registry.db, name="高新区零工驿站", district="高新区", hotline="12345")
        seed(registry.db, postings=SEEDED_POSTINGS, employers=8)
        kiosk = make_kiosk(registry, tmp, venue_id, "kiosk")
        employer = kiosk.employer()
        posting = kiosk.posting(employer.id)
        report = kiosk.sync()
        assert report.rejected == 0
        # The registry vets the employer: the public page shows the verified mark.
        admin.verify_employer(registry.db, employer.id)
        kiosk.sync()

        identity = DeviceIdentity.load_or_create(kiosk.settings, kiosk.services.ctx.device_id)
        queue = PrintQueue(kiosk.services.db, kiosk.settings, identity)
        out = tmp / "prints"
        queue.enqueue(DocumentKind.JOB_SLIP, posting.id, printer=f"file:{out}")
        assert [o.state for o in queue.process()] == [PrintState.DONE]
        (pdf,) = out.glob("*.pdf")
        subprocess.run(
            [pdftoppm, "-png", "-r", "200", "-singlefile", str(pdf), str(tmp / "slip")],
            check=True, timeout=60,
        )  # fmt: skip
        png = tmp / "slip.png"
        yield World(registry, kiosk, venue_id, employer.id, posting.id, png, _decode_qr(png))
        kiosk.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    require_system(
        Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(),
        "chromium and chromium-driver are not installed (make system-deps)",
    )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="e2e-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", f"--user-data-dir={profile}", "--window-size=360,640",
        "--lang=zh-CN", "--accept-lang=zh-CN,zh",
    ):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    # A phone: 360x640 CSS pixels, touch, mobile layout.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 360, "height": 640, "deviceScaleFactor": 1, "mobile": True},
    )
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
