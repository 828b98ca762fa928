"""`python -m kiosk.ui.screenshots OUTDIR`: every screen in zh_CN, en and elderly mode, as PNG.

Renders at 1920x1080 (a landscape 21.5"/27" touch kiosk) over a temporary database with demo
data. `make screenshots` runs it under Xvfb; the offscreen platform works too. The board
(`kiosk board`, a big screen with no touch and no elderly mode) is shot in both languages.
"""

from __future__ import annotations

import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from kiosk import config
from kiosk.ui.flow import ApplyRequest, ComplaintRequest, IdentifyRequest
from kiosk.ui.shell import KioskShell

if TYPE_CHECKING:
    from kiosk.services.container import Services

WIDTH, HEIGHT = 1920, 1080
VARIANTS = (("zh", "zh_CN", False), ("en", "en", False), ("elderly", "zh_CN", True))


def _settle(app: QApplication, shell: KioskShell, rounds: int = 5) -> None:
    """Let background jobs finish and the screen repaint."""
    deadline = time.monotonic() + 10
    while shell.runner.pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(rounds):
        app.processEvents()


def _call_numbers(services: Services) -> None:
    """A matchmaking session under way: workers checked in, four numbers called to tables."""
    from kiosk.domain.model import SessionKind

    staff = services.staff.list()[0]  # the demo data's staff accounts
    session = services.sessions.create(
        kind=SessionKind.ON_SITE,
        title="上午对接会",
        place="一楼大厅",
        on_date=services.ctx.today(),
        actor=staff.id,
    )
    for worker in services.workers.list(limit=8):
        services.sessions.check_in_worker(session.id, worker.id, actor=staff.id)
    for table in (1, 2, 3, 1):
        services.sessions.call_next(session.id, table_no=table, actor=staff.id)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from kiosk.services.container import Services
    from kiosk.services.seed import demo_venue, seed
    from kiosk.store.search import SearchQuery
    from kiosk.ui.board_screen import BoardScreen
    from kiosk.ui.identify_screen import IdentifyScreen
    from kiosk.ui.register_screen import RegisterScreen

    with tempfile.TemporaryDirectory() as home:
        settings = demo_venue(config.load(Path(home), env={}))
        services = Services.create(settings)
        seed(services, postings=400, workers=20, seed=7)
        shell = KioskShell(app, settings)
        window = shell.window
        window.resize(WIDTH, HEIGHT)
        window.show()
        shell.attach(services)
        shell.window.idle.pause()
        # A verified employer's posting with a Chinese title: what most of the hall sees.
        postings = [
            c
            for c in services.postings.search(SearchQuery(limit=50))
            if c.employer_verified and c.posting.title[:1] > "z"
        ]
        worker = services.workers.list(limit=1)[0]

        def shot(variant: str, index: int, name: str, widget: QWidget = window) -> None:
            _settle(app, shell)
            path = out / f"{variant}-{index:02d}-{name}.png"
            widget.grab().save(str(path), "PNG", 9)
            print(path)

        for n, (variant, language, elderly) in enumerate(VARIANTS):
            # A different job per variant: a worker can say "interested" only once per job.
            posting = postings[n].posting
            apply = ApplyRequest(posting_id=posting.id, title=posting.title)
            window.wipe()
            shell.prefs.set_language(language)
            shell.prefs.set_elderly(elderly)
            plan: list[tuple[str, Callable[[], None]]] = [
                ("home", window.home),
                ("find-work", lambda: window.go("find_work")),
                ("job-detail", functools.partial(window.go, "job_detail", posting.id)),
                ("identify", functools.partial(window.go, "identify", IdentifyRequest(then=apply))),
                ("training", lambda: window.go("training")),
                ("help", lambda: window.go("help")),
                ("complaint", lambda: window.go("complaint", ComplaintRequest())),
                ("venue", lambda: window.go("venue")),
            ]
            index = 0
            for name, action in plan:
                action()
                index += 1
                shot(variant, index, name)
            register = window.screens["register"]
            assert isinstance(register, RegisterScreen)
            window.go("register")
            # A form being filled in, so the consent step shows what it will keep.
            register.phone.setText("13912345678")
            register.name_field.setText("王建国")
            register.work_chips.select([posting.occupation_code])
            register.area_chips.select([posting.district])
            register.day_chips.select(["0"])
            for step in range(5):
                register._go_step(step)
                index += 1
                shot(variant, index, f"register-{step + 1}")
            window.session.identify(worker)
            window.go("result", apply)
            index += 1
            shot(variant, index, "result")
            window.overlay.start(10)
            index += 1
            shot(variant, index, "idle-countdown")
            window.overlay.stop()
            # The same worker back to update their details: who (masked), then their chips.
            window.go("register")
            _settle(app, shell)
            for step in range(2):
                register._go_step(step)
                index += 1
                shot(variant, index, f"update-{step + 1}")
            # Still identified: who is shown, and 首页 asks whether they are done.
            window.go("find_work")
            window.topbar.home_button.click()
            index += 1
            shot(variant, index, "done-question")
            window.wipe()  # "I'm done": the language and size go back to the venue's
            shell.prefs.set_language(language)
            shell.prefs.set_elderly(elderly)
            # A number that matched a worker: nothing happens before "Is this you?".
            window.go("identify", IdentifyRequest(then=apply))
            identify = window.screens["identify"]
            assert isinstance(identify, IdentifyScreen)
            identify._identified(worker)
            index += 1
            shot(variant, index, "is-this-you")
            window.wipe()

        _call_numbers(services)
        shell.prefs.set_elderly(False)
        index += 1
        for variant, language, _elderly in VARIANTS[:2]:
            shell.prefs.set_language(language)
            board = BoardScreen(services, shell.runner, language)
            board.resize(WIDTH, HEIGHT)
            board.show()
            board.start()
            shot(variant, index, "board", board)
            board.stop()
            board.close()
            board.deleteLater()
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
