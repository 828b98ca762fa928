"""Kiosks that do not ask for snapshot images (release 0.4.0 read JSON lines) are told there are
no snapshots, as by a registry without them, and catch up by cursor pulls (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from integration.test_sync_harness import Registry, running_registry
from kiosk.identity import DeviceIdentity
from kiosk.sync import protocol as p
from kiosk.sync.client import VERSION_HEADERS, RegistryClient
from kiosk.sync.enrollment import signed_request
from registry.seed import seed

OLD = ""  # 0.4.0's snapshot requests carry no format
NOW = p.SNAPSHOT_FORMAT


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    with running_registry("sqlite", tmp_path) as running:
        seed(running.db, postings=20, employers=3)
        yield running


@pytest.fixture
def device(registry: Registry) -> Iterator[RegistryClient]:
    """An enrolled device whose requests are signed by the kiosk's own client code."""
    identity = DeviceIdentity.generate("unenrolled")
    client = RegistryClient(registry.url, timeout=10)
    try:
        answer = client.enroll(signed_request(identity, registry.code(registry.venue())))
    finally:
        client.close()
    signer = RegistryClient(registry.url, identity.with_device_id(answer.device_id), timeout=10)
    yield signer
    signer.close()


def _get(device: RegistryClient, path: str, snapshot_format: str) -> requests.Response:
    """A signed GET from a kiosk asking for `snapshot_format` (none if empty)."""
    headers = dict(VERSION_HEADERS, **device.signed_headers("GET", path, b""))
    if snapshot_format:
        headers[p.HEADER_SNAPSHOT_FORMAT] = snapshot_format
    return requests.get(device.base_url + path, headers=headers, timeout=30)


def test_a_kiosk_before_snapshot_images_hears_there_are_none_and_pulls_from_the_cursor(
    device: RegistryClient,
) -> None:
    listed = _get(device, p.SNAPSHOT_PATH, NOW)
    assert listed.status_code == 200, listed.text
    snapshots = p.SnapshotList.model_validate_json(listed.content).snapshots
    global_snapshot = next(s for s in snapshots if s.partition == "global")
    assert global_snapshot.format == p.SNAPSHOT_FORMAT
    assert global_snapshot.records > 20
    path = f"{p.SNAPSHOT_PATH}/{global_snapshot.id}"
    fetched = _get(device, path, NOW)
    assert fetched.status_code == 200 and len(fetched.content) == global_snapshot.bytes

    # As release 0.4.0 asks: both paths answer as a registry without snapshots would.
    for asked in (p.SNAPSHOT_PATH, path):
        old = _get(device, asked, OLD)
        assert old.status_code == 404, (asked, old.status_code, old.text)
        body = p.ErrorBody.model_validate_json(old.content)
        assert body.error is p.ApiErrorCode.NOT_FOUND
        assert body.message == "no snapshots in the format asked for"
    # And it still catches up by cursor pulls: every record in its pages.
    pulled = _get(device, f"{p.PULL_PATH}?cursor=&limit={p.MAX_PAGE}", OLD)
    assert pulled.status_code == 200, pulled.text
    page = p.PullResponse.model_validate_json(pulled.content)
    assert len({c.id for c in page.changes}) >= global_snapshot.records
