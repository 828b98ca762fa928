"""A file sealed with the data key reads back whole however it was written in pieces (a cut
download resumes at any byte), and is unreadable with another kiosk's key."""

from __future__ import annotations

import itertools
import secrets
from pathlib import Path

from kiosk.store.sealed_file import SealedFile


def _write_in_pieces(path: Path, sealed: SealedFile, data: bytes, cuts: list[int]) -> None:
    path.write_bytes(b"")
    edges = [0, *cuts, len(data)]
    for start, end in itertools.pairwise(edges):
        # Each piece written by a fresh writer at the file's size, as a resumed download is.
        with path.open("r+b") as out:
            out.seek(start)
            out.write(sealed.at(start).update(data[start:end]))


def test_a_download_resumed_at_odd_offsets_reads_back_whole(tmp_path: Path) -> None:
    key, data = secrets.token_bytes(32), secrets.token_bytes(100_003)
    sealed = SealedFile(key, "snapshot-1:abc")
    path = tmp_path / "s.part"
    _write_in_pieces(path, sealed, data, [1, 17, 4095, 70_001])
    assert path.read_bytes() != data
    with sealed.reader(path) as plain:
        assert plain.read() == data


def test_another_key_or_another_snapshot_does_not_read_it(tmp_path: Path) -> None:
    key, data = secrets.token_bytes(32), "王建国 13812345678 ".encode() * 1000
    path = tmp_path / "s.part"
    _write_in_pieces(path, SealedFile(key, "snapshot-1:abc"), data, [])
    for other in (SealedFile(secrets.token_bytes(32), "snapshot-1:abc"),
                  SealedFile(key, "snapshot-2:def")):  # fmt: skip
        with other.reader(path) as plain:
            assert plain.read() != data
