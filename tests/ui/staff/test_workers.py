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


def test_staff_find_a_worker_by_name_and_choose_among_same_names(
    desk: Desk, services: Services
) -> None:
    """Issue 12 point 8: a worker without their phone or card could not be found."""
    from PySide6.QtCore import Qt

    _worker(services)
    services.workers.register(
        Worker(display_name="王建国", phone="13700000011", birth_year=1970), consent=True
    )
    services.workers.register(
        Worker(display_name="王建国", phone="13700000012", birth_year=1985), consent=True
    )
    desk.sign_in(*STAFF)
    page = desk.open("staff.workers")
    assert isinstance(page, WorkersScreen)
    desk.type_chinese(page.name_search, "李阿")
    desk.qtbot.keyClick(page.name_search, Qt.Key.Key_Return)  # Enter searches
    desk.settle()
    assert page.file.worker is not None and page.file.worker.phone == PHONE
    page.name_search.clear()
    desk.type_chinese(page.name_search, "王建国")
    desk.tap(page.find_button)
    desk.settle()
    lines = desk.lines(page.matches)
    assert len(lines) == 2 and all("****" in line for line in lines)
    assert "1985" in lines[1] and "13700000012" not in lines[1]
    desk.tap_row(page.matches, 1)
    desk.wait(lambda: page.file.worker is not None and page.file.worker.birth_year == 1985)


def test_staff_enroll_a_worker_in_a_course_from_the_training_page(
    desk: Desk, services: Services
) -> None:
    from PySide6.QtCore import Qt

    from kiosk.domain.model import EnrollmentStatus, TrainingCourse
    from kiosk.ui.staff.training_screen import TrainingAdminScreen

    worker = _worker(services)
    today = services.ctx.today()
    course = services.training.create_course(
        TrainingCourse(
            title="家政服务员培训",
            starts_on=today + timedelta(days=3),
            ends_on=today + timedelta(days=5),
            seats=5,
        ),
        actor=services.staff.list()[0].id,
    )
    desk.sign_in(*STAFF)
    page = desk.open("staff.training")
    assert isinstance(page, TrainingAdminScreen)
    desk.wait(lambda: page.courses.count() == 1)
    desk.qtbot.keyClicks(page.enroll_phone, PHONE)
    desk.qtbot.keyClick(page.enroll_phone, Qt.Key.Key_Return)
    desk.wait(lambda: "确认单正在打印" in page.message.text())
    [enrollment] = services.training.enrollments(course.id)
    assert (enrollment.worker_id, enrollment.status) == (worker.id, EnrollmentStatus.ENROLLED)
    desk.wait(lambda: page.enrolled.count() == 1)
