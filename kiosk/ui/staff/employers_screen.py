"""Employers and job agents: licence, verification and standing, postings and complaints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from kiosk.domain.model import Complaint, Employer
from kiosk.services.complaints import WARN
from kiosk.services.employers import VenueWarning
from kiosk.services.postings import PostingCard
from kiosk.store.search import SearchQuery
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list, row
from kiosk.ui.widgets import button, card_frame, label, vbox

if TYPE_CHECKING:
    from kiosk.services.container import Services


@dataclass(slots=True, frozen=True)
class EmployerFile:
    employer: Employer
    postings: list[PostingCard]
    complaints: list[Complaint]
    warnings: list[VenueWarning]


def _file(services: Services, employer_id: str) -> EmployerFile:
    employer = services.employers.get(employer_id)
    cards = services.postings.search(SearchQuery(statuses=(), employer_id=employer_id, limit=200))
    ids = {employer_id, *(c.posting.id for c in cards)}
    complaints = [c for c in services.complaints.list() if c.target_id in ids]
    return EmployerFile(employer, cards, complaints, services.employers.venue_warnings(employer_id))


class EmployersScreen(StaffPage):
    """Find an employer; what the registry says about them is shown, not edited, here."""

    name = "staff.employers"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.search = QLineEdit()
        self.search.returnPressed.connect(self._on_find_clicked)
        self.find_button = button()
        self.find_button.clicked.connect(self._on_find_clicked)
        self.list = item_list()
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        detail = card_frame()
        dv = vbox(detail, spacing=8, margins=16)
        self.facts = label()
        self.registry_note = label(role="hint")
        self.history_caption = label(role="heading")
        self.history = item_list()
        for w in (self.facts, self.registry_note, self.history_caption):
            dv.addWidget(w)
        dv.addWidget(self.history, 1)
        self.body.addLayout(row(self.search, self.find_button, stretch_last=True))
        split = QHBoxLayout()
        split.addWidget(self.list, 2)
        split.addWidget(detail, 3)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.employers: list[Employer] = []
        self.file: EmployerFile | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Employers and job agents"))
        self.search.setPlaceholderText(self.tr("Name contains…"))
        self.find_button.setText(self.tr("Find"))
        self.registry_note.setText(
            self.tr("Verification, warnings and blacklist are decided by the city registry.")
        )
        self.history_caption.setText(self.tr("Warnings, postings and complaints"))
        self._show()

    def title(self) -> str:
        return self.tr("Employers")

    def enter(self, arg: Any = None) -> None:
        employers = self.services.employers
        self.submit("list", lambda: employers.recent(limit=50), self._on_listed)

    def reset(self) -> None:
        super().reset()
        self.search.clear()
        self.list.clear()
        self.employers = []
        self.file = None
        self._show()

    def _on_find_clicked(self) -> None:
        employers, text = self.services.employers, self.search.text()
        self.submit("list", lambda: employers.find(text), self._on_listed)

    def _on_listed(self, employers: list[Employer]) -> None:
        self.employers = employers
        self.list.clear()
        for e in employers:
            self.list.addItem(f"{e.name} · {words.employer_kind_text(e.kind)}")
        if employers:
            self.list.setCurrentRow(0)

    def _on_list_row_changed(self, index: int) -> None:
        if 0 <= index < len(self.employers):
            services, employer_id = self.services, self.employers[index].id
            self.submit("file", lambda: _file(services, employer_id), self._on_file)

    def _on_file(self, file: EmployerFile) -> None:
        self.file = file
        self._show()

    def _show(self) -> None:
        self.history.clear()
        if self.file is None:
            self.facts.setText("")
            return
        e = self.file.employer
        verified = self.tr("verified") if e.verified else self.tr("not verified")
        self.facts.setText(
            "\n".join(
                [
                    f"{e.name} · {words.employer_kind_text(e.kind)}",
                    self.tr("Licence no.: {v}").format(v=e.licence_no or "—") + f" ({verified})",
                    self.tr("Standing: {v}; warnings: {n}").format(
                        v=words.employer_status_text(e.status), n=e.warnings
                    ),
                    self.tr("Warnings at this venue: {n}").format(
                        n=sum(1 for w in self.file.warnings if w.action == WARN)
                    ),
                ]
            )
        )
        for w in self.file.warnings:
            said = (
                self.tr("Venue warning ({ref}, {at}): {reason}")
                if w.action == WARN
                else self.tr("Blacklisting proposed to the city ({ref}, {at}): {reason}")
            )
            self.history.addItem(
                said.format(ref=w.reference, at=words.time_text(w.at), reason=w.reason)
            )
        for card in self.file.postings:
            p = card.posting
            self.history.addItem(
                f"{p.start_date} · {p.title} · {texts.pay_text(p.pay_amount, p.pay_unit)} · "
                f"{words.posting_status_text(p.status)}"
            )
        for c in self.file.complaints:
            self.history.addItem(
                self.tr("Complaint {ref}: {category} ({status})").format(
                    ref=c.reference,
                    category=texts.complaint_category_text(c.category),
                    status=words.complaint_status_text(c.status),
                )
            )
