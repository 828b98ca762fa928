"""What every staff page shares: the signed-in staff member, navigation and a message line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.domain.model import StaffRole
from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.staff import words
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.widgets import label

if TYPE_CHECKING:
    from kiosk.services.container import Services


class StaffNavigator(Protocol):
    def go(self, name: str, arg: Any = None) -> None: ...

    def menu(self) -> None: ...


class StaffPage(Screen):
    """One staff tool. Built once; `enter(arg)` loads its data; `reset()` forgets it all."""

    minimum_role = StaffRole.STAFF

    def __init__(self, deps: ScreenDeps, ctx: StaffContext, nav: StaffNavigator) -> None:
        super().__init__(deps)
        self.ctx = ctx
        self.staff_nav = nav
        self.heading = label(role="title")
        self.message = label()
        self.message.hide()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 16, 24, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.heading)

    @property
    def services(self) -> Services:
        return self.deps.services

    def submit(
        self,
        job: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        """A service call on the db lane; its error lands on the page's message line."""
        self.submit_db(job, fn, on_done, self.show_error)

    def show_error(self, error: BaseException) -> None:
        self.say(words.error_text(error), "error")

    def say(self, text: str, role: str = "ok") -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def quiet(self) -> None:
        self.say("")

    def reset(self) -> None:
        self.deps.runner.cancel_prefix(f"{self.name}.")
        self.quiet()


def row(*widgets: QWidget, stretch_last: bool = False) -> QHBoxLayout:
    """Widgets side by side."""
    layout = QHBoxLayout()
    layout.setSpacing(12)
    for widget in widgets:
        layout.addWidget(widget)
    if not stretch_last:
        layout.addStretch(1)
    return layout


def caption(text: str = "") -> QLabel:
    widget = label(text, role="term")
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return widget


def item_list() -> QListWidget:
    """A list whose long lines wrap: a title or status cut off at the edge is worse than a
    taller line, and a sideways scroll bar is one more thing to drag on a touchscreen."""
    rows = QListWidget()
    rows.setWordWrap(True)
    rows.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return rows
