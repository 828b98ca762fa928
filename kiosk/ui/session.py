"""Who is at the kiosk right now (identified worker) and how they want it (language, size)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.domain.catalogue import Lang
from kiosk.domain.model import Worker
from kiosk.domain.validation import mask_phone
from kiosk.ui.style import Theme, theme_for
from kiosk.ui.worker_form import mask_name

LANGUAGES = ("zh_CN", "en")


class WorkerSession(QObject):
    """The worker acting at this kiosk; cleared by the idle wipe and by "done".

    A phone number or a card only proposes a worker: one wrong digit can match somebody else.
    Until the person at the screen says "that's me", `worker` stays None, so nothing (an
    application, a sign-up, an update) can be done in the proposed worker's name.
    """

    sig_worker_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._candidate: Worker | None = None

    @property
    def worker(self) -> Worker | None:
        """The confirmed worker, the only one anything may be done for."""
        return self._worker

    @property
    def candidate(self) -> Worker | None:
        """The worker a phone number or card found, waiting for "that's me"."""
        return self._candidate

    @property
    def masked_phone(self) -> str:
        return mask_phone(self._worker.phone) if self._worker else ""

    def propose(self, worker: Worker) -> None:
        """A phone number or card found `worker`: ask before acting (see `confirm`)."""
        self._candidate = worker

    def confirm(self) -> Worker:
        """The person said "that's me": from now on they act as the proposed worker."""
        if self._candidate is None:
            raise RuntimeError("no worker was proposed")
        worker, self._candidate = self._candidate, None
        self.identify(worker)
        return worker

    def reject(self) -> None:
        """ "That's not me": forget the proposed worker."""
        self._candidate = None

    def identify(self, worker: Worker) -> None:
        """`worker` is the person at the screen (they just registered, or confirmed it)."""
        self._candidate = None
        self._worker = worker
        self.sig_worker_changed.emit()

    def clear(self) -> None:
        self._candidate = None
        if self._worker is not None:
            self._worker = None
            self.sig_worker_changed.emit()


def who_text(worker: Worker) -> str:
    """Who a worker is, safe on a shared screen: 王** 139****5678."""
    return f"{mask_name(worker.display_name)} {mask_phone(worker.phone)}".strip()


class Preferences(QObject):
    """Language and elderly mode of the person at the kiosk; the idle wipe restores defaults."""

    sig_language_changed = Signal(str)
    sig_elderly_changed = Signal(bool)

    def __init__(self, language: str, elderly: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_language = language if language in LANGUAGES else "zh_CN"
        self.default_elderly = elderly
        self._language = self.default_language
        self._elderly = elderly

    @property
    def language(self) -> str:
        return self._language

    @property
    def lang(self) -> Lang:
        """The catalogue's language key: data names (occupations, districts) come in zh or en."""
        return "en" if self._language == "en" else "zh"

    @property
    def elderly(self) -> bool:
        return self._elderly

    @property
    def theme(self) -> Theme:
        return theme_for(self._elderly)

    def set_language(self, language: str) -> None:
        if language in LANGUAGES and language != self._language:
            self._language = language
            self.sig_language_changed.emit(language)

    def set_elderly(self, elderly: bool) -> None:
        if elderly != self._elderly:
            self._elderly = elderly
            self.sig_elderly_changed.emit(elderly)

    @property
    def at_defaults(self) -> bool:
        return self._language == self.default_language and self._elderly == self.default_elderly

    def restore_defaults(self) -> None:
        self.set_language(self.default_language)
        self.set_elderly(self.default_elderly)
