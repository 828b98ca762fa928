"""Training admin: courses with seats taken, enrollments and waitlists, and demand counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QWidget

from kiosk.domain.model import Enrollment, EnrollmentStatus, TrainingCourse
from kiosk.domain.validation import mask_phone
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.widgets import label, vbox

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
        self.courses = QListWidget()
        self.courses.currentRowChanged.connect(self._on_courses_row_changed)
        self.enrolled = QListWidget()
        self.demand = QListWidget()
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
        self.body.addWidget(self.message)
        self.data = TrainingData([], [])
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Training courses"))
        self.captions[0].setText(self.tr("Courses (seats taken / seats)"))
        self.captions[1].setText(self.tr("Enrollments and waiting list"))
        self.captions[2].setText(self.tr("Skills people want to learn"))
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
        self.data = data
        self._fill()
        if data.courses:
            self.courses.setCurrentRow(0)

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
            self.demand.addItem(self.tr("{skill}: {n} people").format(skill=skill, n=count))

    def _on_courses_row_changed(self, index: int) -> None:
        if 0 <= index < len(self.data.courses):
            services, course_id = self.services, self.data.courses[index].id
            self.submit(
                "enrollments", lambda: _enrollments(services, course_id), self._on_enrollments
            )

    def _on_enrollments(self, rows: list[tuple[Enrollment, str]]) -> None:
        self.enrolled.clear()
        words = {
            EnrollmentStatus.ENROLLED: self.tr("has a seat"),
            EnrollmentStatus.WAITLISTED: self.tr("waiting list"),
            EnrollmentStatus.CANCELLED: self.tr("cancelled"),
        }
        for e, who in rows:
            self.enrolled.addItem(f"{who} · {words[e.status]}")
