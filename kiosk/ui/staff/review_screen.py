"""Supervisor review: each held posting with its flags; approve, or reject with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidgetItem, QVBoxLayout

from kiosk.domain.catalogue import Lang, occupation_name
from kiosk.domain.model import Posting, StaffRole
from kiosk.services.postings import PostingCard
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list
from kiosk.ui.widgets import button, card_frame, label, vbox


class ReviewScreen(StaffPage):
    """The queue of postings screening held back."""

    name = "staff.review"
    minimum_role = StaffRole.SUPERVISOR
    sig_reviewed = Signal(object)  # the Posting after approval or rejection

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.queue = item_list()
        self.queue.setMinimumWidth(380)
        self.queue.currentItemChanged.connect(self._on_queue_current_changed)
        detail = card_frame()
        dv = vbox(detail, spacing=10, margins=16)
        self.detail = label()
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = label(role="error")
        self.note = QLineEdit()
        self.approve_button = button(role="primary")
        self.reject_button = button()
        self.approve_button.clicked.connect(self._on_approve_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        self.empty = label(role="hint")
        dv.addWidget(self.detail)
        dv.addWidget(self.reasons)
        dv.addStretch(1)
        dv.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        dv.addLayout(buttons)
        split = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.queue, 1)
        split.addLayout(left, 2)
        split.addWidget(detail, 3)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.cards: list[PostingCard] = []
        self.retranslate()
        self._show_card(None)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Postings held for review"))
        self.approve_button.setText(self.tr("Approve: open it"))
        self.reject_button.setText(self.tr("Reject"))
        self.note.setPlaceholderText(self.tr("Reason (required to reject)"))
        self.empty.setText(self.tr("Nothing is waiting for review."))
        self._show_card(self.current())

    def title(self) -> str:
        return self.tr("Review")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        postings = self.services.postings
        self.submit("load", postings.pending_review, self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.cards = []
        self.queue.clear()
        self.note.clear()
        self._show_card(None)

    def current(self) -> PostingCard | None:
        row = self.queue.currentRow()
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def _on_loaded(self, cards: list[PostingCard]) -> None:
        self.cards = cards
        self.queue.clear()
        for card in cards:
            p = card.posting
            item = QListWidgetItem(f"{p.title} · {card.employer_name}\n{p.workplace}")
            self.queue.addItem(item)
        self.empty.setVisible(not cards)
        if cards:
            self.queue.setCurrentRow(0)
        else:
            self._show_card(None)

    def _on_queue_current_changed(self, *_: Any) -> None:
        self._show_card(self.current())

    def _show_card(self, card: PostingCard | None) -> None:
        self.approve_button.setEnabled(card is not None)
        self.reject_button.setEnabled(card is not None)
        self.note.setEnabled(card is not None)
        if card is None:
            self.detail.setText("")
            self.reasons.hide()
            return
        p: Posting = card.posting
        lang: Lang = "en" if self.deps.prefs.language.startswith("en") else "zh"
        lines = [
            f"<b>{_esc(p.title)}</b> — {_esc(card.employer_name)}",
            self.tr("Occupation: {v}").format(v=occupation_name(p.occupation_code, lang)),
            self.tr("Pay: {v}").format(v=texts.pay_text(p.pay_amount, p.pay_unit))
            + f" · {texts.settlement_text(p.settlement)}",
            self.tr("Place: {v}").format(v=_esc(f"{p.district} {p.workplace}")),
            self.tr("Dates: {start} to {end}").format(start=p.start_date, end=p.end_date),
            self.tr("Headcount: {n}").format(n=p.headcount),
        ]
        if p.description:
            lines.append(_esc(p.description))
        if p.deductions:
            lines.append(self.tr("Deductions: {v}").format(v=_esc(p.deductions)))
        self.detail.setText("<br>".join(lines))
        reasons = [
            f"• {words.flag_text(f.code)}" + (f": “{f.detail}”" if f.detail else "")
            for f in p.flags
        ]
        self.reasons.setText(self.tr("Why it was held:") + "\n" + "\n".join(reasons))
        self.reasons.setVisible(bool(reasons))

    def _on_approve_clicked(self) -> None:
        card = self.current()
        if card is None:
            return
        postings, actor, note = self.services.postings, self.ctx.actor, self.note.text()
        posting_id = card.posting.id
        self.submit(
            "approve",
            lambda: postings.approve(posting_id, actor=actor, note=note),
            self._on_reviewed,
        )

    def _on_reject_clicked(self) -> None:
        card = self.current()
        if card is None:
            return
        reason = self.note.text().strip()
        if not reason:
            self.say(self.tr("Write the reason for rejecting it."), "error")
            return
        postings, actor, posting_id = self.services.postings, self.ctx.actor, card.posting.id
        self.submit(
            "reject",
            lambda: postings.reject(posting_id, actor=actor, reason=reason),
            self._on_reviewed,
        )

    def _on_reviewed(self, posting: Posting) -> None:
        self.note.clear()
        self.say(
            self.tr("“{title}” is now: {status}").format(
                title=posting.title, status=words.posting_status_text(posting.status)
            )
        )
        self.sig_reviewed.emit(posting)
        postings = self.services.postings
        self.submit("load", postings.pending_review, self._on_loaded)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
