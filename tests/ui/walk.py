"""Visit every screen (and every step and overlay) of the kiosk, for checks that cover them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

import builders
from kiosk.domain.model import TrainingCourse, Worker
from kiosk.services.container import Services
from kiosk.ui.flow import ApplyRequest, ComplaintRequest, IdentifyRequest
from kiosk.ui.register_screen import STEPS, RegisterScreen
from kiosk.ui.shell import KioskShell
from tests.ui.people import Person


def demo_records(services: Services) -> str:
    """One posting, one course and one worker; returns the posting id."""
    from datetime import timedelta

    employer = builders.employer(services, verified=True)
    posting = services.postings.create(builders.posting(employer.id))
    start = services.ctx.today() + timedelta(days=2)
    services.training.create_course(
        TrainingCourse(
            title="叉车司机培训",
            provider="市职业技能培训中心",
            starts_on=start,
            ends_on=start,
            place="经开区",
            seats=1,
            schedule="9:00-16:00",
            subsidy_text="免费",
        ),
        demo=True,  # course data as the registry would send it
    )
    services.workers.register(Worker(display_name="王建国", phone="13812345678"), consent=True)
    return posting.id


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every word a person can see on `root`: labels, buttons, placeholders."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            text = widget.placeholderText() if not widget.isReadOnly() else ""
        else:
            continue
        if text.strip():
            yield widget, text


def walk(
    person: Person, kiosk: KioskShell, posting_id: str, visit: Callable[[str], None]
) -> list[str]:
    """Show every screen state in turn and call `visit(name)` on each; returns the names."""
    window = kiosk.window
    seen: list[str] = []

    def show(name: str, arg: object = None, label: str = "") -> None:
        window.go(name, arg)
        person.on(name)
        seen.append(label or name)
        visit(label or name)

    window.home()
    person.settle()
    seen.append("home")
    visit("home")
    show("find_work")
    show("job_detail", posting_id)
    show("identify", IdentifyRequest(then=ApplyRequest(posting_id=posting_id, title="保洁")))
    register = window.screens["register"]
    assert isinstance(register, RegisterScreen)
    window.go("register")
    person.on("register")
    for i, step in enumerate(STEPS):
        register._go_step(i)
        seen.append(f"register.{step}")
        visit(f"register.{step}")
    # A known worker updating their details: who it is (masked), then their lit chips.
    window.session.identify(services_worker(kiosk))
    window.go("register")
    person.on("register")
    for i, step in enumerate(STEPS):
        register._go_step(i)
        seen.append(f"register.update.{step}")
        visit(f"register.update.{step}")
    window.session.clear()
    show("training")
    show("help")
    show("complaint", ComplaintRequest())
    complaint = window.screens["complaint"]
    person.tap(complaint.contact_chips.chips["phone"])  # type: ignore[attr-defined]
    visit("complaint.phone")
    show("venue")
    show("staff")
    window.session.identify(services_worker(kiosk))
    show("result", ApplyRequest(posting_id=posting_id, title="保洁"), "result.apply")
    window.overlay.start(30)
    seen.append("overlay")
    visit("overlay")
    window.overlay.stop()
    return seen


def services_worker(kiosk: KioskShell) -> Worker:
    worker = kiosk.window.deps.services.workers.find_by_phone("13812345678")
    assert worker is not None
    return worker
