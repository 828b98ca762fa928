"""Quick posting: one form, screened live as staff type, saved open or held for review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout

from kiosk.domain.model import Employer, Posting, PostingStatus, ScreeningFlag
from kiosk.store.search import SearchQuery
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.staff.posting_form import Draft, PostingForm
from kiosk.ui.widgets import button, kinetic_scroll_area

if TYPE_CHECKING:
    from kiosk.services.container import Services

SCREEN_DELAY_MS = 350  # screen after a pause in typing, not on every key


def screen_draft(services: Services, draft: Draft) -> list[ScreeningFlag]:
    """Live flags for the form; a new employer is screened as it will be stored."""
    return services.postings.screen(draft.posting, new_employer=draft.new_employer)


def save_draft(services: Services, draft: Draft, actor: str) -> Posting:
    new: list[Employer] = [draft.new_employer] if draft.new_employer else []
    return services.postings.create_many([draft.posting], actor=actor, new_employers=new)[0]


def _employers(services: Services) -> list[Employer]:
    """Recent posters first, then the rest by name (a new employer has no posting yet)."""
    recent = services.employers.recent()
    known = {e.id for e in recent}
    return recent + [e for e in services.employers.find("", limit=50) if e.id not in known]


class PostingScreen(StaffPage):
    """The walk-in employer's job, live in under a minute."""

    name = "staff.posting"
    sig_posting_saved = Signal(object)  # the stored Posting
    sig_flags_shown = Signal()

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.form = PostingForm()
        self.body.addWidget(kinetic_scroll_area(self.form), 1)
        self.body.addWidget(self.message)
        self.save_button = button(role="primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.clear_button = button()
        self.clear_button.clicked.connect(self._on_clear_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.body.addLayout(actions)
        self._timer = QTimer(self, singleShot=True, interval=SCREEN_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.form.sig_changed.connect(self._on_form_changed)
        self.form.copy_box.activated.connect(self._on_copy_activated)
        self.flags: list[ScreeningFlag] = []
        self._copyable: dict[str, Posting] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Post a job"))
        self.save_button.setText(self.tr("Save posting"))
        self.clear_button.setText(self.tr("Clear the form"))
        self.form.retranslate(self.deps.prefs.language)
        self.form.show_flags(self.flags)

    def title(self) -> str:
        return self.tr("Post a job")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        self._clear()
        services = self.services

        def load() -> tuple[list[Employer], list[Posting]]:
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
        self.flags = []
        self.form.clear(self.services.ctx.today(), self.deps.settings.venue_district)
        self._timer.stop()  # clearing is not typing: nothing to screen

    def _on_loaded(self, loaded: tuple[list[Employer], list[Posting]]) -> None:
        employers, postings = loaded
        self._copyable = {p.id: p for p in postings}
        self.form.set_employers(employers)
        self.form.set_copyable(postings)
        self.form.retranslate(self.deps.prefs.language)

    def _on_copy_activated(self, index: int) -> None:
        posting = self._copyable.get(str(self.form.copy_box.itemData(index) or ""))
        if posting is not None:
            self.form.fill_from(posting, self.services.ctx.today())

    def _on_form_changed(self) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if not self.ctx.signed_in:
            return
        services, draft = self.services, self.form.draft()
        self.submit("screen", lambda: screen_draft(services, draft), self._on_screened)

    def _on_screened(self, flags: list[ScreeningFlag]) -> None:
        self.flags = flags
        self.form.show_flags(flags)
        self.sig_flags_shown.emit()

    def _on_save_clicked(self) -> None:
        self._timer.stop()
        self.deps.runner.cancel(f"{self.name}.screen")
        services, draft, actor = self.services, self.form.draft(), self.ctx.actor
        if draft.new_employer is not None and not draft.new_employer.name:
            self.say(self.tr("Choose an employer or enter the new employer's name."), "error")
            return
        self.save_button.setEnabled(False)
        self.submit_db(
            "save", lambda: save_draft(services, draft, actor), self._on_saved, self._on_refused
        )

    def _on_refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.show_error(error)

    def _on_saved(self, posting: Posting) -> None:
        self.save_button.setEnabled(True)
        self.flags = posting.flags
        if posting.status is PostingStatus.OPEN:
            self.say(self.tr("Saved. The job “{title}” is open now.").format(title=posting.title))
            self._clear()
        else:
            reasons = "; ".join(dict.fromkeys(words.flag_text(f.code) for f in posting.flags))
            self.say(
                self.tr("Saved, but held for a supervisor's review: {reasons}").format(
                    reasons=reasons
                ),
                "notice",
            )
            self.form.show_flags(posting.flags)
        self.sig_posting_saved.emit(posting)
        self.enter_reload(posting.employer_id)

    def enter_reload(self, employer_id: str) -> None:
        """Refresh the employer and copy lists (a new employer is now a recent one)."""
        services = self.services

        def load() -> tuple[list[Employer], list[Posting]]:
            cards = services.postings.search(SearchQuery(statuses=(), limit=30))
            return _employers(services), [c.posting for c in cards]

        def done(loaded: tuple[list[Employer], list[Posting]]) -> None:
            self._on_loaded(loaded)
            index = self.form.employer_box.findData(employer_id)
            if index >= 0:
                self.form.employer_box.setCurrentIndex(index)

        self.submit("load", load, done)

    def _on_clear_clicked(self) -> None:
        self.quiet()
        self._clear()
