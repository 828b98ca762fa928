"""Shared fixtures: a migrated temporary database, settings and services on it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import config
from kiosk.domain.model import StaffRole, StaffUser
from kiosk.services.container import Services

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_system(available: bool, reason: str) -> None:
    """Skip a test that needs a missing system part, except in CI, where that fails the run."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI is missing a system part: {reason}")
    pytest.skip(reason)


def require_binary(name: str) -> str:
    path = shutil.which(name)
    require_system(path is not None, f"{name} is not installed (make system-deps)")
    assert path is not None
    return path


@pytest.fixture
def settings(tmp_path: Path) -> config.Settings:
    home = tmp_path / "home"
    home.mkdir()
    return config.load(home, env={})


@pytest.fixture
def services(settings: config.Settings) -> Iterator[Services]:
    svc = Services.create(settings)
    yield svc
    svc.db.close()


@pytest.fixture
def admin(services: Services) -> StaffUser:
    return services.staff.add(name="站长", role=StaffRole.ADMIN, pin="246810")


@pytest.fixture
def staff_id(services: Services, admin: StaffUser) -> str:
    return services.staff.add(name="小王", role=StaffRole.STAFF, pin="1357", actor=admin.id).id


@pytest.fixture
def supervisor_id(services: Services, admin: StaffUser) -> str:
    user = services.staff.add(name="李主管", role=StaffRole.SUPERVISOR, pin="8642", actor=admin.id)
    return user.id
