"""`python -m kiosk.ui.staff.screenshots OUTDIR`: every staff screen in zh_CN and en, as PNG.

Renders the kiosk window at 1280x800 (a staff desk PC or a small kiosk) over a temporary
database with demo data, a running session, a frozen negotiation record and a complaint.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.ui.shell import KioskShell

WIDTH, HEIGHT = 1280, 800
LANGUAGES = (("zh_CN", "zh_CN"), ("en", "en"))


def _settle(app: QApplication, shell: KioskShell, rounds: int = 8) -> None:
    deadline = time.monotonic() + 10
    while shell.runner.pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(rounds):
        app.processEvents()


def _explain_size(window: Any, mode: Any, path: Path) -> None:
    """Say which screen or staff page made the window bigger than a desk PC's screen.

    A stacked widget is as big as its biggest page, so one page grows the whole window.
    """
    chrome = window.minimumSizeHint().height() - window.stack.minimumSizeHint().height()
    header = mode.minimumSizeHint().height() - mode.stack.minimumSizeHint().height()
    parts = {name: (screen, chrome) for name, screen in window.screens.items()}
    parts |= {name: (page, chrome + header) for name, page in mode.pages.items()}
    needs = {
        name: (hint.width(), hint.height() + around)
        for name, (widget, around) in parts.items()
        if (hint := widget.minimumSizeHint()).width() > WIDTH or hint.height() + around > HEIGHT
    }
    size = window.size()
    print(
        f"warning: {path.name} is {size.width()}x{size.height()}, not {WIDTH}x{HEIGHT};"
        f" needing more: {needs}",
        file=sys.stderr,
    )


def _scene(services: Any) -> dict[str, Any]:
    """A session with tickets, a held posting, a frozen record and a complaint to show."""
    from kiosk.domain.model import (
        Circumstance,
        ComplaintCategory,
        ComplaintTarget,
        SessionKind,
        Worker,
    )
    from kiosk.store.search import SearchQuery

    admin = next(u for u in services.staff.list() if u.name == "演示站长")
    cards = services.postings.search(SearchQuery(limit=20))
    card = next(c for c in cards if c.posting.title[:1] > "z")
    posting = card.posting
    session = services.sessions.create(
        kind=SessionKind.ON_SITE,
        title="上午现场对接会",
        place="一楼对接区",
        on_date=services.ctx.today(),
        actor=admin.id,
    )
    services.sessions.check_in_employer(
        session.id, posting.employer_id, posting_ids=[posting.id], table_no=2, actor=admin.id
    )
    people = [("张师傅", "13700000001", []), ("李阿姨", "13700000002", [Circumstance.OLDER_WORKER])]
    people += [(f"王{n}", f"1370000001{n}", []) for n in range(3)]
    workers = []
    for name, phone, why in people:
        w = Worker(display_name=name, phone=phone, birth_year=1968, circumstances=why)
        workers.append(services.workers.register(w, consent=True).worker)
        services.sessions.check_in_worker(session.id, workers[-1].id, actor=admin.id)
    services.sessions.call_next(session.id, table_no=2, actor=admin.id)
    record = services.negotiations.open(
        posting_id=posting.id, worker_id=workers[0].id, actor=admin.id, session_id=session.id
    )
    services.complaints.file(
        target=ComplaintTarget.EMPLOYER,
        category=ComplaintCategory.FEE_CHARGED,
        target_id=posting.employer_id,
        text="面试时要求先交300元押金",
        contact_phone="13612345678",
    )
    # Two cases, so the workers page shows staff choosing which one a follow-up belongs to.
    today = services.ctx.today()
    earlier = services.assistance.open_case(
        worker_id=workers[1].id, plan="每周电话回访，推荐保洁岗位", actor=admin.id
    )
    done = services.assistance.add_follow_up(
        case_id=earlier.id, note="已推荐商场保洁，等待面试结果", due_on=today, actor=admin.id
    )
    services.assistance.complete_follow_up(done.id, actor=admin.id)
    case = services.assistance.open_case(
        worker_id=workers[1].id, plan="陪同参加家政培训", actor=admin.id
    )
    services.assistance.add_follow_up(
        case_id=case.id, note="电话确认是否到岗", due_on=today, actor=admin.id
    )
    services.assistance.add_follow_up(
        case_id=case.id, note="培训结束后回访", due_on=today + timedelta(days=7), actor=admin.id
    )
    # Sign-ups for the first course (the training page opens on it) and skills people asked for.
    course = services.training.courses(from_date=today)[0]
    for w in workers[:3]:
        services.training.enroll(course_id=course.id, worker_id=w.id)
    for skill, times in (("电工", 3), ("育婴", 2), ("叉车", 1)):
        for w in workers[:times]:
            services.training.wish(skill, worker_id=w.id)
    return {"session": session.id, "record": record.id, "worker": workers[1]}


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots/staff")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from kiosk.services.container import Services
    from kiosk.services.seed import seed
    from kiosk.ui.staff_screen import StaffScreen

    with tempfile.TemporaryDirectory() as home:
        settings = config.load(Path(home), env={})
        services = Services.create(settings)
        seed(services, postings=200, workers=10, seed=7)
        scene = _scene(services)
        shell = KioskShell(app, settings, staff=True)
        window = shell.window
        window.resize(WIDTH, HEIGHT)
        window.show()
        shell.attach(services)
        window.idle.pause()
        window.go("staff")
        screen = window.screens["staff"]
        assert isinstance(screen, StaffScreen)
        mode = screen.mode
        mode.ctx.idle.pause()

        def shot(language: str, index: int, name: str) -> None:
            _settle(app, shell)
            path = out / f"{language}-{index:02d}-{name}.png"
            image = window.grab()
            image.save(str(path), "PNG", 9)
            print(path)
            if image.size().toTuple() != (WIDTH, HEIGHT):
                _explain_size(window, mode, path)

        def sign_in(name: str, pin: str) -> None:
            mode.sign_in.name_field.setText(name)
            mode.sign_in.pin_field.setText(pin)
            mode.sign_in.sign_in_button.click()
            _settle(app, shell)
            mode.ctx.idle.pause()

        def posting_form() -> None:
            mode.go("staff.posting")
            _settle(app, shell)
            page: Any = mode.current()
            page.form.employer_box.setCurrentIndex(1)  # the first employer after "+ new"
            page.form.occupation.select(["4-09-08-01"])
            page.form.pay.setText("800")
            page.form.workplace.setText("东城区王府井大街1号")
            page.form.description.setPlainText("商场夜间保洁，上岗前需交押金200元")
            page.form.contact_phone.setText("13800138000")
            page._on_timer_timeout()
            _settle(app, shell)
            # Down to where the flags are: the pay's guide band, the deposit below it.
            pay_row = page.form.pay.parentWidget()
            page.scroll_area.verticalScrollBar().setValue(pay_row.y() - 12)

        def worker_file() -> None:
            mode.go("staff.workers")
            _settle(app, shell)
            page: Any = mode.current()
            page.phone.setText(scene["worker"].phone)
            page._on_find_clicked()

        def session_tab(tab: int) -> Callable[[], None]:
            def go() -> None:
                mode.go("staff.session", scene["session"])
                _settle(app, shell)
                page: Any = mode.current()
                page.tabs.setCurrentIndex(tab)
                if tab == 2:
                    page._on_candidates_clicked()

            return go

        for language, lang in LANGUAGES:
            shell.prefs.set_language(lang)
            mode.sign_out("user")
            plan: list[tuple[str, Callable[[], None]]] = [
                ("sign-in", lambda: None),
                ("menu", lambda: sign_in("演示主管", "8642")),
                ("posting", posting_form),
                ("review", lambda: mode.go("staff.review")),
                ("sessions", lambda: mode.go("staff.sessions")),
                ("session-queue", session_tab(0)),
                ("session-check-in", session_tab(1)),
                ("session-candidates", session_tab(2)),
                ("negotiation", lambda: mode.go("staff.negotiation", scene["record"])),
                ("employers", lambda: mode.go("staff.employers")),
                ("workers", worker_file),
                ("complaints", lambda: mode.go("staff.complaints")),
                ("training", lambda: mode.go("staff.training")),
                ("print", lambda: mode.go("staff.print")),
                ("reports", lambda: mode.go("staff.reports")),
                ("sync", lambda: mode.go("staff.sync")),
            ]
            for index, (name, step) in enumerate(plan, start=1):
                step()
                shot(language, index, name)
        mode.sign_out("user")
        _settle(app, shell)
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
