"""Register or update: phone, name, work and areas, free days and pay, help needed, then consent.

A worker we already know (an identified worker, a phone number we have, or a scanned worker
card) gets their stored details back to change: chips they chose are lit and can be switched
off, and saving replaces what was stored. Phone and name are not changed here (staff do that).

A phone number is all it takes to get here, and anyone can type one, so what is shown must be
safe for a stranger to see: phone and name masked, and the help circumstances (disability, low
income...) not shown at all. That step starts empty; a new answer, or "none of these apply any
more", replaces the stored one, and leaving it empty keeps it.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS
from kiosk.domain.errors import DomainError
from kiosk.domain.model import Circumstance, PayUnit, Worker
from kiosk.domain.validation import mask_phone
from kiosk.services.workers import Registration
from kiosk.ui import texts, worker_form
from kiosk.ui.flow import ApplyRequest, RegisteredNotice, RegisterRequest
from kiosk.ui.keyboard import ASIDE_WHILE_TYPING
from kiosk.ui.question import is_it_you
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import (
    ChipGroup,
    NumericPad,
    PhoneEntry,
    amount_field,
    button,
    card_scan_field,
    label,
    show_current_page_only,
)

STEPS = ("who", "work", "time", "help", "consent")
# The update-only chip that removes a known worker's stored help circumstances.
NONE_APPLY = "none"


class RegisterScreen(Screen):
    name = "register"
    sig_worker_registered = Signal(str)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.request = RegisterRequest()
        # The known worker being updated, and the choices their stored details gave the form.
        self.editing: Worker | None = None
        self.loaded = worker_form.Choices()
        # What the chips held when the form opened: anything else is work leaving would lose.
        self.baseline = worker_form.Choices()
        self.heading = label(role="title")
        self.step_label = label(role="hint", wrap=False)
        self.error_label = label(role="error")
        self.error_label.hide()
        self.pages = QStackedWidget()

        # 1. who: phone on the pad, name on the on-screen keyboard (pinyin)
        self.phone_label = label(role="heading")
        self.phone_entry = PhoneEntry()
        self.phone = self.phone_entry.field
        self.phone_pad = self.phone_entry.pad
        self.name_label = label(role="heading")
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(20)
        self.name_field.returnPressed.connect(self._on_next_clicked)  # Enter moves on
        self.name_hint = label(role="hint")
        self.card_label = label(role="heading")
        self.card_hint = label(role="hint")
        self.card_field = card_scan_field()
        self.card_field.returnPressed.connect(self._on_card_scanned)
        # Update mode shows who is being updated instead of the pad: masked, never typed again.
        self.known_label = label(role="heading")
        self.known_label.setObjectName("known")
        self.known_hint = label(role="hint")
        who = QWidget()
        row = QHBoxLayout(who)
        left = QVBoxLayout()
        left.addWidget(self.known_label)
        left.addWidget(self.known_hint)
        left.addWidget(self.phone_label)
        left.addWidget(self.phone_entry, 1)
        # Takes the room the pad leaves in update mode, so the masked details stay at the top.
        left.addStretch(0)
        right = QVBoxLayout()
        right.addWidget(self.name_label)
        right.addWidget(self.name_field)
        right.addWidget(self.name_hint)
        right.addSpacing(32)
        right.addWidget(self.card_label)
        right.addWidget(self.card_hint)
        right.addWidget(self.card_field)
        right.addStretch(1)
        row.addLayout(left, 1)
        row.addSpacing(40)
        row.addLayout(right, 1)
        self.pages.addWidget(who)

        # 2. work: kinds of work and areas as chips
        self.work_label = label(role="heading")
        self.work_chips = ChipGroup(exclusive=False)
        for occ in OCCUPATIONS:
            self.work_chips.add(occ.code, icon_name=occ.icon)
        self.area_label = label(role="heading")
        self.area_chips = ChipGroup(exclusive=False)
        for district in DISTRICTS:
            self.area_chips.add(district.name_zh, icon_name="map")
        self.pages.addWidget(
            self._page(self.work_label, self.work_chips, self.area_label, self.area_chips)
        )

        # 3. time and pay
        self.days_label = label(role="heading")
        self.day_chips = ChipGroup(exclusive=False)
        for offset in range(7):
            self.day_chips.add(str(offset), icon_name="today" if offset == 0 else "calendar")
        self.pay_label = label(role="heading")
        self.pay_field = amount_field(9999)
        self.pay_pad = NumericPad(self.pay_field)
        self.pay_pad.setMaximumWidth(520)
        self.pay_field.setMaximumWidth(520)
        self.pay_hint = label(role="hint")
        # Side by side, so the page fits a 1080-line screen even in elderly mode.
        time_page = QWidget()
        time_row = QHBoxLayout(time_page)
        time_row.addWidget(self._page(self.days_label, self.day_chips), 1)
        time_row.addSpacing(40)
        time_row.addWidget(
            self._page(self.pay_label, self.pay_field, self.pay_hint, self.pay_pad), 1
        )
        self.pages.addWidget(time_page)

        # 4. help needed (optional, private; in update mode never showing the stored answer)
        self.help_label = label(role="heading")
        self.help_why = label(role="notice")
        self.help_private = label(role="hint")
        self.help_chips = ChipGroup(exclusive=False)
        for circumstance in Circumstance:
            self.help_chips.add(circumstance.value)
        # Apart from the circumstances, and offered to every known worker alike: shown only to
        # those with something stored, it would tell a stranger that they have.
        self.help_clear = ChipGroup(exclusive=True)
        self.help_clear.add(NONE_APPLY)
        self.help_chips.sig_selection_changed.connect(self._on_help_chips_changed)
        self.help_clear.sig_selection_changed.connect(self._on_help_clear_changed)
        self.help_skip = label(role="hint")
        self.pages.addWidget(
            self._page(
                self.help_label,
                self.help_why,
                self.help_private,
                self.help_chips,
                self.help_clear,
                self.help_skip,
            )
        )

        # 5. consent, in plain words, before anything is stored
        self.consent_label = label(role="heading")
        # What will be stored, as the person chose it, before the promises about it.
        self.summary_label = label(role="value")
        self.summary_label.setObjectName("summary")
        self.consent_text = label()
        self.agree_button = button(role="primary", icon_name="check", icon_px=40)
        self.agree_button.clicked.connect(self._on_agree_clicked)
        self.decline_button = button()
        self.decline_button.clicked.connect(self._on_decline_clicked)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.decline_button)
        consent_buttons.addWidget(self.agree_button, 1)
        consent = self._page(self.consent_label, self.summary_label, self.consent_text)
        page_layout = consent.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.addLayout(consent_buttons)
        self.pages.addWidget(consent)

        # Back is the top bar's (see step_back): one way back, which keeps what was typed.
        self.next_button = button(role="primary")
        self.next_button.clicked.connect(self._on_next_clicked)
        # A message waits beside Next, in a row as tall as the button: showing it never
        # moves the page (and the keys a finger is on) down.
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        nav = QHBoxLayout()
        nav.addWidget(self.error_label, 3)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addSpacing(24)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        self._new_only = (
            self.phone_label,
            self.phone_entry,
            self.name_label,
            self.name_field,
            self.name_hint,
            self.card_label,
            self.card_hint,
            self.card_field,
        )
        show_current_page_only(self.pages)
        # Typing the name, the keyboard takes the lower half: the scanner prompt steps aside.
        for widget in (self.card_label, self.card_hint, self.card_field, self.known_hint):
            widget.setProperty(ASIDE_WHILE_TYPING, True)
        self._show_mode()
        self.retranslate()
        self._go_step(0)

    @staticmethod
    def _page(*widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        return page

    # -- Screen

    def title(self) -> str:
        return self.tr("Register or update my details")

    def step_back(self) -> bool:
        index = self.pages.currentIndex()
        if index == 0:
            return False
        self._go_step(index - 1)
        return True

    def unsaved(self) -> bool:
        if self.editing is not None:
            return self.choices() != self.loaded
        typed = self.phone.text() != self.request.phone or bool(self.name_field.text().strip())
        return typed or self.choices() != self.baseline

    def enter(self, arg: Any = None) -> None:
        self.reset()
        if isinstance(arg, RegisterRequest):
            self.request = arg
            self.phone.setText(arg.phone)
            then = arg.then
            if isinstance(then, ApplyRequest) and self.deps.session.worker is None:
                # Registering on the way to a job: its trade and area are most likely theirs.
                self.baseline = worker_form.Choices(
                    occupations=[then.occupation_code] if then.occupation_code else [],
                    districts=[then.district] if then.district else [],
                )
                self._set_choices(self.baseline)
        worker = self.deps.session.worker
        if worker is not None:
            # Already identified at this kiosk: straight to their details, freshly read.
            workers = self.deps.services.workers
            self.submit_db(
                "find", lambda: workers.get(worker.id), self._on_known_found, self._on_failed
            )
        else:
            self.card_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        self.deps.runner.cancel_prefix(f"{self.name}.")
        self.request = RegisterRequest()
        self.editing = None
        self.loaded = worker_form.Choices()
        self.baseline = worker_form.Choices()
        self.phone_entry.clear()
        self.name_field.clear()
        self.card_field.clear()
        self._set_choices(worker_form.Choices())
        self.agree_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self._show_mode()
        self.retranslate()
        self._go_step(0)

    def retranslate(self) -> None:
        lang = self.deps.prefs.lang
        if self.editing is None:
            self.heading.setText(self.tr("Your details help employers find you"))
            self.agree_button.setText(self.tr("I agree, save my details"))
            self.decline_button.setText(self.tr("No, do not save"))
        else:
            self.heading.setText(self.tr("Welcome back! Change what you need, then save."))
            self.agree_button.setText(self.tr("I agree, save my changes"))
            self.decline_button.setText(self.tr("No, change nothing"))
            self.known_label.setText(
                self.tr("Phone: {phone}\nName: {name}").format(
                    phone=mask_phone(self.editing.phone),
                    name=worker_form.mask_name(self.editing.display_name),
                )
            )
        self.known_hint.setText(
            self.tr("To change your phone number or name, please ask at the service desk.")
        )
        # A returning worker need not type a name: the phone alone (or the card) finds them.
        self.card_label.setText(self.tr("Registered before?"))
        self.card_hint.setText(
            self.tr(
                'Type your phone number and tap "Next", or hold your worker card under the '
                "scanner: your details come back for you to change."
            )
        )
        self.card_field.setPlaceholderText(self.tr("Waiting for a card..."))
        self.phone_label.setText(self.tr("1. Your mobile phone number"))
        self.name_label.setText(self.tr("2. Your name"))
        self.name_field.setPlaceholderText(self.tr("Tap here to type"))
        self.name_hint.setText(
            self.tr(
                "A keyboard appears. Type the pinyin and pick the "
                "characters. A surname is enough, e.g. Wang."
            )
        )
        self.phone_entry.retranslate()
        self.pay_pad.retranslate()
        self.work_label.setText(self.tr("What work can you do? Tap all that fit."))
        for occ in OCCUPATIONS:
            self.work_chips.set_text(occ.code, occ.name_en if lang == "en" else occ.name_zh)
        self.area_label.setText(self.tr("Where can you work?"))
        for district in DISTRICTS:
            self.area_chips.set_text(
                district.name_zh, district.name_en if lang == "en" else district.name_zh
            )
        self.days_label.setText(self.tr("When are you free?"))
        today = self._today()
        for offset in range(7):
            day = today + timedelta(days=offset)
            words = self.tr("I'm free today") if offset == 0 else texts.date_text(day, today)
            self.day_chips.set_text(str(offset), words)
        self.pay_label.setText(self.tr("Pay you expect per day (yuan), if you want to say"))
        self.pay_hint.setText(self.tr("You can leave this empty."))
        self.help_label.setText(self.tr("Do you need extra help finding work? (optional)"))
        self.help_why.setText(
            self.tr(
                "Only the staff who help you can see this. It can give "
                "you priority at the service desk and in matching. You "
                "do not have to answer."
            )
        )
        for circumstance in Circumstance:
            self.help_chips.set_text(circumstance.value, texts.circumstance_text(circumstance))
        self.help_private.setText(
            self.tr(
                "Your earlier answers are not shown here, to protect your privacy. Choose again "
                "only if you want to change them: what you choose now replaces them."
            )
        )
        self.help_clear.set_text(NONE_APPLY, self.tr("None of these apply to me any more"))
        self._show_help_hint()
        self.consent_label.setText(self.tr("Before we save: please read"))
        self.consent_text.setText(
            "\n".join(
                (
                    self.tr(
                        "We will keep your phone number, name, the work you can do, your areas and "
                        "free days, so that staff and employers at this market can offer you jobs."
                    ),
                    self.tr(
                        "Employers only see your number when you say you are interested in their "
                        "job. The screen and the slips always hide the middle of your number."
                    ),
                    self.tr(
                        "Your details are shared with the city's public employment service and "
                        "nobody else."
                    ),
                    self.tr(
                        "You can ask at the service desk at any time to see, change or delete "
                        "your details."
                    ),
                )
            )
        )
        self._update_nav()

    # -- steps

    def _today(self) -> Any:
        return self.deps.services.ctx.today()

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def _go_step(self, index: int) -> None:
        self.error_label.hide()
        if STEPS[index] == "consent":
            self._show_summary()
        self.pages.setCurrentIndex(index)
        self._update_nav()

    def _show_summary(self) -> None:
        """The consent step lists what saving will keep, in the person's own choices."""
        today = self._today()
        choices = self.choices()
        if self.editing is None:
            phone, name = mask_phone(self.phone.text()), self.name_field.text().strip()
        else:
            phone = mask_phone(self.editing.phone)
            name = worker_form.mask_name(self.editing.display_name)
        work = [self.work_chips.chips[code].text() for code in choices.occupations]
        areas = [self.area_chips.chips[name_zh].text() for name_zh in choices.districts]
        days = [
            texts.date_text(today + timedelta(days=offset), today)
            for offset in sorted(choices.day_offsets)
        ]
        none = self.tr("(none)")
        sep = self.tr(", ")
        lines = [
            self.tr("Phone: {phone}").format(phone=phone),
            self.tr("Name: {name}").format(name=name),
            self.tr("Work: {work}").format(work=sep.join(work) or none),
            self.tr("Areas: {areas}").format(areas=sep.join(areas) or none),
            self.tr("Free: {days}").format(days=sep.join(days) or none),
        ]
        if choices.pay.strip():
            lines.append(
                self.tr("Pay you expect: {pay}").format(
                    pay=texts.pay_text(Decimal(choices.pay.strip()), PayUnit.DAY)
                )
            )
        if choices.circumstances:
            lines.append(
                self.tr("Extra help: {help}").format(
                    help=sep.join(texts.circumstance_text(c) for c in choices.circumstances)
                )
            )
        self.summary_label.setText("\n".join(lines))

    def _update_nav(self) -> None:
        index = self.pages.currentIndex()
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(STEPS))
        )
        self.next_button.setVisible(index < len(STEPS) - 1)
        self.next_button.setText(self.tr("Next"))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _on_next_clicked(self) -> None:
        if self.current_step() != "who" or self.editing is not None:
            self._go_step(min(self.pages.currentIndex() + 1, len(STEPS) - 1))
            return
        phone = self.phone_entry.checked_phone()
        if phone is None:
            return
        # A number we know brings back its details to update, instead of a second record.
        workers = self.deps.services.workers
        self.next_button.setEnabled(False)
        self.submit_db(
            "find", lambda: workers.find_by_phone(phone), self._on_phone_looked_up, self._on_failed
        )

    def _on_phone_looked_up(self, worker: Worker | None) -> None:
        self.next_button.setEnabled(True)
        if worker is not None:
            self._ask_is_it_you(worker)
        elif not self.name_field.text().strip():
            self._show_error(self.tr("Please type your name (a surname is enough)."))
        else:
            self._go_step(1)

    def _on_card_scanned(self) -> None:
        self.look_up_card(self.card_field, self._ask_is_it_you, self._show_error, self._on_failed)

    def _ask_is_it_you(self, worker: Worker) -> None:
        """A number or card matched a worker: their details show only once they say it is them."""
        session = self.deps.session
        session.propose(worker)

        def confirmed() -> None:
            self._on_known_found(session.confirm())

        def rejected() -> None:
            session.reject()
            self.phone_entry.clear()
            self._show_error(self.tr("Please check your number and type it again."))

        self.deps.nav.ask(is_it_you(worker, confirmed, rejected))

    def _on_known_found(self, worker: Worker) -> None:
        """Show a known worker's stored details, ready to change."""
        self.editing = worker
        self.loaded = worker_form.choices_shown(worker, self._today())
        self.phone.setText(worker.phone)
        self.name_field.clear()
        self._set_choices(self.loaded)
        self._show_mode()
        self.retranslate()
        self._go_step(1)

    def _on_failed(self, error: BaseException) -> None:
        self.next_button.setEnabled(True)
        self._show_error(texts.error_text(error))

    def _show_mode(self) -> None:
        updating = self.editing is not None
        for widget in self._new_only:
            widget.setVisible(not updating)
        self.known_label.setVisible(updating)
        self.known_hint.setVisible(updating)
        self.help_private.setVisible(updating)
        self.help_clear.setVisible(updating)

    # -- the form's choices

    def choices(self) -> worker_form.Choices:
        return worker_form.Choices(
            occupations=self.work_chips.selected(),
            districts=self.area_chips.selected(),
            day_offsets=[int(k) for k in self.day_chips.selected()],
            pay=self.pay_field.text(),
            circumstances=[Circumstance(k) for k in self.help_chips.selected()],
            circumstances_cleared=bool(self.help_clear.selected()),
        )

    def _set_choices(self, choices: worker_form.Choices) -> None:
        self.work_chips.select(choices.occupations)
        self.area_chips.select(choices.districts)
        self.day_chips.select([str(o) for o in choices.day_offsets])
        self.help_chips.select([c.value for c in choices.circumstances])
        self.help_clear.select([NONE_APPLY] if choices.circumstances_cleared else [])
        self.pay_field.setText(choices.pay)

    # "None of these apply any more" and a circumstance contradict each other: the last tap wins.
    def _on_help_chips_changed(self) -> None:
        if self.help_chips.selected():
            self.help_clear.clear()
        self._show_help_hint()

    def _on_help_clear_changed(self) -> None:
        if self.help_clear.selected():
            self.help_chips.clear()
        self._show_help_hint()

    def _show_help_hint(self) -> None:
        """Under the help chips: what saving will do to the answers a known worker gave before."""
        if self.editing is None:
            self.help_skip.setText(self.tr('Nothing fits? Just tap "Next".'))
        elif self.help_clear.selected():
            self.help_skip.setText(self.tr("When you save, your earlier answers are removed."))
        elif self.help_chips.selected():
            self.help_skip.setText(
                self.tr("When you save, what you chose replaces your earlier answers.")
            )
        else:
            self.help_skip.setText(
                self.tr(
                    'Nothing to change? Just tap "Next": your earlier answers stay as they are.'
                )
            )

    def worker_from_form(self) -> Worker:
        return worker_form.new_worker(
            self.choices(),
            display_name=self.name_field.text(),
            phone=self.phone.text(),
            lang=self.deps.prefs.lang,
            today=self._today(),
        )

    def _on_agree_clicked(self) -> None:
        workers = self.deps.services.workers
        self.agree_button.setEnabled(False)
        if self.editing is None:
            worker = self.worker_from_form()
            self.submit_db(
                "save",
                lambda: workers.register(worker, consent=True),
                self._on_registered,
                self._on_save_failed,
            )
            return
        known = self.editing
        changes = worker_form.changes(known, self.loaded, self.choices(), self._today())
        # update() replaces the lists it is given; register() would merge, and nothing could go.
        self.submit_db(
            "save",
            lambda: workers.update(known.id, **changes) if changes else known,
            lambda worker: self._saved(worker, merged=True),
            self._on_save_failed,
        )

    def _on_registered(self, registration: Registration) -> None:
        self._saved(registration.worker, merged=registration.merged)

    def _saved(self, worker: Worker, *, merged: bool) -> None:
        self.deps.session.identify(worker)
        self.sig_worker_registered.emit(worker.id)
        then = self.request.then
        notice = RegisteredNotice(masked_phone=mask_phone(worker.phone), merged=merged, then=then)
        self.reset()
        self.deps.nav.go("result", notice)

    def _on_save_failed(self, error: BaseException) -> None:
        self.agree_button.setEnabled(True)
        self.error_label.setText(texts.error_text(error))
        self.error_label.show()
        if isinstance(error, DomainError) and error.field in ("phone", "display_name"):
            self._go_step(0)
            self.error_label.setText(texts.error_text(error))
            self.error_label.show()

    def _on_decline_clicked(self) -> None:
        # Nothing was stored; forget what was typed, too.
        self.reset()
        self.deps.nav.home()
