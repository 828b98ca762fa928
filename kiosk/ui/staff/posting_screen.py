"""Quick posting: one form, screened live as staff type, saved open or held for review."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QWidget

from kiosk.domain import validation
from kiosk.domain.errors import DomainError, ErrorCode, ValidationErrors
from kiosk.domain.model import Employer, Posting, PostingStatus, ScreeningFlag
from kiosk.store.search import SearchQuery
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.staff.posting_form import FLAG_ROWS, Draft, EmployerChoice, PostingForm
from kiosk.ui.widgets import button, kinetic_scroll_area, label

if TYPE_CHECKING:
    from kiosk.services.container import Services
    from kiosk.services.employers import VenueWarning

SCREEN_DELAY_MS = 350  # screen after a pause in typing, not on every key


@dataclass(frozen=True, slots=True)
class Check:
    """What the form says about a draft now: screening flags and broken rules."""

    flags: list[ScreeningFlag]
    errors: list[DomainError]


@dataclass(frozen=True, slots=True)
class Saved:
    """A save: the stored posting, or the rules the draft still breaks (nothing stored)."""

    posting: Posting | None
    errors: list[DomainError]


def _rules(services: Services, draft: Draft) -> list[DomainError]:
    """Every rule the draft breaks, each on the field the form shows it beside."""
    errors: list[DomainError] = []
    if draft.new_employer is None and not draft.posting.employer_id:
        errors.append(DomainError(ErrorCode.REQUIRED, "employer_id"))
    elif draft.new_employer is not None:
        if not draft.new_employer.name:
            errors.append(DomainError(ErrorCode.REQUIRED, "employer_name"))
        if draft.new_employer.phone:
            try:
                validation.normalize_phone(draft.new_employer.phone)
            except DomainError as error:
                errors.append(DomainError(error.code, "employer_phone", **error.params))
    try:
        validation.validate_posting(
            draft.posting, today=services.ctx.today(), minimums=services.postings.minimums()
        )
    except ValidationErrors as many:
        errors += many.errors
    except DomainError as error:
        errors.append(error)
    # One message per rule and field ("no employer chosen" may come from both checks).
    return list({(e.code, e.field): e for e in reversed(errors)}.values())[::-1]


def check_draft(services: Services, draft: Draft) -> Check:
    """Live flags and rules for the form; a new employer is screened as it will be stored."""
    errors = _rules(services, draft)
    if not draft.posting.employer_id:
        return Check([], errors)  # no employer to screen against yet
    flags = services.postings.screen(draft.posting, new_employer=draft.new_employer)
    return Check(flags, errors)


def save_draft(services: Services, draft: Draft, actor: str) -> Saved:
    """Store the draft unless it breaks a rule; saving the same draft again is one posting."""
    errors = _rules(services, draft)
    if errors:
        return Saved(None, errors)
    new: list[Employer] = [draft.new_employer] if draft.new_employer else []
    posting = services.postings.create_many([draft.posting], actor=actor, new_employers=new)[0]
    return Saved(posting, [])


def _employers(services: Services) -> list[EmployerChoice]:
    """Recent posters first, then the rest by name (a new employer has no posting yet); an
    employer sharing its name with another comes with the district of its latest posting."""
    recent = services.employers.recent()
    known = {e.id for e in recent}
    employers = recent + [e for e in services.employers.find("", limit=50) if e.id not in known]
    names = [e.name for e in employers]
    choices = []
    for e in employers:
        district = ""
        if names.count(e.name) > 1:
            latest = services.postings.search(SearchQuery(statuses=(), employer_id=e.id, limit=1))
            district = latest[0].posting.district if latest else ""
        choices.append(EmployerChoice(e, district))
    return choices


class PostingScreen(StaffPage):
    """The walk-in employer's job, live in under a minute."""

    name = "staff.posting"
    sig_posting_saved = Signal(object)  # the stored Posting
    sig_flags_shown = Signal()

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.form = PostingForm()
        self.scroll_area = kinetic_scroll_area(self.form)
        self.body.addWidget(self.scroll_area, 1)
        # The message sits between the buttons, in a bar of fixed height: when it speaks
        # nothing moves, neither the form nor the buttons (issue 12).
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.save_button = button(role="primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.clear_button = button()
        self.clear_button.clicked.connect(self._on_clear_clicked)
        # 清空表单 asks first, in the place of the buttons: nothing else moves.
        self.confirm_text = label(role="value")
        self.keep_button = button()
        self.keep_button.clicked.connect(self._on_keep_clicked)
        self.confirm_clear_button = button(role="primary")
        self.confirm_clear_button.clicked.connect(self._on_confirm_clear_clicked)
        self.action_bar = QStackedWidget()
        self.action_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.action_bar.addWidget(self._bar(self.clear_button, self.message, self.save_button))
        self.action_bar.addWidget(
            self._bar(self.keep_button, self.confirm_text, self.confirm_clear_button)
        )
        self.body.addWidget(self.action_bar)
        self._timer = QTimer(self, singleShot=True, interval=SCREEN_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.form.sig_changed.connect(self._on_form_changed)
        self.form.sig_employer_chosen.connect(self._on_form_employer_chosen)
        self.form.sig_minus_typed.connect(self._on_form_minus_typed)
        self.form.pay.textChanged.connect(self._on_pay_text_changed)
        self.form.copy_box.activated.connect(self._on_copy_activated)
        self.flags: list[ScreeningFlag] = []
        self.warnings: list[VenueWarning] = []
        self._minus = False
        # Rows that showed a broken rule at the last save: their messages follow the typing
        # and go once the field is right; other rows wait for the next save to speak.
        self._watched: set[str] = set()
        self._errors: list[DomainError] = []
        self._copyable: dict[str, Posting] = {}
        self.retranslate()

    @staticmethod
    def _bar(first: QWidget, middle: QWidget, last: QWidget) -> QWidget:
        """Three widgets on a line; the middle one takes the room between the outer two."""
        bar = QWidget()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        for widget in (first, middle, last):
            layout.addWidget(widget, 1 if widget is middle else 0)
        return bar

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Post a job"))
        self.save_button.setText(self.tr("Save posting"))
        self.clear_button.setText(self.tr("Clear the form"))
        self.confirm_text.setText(self.tr("Clear everything typed in this form?"))
        self.keep_button.setText(self.tr("Keep it"))
        self.confirm_clear_button.setText(self.tr("Yes, clear the form"))
        self.form.retranslate(self.deps.prefs.language)
        self._show_problems()

    def title(self) -> str:
        return self.tr("Post a job")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        self._clear()
        services = self.services

        def load() -> tuple[list[EmployerChoice], list[Posting]]:
            cards = services.postings.search(
                SearchQuery(
                    statuses=tuple(s.value for s in PostingStatus if s != PostingStatus.DRAFT),
                    limit=30,
                )
            )
            return _employers(services), [c.posting for c in cards]

        self.submit("load", load, self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self._timer.stop()
        self._copyable = {}
        self.form.set_employers([])
        self.form.set_copyable([])
        self._clear()

    def _clear(self) -> None:
        self.flags, self.warnings, self._errors, self._watched = [], [], [], set()
        self._minus = False
        self.action_bar.setCurrentIndex(0)
        self.form.clear(self.services.ctx.today(), self.deps.settings.venue_district)
        self._timer.stop()  # clearing is not typing: nothing to screen
        self._show_problems()

    def _on_loaded(self, loaded: tuple[list[EmployerChoice], list[Posting]]) -> None:
        employers, postings = loaded
        self._copyable = {p.id: p for p in postings}
        self.form.set_employers(employers)
        self.form.set_copyable(postings)
        self.form.retranslate(self.deps.prefs.language)

    def _on_copy_activated(self, index: int) -> None:
        posting = self._copyable.get(str(self.form.copy_box.itemData(index) or ""))
        if posting is not None:
            self.form.fill_from(posting, self.services.ctx.today())

    # ------------------------------------------------------------ live checks

    def _on_form_changed(self) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if not self.ctx.signed_in:
            return
        services, draft = self.services, self.form.draft()
        self.submit("screen", lambda: check_draft(services, draft), self._on_checked)

    def _on_checked(self, check: Check) -> None:
        self.flags = check.flags
        self._errors = [e for e in check.errors if self._row(e) in self._watched]
        self._watched = {self._row(e) for e in self._errors}
        self._show_problems()
        self.sig_flags_shown.emit()

    @staticmethod
    def _row(error: DomainError) -> str:
        return FLAG_ROWS.get(error.field or "", "text")

    def _show_problems(self) -> None:
        self.form.show_flags(self.flags)
        self.form.show_errors(self._errors)
        self.form.note("employer", self._warning_text(), serious=True)
        minus = self.tr("Pay cannot be negative: type the amount without a minus sign.")
        self.form.note("pay", minus if self._minus else "")

    def _warning_text(self) -> str:
        if not self.warnings:
            return ""
        latest = self.warnings[0]
        if latest.action == "blacklist":
            text = self.tr("This venue proposed blacklisting this employer ({date}): {reason}")
        else:
            text = self.tr("This venue warned this employer ({date}): {reason}")
        return text.format(date=words.date_text(latest.at), reason=latest.reason)

    def _on_form_employer_chosen(self, employer_id: str) -> None:
        self.warnings = []
        self._show_problems()
        if not employer_id:
            return
        services = self.services
        self.submit(
            "warnings", lambda: services.employers.venue_warnings(employer_id), self._on_warnings
        )

    def _on_warnings(self, warnings: list[VenueWarning]) -> None:
        self.warnings = warnings
        self._show_problems()

    def _on_form_minus_typed(self) -> None:
        self._minus = True
        self._show_problems()

    def _on_pay_text_changed(self) -> None:
        if self._minus:
            self._minus = False
            self._show_problems()

    # ------------------------------------------------------------ saving

    def _on_save_clicked(self) -> None:
        self._timer.stop()
        self.deps.runner.cancel(f"{self.name}.screen")
        services, draft, actor = self.services, self.form.draft(), self.ctx.actor
        self.save_button.setEnabled(False)
        self.submit_db(
            "save", lambda: save_draft(services, draft, actor), self._on_saved, self._on_refused
        )

    def _on_refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        beside = [e for e in errors if isinstance(e, DomainError) and e.field]
        if beside and len(beside) == len(errors):
            self._refused(beside)
        else:
            self.show_error(error)

    def _refused(self, errors: list[DomainError]) -> None:
        self._errors = errors
        self._watched = {self._row(e) for e in errors}
        self._show_problems()
        self.say(self.tr("Not saved: see the notes beside the fields."), "error")

    def _on_saved(self, saved: Saved) -> None:
        self.save_button.setEnabled(True)
        posting = saved.posting
        if posting is None:
            self._refused(saved.errors)
            return
        if posting.status is PostingStatus.OPEN:
            self.say(self.tr("Saved. The job “{title}” is open now.").format(title=posting.title))
        else:
            reasons = "; ".join(dict.fromkeys(words.flag_text(f.code) for f in posting.flags))
            self.say(
                self.tr(
                    "“{title}” went to a supervisor for review ({reasons}). "
                    "The form is ready for the next job."
                ).format(title=posting.title, reasons=reasons),
                "notice",
            )
        # Either way the form starts a new posting: saving again must not copy this one.
        self._clear()
        self.sig_posting_saved.emit(posting)
        self.enter_reload(posting.employer_id)

    def enter_reload(self, employer_id: str) -> None:
        """Refresh the employer and copy lists (a new employer is now a recent one)."""
        services = self.services

        def load() -> tuple[list[EmployerChoice], list[Posting]]:
            cards = services.postings.search(SearchQuery(statuses=(), limit=30))
            return _employers(services), [c.posting for c in cards]

        def done(loaded: tuple[list[EmployerChoice], list[Posting]]) -> None:
            self._on_loaded(loaded)
            self.form.choose_employer(employer_id)

        self.submit("load", load, done)

    # ------------------------------------------------------------ clearing

    def _on_clear_clicked(self) -> None:
        self.action_bar.setCurrentIndex(1)

    def _on_keep_clicked(self) -> None:
        self.action_bar.setCurrentIndex(0)

    def _on_confirm_clear_clicked(self) -> None:
        self.quiet()
        self._clear()
