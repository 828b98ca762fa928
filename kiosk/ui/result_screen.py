"""Does the waiting action (apply, sign up, card) and says plainly what happened and what next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.domain.complaint_rules import ANSWER_WORKING_DAYS, answer_by
from kiosk.domain.model import EnrollmentStatus
from kiosk.services.applications import Interest
from kiosk.services.training import SignUp
from kiosk.ui import icons, style, texts
from kiosk.ui.flow import (
    ApplyRequest,
    CardRequest,
    ComplaintFiledNotice,
    EnrollRequest,
    RegisteredNotice,
)
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import button, label


class ResultScreen(Screen):
    name = "result"
    sig_application_recorded = Signal(str)
    sig_enrollment_recorded = Signal(str)
    sig_slip_settled = Signal(bool)  # True: printed here; False: collect at the service desk

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self._subject: Any = None
        self._state = "idle"  # idle, working, done, failed
        self._detail: dict[str, str] = {}
        self._slip = ""  # "", printing, printed, desk
        self._slip_job: str | None = None
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(QSize(120, 120))
        self.headline = label(role="title")
        self.detail_label = label()
        self.slip_label = label(role="notice")
        self.slip_label.hide()
        self.next_label = label(role="hint")
        self.card_button = button(icon_name="card")
        self.card_button.clicked.connect(self._on_card_clicked)
        self.card_button.hide()
        self.more_button = button(icon_name="search")
        self.more_button.clicked.connect(self._on_more_clicked)
        self.finish_button = button(role="primary", icon_name="check")
        self.finish_button.clicked.connect(self._on_finish_clicked)

        head = QHBoxLayout()
        head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.headline, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(24)
        layout.addLayout(head)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.slip_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Result")

    def enter(self, arg: Any = None) -> None:
        self._subject = arg
        self._detail = {}
        self._slip, self._slip_job = "", None
        worker = self.deps.session.worker
        lang = self.deps.prefs.language
        if isinstance(arg, ApplyRequest) and worker is not None:
            self._state = "working"
            apps = self.deps.services.applications
            self.submit_db(
                "act",
                lambda: apps.express_interest(
                    worker_id=worker.id, posting_id=arg.posting_id, lang=lang
                ),
                self._on_interest_recorded,
                self._on_action_failed,
            )
        elif isinstance(arg, EnrollRequest) and worker is not None:
            self._state = "working"
            training = self.deps.services.training
            self.submit_db(
                "act",
                lambda: training.enroll(course_id=arg.course_id, worker_id=worker.id, lang=lang),
                self._on_enrolled,
                self._on_action_failed,
            )
        elif isinstance(arg, RegisteredNotice):
            self._state = "done"
            if arg.then is not None:
                # Registered on the way to applying or signing up: carry straight on.
                self.enter(arg.then)
                return
        elif isinstance(arg, ComplaintFiledNotice):
            self._state = "done"
            self._print(arg.print_job_id)
        else:
            self._state = "failed"
        self._show()

    def reset(self) -> None:
        self.deps.runner.cancel_prefix(f"{self.name}.")
        self._subject, self._state, self._detail, self._slip = None, "idle", {}, ""
        self._show()

    def retranslate(self) -> None:
        self.card_button.setText(self.tr("Print my worker card"))
        self.more_button.setText(self.tr("Look at more jobs"))
        self.finish_button.setText(self.tr("Finish"))
        self._show()

    # -- outcomes

    def _on_interest_recorded(self, interest: Interest) -> None:
        self._state = "done"
        self.sig_application_recorded.emit(interest.application.id)
        self._print(interest.print_job_id)
        self._show()

    def _on_enrolled(self, sign_up: SignUp) -> None:
        self._state = "done"
        self._detail = {"enrollment": sign_up.enrollment.status.value}
        self.sig_enrollment_recorded.emit(sign_up.enrollment.id)
        self._print(sign_up.print_job_id)
        self._show()

    def _on_action_failed(self, error: BaseException) -> None:
        self._state = "failed"
        self._detail = {"error": texts.error_text(error)}
        self._show()

    def _print(self, job_id: str | None) -> None:
        if job_id is None:
            return
        self._slip, self._slip_job = "printing", job_id
        self.deps.slips.dispatch(job_id, self._on_slip_settled)

    def _on_slip_settled(self, printed: bool) -> None:
        self._slip = "printed" if printed else "desk"
        self.sig_slip_settled.emit(printed)
        self._show()

    # -- words

    def _show(self) -> None:
        subject, state = self._subject, self._state
        ok = state == "done"
        colour = style.OK if ok else (style.PAY if state == "failed" else style.PRIMARY)
        self.icon_label.setPixmap(
            icons.pixmap("check" if state != "failed" else "complaint", 120, colour)
        )
        headline = detail = nxt = ""
        if state == "working":
            headline = self.tr("One moment, saving...")
        elif state == "failed":
            headline = self.tr("That did not work")
            detail = self._detail.get("error", self.tr("Please start again from the home screen."))
        elif isinstance(subject, ApplyRequest):
            headline = self.tr("Done! The employer will know you are interested.")
            detail = subject.title
            nxt = self.tr(
                "Next: take your job slip to the service desk. Staff will call the "
                "employer for you or tell you where to go."
            )
        elif isinstance(subject, EnrollRequest):
            status = EnrollmentStatus(self._detail.get("enrollment", "enrolled"))
            headline = (
                self.tr("You are signed up!")
                if status is EnrollmentStatus.ENROLLED
                else self.tr("You are on the waiting list")
            )
            detail = f"{subject.title}\n{texts.enrollment_text(status)}"
            nxt = self.tr("Bring your ID card on the first day.")
        elif isinstance(subject, ComplaintFiledNotice):
            headline = self.tr("Thank you. Your complaint is recorded.")
            detail = self.tr("Reference number: {ref}").format(ref=subject.reference)
            today = self.deps.services.ctx.today()
            by = texts.date_text(answer_by(today), today)
            nxt = self.tr(
                "What happens next: staff look into it by {date} (within {days} working days)."
            ).format(date=by, days=ANSWER_WORKING_DAYS)
            if subject.call_back:
                nxt += "\n" + self.tr("They will call you back on the number you left.")
            else:
                nxt += "\n" + self.tr(
                    "You left no number, so nobody will call you: to hear the answer, ask at "
                    "the service desk or call the hotline {hotline} with the reference number."
                ).format(hotline=self.deps.settings.venue_hotline)
        elif isinstance(subject, RegisteredNotice):
            headline = (
                self.tr("Your details are updated")
                if subject.merged
                else self.tr("You are registered!")
            )
            detail = self.tr("Phone: {phone}").format(phone=subject.masked_phone)
            nxt = self.tr(
                "Print a worker card, and next time just scan it. Or look at the jobs now."
            )
        elif isinstance(subject, CardRequest):
            headline = self.tr("Your worker card is on its way")
            nxt = self.tr("Next time, hold the card under the scanner: no typing needed.")
        self.headline.setText(headline)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.next_label.setText(nxt)
        self.next_label.setVisible(bool(nxt))
        self.slip_label.setText(self._slip_words())
        self.slip_label.setVisible(bool(self._slip))
        self.card_button.setVisible(
            ok
            and self.deps.session.worker is not None
            and not isinstance(subject, CardRequest | ComplaintFiledNotice)
        )
        self.more_button.setVisible(state != "working")
        self.finish_button.setEnabled(state != "working")

    def _slip_words(self) -> str:
        if self._slip == "printing":
            return self.tr("Printing your slip...")
        if self._slip == "printed":
            return self.tr("Please take your slip from the printer below the screen.")
        if self._slip == "desk":
            return self.tr(
                "The printer here is not available right now. Nothing is lost: "
                "please collect your slip at the service desk."
            )
        return ""

    # -- buttons

    def _on_card_clicked(self) -> None:
        worker = self.deps.session.worker
        if worker is None:
            return
        workers, lang = self.deps.services.workers, self.deps.prefs.language
        self._subject, self._state = CardRequest(), "working"
        self._show()

        def on_queued(job_id: str) -> None:
            self._state = "done"
            self._print(job_id)
            self._show()

        self.submit_db(
            "act",
            lambda: workers.queue_worker_card(worker.id, lang),
            on_queued,
            self._on_action_failed,
        )

    def _on_more_clicked(self) -> None:
        self.deps.nav.go("find_work")

    def _on_finish_clicked(self) -> None:
        # "Finish" logs the worker out: the next person at this kiosk starts clean.
        self.deps.nav.wipe()
