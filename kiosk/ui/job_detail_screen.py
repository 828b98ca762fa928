"""One job in plain words: every term, the no-fee notice, and "I'm interested"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import catalogue
from kiosk.domain.model import EmployerKind
from kiosk.domain.validation import mask_phone
from kiosk.print.qr import current_registry, screen_posting_url
from kiosk.services.postings import PostingCard
from kiosk.ui import texts
from kiosk.ui.flow import ApplyRequest, ComplaintRequest, IdentifyRequest
from kiosk.ui.qr_view import QrView
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import button, kinetic_scroll_area, label

# The terms shown, in the order a worker asks about them.
TERMS = (
    "pay",
    "settlement",
    "employer",
    "work",
    "place",
    "when",
    "people",
    "meals",
    "transport",
    "deductions",
    "requirements",
    "contact",
)


class JobDetailScreen(Screen):
    name = "job_detail"
    sig_interest_requested = Signal(str)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.card: PostingCard | None = None
        self.page_url = ""
        self.title_label = label(role="title")
        self.pay_label = label(role="pay")
        self.notice_label = label(role="notice")
        self.error_label = label(role="error")
        self.error_label.hide()
        self.term_labels: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        facts = QWidget()
        grid = QGridLayout(facts)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        grid.setHorizontalSpacing(24)
        for row, key in enumerate(TERMS):
            term = label(role="term")
            term.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = label(role="value")
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.term_labels[key], self.value_labels[key] = term, value
            grid.addWidget(term, row, 0)
            grid.addWidget(value, row, 1)
        self.interest_button = button(role="primary", icon_name="check", icon_px=40)
        self.interest_button.setMinimumHeight(int(deps.prefs.theme.target_px * 1.3))
        self.interest_button.clicked.connect(self._on_interest_clicked)
        self.report_button = button(icon_name="complaint")
        self.report_button.clicked.connect(self._on_report_clicked)

        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addWidget(self.pay_label)
        left.addWidget(kinetic_scroll_area(facts), 1)
        right = QVBoxLayout()
        right.addWidget(self.notice_label)
        # No printer needed: a phone camera keeps the job's public page (issue 13 point 13).
        self.qr_view = QrView()
        right.addWidget(self.qr_view)
        right.addWidget(self.error_label)
        right.addStretch(1)
        right.addWidget(self.interest_button)
        right.addWidget(self.report_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(32)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Job details")

    def enter(self, arg: Any = None) -> None:
        if isinstance(arg, str):
            self.card = None
            self.error_label.hide()
            self._fill()
            postings, settings = self.deps.services.postings, self.deps.settings
            # The registry as kiosk.toml names it now: a kiosk enrolled while running shows codes.
            self.submit_db(
                "load",
                lambda: (postings.get(arg), screen_posting_url(current_registry(settings), arg)),
                self._on_posting_loaded,
                self._on_load_failed,
            )

    def reset(self) -> None:
        self.card = None
        self.error_label.hide()
        self._fill()

    def retranslate(self) -> None:
        words = {
            "pay": self.tr("Pay"),
            "settlement": self.tr("When you are paid"),
            "employer": self.tr("Employer"),
            "work": self.tr("The work"),
            "place": self.tr("Where"),
            "when": self.tr("When"),
            "people": self.tr("People needed"),
            "meals": self.tr("Meals"),
            "transport": self.tr("Transport"),
            "deductions": self.tr("Money taken off"),
            "requirements": self.tr("Requirements"),
            "contact": self.tr("Contact"),
        }
        for key, word in words.items():
            self.term_labels[key].setText(word)
        self.notice_label.setText(
            self.tr(
                "This market never charges job seekers any fee. If anyone asks you for "
                "money (deposit, uniform, medical check), do not pay, and tell the "
                "service desk."
            )
        )
        self.interest_button.setText(self.tr("I'm interested"))
        self.report_button.setText(self.tr("Report a problem with this job"))
        self._fill()

    def _on_posting_loaded(self, loaded: tuple[PostingCard, str]) -> None:
        self.card, self.page_url = loaded
        self._fill()

    def _on_load_failed(self, error: BaseException) -> None:
        self.error_label.setText(texts.error_text(error))
        self.error_label.show()

    def _fill(self) -> None:
        card = self.card
        self.interest_button.setEnabled(card is not None and card.posting.headcount_left > 0)
        self.qr_view.show_url(self.page_url if card else "")
        if card is None:
            self.title_label.setText("")
            self.pay_label.setText("")
            for value in self.value_labels.values():
                value.setText("")
            return
        p = card.posting
        lang = self.deps.prefs.lang
        today = self.deps.services.ctx.today()
        none = self.tr("Not stated - ask the employer")
        self.title_label.setText(p.title)
        self.pay_label.setText(texts.pay_text(p.pay_amount, p.pay_unit))
        employer = card.employer_name
        if card.employer_verified:
            employer = self.tr("{name} (verified by the market)").format(name=employer)
        if card.employer_kind is EmployerKind.INTERMEDIARY:
            employer = self.tr("{name} - a job agent, not the employer").format(name=employer)
        work = catalogue.occupation_name(p.occupation_code, lang)
        if p.description:
            work = f"{work}\n{p.description}"
        when = " ".join(
            x
            for x in (
                texts.dates_text(p.start_date, p.end_date, today),
                texts.hours_text(p.start_time, p.end_time),
            )
            if x
        )
        contact = " ".join(x for x in (p.contact_name, mask_phone(p.contact_phone)) if x)
        values = {
            "pay": texts.pay_text(p.pay_amount, p.pay_unit),
            "settlement": f"{texts.settlement_text(p.settlement)}\n"
            f"{texts.settlement_plain(p.settlement)}",
            "employer": employer,
            "work": work,
            "place": f"{catalogue.district_name(p.district, lang)} · {p.workplace}",
            "when": when,
            "people": self.tr("{left} of {total} still needed").format(
                left=p.headcount_left, total=p.headcount
            ),
            "meals": p.meals or none,
            "transport": p.transport or none,
            "deductions": p.deductions or self.tr("None stated"),
            "requirements": p.requirements or self.tr("None stated"),
            "contact": (contact + "\n" if contact else "")
            + self.tr("The service desk gives you the full number with your slip."),
        }
        for key, words in values.items():
            self.value_labels[key].setText(words)

    def _on_interest_clicked(self) -> None:
        if self.card is None:
            return
        posting_id = self.card.posting.id
        self.sig_interest_requested.emit(posting_id)
        p = self.card.posting
        request = ApplyRequest(
            posting_id=posting_id,
            title=p.title,
            occupation_code=p.occupation_code,
            district=p.district,
        )
        if self.deps.session.worker is not None:
            self.deps.nav.go("result", request)
        else:
            self.deps.nav.go("identify", IdentifyRequest(then=request))

    def _on_report_clicked(self) -> None:
        if self.card is not None:
            self.deps.nav.go(
                "complaint",
                ComplaintRequest(
                    posting_id=self.card.posting.id,
                    employer_id=self.card.posting.employer_id,
                    title=self.card.posting.title,
                    employer_name=self.card.employer_name,
                ),
            )
