"""Register or update: phone, name, work and areas, free days and pay, help needed, then consent."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS
from kiosk.domain.errors import DomainError
from kiosk.domain.model import Circumstance, PayUnit, Worker
from kiosk.domain.validation import mask_phone, normalize_phone
from kiosk.services.workers import Registration
from kiosk.ui import texts
from kiosk.ui.flow import RegisteredNotice, RegisterRequest
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import ChipGroup, NumericPad, amount_field, button, label, phone_field

STEPS = ("who", "work", "time", "help", "consent")


class RegisterScreen(Screen):
    name = "register"
    sig_worker_registered = Signal(str)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.request = RegisterRequest()
        self.heading = label(role="title")
        self.step_label = label(role="hint", wrap=False)
        self.error_label = label(role="error")
        self.error_label.hide()
        self.pages = QStackedWidget()

        # 1. who: phone on the pad, name on the on-screen keyboard (pinyin)
        self.phone_label = label(role="heading")
        self.phone = phone_field()
        self.phone_pad = NumericPad(self.phone)
        self.name_label = label(role="heading")
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(20)
        self.name_hint = label(role="hint")
        who = QWidget()
        row = QHBoxLayout(who)
        left = QVBoxLayout()
        left.addWidget(self.phone_label)
        left.addWidget(self.phone)
        left.addWidget(self.phone_pad, 1)
        right = QVBoxLayout()
        right.addWidget(self.name_label)
        right.addWidget(self.name_field)
        right.addWidget(self.name_hint)
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

        # 4. help needed (optional, private)
        self.help_label = label(role="heading")
        self.help_why = label(role="notice")
        self.help_chips = ChipGroup(exclusive=False)
        for circumstance in Circumstance:
            self.help_chips.add(circumstance.value)
        self.help_skip = label(role="hint")
        self.pages.addWidget(
            self._page(self.help_label, self.help_why, self.help_chips, self.help_skip)
        )

        # 5. consent, in plain words, before anything is stored
        self.consent_label = label(role="heading")
        self.consent_text = label()
        self.agree_button = button(role="primary", icon_name="check", icon_px=40)
        self.agree_button.clicked.connect(self._on_agree_clicked)
        self.decline_button = button()
        self.decline_button.clicked.connect(self._on_decline_clicked)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.decline_button)
        consent_buttons.addWidget(self.agree_button, 1)
        consent = self._page(self.consent_label, self.consent_text)
        page_layout = consent.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.addLayout(consent_buttons)
        self.pages.addWidget(consent)

        self.previous_button = button(icon_name="back")
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button = button(role="primary")
        self.next_button.clicked.connect(self._on_next_clicked)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
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

    def enter(self, arg: Any = None) -> None:
        self.reset()
        if isinstance(arg, RegisterRequest):
            self.request = arg
            self.phone.setText(arg.phone)

    def reset(self) -> None:
        self.request = RegisterRequest()
        self.phone.clear()
        self.name_field.clear()
        self.pay_field.clear()
        for group in (self.work_chips, self.area_chips, self.day_chips, self.help_chips):
            group.clear()
        self.agree_button.setEnabled(True)
        self._go_step(0)

    def retranslate(self) -> None:
        lang = self.deps.prefs.lang
        self.heading.setText(self.tr("Your details help employers find you"))
        self.phone_label.setText(self.tr("1. Your mobile phone number"))
        self.name_label.setText(self.tr("2. Your name"))
        self.name_field.setPlaceholderText(self.tr("Tap here to type"))
        self.name_hint.setText(
            self.tr(
                "A keyboard appears. Type the pinyin and pick the "
                "characters. A surname is enough, e.g. Wang."
            )
        )
        self.phone_pad.retranslate()
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
        self.help_skip.setText(self.tr('Nothing fits? Just tap "Next".'))
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
        self.agree_button.setText(self.tr("I agree, save my details"))
        self.decline_button.setText(self.tr("No, do not save"))
        self.previous_button.setText(self.tr("Previous"))
        self._update_nav()

    # -- steps

    def _today(self) -> Any:
        return self.deps.services.ctx.today()

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def _go_step(self, index: int) -> None:
        self.error_label.hide()
        self.pages.setCurrentIndex(index)
        self._update_nav()

    def _update_nav(self) -> None:
        index = self.pages.currentIndex()
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(STEPS))
        )
        self.previous_button.setVisible(index > 0)
        self.next_button.setVisible(index < len(STEPS) - 1)
        self.next_button.setText(self.tr("Next"))

    def _check_who(self) -> str | None:
        try:
            normalize_phone(self.phone.text())
        except DomainError as error:
            return texts.error_text(error)
        if not self.name_field.text().strip():
            return self.tr("Please type your name (a surname is enough).")
        return None

    def _on_next_clicked(self) -> None:
        if self.current_step() == "who":
            problem = self._check_who()
            if problem:
                self.error_label.setText(problem)
                self.error_label.show()
                return
        self._go_step(min(self.pages.currentIndex() + 1, len(STEPS) - 1))

    def _on_previous_clicked(self) -> None:
        self._go_step(max(self.pages.currentIndex() - 1, 0))

    def worker_from_form(self) -> Worker:
        today = self._today()
        skills: list[str] = []
        for occ in OCCUPATIONS:
            if occ.code in self.work_chips.selected():
                skills.extend(tag for tag in occ.skill_tags if tag not in skills)
        pay = self.pay_field.text().strip()
        return Worker(
            display_name=self.name_field.text().strip(),
            phone=self.phone.text(),
            skills=skills,
            districts=self.area_chips.selected(),
            available_dates=[today + timedelta(days=int(k)) for k in self.day_chips.selected()],
            expected_pay=Decimal(pay) if pay and int(pay) > 0 else None,
            expected_pay_unit=PayUnit.DAY,
            languages=["en", "zh"] if self.deps.prefs.lang == "en" else ["zh"],
            circumstances=[Circumstance(k) for k in self.help_chips.selected()],
        )

    def _on_agree_clicked(self) -> None:
        worker = self.worker_from_form()
        workers = self.deps.services.workers
        self.agree_button.setEnabled(False)
        self.submit_db(
            "save",
            lambda: workers.register(worker, consent=True),
            self._on_registered,
            self._on_save_failed,
        )

    def _on_registered(self, registration: Registration) -> None:
        worker = registration.worker
        self.deps.session.identify(worker)
        self.sig_worker_registered.emit(worker.id)
        then = self.request.then
        notice = RegisteredNotice(
            masked_phone=mask_phone(worker.phone), merged=registration.merged, then=then
        )
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
