"""Download a partition snapshot into the data directory: resumable, verified, then loaded.

The bytes go to `<id>.part` beside `<id>.etag` (the snapshot they belong to). A cut download
leaves both, and the next attempt asks for the rest (`Range` from the file's size, `If-Range`
its ETag): a download cut at 70% resumes from 70%. If the registry rebuilt the snapshot
meanwhile it answers with the whole new one and the file starts over, so two snapshots are
never spliced. A finished file whose SHA-256 is not the announced one is deleted and fetched
once more. The files hold personal data of the venue's workers: encrypted with the data key as
they arrive (kiosk/store/sealed_file.py), 0600, deleted once loaded.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import requests
import urllib3

from kiosk.store.sealed_file import SealedFile
from kiosk.sync import protocol as p
from kiosk.sync.client import RegistryClient, RegistryRefused, RegistryUnavailable
from kiosk.sync.progress import Phase, ProgressSink, SyncProgress

CHUNK = 256 * 1024
DIRECTORY = "sync-snapshots"
# At most this many reports a second reach the sink (a Qt page repaints on each).
REPORTS_PER_S = 10
ProgressCallback = Callable[[int], None]


class SnapshotChanged(Exception):
    """The registry now serves another snapshot than the list named: list again."""


class SnapshotCorrupt(Exception):
    """A download whose checksum is wrong twice: something between us and the registry."""


class Throttled:
    """Reports one phase's progress to a sink at most REPORTS_PER_S times a second."""

    def __init__(self, sink: ProgressSink, phase: Phase, total: int | None) -> None:
        self.sink = sink
        self.value = SyncProgress(phase, 0, total)
        self._last = 0.0

    def __call__(self, done: int, total: int | None = None, *, final: bool = False) -> None:
        self.value = self.value.advanced(done, total)
        now = time.monotonic()
        if final or now - self._last >= 1.0 / REPORTS_PER_S:
            self._last = now
            self.sink(self.value)


@dataclass(frozen=True, slots=True)
class Downloaded:
    """A verified snapshot file; `open()` gives its plain (still zstd) bytes."""

    path: Path
    sealed: SealedFile

    def open(self) -> BinaryIO:
        return self.sealed.reader(self.path)


def _sealed(key: bytes, info: p.SnapshotInfo) -> SealedFile:
    # Named by id and checksum: another build of the snapshot never shares a keystream.
    return SealedFile(key, f"{info.id}:{info.sha256}")


def directory(data_dir: Path) -> Path:
    path = data_dir / DIRECTORY
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def fetch_all(
    client: RegistryClient,
    data_dir: Path,
    listed: list[p.SnapshotInfo],
    sink: ProgressSink,
    *,
    key: bytes,
) -> list[Downloaded]:
    """Every listed snapshot downloaded and verified, in the list's order; what other
    snapshots an earlier download left behind is deleted."""
    folder = directory(data_dir)
    wanted = {s.id for s in listed}
    for leftover in folder.iterdir():
        if leftover.stem not in wanted:
            leftover.unlink(missing_ok=True)
    total = sum(s.bytes for s in listed)
    report = Throttled(sink, Phase.DOWNLOAD, total)
    files: list[Downloaded] = []
    before = 0
    for info in listed:

        def advanced(n: int, before: int = before) -> None:
            report(before + n)

        files.append(_fetch_verified(client, folder, info, advanced, _sealed(key, info)))
        before += info.bytes
    report(total, final=True)
    return files


def _fetch_verified(
    client: RegistryClient,
    folder: Path,
    info: p.SnapshotInfo,
    progress: ProgressCallback,
    sealed: SealedFile,
) -> Downloaded:
    for _attempt in range(2):
        done = Downloaded(_download(client, folder, info, progress, sealed), sealed)
        if _sha256(done) == info.sha256:
            return done
        # Corrupted on the way (or on disk): never loaded; the next attempt starts from zero.
        discard(folder, info.id)
    raise SnapshotCorrupt(f"snapshot {info.id}: checksum differs twice")


def _download(
    client: RegistryClient,
    folder: Path,
    info: p.SnapshotInfo,
    progress: ProgressCallback,
    sealed: SealedFile,
) -> Path:
    part, tag = folder / f"{info.id}.part", folder / f"{info.id}.etag"
    have = part.stat().st_size if part.exists() else 0
    if not tag.exists() or tag.read_text() != info.sha256 or have > info.bytes:
        discard(folder, info.id)
        have = 0
    if have == info.bytes:
        return part
    tag.write_text(info.sha256)
    os.chmod(tag, 0o600)
    try:
        response = client.snapshot_stream(info.id, start=have, etag=info.sha256)
    except RegistryRefused as exc:
        if exc.status != 404:
            raise
        raise SnapshotChanged(info.id) from exc  # gone since the list: list again
    with response:
        if response.status_code == 416:
            # Our file is longer than the snapshot (it cannot be its start): from zero.
            discard(folder, info.id)
            raise SnapshotChanged(info.id)
        if response.headers.get("ETag", "").strip('"') != info.sha256:
            discard(folder, info.id)
            raise SnapshotChanged(info.id)
        if response.status_code == 200:
            have = 0  # the registry sent it all (it ignored or refused the range)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(fd, "r+b") as out:
            out.truncate(have)
            out.seek(have)
            seal = sealed.at(have)
            try:
                # read1: what has arrived, so a cut keeps every byte before it (a read of a
                # fixed size loses the partial last one).
                while chunk := response.raw.read1(CHUNK):
                    if have + len(chunk) > info.bytes:
                        # More than announced: not this snapshot; nothing past it is kept.
                        discard(folder, info.id)
                        raise SnapshotChanged(info.id)
                    out.write(seal.update(chunk))
                    have += len(chunk)
                    progress(have)
            except (urllib3.exceptions.HTTPError, requests.RequestException, OSError) as exc:
                # Cut: what arrived stays for the next attempt to resume from.
                raise RegistryUnavailable(f"snapshot download cut: {exc}") from exc
    if have != info.bytes:
        raise RegistryUnavailable(f"snapshot download cut at {have} of {info.bytes} bytes")
    return part


def discard(folder: Path, snapshot_id: str) -> None:
    for suffix in (".part", ".etag"):
        (folder / f"{snapshot_id}{suffix}").unlink(missing_ok=True)


def discard_all(data_dir: Path) -> None:
    folder = data_dir / DIRECTORY
    if folder.exists():
        for leftover in folder.iterdir():
            leftover.unlink(missing_ok=True)


def _sha256(done: Downloaded) -> str:
    digest = hashlib.sha256()
    with done.open() as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
