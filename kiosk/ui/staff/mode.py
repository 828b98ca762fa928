"""Staff mode's frame: who is signed in, the menu and sign-out, and a stack of staff pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.screen import ScreenDeps
from kiosk.ui.staff import words
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.i18n import StaffTranslator
from kiosk.ui.staff.page import StaffPage
from kiosk.ui.staff.print_status import PrintStatusLine
from kiosk.ui.staff.sign_in_screen import SignInScreen
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

PageFactory = Callable[[ScreenDeps, StaffContext, Any], StaffPage]


def page_factories() -> list[PageFactory]:
    """Every staff page after sign-in, imported late like the kiosk's own screens."""
    from kiosk.ui.staff.complaints_screen import ComplaintsScreen
    from kiosk.ui.staff.employers_screen import EmployersScreen
    from kiosk.ui.staff.menu_screen import MenuScreen
    from kiosk.ui.staff.negotiation_screen import NegotiationScreen
    from kiosk.ui.staff.posting_screen import PostingScreen
    from kiosk.ui.staff.print_screen import PrintScreen
    from kiosk.ui.staff.reports_screen import ReportsScreen
    from kiosk.ui.staff.review_screen import ReviewScreen
    from kiosk.ui.staff.session_screen import SessionScreen
    from kiosk.ui.staff.sessions_screen import SessionsScreen
    from kiosk.ui.staff.sync_screen import SyncScreen
    from kiosk.ui.staff.training_screen import TrainingAdminScreen
    from kiosk.ui.staff.workers_screen import WorkersScreen

    return [
        MenuScreen,
        PostingScreen,
        ReviewScreen,
        SessionsScreen,
        SessionScreen,
        NegotiationScreen,
        EmployersScreen,
        WorkersScreen,
        ComplaintsScreen,
        TrainingAdminScreen,
        PrintScreen,
        ReportsScreen,
        SyncScreen,
    ]


class StaffMode(QWidget):
    """Signed out it shows only the PIN screen; signed in, the header and the chosen tool."""

    sig_page_shown = Signal(str)

    def __init__(self, deps: ScreenDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deps = deps
        self.ctx = StaffContext(deps, self)
        self.translator = StaffTranslator(self)
        self.translator.switch(deps.prefs.language)
        deps.prefs.sig_language_changed.connect(self._on_prefs_language_changed)
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
        self.pages: dict[str, StaffPage] = {}
        self.sign_in = SignInScreen(deps, self.ctx, self)
        self._add(self.sign_in)
        self._built = False
        self.ctx.sig_signed_in.connect(self._on_ctx_signed_in)
        self.ctx.sig_signed_out.connect(self._on_ctx_signed_out)
        self._show(self.sign_in)
        self.retranslate()

    def _add(self, page: StaffPage) -> None:
        self.pages[page.name] = page
        self.stack.addWidget(page)

    def _build(self) -> None:
        """The tools are built at the first sign-in: a walk-in never causes their cost."""
        if self._built:
            return
        for factory in page_factories():
            self._add(factory(self.deps, self.ctx, self))
        self._built = True

    # -- StaffNavigator

    def go(self, name: str, arg: Any = None) -> None:
        if not self.ctx.signed_in:
            self._show(self.sign_in)
            return
        page = self.pages.get(name)
        if page is None:
            log.warning("no staff page called %s", name)
            return
        if not self.ctx.can(page.minimum_role):
            return
        self._show(page)
        page.enter(arg)

    def menu(self) -> None:
        self.go("staff.menu")

    def current(self) -> StaffPage:
        widget = self.stack.currentWidget()
        assert isinstance(widget, StaffPage)
        return widget

    def page(self, name: str) -> StaffPage:
        return self.pages[name]

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
        self._build()
        self.retranslate()
        self.menu()

    def _on_ctx_signed_out(self, reason: str) -> None:
        self._wipe_pages()
        self.retranslate()
        self._show(self.sign_in)
        self.sign_in.signed_out(reason)

    def _on_sign_out_clicked(self) -> None:
        self.sign_out("user")

    def _on_prefs_language_changed(self, language: str) -> None:
        self.translator.switch(language)
