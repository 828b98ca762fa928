"""Staff mode's frame: who is signed in, the menu and sign-out, and a stack of staff pages."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.screen import ScreenDeps
from kiosk.ui.staff import words
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.staff.print_status import PrintStatusLine
from kiosk.ui.staff.sign_in_screen import SignInScreen
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

# Every staff page after sign-in: its name, module and class. A page is imported and built the
# first time it opens, not at sign-in: building all of them took 1.5 s of the UI thread (3-7 s
# on a loaded 2-core desk) between the tap on 登录 and the menu.
PAGES: dict[str, tuple[str, str]] = {
    "staff.menu": ("menu_screen", "MenuScreen"),
    "staff.posting": ("posting_screen", "PostingScreen"),
    "staff.review": ("review_screen", "ReviewScreen"),
    "staff.sessions": ("sessions_screen", "SessionsScreen"),
    "staff.session": ("session_screen", "SessionScreen"),
    "staff.negotiation": ("negotiation_screen", "NegotiationScreen"),
    "staff.employers": ("employers_screen", "EmployersScreen"),
    "staff.workers": ("workers_screen", "WorkersScreen"),
    "staff.complaints": ("complaints_screen", "ComplaintsScreen"),
    "staff.training": ("training_screen", "TrainingAdminScreen"),
    "staff.print": ("print_screen", "PrintScreen"),
    "staff.reports": ("reports_screen", "ReportsScreen"),
    "staff.sync": ("sync_screen", "SyncScreen"),
}


def page_class(name: str) -> type[StaffPage] | None:
    """The class of staff page `name`, imported late like the kiosk's own screens."""
    where = PAGES.get(name)
    if where is None:
        return None
    module, attr = where
    cls: object = getattr(importlib.import_module(f"kiosk.ui.staff.{module}"), attr)
    assert isinstance(cls, type) and issubclass(cls, StaffPage) and cls.name == name
    return cls


class StaffMode(QWidget):
    """Signed out it shows only the PIN screen; signed in, the header and the chosen tool."""

    sig_page_shown = Signal(str)

    def __init__(self, deps: ScreenDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deps = deps
        self.ctx = StaffContext(deps, self)
        self.header = QFrame()
        self.header.setObjectName("topbar")
        bar = QHBoxLayout(self.header)
        bar.setContentsMargins(16, 6, 16, 6)
        self.who = label(role="value")
        self.menu_button = button(icon_name="home")
        self.menu_button.clicked.connect(self.menu)
        self.sign_out_button = button()
        self.sign_out_button.clicked.connect(self._on_sign_out_clicked)
        self.print_status = PrintStatusLine(self.ctx.printing)
        bar.addWidget(self.who, 1)
        bar.addWidget(self.print_status, 1)
        bar.addWidget(self.menu_button)
        bar.addWidget(self.sign_out_button)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        # The pages built so far; page() builds the others.
        self.pages: dict[str, StaffPage] = {}
        self.sign_in = SignInScreen(deps, self.ctx, self)
        self._add(self.sign_in)
        self.ctx.sig_signed_in.connect(self._on_ctx_signed_in)
        self.ctx.sig_signed_out.connect(self._on_ctx_signed_out)
        self._show(self.sign_in)
        self.retranslate()

    def _add(self, page: StaffPage) -> None:
        self.pages[page.name] = page
        self.stack.addWidget(page)

    # -- StaffNavigator

    def go(self, name: str, arg: Any = None) -> None:
        if not self.ctx.signed_in:
            self._show(self.sign_in)
            return
        built = self.pages.get(name)
        cls = type(built) if built is not None else page_class(name)
        if cls is None:
            log.warning("no staff page called %s", name)
            return
        if not self.ctx.can(cls.minimum_role):
            return  # checked before building: a page above the person's role costs nothing
        page = self.page(name)
        self._show(page)
        page.enter(arg)

    def menu(self) -> None:
        self.go("staff.menu")

    def current(self) -> StaffPage:
        widget = self.stack.currentWidget()
        assert isinstance(widget, StaffPage)
        return widget

    def page(self, name: str) -> StaffPage:
        """Staff page `name`, built now if it has not been yet (it then shows nothing until
        opened: enter() loads its data)."""
        page = self.pages.get(name)
        if page is None:
            cls = page_class(name)
            if cls is None:
                raise KeyError(name)
            page = cls(self.deps, self.ctx, self)
            self._add(page)
        return page

    def page_names(self) -> list[str]:
        """Every staff page, built or not, sign-in first."""
        return [self.sign_in.name, *PAGES]

    # -- lifecycle

    def enter(self) -> None:
        if self.ctx.signed_in:
            self.current().enter(None)
        else:
            self._show(self.sign_in)

    def sign_out(self, reason: str) -> None:
        self.ctx.sign_out(reason)
        if not self.ctx.signed_in:
            self._wipe_pages()
            self._show(self.sign_in)

    def retranslate(self) -> None:
        self.menu_button.setText(self.tr("Menu"))
        self.sign_out_button.setText(self.tr("Sign out"))
        user = self.ctx.user
        if user is not None:
            self.who.setText(
                self.tr("Signed in: {name} ({role})").format(
                    name=user.name, role=words.role_text(user.role)
                )
            )
        else:
            self.who.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, page: StaffPage) -> None:
        self.header.setVisible(page is not self.sign_in)
        self.stack.setCurrentWidget(page)
        self.sig_page_shown.emit(page.name)

    def _wipe_pages(self) -> None:
        self.print_status.clear()
        for page in self.pages.values():
            page.reset()

    def _on_ctx_signed_in(self) -> None:
        self.retranslate()
        self.menu()

    def _on_ctx_signed_out(self, reason: str) -> None:
        self._wipe_pages()
        self.retranslate()
        self._show(self.sign_in)
        self.sign_in.signed_out(reason)

    def _on_sign_out_clicked(self) -> None:
        self.sign_out("user")
