"""Who is signed in to staff mode, and signing them out when idle or on leaving."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.domain.model import DocumentKind, StaffRole, StaffUser, utcnow
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.printing import DeskPrinter, DeskPrinting
from kiosk.ui.screen import ScreenDeps
from kiosk.ui.tasks import LaneName

log = logging.getLogger(__name__)


class StaffContext(QObject):
    """The signed-in staff member; every staff action passes `actor` from here."""

    sig_signed_in = Signal()
    sig_signed_out = Signal(str)  # reason: "user", "idle", "left"

    def __init__(self, deps: ScreenDeps, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deps = deps
        self.user: StaffUser | None = None
        self.idle = IdleWatcher(deps.settings.staff_idle_timeout_s, self)
        self.idle.sig_idle.connect(self._on_idle_idle)
        self._watching = False
        # What staff issue prints by itself while someone is signed in (issue 12 point 4).
        self.printing = DeskPrinting(deps.runner, self._due_prints, self._desk_printer, self)

    @property
    def actor(self) -> str:
        """The signed-in staff member's id; staff screens are only reachable when there is one."""
        if self.user is None:
            raise RuntimeError("no staff member is signed in")
        return self.user.id

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def can(self, role: StaffRole) -> bool:
        return self.user is not None and self.user.can(role)

    def sign_in(self, user: StaffUser) -> None:
        self.user = user
        self._watch(True)
        s = self.deps.settings
        self.printing.start(warm=any((s.slip_printer, s.record_printer, s.ticket_printer)))
        self.sig_signed_in.emit()

    def sign_out(self, reason: str = "user") -> None:
        """Forget the staff member (audited on the db lane) and tell every staff page."""
        user, self.user = self.user, None
        self._watch(False)
        self.printing.stop()
        if user is None:
            return
        if self.deps.ready:
            services = self.deps.services
            try:
                self.deps.runner.submit(
                    LaneName.DB,
                    f"staff.sign_out.{user.id}",
                    lambda: services.staff.sign_out(user.id, reason=reason),
                )
            except RuntimeError:  # the app is closing and the db lane is gone
                log.warning("sign-out of %s not audited: the task runner has stopped", user.id)
        self.sig_signed_out.emit(reason)

    def _due_prints(self) -> list[tuple[str, DocumentKind]]:
        from kiosk.print.routing import due_with_printer

        return due_with_printer(self.deps.services.db, self.deps.settings, utcnow())

    def _desk_printer(self) -> DeskPrinter:
        from kiosk.print.worker import PrintWorker

        return PrintWorker(self.deps.settings, self.deps.services.ctx.device_id)

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or on == self._watching:
            if on:
                self.idle.poke()
            return
        if on:
            app.installEventFilter(self.idle)
            self.idle.poke()
        else:
            app.removeEventFilter(self.idle)
            self.idle.pause()
        self._watching = on

    def _on_idle_idle(self) -> None:
        self.sign_out("idle")
