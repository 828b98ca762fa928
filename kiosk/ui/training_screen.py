"""Training: courses with dates, place, seats and subsidy; sign up or wait; skills wanted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.catalogue import SKILLS
from kiosk.domain.model import TrainingCourse
from kiosk.ui import texts
from kiosk.ui.flow import EnrollRequest, IdentifyRequest
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.widgets import ChipGroup, button, card_frame, kinetic_scroll_area, label

# Skills offered as "I want to learn" chips: the ones people ask about most at a venue.
WISH_SKILLS = (
    "叉车证",
    "电工证",
    "健康证",
    "护理",
    "育儿",
    "做饭",
    "驾驶证",
    "缝纫",
    "装修",
    "收银",
    "普通话",
)


class _CourseCard(QWidget):
    """One course as a card with its sign-up button; words set by the training screen."""

    def __init__(self, course: TrainingCourse) -> None:
        super().__init__()
        self.course = course
        frame = card_frame()
        self.title = label(role="heading")
        self.facts = label()
        self.seats = label(role="value")
        self.subsidy = label(role="hint")
        self.sign_up: QPushButton = button(role="primary", icon_name="check")
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(20, 14, 20, 14)
        text = QVBoxLayout()
        for widget in (self.title, self.facts, self.seats, self.subsidy):
            text.addWidget(widget)
        inner.addLayout(text, 1)
        inner.addWidget(self.sign_up)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)


class TrainingScreen(Screen):
    name = "training"
    sig_course_chosen = Signal(str)
    sig_wish_saved = Signal(str)
    sig_courses_shown = Signal(int)

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.courses: list[TrainingCourse] = []
        self.cards: list[_CourseCard] = []
        self.intro = label(role="hint")
        self.empty = label(role="notice")
        self.empty.hide()
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(14)
        self.list_layout.addStretch(1)
        self.wish_label = label(role="heading")
        self.wish_hint = label(role="hint")
        self.wish_chips = ChipGroup(exclusive=True)
        for skill in WISH_SKILLS:
            self.wish_chips.add(skill)
        self.wish_chips.sig_selection_changed.connect(self._on_wish_chips_changed)
        self.wish_button = button(role="primary")
        self.wish_button.clicked.connect(self._on_wish_clicked)
        self.wish_done = label(role="ok")
        self.wish_done.hide()
        left = QVBoxLayout()
        left.addWidget(self.intro)
        left.addWidget(self.empty)
        left.addWidget(kinetic_scroll_area(self.list_widget), 1)
        right = QVBoxLayout()
        right.addWidget(self.wish_label)
        right.addWidget(self.wish_hint)
        right.addWidget(self.wish_chips)
        right.addWidget(self.wish_button)
        right.addWidget(self.wish_done)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(28)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.retranslate()
        self._on_wish_chips_changed()

    def title(self) -> str:
        return self.tr("Training")

    def enter(self, arg: Any = None) -> None:
        self.wish_done.hide()
        training = self.deps.services.training
        self.submit_db("load", training.courses, self._on_courses_loaded)

    def reset(self) -> None:
        self.wish_chips.clear()
        self.wish_done.hide()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Free and subsidised courses. A certificate helps you earn more.")
        )
        self.empty.setText(
            self.tr("No courses are planned right now. Tell us what you want to learn.")
        )
        self.wish_label.setText(self.tr("Skills I want to learn"))
        self.wish_hint.setText(
            self.tr(
                "Even if no course fits now, tell us: we plan courses from what people ask for."
            )
        )
        lang = self.deps.prefs.lang
        for skill in SKILLS:
            if skill.name_zh in self.wish_chips.chips:
                self.wish_chips.set_text(
                    skill.name_zh, skill.name_en if lang == "en" else skill.name_zh
                )
        self.wish_button.setText(self.tr("Send my wish"))
        self.wish_done.setText(self.tr("Thank you! We noted it."))
        self._fill_cards()

    def _on_courses_loaded(self, courses: list[TrainingCourse]) -> None:
        self.courses = courses
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for course in courses:
            card = _CourseCard(course)
            card.sign_up.clicked.connect(lambda _=False, c=course: self._on_sign_up_clicked(c))
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        self.empty.setVisible(not courses)
        self._fill_cards()
        self.sig_courses_shown.emit(len(courses))

    def _fill_cards(self) -> None:
        if not self.deps.ready:
            return
        today = self.deps.services.ctx.today()
        for card in self.cards:
            c = card.course
            card.title.setText(c.title)
            card.facts.setText(
                "\n".join(
                    x
                    for x in (
                        self.tr("Dates: {dates}").format(
                            dates=texts.dates_text(c.starts_on, c.ends_on, today)
                        ),
                        self.tr("Time: {schedule}").format(schedule=c.schedule)
                        if c.schedule
                        else "",
                        self.tr("Place: {place}").format(place=c.place) if c.place else "",
                        self.tr("Run by: {provider}").format(provider=c.provider)
                        if c.provider
                        else "",
                    )
                    if x
                )
            )
            card.seats.setText(texts.seats_left_text(c.seats_left))
            card.subsidy.setText(c.subsidy_text)
            card.subsidy.setVisible(bool(c.subsidy_text))
            card.sign_up.setText(
                self.tr("Sign up") if c.seats_left > 0 else self.tr("Join the waiting list")
            )

    def seats_left(self, course_id: str) -> int:
        return next(c.seats_left for c in self.courses if c.id == course_id)

    def _on_sign_up_clicked(self, course: TrainingCourse) -> None:
        self.sig_course_chosen.emit(course.id)
        request = EnrollRequest(course_id=course.id, title=course.title)
        if self.deps.session.worker is not None:
            self.deps.nav.go("result", request)
        else:
            self.deps.nav.go("identify", IdentifyRequest(then=request))

    def _on_wish_chips_changed(self) -> None:
        self.wish_button.setEnabled(bool(self.wish_chips.selected()))
        self.wish_done.hide()

    def _on_wish_clicked(self) -> None:
        chosen = self.wish_chips.selected()
        if not chosen:
            return
        skill = chosen[0]
        worker = self.deps.session.worker
        training = self.deps.services.training
        self.submit_db(
            "wish",
            lambda: training.wish(skill, worker_id=worker.id if worker else None),
            lambda _none: self._on_wish_saved(skill),
        )

    def _on_wish_saved(self, skill: str) -> None:
        self.wish_chips.clear()
        self.wish_done.show()
        self.sig_wish_saved.emit(skill)
