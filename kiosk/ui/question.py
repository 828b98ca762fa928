"""A yes-or-no question over the whole window: "Is this you?", "Are you done?", "Leave?"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.model import Worker
from kiosk.ui.session import who_text
from kiosk.ui.widgets import button, label


@dataclass(frozen=True, slots=True)
class Question:
    """What to ask. `words` is called again on a language change, so it returns fresh tr() text:
    (question, detail, yes, no)."""

    words: Callable[[], tuple[str, str, str, str]]
    on_yes: Callable[[], None]
    on_no: Callable[[], None] = lambda: None


def is_it_you(worker: Worker, on_yes: Callable[[], None], on_no: Callable[[], None]) -> Question:
    """One wrong digit or someone else's card can match another person: nothing is shown or
    done under a found worker until they say it is them (identify and register screens)."""

    def words() -> tuple[str, str, str, str]:
        translate = QCoreApplication.translate
        return (
            translate("Question", "Is this you?"),
            who_text(worker),
            translate("Question", "Yes, that's me"),
            translate("Question", "No, that's not me"),
        )

    return Question(words, on_yes=on_yes, on_no=on_no)


class QuestionOverlay(QWidget):
    """Covers the window until the person answers; nothing under it can be tapped meanwhile."""

    sig_answered = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._question: Question | None = None
        box = QFrame()
        box.setObjectName("overlaybox")
        box.setMinimumWidth(760)  # answers as big as the question: a finger, not a cursor
        box.setMaximumWidth(1000)
        self.question_label = label(role="title")
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = label()
        self.detail_label.setObjectName("questiondetail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_button = button(icon_name="back")
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.yes_button = button(role="primary", icon_name="check", icon_px=40)
        self.yes_button.clicked.connect(lambda: self._answer(True))
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.no_button, 1)
        buttons.addWidget(self.yes_button, 1)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(28)
        inner.addWidget(self.question_label)
        inner.addWidget(self.detail_label)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()

    @property
    def asking(self) -> bool:
        return self._question is not None

    def ask(self, question: Question) -> None:
        self._question = question
        self.retranslate()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        """Forget the question unanswered (the idle wipe)."""
        self._question = None
        self.hide()

    def retranslate(self) -> None:
        if self._question is None:
            return
        question, detail, yes, no = self._question.words()
        self.question_label.setText(question)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.yes_button.setText(yes)
        self.no_button.setText(no)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _answer(self, yes: bool) -> None:
        question = self._question
        self.dismiss()
        if question is None:
            return
        self.sig_answered.emit(yes)
        (question.on_yes if yes else question.on_no)()
