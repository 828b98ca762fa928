"""Staff home: a big button for each tool, and what needs attention today."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy

from kiosk.domain.model import StaffRole
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.widgets import button, label

# (page name, minimum role); the words are set in retranslate().
TOOLS: tuple[tuple[str, StaffRole], ...] = (
    ("staff.posting", StaffRole.STAFF),
    ("staff.review", StaffRole.SUPERVISOR),
    ("staff.sessions", StaffRole.STAFF),
    ("staff.employers", StaffRole.STAFF),
    ("staff.workers", StaffRole.STAFF),
    ("staff.complaints", StaffRole.STAFF),
    ("staff.training", StaffRole.STAFF),
    ("staff.print", StaffRole.STAFF),
    ("staff.reports", StaffRole.STAFF),
    ("staff.sync", StaffRole.STAFF),
)


class MenuScreen(StaffPage):
    """The staff tools; a tool above the person's role is shown but disabled."""

    name = "staff.menu"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.summary = label(role="hint")
        self.body.addWidget(self.summary)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tools: dict[str, QPushButton] = {}
        for i, (page, _role) in enumerate(TOOLS):
            widget = button()
            widget.setProperty("role", "primary" if i == 0 else "")
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            widget.setMinimumHeight(110)
            widget.clicked.connect(lambda _=False, p=page: self.staff_nav.go(p))
            grid.addWidget(widget, i // 3, i % 3)
            self.tools[page] = widget
        self.body.addLayout(grid, 1)
        self.body.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff tools"))
        names = {
            "staff.posting": self.tr("Post a job (quick form)"),
            "staff.review": self.tr("Review held postings"),
            "staff.sessions": self.tr("Matchmaking sessions"),
            "staff.employers": self.tr("Employers and agents"),
            "staff.workers": self.tr("Workers and follow-ups"),
            "staff.complaints": self.tr("Complaints"),
            "staff.training": self.tr("Training courses"),
            "staff.print": self.tr("Print queue"),
            "staff.reports": self.tr("Reports"),
            "staff.sync": self.tr("Registry sync"),
        }
        for page, widget in self.tools.items():
            widget.setText(names[page])
        self._refresh_summary()

    def title(self) -> str:
        return self.tr("Staff tools")

    def enter(self, arg: Any = None) -> None:
        for page, role in TOOLS:
            self.tools[page].setEnabled(self.ctx.can(role))
        self._pending = -1
        self._due = -1
        self._refresh_summary()
        services = self.services
        self.submit(
            "summary",
            lambda: (len(services.postings.pending_review()), len(services.assistance.due())),
            self._on_summary_loaded,
        )

    def _on_summary_loaded(self, counts: tuple[int, int]) -> None:
        self._pending, self._due = counts
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        pending, due = getattr(self, "_pending", -1), getattr(self, "_due", -1)
        if pending < 0:
            self.summary.setText("")
            return
        self.summary.setText(
            self.tr("Postings held for review: {n}. Follow-ups due today: {m}.").format(
                n=pending, m=due
            )
        )
