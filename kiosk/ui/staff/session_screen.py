"""A running session: check-ins, the live queue, calling to tables, candidates and the lottery."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from kiosk.domain import matching
from kiosk.domain.allocation import LotteryRecord
from kiosk.domain.errors import DomainError, ErrorCode
from kiosk.domain.model import Channel, CheckIn, Lane, TicketState, Worker
from kiosk.domain.session_summary import SessionSummary
from kiosk.services.actionable import PostingChoice
from kiosk.services.sessions import Lottery
from kiosk.ui import texts
from kiosk.ui.staff import session_data, words
from kiosk.ui.staff.page import StaffPage, caption, item_list, row
from kiosk.ui.staff.session_data import SessionData
from kiosk.ui.steppers import number_stepper
from kiosk.ui.widgets import button, label, phone_field, vbox

QUEUE_STATES = (
    TicketState.WAITING,
    TicketState.CALLED,
    TicketState.AT_TABLE,
    TicketState.AGREED,
    TicketState.NO_DEAL,
)


def posting_choice_text(choice: PostingChoice, today: date) -> str:
    """A picker's line: title, employer, pay, dates and places left, so equal titles differ."""
    return QCoreApplication.translate(
        "SessionScreen", "{title} · {employer} · {pay} · {dates} · {left} places left"
    ).format(
        title=choice.title,
        employer=choice.employer_name,
        pay=texts.pay_text(choice.pay_amount, choice.pay_unit),
        dates=texts.dates_text(choice.start_date, choice.end_date, today),
        left=choice.places_left,
    )


class SessionScreen(StaffPage):
    """The docking zone's live picture; each action reloads it."""

    name = "staff.session"
    sig_session_loaded = Signal()
    sig_called = Signal(object)  # CheckIn or None
    sig_lottery_shown = Signal()
    sig_draws_loaded = Signal()
    sig_session_closed = Signal(object)  # SessionSummary

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.session_id = ""
        self.data: SessionData | None = None
        self.lottery: Lottery | None = None
        self.draw_list = session_data.Draws()
        self.employer_choices: list[PostingChoice] = []
        self.table = QSpinBox()
        self.table.setRange(1, 99)
        self.table.setMinimumWidth(80)
        self.table_stepper = number_stepper(self.table)
        self.table_caption = caption()
        self.call_button = button(role="primary")
        self.call_button.clicked.connect(self._on_call_clicked)
        self.last_call = label(role="heading")
        self.close_button = button()
        self.close_button.clicked.connect(self._on_close_clicked)
        top = row(
            self.table_caption,
            self.table_stepper,
            self.call_button,
            self.last_call,
            self.close_button,
            stretch_last=True,
        )
        top.insertStretch(4, 1)
        self.body.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._queue_tab(), "")
        self.tabs.addTab(self._check_in_tab(), "")
        self.tabs.addTab(self._match_tab(), "")
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.message)
        self.retranslate()

    # -- building

    def _queue_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        self.queue_captions: dict[TicketState, Any] = {}
        self.queues: dict[TicketState, QListWidget] = {}
        for i, state in enumerate(QUEUE_STATES):
            cap = caption()
            lst = item_list()
            self.queue_captions[state] = cap
            self.queues[state] = lst
            grid.addWidget(cap, 0, i)
            grid.addWidget(lst, 1, i)
        self.seat_button = button()
        self.seat_button.clicked.connect(self._on_seat_clicked)
        self.requeue_button = button()
        self.requeue_button.clicked.connect(self._on_requeue_clicked)
        self.negotiate_button = button(role="primary")
        self.negotiate_button.clicked.connect(self._on_negotiate_clicked)
        self.negotiate_posting = QComboBox()
        self.negotiate_posting.setMinimumWidth(260)
        # The posting's title takes the room left on the line, so it is not cut short.
        self.negotiate_posting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The picker has a line of its own: title, employer, pay, dates and places left must
        # all show to tell equal titles apart (issue 12).
        grid.addWidget(self.negotiate_posting, 2, 0, 1, len(QUEUE_STATES))
        actions = row(self.seat_button, self.requeue_button, self.negotiate_button)
        grid.addLayout(actions, 3, 0, 1, len(QUEUE_STATES))
        return tab

    def _check_in_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        worker = QWidget()
        wv = vbox(worker, spacing=10)
        self.worker_caption = label(role="heading")
        self.phone = phone_field()
        self.card = QLineEdit()
        self.check_in_worker_button = button(role="primary")
        self.check_in_worker_button.clicked.connect(self._on_check_in_worker_clicked)
        self.card.returnPressed.connect(self._on_check_in_worker_clicked)
        self.phone.returnPressed.connect(self._on_check_in_worker_clicked)
        for w in (self.worker_caption, self.phone, self.card, self.check_in_worker_button):
            wv.addWidget(w)
        wv.addWidget(self._register_box())
        wv.addStretch(1)
        employer = QWidget()
        ev = vbox(employer, spacing=10)
        self.employer_caption = label(role="heading")
        self.employer_box = QComboBox()
        self.employer_box.currentIndexChanged.connect(self._on_employer_box_changed)
        self.employer_postings = item_list()  # long lines wrap: places left must show
        # Gives way first on a short screen (the tab row is 64 px tall for fingers); about three
        # postings still show.
        self.employer_postings.setMinimumHeight(96)
        self.employer_table = QSpinBox()
        self.employer_table.setRange(1, 99)
        self.employer_table.setMinimumWidth(80)
        self.employer_table_stepper = number_stepper(self.employer_table)
        self.employer_table_caption = caption()
        self.check_in_employer_button = button(role="primary")
        self.check_in_employer_button.clicked.connect(self._on_check_in_employer_clicked)
        ev.addWidget(self.employer_caption)
        ev.addWidget(self.employer_box)
        ev.addWidget(self.employer_postings, 1)
        ev.addLayout(
            row(
                self.employer_table_caption,
                self.employer_table_stepper,
                self.check_in_employer_button,
            )
        )
        layout.addWidget(worker, 1)
        layout.addWidget(employer, 1)
        return tab

    def _register_box(self) -> QWidget:
        """A walk-in whose phone is not known: registered here, with their consent, as at the
        kiosk (the worker service's rules), then checked in."""
        self.register_box = QWidget()
        rv = vbox(self.register_box, spacing=8)
        self.register_caption = label()
        self.new_name = QLineEdit()
        self.new_birth_year = QLineEdit()
        self.new_birth_year.setMaxLength(4)
        self.new_birth_year.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.consent_box = QCheckBox()
        self.consent_box.setMinimumHeight(60)  # a finger-sized target, like every control
        self.register_button = button(role="primary")
        self.register_button.clicked.connect(self._on_register_clicked)
        rv.addWidget(self.register_caption)
        rv.addLayout(row(self.new_name, self.new_birth_year, stretch_last=True))
        rv.addWidget(self.consent_box)
        rv.addWidget(self.register_button)
        self.register_box.hide()
        return self.register_box

    def _match_tab(self) -> QWidget:
        tab = QWidget()
        v = vbox(tab, spacing=6)
        self.match_posting = QComboBox()
        self.match_posting.setMinimumWidth(320)
        self.match_posting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.match_posting.currentIndexChanged.connect(self._on_match_posting_changed)
        self.candidates_button = button()
        self.candidates_button.clicked.connect(self._on_candidates_clicked)
        self.lottery_button = button()
        self.lottery_button.clicked.connect(self._on_lottery_clicked)
        v.addWidget(self.match_posting)
        h = QHBoxLayout()
        self.candidates = item_list()
        # Every draw of the posting stays listed; choosing one shows its record to re-run.
        self.draws_caption = caption()
        self.draws = item_list()
        self.draws.setMaximumHeight(130)
        self.draws.currentRowChanged.connect(self._on_draws_row_changed)
        self.lottery_text = label()
        self.lottery_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.lottery_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rerun_button = button()
        self.rerun_button.clicked.connect(self._on_rerun_clicked)
        self.rerun_button.setEnabled(False)
        self.rerun_result = label()
        self.rerun_result.hide()
        # A second draw: a supervisor's name and PIN and a reason, shown once a draw stands.
        self.redraw_box = QWidget()
        rd = QGridLayout(self.redraw_box)
        rd.setContentsMargins(0, 0, 0, 0)
        self.supervisor_name = QLineEdit()
        self.supervisor_pin = QLineEdit()
        self.supervisor_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.supervisor_pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.redraw_reason = QLineEdit()
        self.redraw_button = button()
        self.redraw_button.clicked.connect(self._on_redraw_clicked)
        rd.addWidget(self.supervisor_name, 0, 0)
        rd.addWidget(self.supervisor_pin, 0, 1)
        rd.addWidget(self.redraw_reason, 1, 0)
        rd.addWidget(self.redraw_button, 1, 1)
        self.redraw_box.hide()
        right = QWidget()
        rv = vbox(right, spacing=4)
        rv.addWidget(self.draws_caption)
        rv.addWidget(self.draws)
        rv.addWidget(self.lottery_text, 1)
        rv.addLayout(row(self.lottery_button, self.rerun_button))
        rv.addWidget(self.rerun_result)
        rv.addWidget(self.redraw_box)
        self.refer_button = button(role="primary")
        self.refer_button.clicked.connect(self._on_refer_clicked)
        self.interest_button = button()
        self.interest_button.clicked.connect(self._on_interest_clicked)
        left = QWidget()
        lv = vbox(left, spacing=8)
        lv.addWidget(self.candidates, 1)
        lv.addLayout(row(self.candidates_button, self.refer_button, self.interest_button))
        h.addWidget(left, 3)
        h.addWidget(right, 2)
        v.addLayout(h, 1)
        return tab

    # -- words

    def retranslate(self) -> None:
        self.table_caption.setText(self.tr("Table"))
        self.call_button.setText(self.tr("Call next to this table"))
        self.close_button.setText(self.tr("Close the session and print its summary"))
        self.tabs.setTabText(0, self.tr("Queue"))
        self.tabs.setTabText(1, self.tr("Check in"))
        self.tabs.setTabText(2, self.tr("Candidates and lottery"))
        for state, cap in self.queue_captions.items():
            cap.setText(words.ticket_state_text(state))
        self.seat_button.setText(self.tr("Seated at the table"))
        self.requeue_button.setText(self.tr("Back to waiting"))
        self.negotiate_button.setText(self.tr("Record the negotiation"))
        self.worker_caption.setText(self.tr("Worker: phone or card scan"))
        self.phone.setPlaceholderText(self.tr("Phone number"))
        self.card.setPlaceholderText(self.tr("Worker card code (scan)"))
        self.check_in_worker_button.setText(self.tr("Check in the worker"))
        self.register_caption.setText(
            self.tr("This phone is not registered. Register the worker here, with their consent.")
        )
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_birth_year.setPlaceholderText(self.tr("Year of birth"))
        self.consent_box.setText(
            self.tr(
                "Read to the worker: we keep your phone, name and year of birth so that staff "
                "and employers here can offer you jobs. They agree."
            )
        )
        self.register_button.setText(self.tr("Register and check in"))
        self.employer_caption.setText(self.tr("Employer: postings and table"))
        self.employer_table_caption.setText(self.tr("Table"))
        self.check_in_employer_button.setText(self.tr("Check in the employer"))
        self.candidates_button.setText(self.tr("Ranked candidates"))
        self.lottery_button.setText(self.tr("Run the lottery"))
        self.rerun_button.setText(self.tr("Re-run from the record"))
        self.draws_caption.setText(self.tr("Draws of this posting"))
        self.refer_button.setText(self.tr("Refer"))
        self.interest_button.setText(self.tr("Record interest"))
        self.supervisor_name.setPlaceholderText(self.tr("Supervisor's name"))
        self.supervisor_pin.setPlaceholderText(self.tr("Supervisor's PIN"))
        self.redraw_reason.setPlaceholderText(self.tr("Why draw again (required)"))
        self.redraw_button.setText(self.tr("Void and draw again"))
        for i, lottery in enumerate(self.draw_list.lotteries[: self.draws.count()]):
            self.draws.item(i).setText(self._draw_line(lottery))
        self._fill()
        self._show_lottery()
        self._show_employer_postings()

    def title(self) -> str:
        return self.tr("Session")

    # -- loading

    def enter(self, arg: Any = None) -> None:
        if isinstance(arg, str) and arg != self.session_id:
            self.reset()
            self.session_id = arg
        if self.session_id:
            self.reload()

    def reload(self) -> None:
        services, session_id = self.services, self.session_id
        self.submit("load", lambda: session_data.load(services, session_id), self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.session_id = ""
        self.data = None
        self.lottery = None
        self.draw_list = session_data.Draws()
        self.draws.clear()
        self.redraw_box.hide()
        self.supervisor_pin.clear()
        self.redraw_reason.clear()
        self.phone.clear()
        self.card.clear()
        self._clear_register_box()
        self.last_call.setText("")
        self.candidates.clear()
        self.rerun_result.hide()
        self.rerun_button.setEnabled(False)
        self._fill()
        self._show_lottery()

    def _on_loaded(self, data: SessionData) -> None:
        self.data = data
        self._fill()
        self.sig_session_loaded.emit()

    def _fill(self) -> None:
        data = self.data
        self.heading.setText(data.view.session.title if data else self.tr("Session"))
        for lst in self.queues.values():
            lst.clear()
        if data is None:
            return
        v = data.view
        for state, tickets in zip(
            QUEUE_STATES, (v.waiting, v.called, v.at_table, v.agreed, v.no_deal), strict=True
        ):
            for ticket in tickets:
                item = QListWidgetItem(self._ticket_text(ticket))
                item.setData(Qt.ItemDataRole.UserRole, ticket.id)
                if ticket.lane is Lane.PRIORITY:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.queues[state].addItem(item)
        today = self.services.ctx.today()
        for box, items in (
            (self.negotiate_posting, data.postings),
            (self.match_posting, data.postings),
        ):
            current = box.currentData()
            # Refilled quietly: places left change on every reload, the choice does not.
            box.blockSignals(True)
            box.clear()
            for choice in items:
                box.addItem(posting_choice_text(choice, today), choice.id)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
            if box is self.match_posting and box.currentData() != current:
                self._on_match_posting_changed()
        current_employer = self.employer_box.currentData()
        self.employer_box.blockSignals(True)
        self.employer_box.clear()
        for employer in data.recent_employers:
            self.employer_box.addItem(employer.name, employer.id)
        index = self.employer_box.findData(current_employer)
        self.employer_box.setCurrentIndex(max(0, index))
        self.employer_box.blockSignals(False)
        if current_employer != self.employer_box.currentData() or not current_employer:
            self._on_employer_box_changed()

    def _ticket_text(self, ticket: CheckIn) -> str:
        assert self.data is not None
        who = self.data.workers.get(ticket.worker_id or "")
        name = f"{who.name} {who.phone_masked}" if who else ""
        text = self.tr("No. {n}").format(n=ticket.number) + f" · {name}"
        if ticket.table_no and ticket.state is not TicketState.WAITING:
            text += " · " + self.tr("table {t}").format(t=ticket.table_no)
        if ticket.lane is Lane.PRIORITY:
            text = "★ " + words.lane_text(Lane.PRIORITY) + " · " + text
        return text

    def selected_ticket(self) -> CheckIn | None:
        """The ticket chosen in the called or at-table list."""
        if self.data is None:
            return None
        for state in (TicketState.CALLED, TicketState.AT_TABLE, TicketState.WAITING):
            item = self.queues[state].currentItem()
            if item is not None and item.isSelected():
                wanted = item.data(Qt.ItemDataRole.UserRole)
                v = self.data.view
                for ticket in [*v.called, *v.at_table, *v.waiting]:
                    if ticket.id == wanted:
                        return ticket
        return None

    # -- actions

    def _on_close_clicked(self) -> None:
        sessions, actor, session_id = self.services.sessions, self.ctx.actor, self.session_id
        lang = self.deps.prefs.language
        self.submit(
            "close",
            lambda: sessions.close(session_id, actor=actor, lang=lang),
            self._on_closed,
        )

    def _on_closed(self, summary: SessionSummary) -> None:
        self.say(
            self.tr(
                "Session closed: {workers} workers, {employers} employers, {referrals} referrals, "
                "{hires} hires, {no_deals} no deal. The summary is printing."
            ).format(
                workers=summary.workers,
                employers=summary.employers,
                referrals=summary.referrals,
                hires=summary.hires,
                no_deals=summary.no_deals,
            )
        )
        self.sig_session_closed.emit(summary)
        self.reload()

    def _on_call_clicked(self) -> None:
        sessions, actor, table = self.services.sessions, self.ctx.actor, self.table.value()
        session_id = self.session_id
        self.submit(
            "call",
            lambda: sessions.call_next(session_id, table_no=table, actor=actor),
            self._on_called,
        )

    def _on_called(self, ticket: CheckIn | None) -> None:
        if ticket is None:
            self.last_call.setText(self.tr("Nobody is waiting."))
        else:
            self.last_call.setText(
                self.tr("No. {n} to table {t}").format(n=ticket.number, t=ticket.table_no)
            )
        self.sig_called.emit(ticket)
        self.reload()

    def _set_state(self, target: TicketState) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            self.say(self.tr("Choose a ticket first."), "error")
            return
        sessions, actor = self.services.sessions, self.ctx.actor
        self.submit(
            "state",
            lambda: sessions.set_state(ticket.id, target, actor=actor),
            lambda _t: self.reload(),
        )

    def _on_seat_clicked(self) -> None:
        self._set_state(TicketState.AT_TABLE)

    def _on_requeue_clicked(self) -> None:
        self._set_state(TicketState.WAITING)

    def _on_negotiate_clicked(self) -> None:
        ticket = self.selected_ticket()
        posting_id = self.negotiate_posting.currentData()
        if ticket is None or not ticket.worker_id or not posting_id:
            self.say(self.tr("Choose a called worker and a posting."), "error")
            return
        self.staff_nav.go(
            "staff.negotiation",
            {
                "posting_id": posting_id,
                "worker_id": ticket.worker_id,
                "session_id": self.session_id,
            },
        )

    def _on_check_in_worker_clicked(self) -> None:
        phone, card = self.phone.text().strip(), self.card.text().strip()
        if not phone and not card:
            self.say(self.tr("Enter the worker's phone or scan their card."), "error")
            return
        services, actor, session_id = self.services, self.ctx.actor, self.session_id
        lang = self.deps.prefs.language

        def check_in() -> CheckIn | None:
            worker: Worker | None = (
                services.workers.find_by_card(card)
                if card
                else services.workers.find_by_phone(phone)
            )
            if worker is None:
                return None
            return services.sessions.check_in_worker(session_id, worker.id, actor=actor, lang=lang)

        self.submit("check_in_worker", check_in, self._on_worker_checked_in)

    def _on_worker_checked_in(self, ticket: CheckIn | None) -> None:
        if ticket is None:
            if self.card.text().strip():
                self.say(self.tr("No worker with that card. Try their phone."), "error")
                return
            self.register_box.show()
            self.new_name.setFocus()
            self.say(self.tr("No worker with that phone: register them below."), "error")
            return
        self.phone.clear()
        self.card.clear()
        self._clear_register_box()
        lane = words.lane_text(ticket.lane)
        self.say(
            self.tr("Checked in: number {n} ({lane}). The ticket is printing.").format(
                n=ticket.number, lane=lane
            )
        )
        self.reload()

    def _on_register_clicked(self) -> None:
        year = self.new_birth_year.text().strip()
        worker = Worker(
            display_name=self.new_name.text(),
            phone=self.phone.text().strip(),
            birth_year=int(year) if year.isdigit() else None,
        )
        services, actor, session_id = self.services, self.ctx.actor, self.session_id
        consent, lang = self.consent_box.isChecked(), self.deps.prefs.language
        self.submit(
            "register",
            lambda: services.sessions.check_in_new_worker(
                session_id, worker, consent=consent, actor=actor, lang=lang
            ),
            self._on_worker_checked_in,
        )

    def _clear_register_box(self) -> None:
        self.register_box.hide()
        self.new_name.clear()
        self.new_birth_year.clear()
        self.consent_box.setChecked(False)

    def _on_employer_box_changed(self, *_: Any) -> None:
        employer_id = self.employer_box.currentData()
        self.employer_postings.clear()
        self.employer_choices = []
        if not employer_id:
            return
        services = self.services
        self.submit(
            "employer_postings",
            lambda: session_data.open_postings(services, employer_id),
            self._on_employer_postings_loaded,
        )

    def _on_employer_postings_loaded(self, postings: list[PostingChoice]) -> None:
        self.employer_choices = postings
        self.employer_postings.clear()
        for choice in postings:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.employer_postings.addItem(item)
        self._show_employer_postings()

    def _show_employer_postings(self) -> None:
        """The lines' words, again after a language change (the choices stay ticked)."""
        today = self.services.ctx.today()
        for i, choice in enumerate(self.employer_choices[: self.employer_postings.count()]):
            self.employer_postings.item(i).setText(posting_choice_text(choice, today))

    def _on_check_in_employer_clicked(self) -> None:
        employer_id = self.employer_box.currentData()
        if not employer_id:
            return
        posting_ids = [
            str(self.employer_postings.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.employer_postings.count())
            if self.employer_postings.item(i).checkState() == Qt.CheckState.Checked
        ]
        sessions, actor, session_id = self.services.sessions, self.ctx.actor, self.session_id
        table = self.employer_table.value()
        self.submit(
            "check_in_employer",
            lambda: sessions.check_in_employer(
                session_id, employer_id, posting_ids=posting_ids, table_no=table, actor=actor
            ),
            self._on_employer_checked_in,
        )

    def _on_employer_checked_in(self, ticket: CheckIn) -> None:
        self.say(self.tr("Employer seated at table {t}.").format(t=ticket.table_no))
        self.reload()

    def _on_candidates_clicked(self) -> None:
        posting_id = self.match_posting.currentData()
        if not posting_id:
            return
        sessions, session_id = self.services.sessions, self.session_id
        self.submit(
            "candidates",
            lambda: sessions.candidates(session_id, posting_id),
            self._on_candidates_loaded,
        )

    def _on_candidates_loaded(self, matches: list[matching.Match]) -> None:
        self.candidates.clear()
        names = self.data.workers if self.data else {}
        for i, match in enumerate(matches, start=1):
            who = names.get(match.subject_id)
            reasons = "; ".join(words.match_reason_text(r) for r in match.reasons)
            head = f"{i}. {who.name if who else ''} · " + self.tr("score {s}").format(
                s=round(match.score)
            )
            item = QListWidgetItem(f"{head}\n{reasons}")
            item.setData(Qt.ItemDataRole.UserRole, match.subject_id)
            self.candidates.addItem(item)
        if not matches:
            self.candidates.addItem(self.tr("No waiting worker to rank."))

    def _on_match_posting_changed(self, *_: Any) -> None:
        self.candidates.clear()
        self._load_draws()

    def _load_draws(self) -> None:
        posting_id = self.match_posting.currentData()
        if not posting_id:
            self._on_draws_loaded(session_data.Draws())
            return
        services = self.services
        self.submit(
            "draws", lambda: session_data.draws(services, posting_id), self._on_draws_loaded
        )

    def _on_draws_loaded(self, draws: session_data.Draws) -> None:
        self.draw_list = draws
        self.draws.blockSignals(True)
        self.draws.clear()
        for lottery in draws.lotteries:
            item = QListWidgetItem(self._draw_line(lottery))
            item.setData(Qt.ItemDataRole.UserRole, lottery.id)
            self.draws.addItem(item)
        self.draws.blockSignals(False)
        # Once a draw stands, drawing again is the supervisor's decision.
        self.redraw_box.setVisible(any(lot.drawn and not lot.voided_at for lot in draws.lotteries))
        shown = self.lottery.id if self.lottery else ""
        ids = [lot.id for lot in draws.lotteries]
        self.draws.setCurrentRow(ids.index(shown) if shown in ids else 0 if ids else -1)
        self._on_draws_row_changed(self.draws.currentRow())

    def _draw_line(self, lottery: Lottery) -> str:
        record = lottery.record
        line = self.tr(
            "{when} · {places} places, {entries} in the draw, {winners} referred"
        ).format(
            when=words.date_text(lottery.drawn_at) if lottery.drawn_at else "",
            places=record.seats,
            entries=len(record.entries),
            winners=len(record.winners),
        )
        if not lottery.drawn:
            line += " · " + self.tr("no draw needed")
        if lottery.voided_at:
            line += " · " + self.tr("voided")
        return line

    def _on_draws_row_changed(self, index: int) -> None:
        lotteries = self.draw_list.lotteries
        self.lottery = lotteries[index] if 0 <= index < len(lotteries) else None
        self.rerun_button.setEnabled(self.lottery is not None)
        self.rerun_result.hide()
        self._show_lottery()
        self.sig_draws_loaded.emit()

    def _chosen_candidate(self) -> tuple[str, str] | None:
        """(posting id, worker id) of the candidate chosen in the ranked list."""
        item = self.candidates.currentItem()
        posting_id = self.match_posting.currentData()
        worker_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not posting_id or not worker_id or not item.isSelected():
            self.say(self.tr("Choose a candidate in the ranked list first."), "error")
            return None
        return str(posting_id), str(worker_id)

    def _on_refer_clicked(self) -> None:
        chosen = self._chosen_candidate()
        if chosen is None:
            return
        posting_id, worker_id = chosen
        sessions, actor, session_id = self.services.sessions, self.ctx.actor, self.session_id
        self.submit(
            "refer",
            lambda: sessions.refer_candidate(session_id, posting_id, worker_id, actor=actor),
            lambda _a: self._on_candidate_done(self.tr("Referred; the referral slip is printing.")),
        )

    def _on_interest_clicked(self) -> None:
        chosen = self._chosen_candidate()
        if chosen is None:
            return
        posting_id, worker_id = chosen
        applications, actor = self.services.applications, self.ctx.actor
        lang = self.deps.prefs.language
        self.submit(
            "interest",
            lambda: applications.express_interest(
                worker_id=worker_id,
                posting_id=posting_id,
                channel=Channel.SESSION,
                lang=lang,
                actor=actor,
            ),
            lambda _i: self._on_candidate_done(
                self.tr("Interest recorded for the worker; the job slip is printing.")
            ),
        )

    def _on_candidate_done(self, text: str) -> None:
        self.say(text)
        self.reload()

    def _on_lottery_clicked(self) -> None:
        posting_id = self.match_posting.currentData()
        if not posting_id:
            return
        sessions, actor, session_id = self.services.sessions, self.ctx.actor, self.session_id
        self.submit_db(
            "lottery",
            lambda: sessions.run_lottery(posting_id, actor=actor, session_id=session_id),
            self._on_lottery_run,
            self._on_lottery_refused,
        )

    def _on_lottery_refused(self, error: BaseException) -> None:
        self.show_error(error)
        if isinstance(error, DomainError) and error.code is ErrorCode.LOTTERY_ALREADY_DRAWN:
            self.redraw_box.show()
            self.supervisor_name.setFocus()

    def _on_redraw_clicked(self) -> None:
        posting_id = self.match_posting.currentData()
        if not posting_id:
            return
        sessions, actor, session_id = self.services.sessions, self.ctx.actor, self.session_id
        name, pin = self.supervisor_name.text().strip(), self.supervisor_pin.text()
        reason = self.redraw_reason.text().strip()
        self.supervisor_pin.clear()  # a PIN is typed for one approval only

        def redraw() -> Lottery:
            return sessions.redraw_lottery(
                posting_id,
                actor=actor,
                supervisor=name,
                pin=pin,
                reason=reason,
                session_id=session_id,
            )

        self.submit("redraw", redraw, self._on_lottery_run)

    def _on_lottery_run(self, lottery: Lottery) -> None:
        self.lottery = lottery
        self.redraw_reason.clear()
        record = lottery.record
        if lottery.drawn:
            self.say(
                self.tr("Drawn: {winners} of {entries} referred; their slips are printing.").format(
                    winners=len(record.winners), entries=len(record.entries)
                )
            )
        else:
            self.say(
                self.tr(
                    "No draw needed: {entries} people for {places} places, everyone referred."
                ).format(entries=len(record.entries), places=record.seats)
            )
        self.rerun_button.setEnabled(True)
        self.rerun_result.hide()
        self._show_lottery()
        self.sig_lottery_shown.emit()
        self._load_draws()
        self.reload()

    def _show_lottery(self) -> None:
        if self.lottery is None:
            self.lottery_text.setText("")
            return
        record = self.lottery.record
        lines = [
            self.tr("Lottery record {id}").format(id=self.lottery.id[:8]),
            self.tr("Seats: {n}; entries: {m}").format(n=record.seats, m=len(record.entries)),
            self.tr("Seed: {seed}").format(seed=record.seed),
        ]
        staff = self.draw_list.staff
        if self.lottery.authorized_by:
            lines.append(
                self.tr("Second draw approved by {name}: {reason}").format(
                    name=staff.get(self.lottery.authorized_by, ""), reason=self.lottery.reason
                )
            )
        if self.lottery.voided_at:
            lines.append(self.tr("Voided by a later draw; its referrals were withdrawn."))
        lines.append(self.tr("Winners:"))
        names = {**self.draw_list.workers, **(self.data.workers if self.data else {})}
        for worker_id in record.winners:
            who = names.get(worker_id)
            lines.append(f"  • {who.name if who else worker_id[:8]}")
        self.lottery_text.setText("\n".join(lines))

    def _on_rerun_clicked(self) -> None:
        if self.lottery is None:
            return
        sessions, lottery_id = self.services.sessions, self.lottery.id
        self.submit("rerun", lambda: sessions.rerun_lottery(lottery_id), self._on_rerun)

    def _on_rerun(self, record: LotteryRecord) -> None:
        same = self.lottery is not None and record.winners == self.lottery.record.winners
        self.rerun_result.setProperty("role", "ok" if same else "error")
        self.rerun_result.style().unpolish(self.rerun_result)
        self.rerun_result.style().polish(self.rerun_result)
        self.rerun_result.setText(
            self.tr("Re-run from the stored seed and entries: the same winners.")
            if same
            else self.tr("Re-run gives different winners: the record was changed.")
        )
        self.rerun_result.show()
        self.sig_lottery_shown.emit()
