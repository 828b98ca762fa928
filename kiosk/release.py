"""This build's release number, from one place: pyproject.toml's version, as installed."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "gig-kiosk"


def release() -> str:
    """The release this code was installed as (`vX.Y.Z` tags name the same numbers)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"
