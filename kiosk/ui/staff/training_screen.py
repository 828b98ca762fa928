"""Training admin: courses with seats taken, enrollments and waitlists, and demand counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kiosk.domain.model import Enrollment, EnrollmentStatus, TrainingCourse
from kiosk.domain.validation import mask_phone
from kiosk.services.training import SignUp
from kiosk.ui.staff.page import StaffPage, caption, item_list, row
from kiosk.ui.steppers import date_stepper, number_stepper
from kiosk.ui.widgets import button, label, phone_field, vbox

if TYPE_CHECKING:
    from kiosk.services.container import Services


@dataclass(slots=True, frozen=True)
class TrainingData:
    courses: list[TrainingCourse]
    demand: list[tuple[str, int]]


def _enrollments(services: Services, course_id: str) -> list[tuple[Enrollment, str]]:
    out = []
    for e in services.training.enrollments(course_id):
        w = services.workers.get(e.worker_id)
        out.append((e, f"{w.display_name} {mask_phone(w.phone)}"))
    return out


class TrainingAdminScreen(StaffPage):
    """Who signed up for what, who waits for a seat, and what people want to learn."""

    name = "staff.training"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.courses = item_list()
        self.courses.currentRowChanged.connect(self._on_courses_row_changed)
        self.enrolled = item_list()
        self.demand = item_list()
        self.captions = [label(role="heading") for _ in range(3)]
        split = QHBoxLayout()
        for cap, lst, stretch in zip(
            self.captions, (self.courses, self.enrolled, self.demand), (3, 3, 2), strict=True
        ):
            col = QWidget()
            v = vbox(col, spacing=8)
            v.addWidget(cap)
            v.addWidget(lst, 1)
            split.addWidget(col, stretch)
        self.body.addLayout(split, 1)
        self.cancel_button = button(role="secondary")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        # Enrolling a worker who asks at the desk: their phone, then the chosen course.
        self.enroll_phone = phone_field()
        self.enroll_phone.returnPressed.connect(self._on_enroll_clicked)
        self.enroll_button = button(role="primary")
        self.enroll_button.clicked.connect(self._on_enroll_clicked)
        self.body.addLayout(row(self.enroll_phone, self.enroll_button, self.cancel_button))
        self._build_course_form()
        self.body.addWidget(self.message)
        self.data = TrainingData([], [])
        self.rows: list[tuple[Enrollment, str]] = []
        self.retranslate()

    def _build_course_form(self) -> None:
        """A course the venue runs itself (the registry's courses arrive by sync)."""
        self.form_caption = label(role="heading")
        self.course_title = QLineEdit()
        self.course_place = QLineEdit()
        today = QDate.currentDate()
        self.course_start = QDateEdit(today.addDays(7))
        self.course_end = QDateEdit(today.addDays(11))
        for edit in (self.course_start, self.course_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.course_seats = QSpinBox()
        self.course_seats.setRange(1, 500)
        self.course_seats.setValue(20)
        self.course_subsidy = QLineEdit()
        self.add_button = button(role="primary")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.form_labels = [caption() for _ in range(6)]
        for short in self.form_labels:
            short.setWordWrap(False)  # a word or two each: "开\n始" read badly
        self.body.addWidget(self.form_caption)
        self.course_steppers = (
            date_stepper(self.course_start),
            date_stepper(self.course_end),
            number_stepper(self.course_seats),
        )
        start, end, seats = self.course_steppers
        self.body.addLayout(
            row(
                self.form_labels[0],
                self.course_title,
                self.form_labels[1],
                self.course_place,
                self.form_labels[4],
                seats,
                stretch_last=True,
            )
        )
        self.body.addLayout(
            row(
                self.form_labels[2],
                start,
                self.form_labels[3],
                end,
                self.form_labels[5],
                self.course_subsidy,
                self.add_button,
                stretch_last=True,
            )
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Training courses"))
        self.captions[0].setText(self.tr("Courses (seats taken / seats)"))
        self.captions[1].setText(self.tr("Enrollments and waiting list"))
        self.captions[2].setText(self.tr("Skills people want to learn"))
        self.cancel_button.setText(self.tr("Cancel the chosen sign-up"))
        self.enroll_phone.setPlaceholderText(self.tr("Worker's phone"))
        self.enroll_button.setText(self.tr("Enroll in the chosen course"))
        self.form_caption.setText(self.tr("Add a course"))
        for widget, text in zip(
            self.form_labels,
            (
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Seats"),
                self.tr("Subsidy"),
            ),
            strict=True,
        ):
            widget.setText(text)
        self.add_button.setText(self.tr("Add course"))
        self._fill()

    def title(self) -> str:
        return self.tr("Training")

    def enter(self, arg: Any = None) -> None:
        training = self.services.training
        self.submit(
            "load", lambda: TrainingData(training.courses(), training.demand()), self._on_loaded
        )

    def reset(self) -> None:
        super().reset()
        self.data = TrainingData([], [])
        self.enrolled.clear()
        self._fill()

    def _on_loaded(self, data: TrainingData) -> None:
        chosen = self.courses.currentRow()
        self.data = data
        self._fill()
        if data.courses:
            self.courses.setCurrentRow(chosen if 0 <= chosen < len(data.courses) else 0)

    def _fill(self) -> None:
        self.courses.blockSignals(True)
        self.courses.clear()
        for c in self.data.courses:
            self.courses.addItem(
                f"{c.title} · {c.starts_on} · {c.enrolled}/{c.seats}"
                + (f" · {c.place}" if c.place else "")
            )
        self.courses.blockSignals(False)
        self.demand.clear()
        for skill, count in self.data.demand:
            self.demand.addItem(self.tr("{skill}: {n} asking").format(skill=skill, n=count))

    def _on_courses_row_changed(self, index: int) -> None:
        if 0 <= index < len(self.data.courses):
            services, course_id = self.services, self.data.courses[index].id
            self.submit(
                "enrollments", lambda: _enrollments(services, course_id), self._on_enrollments
            )

    def _on_enrollments(self, rows: list[tuple[Enrollment, str]]) -> None:
        self.rows = rows
        self.enrolled.clear()
        words = {
            EnrollmentStatus.ENROLLED: self.tr("has a seat"),
            EnrollmentStatus.WAITLISTED: self.tr("waiting list"),
            EnrollmentStatus.CANCELLED: self.tr("cancelled"),
        }
        for e, who in rows:
            self.enrolled.addItem(f"{who} · {words[e.status]}")

    def _on_enroll_clicked(self) -> None:
        index = self.courses.currentRow()
        if not 0 <= index < len(self.data.courses):
            self.say(self.tr("Choose a course first."), "error")
            return
        course, phone = self.data.courses[index], self.enroll_phone.text().strip()
        services, actor, lang = self.services, self.ctx.actor, self.deps.prefs.language

        def enroll() -> SignUp | None:
            worker = services.workers.find_by_phone(phone)
            if worker is None:
                return None
            return services.training.enroll(
                course_id=course.id, worker_id=worker.id, lang=lang, actor=actor
            )

        self.submit("enroll", enroll, self._on_enrolled)

    def _on_enrolled(self, signup: SignUp | None) -> None:
        if signup is None:
            self.say(self.tr("No worker with that phone. Register them first."), "error")
            return
        self.enroll_phone.clear()
        if signup.enrollment.status is EnrollmentStatus.WAITLISTED:
            self.say(self.tr("The course is full: the worker is on the waiting list."))
        else:
            self.say(self.tr("Enrolled; the confirmation is printing."))
        self.enter()

    def _on_cancel_clicked(self) -> None:
        index = self.enrolled.currentRow()
        if not 0 <= index < len(self.rows):
            self.say(self.tr("Choose a sign-up first."), "error")
            return
        enrollment = self.rows[index][0]
        training, actor = self.services.training, self.ctx.actor
        self.submit(
            "cancel",
            lambda: training.cancel(enrollment.id, actor=actor),
            self._on_cancelled,
        )

    def _on_cancelled(self, promoted: Enrollment | None) -> None:
        if promoted is None:
            self.say(self.tr("Sign-up cancelled."))
        else:
            self.say(self.tr("Sign-up cancelled; the first person waiting now has the seat."))
        self.enter()

    def _on_add_clicked(self) -> None:
        course = TrainingCourse(
            title=self.course_title.text().strip(),
            place=self.course_place.text().strip(),
            starts_on=self.course_start.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.course_end.date().toPython(),  # type: ignore[arg-type]
            seats=self.course_seats.value(),
            subsidy_text=self.course_subsidy.text().strip(),
        )
        training, actor = self.services.training, self.ctx.actor
        self.submit("add", lambda: training.create_course(course, actor=actor), self._on_added)

    def _on_added(self, course: TrainingCourse) -> None:
        self.course_title.clear()
        self.course_subsidy.clear()
        self.say(self.tr("Course added: {title}").format(title=course.title))
        self.enter()
