"""Staff mode's entry in the kiosk window: the PIN screen first, then the staff tools."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.screen import Screen, ScreenDeps
from kiosk.ui.staff.mode import StaffMode


class StaffScreen(Screen):
    """Hosts staff mode; leaving it, or the kiosk's idle wipe, signs the staff member out."""

    name = "staff"

    def __init__(self, deps: ScreenDeps) -> None:
        super().__init__(deps)
        self.mode = StaffMode(deps, self)
        self.mode.sig_page_shown.connect(self._on_mode_page_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)

    def title(self) -> str:
        return self.mode.current().title() or self.tr("Staff mode")

    def keeps_awake(self) -> bool:
        return self.mode.ctx.signed_in

    def enter(self, arg: Any = None) -> None:
        self.mode.enter()

    def reset(self) -> None:
        """The kiosk's wipe: no staff data may stay on screen for the next walk-in."""
        self.mode.sign_out("wipe")
        self.mode.sign_in.reset()

    def speech_text(self) -> str:
        return self.mode.current().speech_text()

    def _on_mode_page_shown(self, _name: str) -> None:
        self.sig_title_changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        # A spontaneous hide is the window being minimised, not the person leaving staff mode.
        if not event.spontaneous():
            self.mode.sign_out("left")
        super().hideEvent(event)
