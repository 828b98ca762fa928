"""Matchmaking sessions: today's list and a new session (on-site, caravan, targeted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from kiosk.domain.model import MatchSession, SessionKind
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, caption, item_list
from kiosk.ui.widgets import ChipGroup, button, card_frame, vbox


class SessionsScreen(StaffPage):
    """Pick a session to run, or start one."""

    name = "staff.sessions"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.list = item_list()
        self.list.itemActivated.connect(self._on_list_activated)
        self.open_button = button()
        self.open_button.clicked.connect(self._on_open_clicked)
        form = card_frame()
        fv = vbox(form, spacing=10, margins=16)
        self.new_caption = caption()
        self.kind = ChipGroup(exclusive=True)
        for kind in SessionKind:
            self.kind.add(kind.value)
        self.title_field = QLineEdit()
        self.place_field = QLineEdit()
        self.create_button = button(role="primary")
        self.create_button.clicked.connect(self._on_create_clicked)
        for widget in (
            self.new_caption,
            self.kind,
            self.title_field,
            self.place_field,
            self.create_button,
        ):
            fv.addWidget(widget)
        fv.addStretch(1)
        split = QHBoxLayout()
        split.addWidget(self.list, 3)
        split.addWidget(form, 2)
        self.body.addLayout(split, 1)
        self.body.addWidget(self.open_button)
        self.body.addWidget(self.message)
        self.sessions: list[MatchSession] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Matchmaking sessions"))
        self.new_caption.setText(self.tr("Start a new session"))
        for kind in SessionKind:
            self.kind.set_text(kind.value, words.session_kind_text(kind))
        self.title_field.setPlaceholderText(self.tr("Title, e.g. Morning docking"))
        self.place_field.setPlaceholderText(self.tr("Place"))
        self.create_button.setText(self.tr("Start the session"))
        self.open_button.setText(self.tr("Open the chosen session"))
        self._fill()

    def title(self) -> str:
        return self.tr("Sessions")

    def enter(self, arg: Any = None) -> None:
        self.quiet()
        if not self.kind.selected():
            self.kind.select([SessionKind.ON_SITE.value])
        sessions = self.services.sessions
        self.submit("load", sessions.list_sessions, self._on_loaded)

    def reset(self) -> None:
        super().reset()
        self.sessions = []
        self.list.clear()
        self.title_field.clear()
        self.place_field.clear()
        self.kind.select([SessionKind.ON_SITE.value])

    def _on_loaded(self, sessions: list[MatchSession]) -> None:
        self.sessions = sessions
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for s in self.sessions:
            self.list.addItem(
                f"{s.on_date} · {s.title} · {words.session_kind_text(s.kind)} · {s.place}"
            )

    def _on_list_activated(self, *_: Any) -> None:
        self._on_open_clicked()

    def _on_open_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sessions):
            self.staff_nav.go("staff.session", self.sessions[row].id)

    def _on_create_clicked(self) -> None:
        title = self.title_field.text().strip()
        if not title:
            self.say(self.tr("Give the session a title."), "error")
            return
        kinds = self.kind.selected()
        kind = SessionKind(kinds[0]) if kinds else SessionKind.ON_SITE
        sessions, actor = self.services.sessions, self.ctx.actor
        place, today = self.place_field.text(), self.services.ctx.today()
        self.submit(
            "create",
            lambda: sessions.create(
                kind=kind, title=title, place=place, on_date=today, actor=actor
            ),
            self._on_created,
        )

    def _on_created(self, session: MatchSession) -> None:
        self.title_field.clear()
        self.place_field.clear()
        self.staff_nav.go("staff.session", session.id)
