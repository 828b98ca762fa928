"""Worker follow-ups: staff choose the case a follow-up belongs to and see it due today."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.model import Worker
from kiosk.services.container import Services
from kiosk.ui.staff.workers_screen import WorkersScreen
from tests.ui.staff.conftest import STAFF, Desk

PHONE = "13700000002"


def _worker(services: Services) -> Worker:
    worker = Worker(display_name="李阿姨", phone=PHONE, birth_year=1968)
    return services.workers.register(worker, consent=True).worker


def _open_file(desk: Desk) -> WorkersScreen:
    desk.sign_in(*STAFF)
    page = desk.open("staff.workers")
    assert isinstance(page, WorkersScreen)
    desk.qtbot.keyClicks(page.phone, PHONE)
    desk.tap(page.find_button)
    desk.settle()
    return page


def test_a_follow_up_goes_to_the_case_staff_choose_and_shows_due_today(
    desk: Desk, services: Services, staff_id: str
) -> None:
    worker = _worker(services)
    today = services.ctx.today()
    first = services.assistance.open_case(worker_id=worker.id, plan="每周回访", actor=staff_id)
    services.assistance.add_follow_up(
        case_id=first.id, note="电话确认是否到岗", due_on=today + timedelta(days=7), actor=staff_id
    )
    second = services.assistance.open_case(worker_id=worker.id, plan="推荐保洁岗位", actor=staff_id)
    page = _open_file(desk)

    cases = desk.lines(page.cases)
    assert len(cases) == 2
    assert "每周回访" in cases[0] and "推荐保洁岗位" in cases[1]
    assert all(f"{today} 开案" in line and "进行中" in line for line in cases)
    desk.tap_row(page.cases, 0)
    assert desk.lines(page.notes) == [f"{today + timedelta(days=7)} 到期 · 电话确认是否到岗"]
    desk.tap_row(page.cases, 1)
    assert desk.lines(page.notes) == []

    desk.type_chinese(page.note_field, "下午电话回访")
    assert page.due.date().toPython() == today
    with desk.qtbot.waitSignal(page.sig_follow_up_added, timeout=5000) as added:
        desk.tap(page.add_note_button)
    assert added.args[0].case_id == second.id
    assert [f.note for f in services.assistance.follow_ups(second.id)] == ["下午电话回访"]
    assert [f.note for f in services.assistance.follow_ups(first.id)] == ["电话确认是否到岗"]
    desk.wait(lambda: any("下午电话回访" in line for line in desk.lines(page.due_list)))
    assert desk.lines(page.due_list) == [f"{today} · 李阿姨\n下午电话回访"]
    assert page.cases.currentRow() == 1  # the chosen case stays chosen
    assert desk.lines(page.notes) == [f"{today} 到期 · 下午电话回访"]


def test_a_new_case_is_opened_and_the_due_list_leads_back_to_its_case(
    desk: Desk, services: Services, staff_id: str
) -> None:
    worker = _worker(services)
    old = services.assistance.open_case(worker_id=worker.id, plan="旧个案", actor=staff_id)
    page = _open_file(desk)
    desk.type_chinese(page.plan_field, "推荐夜班保洁")
    desk.tap(page.open_case_button)
    desk.settle()
    cases = services.assistance.cases_for(worker.id)
    assert [c.plan for c in cases] == ["旧个案", "推荐夜班保洁"]
    assert page.cases.currentRow() == 1, "a new case is where the next follow-up goes"
    desk.type_chinese(page.note_field, "周五前回电")
    desk.tap(page.add_note_button)
    desk.settle()
    assert services.assistance.follow_ups(old.id) == []

    # Staff look at the old case; the due list leads back to the follow-up's own case.
    desk.tap_row(page.cases, 0)
    assert desk.lines(page.notes) == []
    desk.wait(lambda: page.due_list.count() == 1)
    desk.tap_row(page.due_list, 0)
    desk.tap(page.open_due_button)
    desk.settle()
    assert page.cases.currentRow() == 1
    assert desk.lines(page.notes)[0].endswith("周五前回电")
    desk.tap_row(page.due_list, 0)
    desk.tap(page.done_button)
    desk.wait(lambda: page.due_list.count() == 0)
    desk.wait(lambda: "已完成" in desk.lines(page.notes)[0])
    assert services.assistance.due() == []


def test_a_worker_without_a_case_is_asked_to_open_one_first(desk: Desk, services: Services) -> None:
    _worker(services)
    page = _open_file(desk)
    assert page.cases.count() == 0
    assert not page.add_note_button.isEnabled()
    assert page.notes_caption.text() == "回访：请先新建个案"
    assert page.open_case_button.isEnabled()


def test_staff_close_a_case_with_what_came_of_it(
    desk: Desk, services: Services, staff_id: str
) -> None:
    worker = _worker(services)
    case = services.assistance.open_case(worker_id=worker.id, plan="推荐保洁岗位", actor=staff_id)
    today = services.ctx.today()
    services.assistance.add_follow_up(
        case_id=case.id, note="电话确认是否到岗", due_on=today, actor=staff_id
    )
    page = _open_file(desk)
    desk.wait(lambda: page.due_list.count() == 1)

    desk.tap(page.close_case_button)  # nothing written yet: staff are told what to do
    assert page.message.isVisible() and "写明结案情况" in page.message.text()
    assert services.assistance.cases_for(worker.id)[0].status.value == "open"

    desk.type_chinese(page.note_field, "已在商场稳定上岗")
    desk.tap(page.close_case_button)
    desk.wait(lambda: page.due_list.count() == 0)
    desk.wait(lambda: "已结案" in desk.lines(page.cases)[0])
    assert f"{today} 结案：已在商场稳定上岗" in desk.lines(page.cases)[0]
    assert "已结案" in page.notes_caption.text()
    assert page.note_field.text() == ""
    for control in (page.note_field, page.add_note_button, page.close_case_button):
        assert not control.isEnabled()
    stored = services.assistance.cases_for(worker.id)[0]
    assert (stored.status.value, stored.outcome) == ("closed", "已在商场稳定上岗")
