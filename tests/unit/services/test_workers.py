"""Registering workers: consent first, a repeat phone merges, grades, card look-up."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

import builders
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import AssistanceGrade, Circumstance
from kiosk.services.container import Services
from kiosk.store.tables import OutboxOpRow, WorkerRow


def test_nothing_is_stored_without_consent(services: Services) -> None:
    with pytest.raises(DomainError) as err:
        services.workers.register(builders.worker(), consent=False)
    assert err.value.code is ErrorCode.CONSENT_REQUIRED
    with services.db.read() as session:
        assert session.exec(select(WorkerRow)).all() == []


def test_a_second_registration_with_the_same_phone_merges(services: Services) -> None:
    first = services.workers.register(builders.worker(phone="139 0000 1111"), consent=True)
    again = services.workers.register(
        builders.worker(
            phone="+86 13900001111", display_name="李四", skills=["搬运"], districts=["西城区"]
        ),
        consent=True,
    )
    assert again.merged and again.worker.id == first.worker.id
    assert again.worker.display_name == "李建国"  # identity is write-once at the kiosk
    assert again.worker.skills == ["保洁", "搬运"]
    assert again.worker.districts == ["西城区"]
    with services.db.read() as session:
        assert len(session.exec(select(WorkerRow)).all()) == 1
        ops = session.exec(select(OutboxOpRow).where(OutboxOpRow.entity == "worker")).all()
    assert [op.action for op in ops] == ["create", "update"]


def test_bad_phone_is_refused(services: Services) -> None:
    with pytest.raises(DomainError) as err:
        services.workers.register(builders.worker(phone="12345"), consent=True)
    assert err.value.code is ErrorCode.PHONE_INVALID


def test_circumstances_give_a_grade_with_reasons(services: Services) -> None:
    reg = services.workers.register(
        builders.worker(
            birth_year=date.today().year - 62, circumstances=[Circumstance.LOW_INCOME_FAMILY]
        ),
        consent=True,
    )
    assert reg.worker.assistance_grade >= AssistanceGrade.PRIORITY
    assert reg.worker.assistance_reasons


def test_card_code_finds_the_worker_and_is_opaque(services: Services) -> None:
    reg = services.workers.register(builders.worker(), consent=True)
    code = reg.worker.card_code
    assert len(code) == 16 and reg.worker.phone[-4:] not in code
    found = services.workers.find_by_card(code.lower())
    assert found is not None and found.id == reg.worker.id
    assert services.workers.find_by_card("NOPE") is None
    assert services.workers.find_by_phone("13900001111") is not None


def test_kiosk_updates_cannot_rename_but_staff_can(services: Services, staff_id: str) -> None:
    reg = services.workers.register(builders.worker(), consent=True)
    w = services.workers.update(reg.worker.id, display_name="冒名", skills=["保安"])
    assert w.display_name == "李建国" and w.skills == ["保安"]
    w = services.workers.update(reg.worker.id, actor=staff_id, display_name="李建华")
    assert w.display_name == "李建华"


def test_free_today_releases_availability(services: Services) -> None:
    reg = services.workers.register(builders.worker(), consent=True)
    today = services.ctx.today()
    w = services.workers.mark_available(reg.worker.id, [today])
    assert today in w.available_dates
    assert [x.id for x in services.workers.list(available_on=today)] == [reg.worker.id]
