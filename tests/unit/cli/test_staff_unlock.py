"""`kiosk staff unlock`: an admin lifts a colleague's PIN lockout (issue 12 point 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from unit.cli.test_cli import kiosk

from kiosk import config
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import StaffRole
from kiosk.services.container import Services


def test_an_admin_unlocks_a_colleague_locked_out_by_wrong_pins(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    services = Services.create(config.load(home, env={}))
    try:
        admin = services.staff.add(name="站长", role=StaffRole.ADMIN, pin="246810")
        services.staff.add(name="小王", role=StaffRole.STAFF, pin="1357", actor=admin.id)
        for _ in range(5):
            with pytest.raises(DomainError):
                services.staff.sign_in(name="小王", pin="0000")
    finally:
        services.db.close()
    not_admin = kiosk(
        home, "staff", "unlock", "--name", "小王", "--admin", "小王", "--pin-stdin", stdin="1357\n"
    )
    assert not_admin.returncode == 1 and "not unlocked" in not_admin.stderr
    unlocked = kiosk(
        home, "staff", "unlock", "--name", "小王", "--admin", "站长", "--pin-stdin",
        stdin="246810\n",
    )  # fmt: skip
    assert unlocked.returncode == 0, unlocked.stderr
    assert "小王 unlocked" in unlocked.stdout
    services = Services.create(config.load(home, env={}))
    try:
        assert services.staff.sign_in(name="小王", pin="1357").name == "小王"
        with pytest.raises(DomainError) as err:
            services.staff.unlock("没有这个人", actor=admin.id)
        assert err.value.code is ErrorCode.NOT_FOUND
    finally:
        services.db.close()
