"""Supervisor review: each held posting with its flags; correct it, approve or reject, confirmed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from kiosk.domain.catalogue import Lang, occupation_name
from kiosk.domain.model import Posting, PostingStatus, StaffRole
from kiosk.services.postings import PostingCard
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, caption, item_list
from kiosk.ui.widgets import button, card_frame, label, vbox


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class ReviewScreen(StaffPage):
    """The queue of postings screening held back."""

    name = "staff.review"
    minimum_role = StaffRole.SUPERVISOR
    sig_reviewed = Signal(object)  # the Posting after approval or rejection

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.queue = item_list()
        self.queue.setMinimumWidth(340)
        self.queue.currentItemChanged.connect(self._on_queue_current_changed)
        detail = card_frame()
        dv = vbox(detail, spacing=8, margins=16)
        self.detail = label()
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = label(role="error")
        # The terms a fraud flag sits in, editable: a supervisor on the phone with the
        # employer strikes the deposit out instead of rejecting a job the employer fixed.
        self.title_edit = QLineEdit()
        self.pay_edit = QLineEdit()
        self.pay_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.deductions_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(96)
        self.title_caption, self.pay_caption = caption(), caption()
        self.deductions_caption, self.description_caption = caption(), caption()
        # Title and pay share a row: the page must fit a 1280x800 desk screen.
        first = QHBoxLayout()
        first.addWidget(self.title_edit, 3)
        first.addWidget(self.pay_caption)
        first.addWidget(self.pay_edit, 1)
        # Shown in place of the summary when asked for: both do not fit a 1280x800 screen.
        self.corrections = QFrame()
        form = QFormLayout(self.corrections)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        form.addRow(self.title_caption, first)
        form.addRow(self.deductions_caption, self.deductions_edit)
        form.addRow(self.description_caption, self.description_edit)
        self.corrections.hide()
        self.correct_button = button()
        self.correct_button.setCheckable(True)
        self.correct_button.toggled.connect(self._on_correct_toggled)
        self.note = QLineEdit()
        self.approve_button = button(role="primary")
        self.reject_button = button()
        self.approve_button.clicked.connect(self._on_approve_clicked)
        self.reject_button.clicked.connect(self._on_reject_clicked)
        # Asking first, in place of the buttons: a modal box would cover the posting.
        self.confirm_frame = QFrame()
        self.confirm_text = label(role="term")
        self.confirm_button = button(role="primary")
        self.cancel_button = button()
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        confirm = QHBoxLayout(self.confirm_frame)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(self.cancel_button)
        confirm.addWidget(self.confirm_button)
        self.empty = label(role="hint")
        dv.addWidget(self.detail)
        dv.addWidget(self.reasons)
        dv.addWidget(self.corrections)
        dv.addStretch(1)
        dv.addWidget(self.note)
        self.decide_buttons = QFrame()
        buttons = QHBoxLayout(self.decide_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        dv.addWidget(self.decide_buttons)
        dv.addWidget(self.confirm_frame)
        split = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.queue, 1)
        split.addLayout(left, 2)
        split.addWidget(detail, 3)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.message)
        self.cards: list[PostingCard] = []
        self.pending: Decision | None = None
        self.retranslate()
        self._show_card(None)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Postings held for review"))
        self.approve_button.setText(self.tr("Approve: open it"))
        self.reject_button.setText(self.tr("Reject"))
        self.correct_button.setText(self.tr("Correct the terms"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.note.setPlaceholderText(self.tr("Why (required to approve or reject)"))
        self.empty.setText(self.tr("Nothing is waiting for review."))
        self.title_caption.setText(self.tr("Title"))
        self.pay_caption.setText(self.tr("Pay (yuan)"))
        self.deductions_caption.setText(self.tr("Deductions"))
        self.description_caption.setText(self.tr("Description"))
        self._show_card(self.current(), keep_edits=True)
        self._ask(self.pending)

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

    def _show_card(self, card: PostingCard | None, *, keep_edits: bool = False) -> None:
        self._ask(None)
        if not keep_edits:
            self.correct_button.setChecked(False)
        for widget in (
            self.approve_button,
            self.reject_button,
            self.correct_button,
            self.note,
            self.title_edit,
            self.pay_edit,
            self.deductions_edit,
            self.description_edit,
        ):
            widget.setEnabled(card is not None)
        if card is None:
            self.detail.setText("")
            self.reasons.hide()
            for edit in (self.title_edit, self.pay_edit, self.deductions_edit):
                edit.clear()
            self.description_edit.clear()
            return
        p: Posting = card.posting
        if not keep_edits:
            self.title_edit.setText(p.title)
            self.pay_edit.setText(f"{p.pay_amount.normalize():f}")
            self.deductions_edit.setText(p.deductions)
            self.description_edit.setPlainText(p.description)
        lang: Lang = "en" if self.deps.prefs.language.startswith("en") else "zh"
        lines = [
            f"<b>{_esc(p.title)}</b> — {_esc(card.employer_name)}",
            self.tr("Occupation: {v}").format(v=occupation_name(p.occupation_code, lang))
            + " · "
            + self.tr("Pay: {v}").format(v=texts.pay_text(p.pay_amount, p.pay_unit))
            + f" · {texts.settlement_text(p.settlement)}",
            self.tr("Place: {v}").format(v=_esc(f"{p.district} {p.workplace}")),
            self.tr("Dates: {start} to {end}").format(start=p.start_date, end=p.end_date)
            + " · "
            + self.tr("Headcount: {n}").format(n=p.headcount),
        ]
        if p.description:
            lines.append(_esc(p.description))
        if p.deductions:
            lines.append(self.tr("Deductions: {v}").format(v=_esc(p.deductions)))
        self.detail.setText("<br>".join(lines))
        reasons = [f"• {words.flag_line(f)}" for f in p.flags]
        self.reasons.setText(self.tr("Why it was held:") + "\n" + "\n".join(reasons))
        self.reasons.setVisible(bool(reasons))

    def _on_correct_toggled(self, correcting: bool) -> None:
        self.corrections.setVisible(correcting)
        self.detail.setVisible(not correcting)

    def _corrected(self, posting: Posting) -> Posting | None:
        """The posting with the supervisor's edits, or None (and a message) if pay is unreadable."""
        try:
            pay = Decimal(self.pay_edit.text().strip())
        except InvalidOperation:
            self.say(self.tr("Write the pay as a number, for example 220."), "error")
            return None
        return replace(
            posting,
            title=self.title_edit.text().strip(),
            pay_amount=pay,
            deductions=self.deductions_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
        )

    def _on_approve_clicked(self) -> None:
        self._ask_for(Decision.APPROVE)

    def _on_reject_clicked(self) -> None:
        self._ask_for(Decision.REJECT)

    def _ask_for(self, decision: Decision) -> None:
        card = self.current()
        if card is None:
            return
        if not self.note.text().strip():
            self.say(self.tr("Write why: the note is kept with who decided."), "error")
            self.note.setFocus()
            return
        if decision is Decision.APPROVE and self._corrected(card.posting) is None:
            return
        self.quiet()
        self._ask(decision)

    def _ask(self, decision: Decision | None) -> None:
        """Show the question for `decision` in place of the buttons (None: the buttons)."""
        self.pending = decision
        self.confirm_frame.setVisible(decision is not None)
        self.decide_buttons.setVisible(decision is None)
        card = self.current()
        if decision is None or card is None:
            return
        title = card.posting.title
        if decision is Decision.APPROVE:
            edited = self._corrected(card.posting)
            corrected = edited is not None and edited != card.posting
            question = (
                self.tr("Save your corrections and open “{title}” to workers now?")
                if corrected
                else self.tr("Open “{title}” to workers now?")
            )
            self.confirm_button.setText(self.tr("Yes, approve"))
        else:
            question = self.tr("Reject “{title}”? It will not be shown to anyone.")
            self.confirm_button.setText(self.tr("Yes, reject"))
        self.confirm_text.setText(question.format(title=title))

    def _on_cancel_clicked(self) -> None:
        self._ask(None)

    def _on_confirm_clicked(self) -> None:
        card, decision = self.current(), self.pending
        if card is None or decision is None:
            return
        self._ask(None)
        postings, actor, note = self.services.postings, self.ctx.actor, self.note.text().strip()
        posting_id = card.posting.id
        if decision is Decision.REJECT:
            self.submit(
                "reject",
                lambda: postings.reject(posting_id, actor=actor, reason=note),
                self._on_reviewed,
            )
            return
        edited = self._corrected(card.posting)
        if edited is None:
            return
        corrected = edited if edited != card.posting else None
        self.submit(
            "approve",
            lambda: postings.approve(posting_id, actor=actor, note=note, corrected=corrected),
            self._on_reviewed,
        )

    def _on_reviewed(self, posting: Posting) -> None:
        self.note.clear()
        message = self.tr("“{title}” is now: {status}").format(
            title=posting.title, status=words.posting_status_text(posting.status)
        )
        if posting.status is PostingStatus.OPEN and posting.flags:
            message += " " + self.tr("(opened despite: {flags})").format(
                flags=", ".join(words.flag_text(f.code) for f in posting.flags)
            )
        self.say(message)
        self.sig_reviewed.emit(posting)
        postings = self.services.postings
        self.submit("load", postings.pending_review, self._on_loaded)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
