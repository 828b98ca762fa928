"""The negotiation record at the table: posted beside agreed terms, three confirmations, frozen."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from kiosk.domain.model import Negotiation, NegotiationOutcome, PayUnit, Settlement
from kiosk.domain.negotiation import TERM_KEYS
from kiosk.domain.validation import mask_phone
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, caption
from kiosk.ui.widgets import ChipGroup, button, kinetic_scroll_area, label

if TYPE_CHECKING:
    from kiosk.services.container import Services

CHOICE_KEYS = ("pay_unit", "settlement")


def _open(services: Services, arg: dict[str, str], actor: str) -> tuple[Negotiation, str]:
    record = services.negotiations.open(
        posting_id=arg["posting_id"],
        worker_id=arg["worker_id"],
        actor=actor,
        session_id=arg.get("session_id") or None,
    )
    return record, _who(services, record)


def _load(services: Services, negotiation_id: str) -> tuple[Negotiation, str]:
    record = services.negotiations.get(negotiation_id)
    return record, _who(services, record)


def _who(services: Services, record: Negotiation) -> str:
    worker = services.workers.get(record.worker_id)
    card = services.postings.get(record.posting_id)
    person = f"{worker.display_name} {mask_phone(worker.phone)}"
    return f"{person} · {card.posting.title} · {card.employer_name}"


class NegotiationScreen(StaffPage):
    """Edit agreed terms, then worker, employer and staff witness confirm; then it is frozen."""

    name = "staff.negotiation"
    sig_record_changed = Signal(object)  # the Negotiation shown now

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.record: Negotiation | None = None
        self.who = label(role="value")
        self.banner = label(role="notice")
        self.banner.hide()
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.col_posted = caption()
        self.col_agreed = caption()
        grid.addWidget(self.col_posted, 0, 1)
        grid.addWidget(self.col_agreed, 0, 2)
        self.term_captions: dict[str, Any] = {}
        self.posted: dict[str, Any] = {}
        self.agreed: dict[str, QLineEdit | QComboBox] = {}
        for r, key in enumerate(TERM_KEYS, start=1):
            cap = caption()
            posted = label()
            editor: QLineEdit | QComboBox
            if key == "pay_unit":
                editor = QComboBox()
                for unit in PayUnit:
                    editor.addItem("", unit.value)
            elif key == "settlement":
                editor = QComboBox()
                for settlement in Settlement:
                    editor.addItem("", settlement.value)
            else:
                editor = QLineEdit()
            self.term_captions[key] = cap
            self.posted[key] = posted
            self.agreed[key] = editor
            grid.addWidget(cap, r, 0)
            grid.addWidget(posted, r, 1)
            grid.addWidget(editor, r, 2)
        self.outcome = ChipGroup(exclusive=True)
        for outcome in NegotiationOutcome:
            self.outcome.add(outcome.value)
        self.outcome_caption = caption()
        grid.addWidget(self.outcome_caption, len(TERM_KEYS) + 1, 0)
        grid.addWidget(self.outcome, len(TERM_KEYS) + 1, 1, 1, 2)
        self.confirmations = label(role="hint")
        self.history = label(role="hint")
        self.save_button = button()
        self.worker_button = button()
        self.employer_button = button()
        self.witness_button = button(role="primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.worker_button.clicked.connect(self._on_worker_clicked)
        self.employer_button.clicked.connect(self._on_employer_clicked)
        self.witness_button.clicked.connect(self._on_witness_clicked)
        self.body.addWidget(self.who)
        self.body.addWidget(self.banner)
        self.body.addWidget(kinetic_scroll_area(grid_host), 1)
        self.body.addWidget(self.confirmations)
        self.body.addWidget(self.history)
        self.body.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        for b in (self.worker_button, self.employer_button, self.witness_button):
            actions.addWidget(b)
        self.body.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Negotiation record"))
        self.col_posted.setText(self.tr("Posted terms"))
        self.col_agreed.setText(self.tr("Agreed terms"))
        for key, cap in self.term_captions.items():
            cap.setText(words.term_text(key))
        units = self.agreed["pay_unit"]
        settlements = self.agreed["settlement"]
        assert isinstance(units, QComboBox) and isinstance(settlements, QComboBox)
        for i, unit in enumerate(PayUnit):
            units.setItemText(i, words.pay_unit_text(unit))
        for i, settlement in enumerate(Settlement):
            settlements.setItemText(i, texts.settlement_text(settlement))
        self.outcome_caption.setText(self.tr("Outcome"))
        for outcome in NegotiationOutcome:
            self.outcome.set_text(outcome.value, words.outcome_text(outcome))
        self.save_button.setText(self.tr("Save the agreed terms"))
        self.worker_button.setText(self.tr("Worker confirms"))
        self.employer_button.setText(self.tr("Employer confirms"))
        self.witness_button.setText(self.tr("I witness it (staff)"))
        self._show()

    def title(self) -> str:
        return self.tr("Negotiation record")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        services, actor = self.services, self.ctx.actor
        if isinstance(arg, dict):
            self.reset()
            self.submit("load", lambda: _open(services, arg, actor), self._on_loaded)
        elif isinstance(arg, str):
            self.reset()
            self.submit("load", lambda: _load(services, arg), self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.record = None
        self.who.setText("")
        self._show()

    # -- showing

    def _on_loaded(self, loaded: tuple[Negotiation, str]) -> None:
        record, who = loaded
        self.who.setText(who)
        self._set_record(record)

    def _set_record(self, record: Negotiation) -> None:
        self.record = record
        self._show()
        self.sig_record_changed.emit(record)
        negotiations = self.services.negotiations
        self.submit("history", lambda: negotiations.history(record.id), self._on_history)

    def _show(self) -> None:
        record = self.record
        for key in TERM_KEYS:
            posted = record.posted_terms.get(key, "") if record else ""
            agreed = record.agreed_terms.get(key, "") if record else ""
            self.posted[key].setText(self._term_value(key, posted))
            editor = self.agreed[key]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(agreed)))
            elif key == "pay_amount" and agreed:
                editor.setText(self._term_value(key, agreed))
            else:
                editor.setText(agreed)
            changed = record is not None and posted != agreed
            self.posted[key].setProperty("role", "value" if changed else "")
        self.outcome.select([record.outcome.value] if record else [])
        frozen = bool(record and record.frozen)
        for b in (self.worker_button, self.employer_button, self.witness_button):
            b.setEnabled(record is not None and not frozen)
        self.save_button.setEnabled(record is not None)
        if record is None:
            self.banner.hide()
            self.confirmations.setText("")
            self.history.setText("")
            return
        if frozen:
            self.banner.setText(
                self.tr(
                    "Frozen record {hash}. Both copies are queued for printing. "
                    "Saving changes now makes a correction: a new record that points at this one."
                ).format(hash=record.record_hash[:16])
            )
        elif record.supersedes_id:
            self.banner.setText(
                self.tr("This is a correction of an earlier record. It needs new confirmations.")
            )
        self.banner.setVisible(frozen or bool(record.supersedes_id))
        yes, no = "✓", "—"
        self.confirmations.setText(
            self.tr("Worker: {w}   Employer: {e}   Staff witness: {s}").format(
                w=yes if record.worker_confirmed_at else no,
                e=yes if record.employer_confirmed_at else no,
                s=yes if record.witness_staff_id else no,
            )
        )

    def _term_value(self, key: str, value: str) -> str:
        if key == "pay_amount" and value:
            try:
                return texts.amount_text(Decimal(value))
            except InvalidOperation:
                return value
        if key == "pay_unit" and value in {u.value for u in PayUnit}:
            return words.pay_unit_text(PayUnit(value))
        if key == "settlement" and value in {s.value for s in Settlement}:
            return texts.settlement_text(Settlement(value))
        return value or "—"

    def _on_history(self, chain: list[Negotiation]) -> None:
        if len(chain) < 2:
            self.history.setText("")
            return
        parts = [
            f"{i}. {n.id[:8]}" + (" ✓" if n.frozen else "") for i, n in enumerate(chain, start=1)
        ]
        self.history.setText(
            self.tr("Record and corrections: {list}").format(list=" → ".join(parts))
        )

    # -- editing

    def agreed_terms(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, editor in self.agreed.items():
            if isinstance(editor, QComboBox):
                out[key] = str(editor.currentData() or "")
            else:
                out[key] = editor.text().strip()
        return out

    def _outcome(self) -> NegotiationOutcome:
        chosen = self.outcome.selected()
        return NegotiationOutcome(chosen[0]) if chosen else NegotiationOutcome.AGREED

    def _dirty(self) -> bool:
        record = self.record
        return record is not None and (
            self.agreed_terms() != record.agreed_terms or self._outcome() is not record.outcome
        )

    def _on_save_clicked(self) -> None:
        record = self.record
        if record is None:
            return
        negotiations, actor = self.services.negotiations, self.ctx.actor
        agreed, outcome, frozen = self.agreed_terms(), self._outcome(), record.frozen
        self.submit(
            "save",
            lambda: negotiations.set_terms(record.id, agreed=agreed, outcome=outcome, actor=actor),
            lambda n: self._on_saved(n, frozen),
        )

    def _on_saved(self, record: Negotiation, was_frozen: bool) -> None:
        if was_frozen:
            self.say(self.tr("A correction was made. Confirm it again, all three."), "notice")
        else:
            self.say(self.tr("Agreed terms saved."))
        self._set_record(record)

    def _confirm(self, confirm: Callable[[Services, str, str, str], Negotiation]) -> None:
        record = self.record
        if record is None:
            return
        services, actor, lang = self.services, self.ctx.actor, self.deps.prefs.language
        agreed, outcome, dirty = self.agreed_terms(), self._outcome(), self._dirty()

        def job() -> Negotiation:
            record_id = record.id
            if dirty:  # confirm what is on screen, never an older version of it
                saved = services.negotiations.set_terms(
                    record_id, agreed=agreed, outcome=outcome, actor=actor
                )
                record_id = saved.id
            return confirm(services, record_id, actor, lang)

        self.submit("confirm", job, self._on_confirmed)

    def _on_confirmed(self, record: Negotiation) -> None:
        if record.frozen:
            self.say(self.tr("Confirmed by all three: the record is frozen and printing."))
        else:
            self.quiet()
        self._set_record(record)

    def _on_worker_clicked(self) -> None:
        self._confirm(lambda s, rid, _a, lang: s.negotiations.confirm_worker(rid, lang=lang))

    def _on_employer_clicked(self) -> None:
        self._confirm(
            lambda s, rid, a, lang: s.negotiations.confirm_employer(rid, actor=a, lang=lang)
        )

    def _on_witness_clicked(self) -> None:
        self._confirm(lambda s, rid, a, lang: s.negotiations.witness(rid, actor=a, lang=lang))
