"""Registry sync as staff see it: online or not, last sync, changes waiting, changes refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSizePolicy

from kiosk.domain.errors import DomainError
from kiosk.domain.validation import mask_phone
from kiosk.store import sync_apply
from kiosk.sync import state
from kiosk.sync.progress import Phase, SyncProgress
from kiosk.ui.staff import words
from kiosk.ui.staff.page import StaffPage, item_list, row
from kiosk.ui.staff.progress_line import ProgressLine
from kiosk.ui.widgets import button, card_frame, label, vbox

if TYPE_CHECKING:
    from kiosk.services.container import Services

# While the page shows, its figures follow the sync threads this often.
REFRESH_MS = 3000
# A long sync's progress is read this often: a lock and a repaint, nothing on the db lane.
PROGRESS_MS = 250


@dataclass(slots=True, frozen=True)
class SyncView:
    """The status with a name for each refused record (a posting's title, a masked phone)."""

    status: state.SyncStatus
    labels: dict[tuple[str, str], str]
    # Pulled records that broke the sync contract: kept, not applied (issue 14).
    set_aside_count: int = 0
    set_aside: tuple[sync_apply.SetAside, ...] = ()


def load(services: Services, known: dict[tuple[str, str], str]) -> SyncView:
    """The status now; a refused record's name is looked up once, not at every refresh."""
    status = state.read(services.db)
    labels = {
        (op.entity, op.entity_id): known.get((op.entity, op.entity_id)) or _label(services, op)
        for op in status.rejected
    }
    with services.db.read() as session:
        count, aside = sync_apply.set_aside(session)
    return SyncView(status, labels, count, tuple(aside))


def _label(services: Services, op: state.RejectedOp) -> str:
    """What staff know the record by; its id when the kiosk no longer has it."""
    try:
        if op.entity == "posting":
            return services.postings.get(op.entity_id).posting.title
        if op.entity == "employer":
            return services.employers.get(op.entity_id).name
        if op.entity == "worker":
            return mask_phone(services.workers.get(op.entity_id).phone)
        if op.entity == "complaint":
            return services.complaints.get(op.entity_id).reference
        if op.entity == "assistance_case":
            case = services.assistance.case(op.entity_id)
            phone = mask_phone(services.workers.get(case.worker_id).phone)
            return f"{phone} · {case.plan}" if case.plan else phone
    except DomainError:
        pass
    return op.entity_id[:8]


class SyncScreen(StaffPage):
    """Read-only but for "sync now": what the kiosk exchanged with the registry and what failed.

    A change the registry refused stays refused (it broke a rule, or another kiosk was first);
    the kiosk already shows the registry's version, and this list tells staff what happened.
    """

    name = "staff.sync"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.view: SyncView | None = None
        box = card_frame()
        # The facts keep their lines when the lists below are long: the lists scroll instead.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        facts = vbox(box, spacing=6, margins=16)
        self.enrolled = label()
        self.online = label(role="value")
        self.last_sync = label()
        self.waiting = label()
        self.problem = label(role="error")
        self.last_error = label(role="hint")
        for widget in (
            self.enrolled, self.online, self.last_sync, self.waiting, self.problem,
            self.last_error,
        ):  # fmt: skip
            facts.addWidget(widget)
        # A first sync (or any long pull) as it goes; hidden when nothing long is running.
        self.progress_box = card_frame()
        self.progress_line = ProgressLine()
        vbox(self.progress_box, margins=16).addWidget(self.progress_line)
        self.progress_box.hide()
        self.sync_button = button(role="primary")
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.rejected_caption = label(role="heading")
        self.rejected = item_list()
        self.set_aside_caption = label(role="heading")
        self.set_aside = item_list()
        self.body.addWidget(box)
        self.body.addWidget(self.progress_box)
        self.body.addLayout(row(self.sync_button))
        self.body.addWidget(self.rejected_caption)
        self.body.addWidget(self.rejected, 1)
        self.body.addWidget(self.set_aside_caption)
        self.body.addWidget(self.set_aside, 1)
        self.body.addWidget(self.message)
        # With both lists empty (hidden) the room left stays below, not between the lines.
        self.body.addStretch(0)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self.progress: SyncProgress | None = None
        # Polled on the UI thread: the sync thread only stores values (LatestProgress).
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Registry sync")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Registry sync"))
        self.sync_button.setText(self.tr("Sync now"))
        self._show()
        self._show_progress()

    def enter(self, arg: Any = None) -> None:
        self.reload()
        self._timer.start()
        self._on_progress_timer_timeout()
        self._progress_timer.start()

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()  # nobody reads it: no reads every few seconds on the db lane
        self._progress_timer.stop()
        super().hideEvent(event)

    def reset(self) -> None:
        super().reset()
        self._timer.stop()
        self._progress_timer.stop()
        self.view = None
        self.progress = None
        self._show()
        self._show_progress()

    def reload(self) -> None:
        if not self.isVisible():
            return  # a refresh due after the page (or the whole kiosk) closed
        services, known = self.services, dict(self.view.labels) if self.view else {}
        self.submit("status", lambda: load(services, known), self._on_loaded)

    def _on_progress_timer_timeout(self) -> None:
        sync = self.deps.sync
        latest = sync.progress.get() if sync is not None else None
        if latest is not None and _caught_up(latest):
            latest = None  # a long poll's page, or the last one: nothing long is running
        if latest == self.progress:
            return
        finished = self.progress is not None and latest is None
        self.progress = latest
        self._show_progress()
        if finished:
            self.reload()  # the sync just ended: last sync and counts change now, not in 3 s

    def _on_loaded(self, view: SyncView) -> None:
        self.view = view
        self._show()

    def _on_sync_clicked(self) -> None:
        sync = self.deps.sync
        if sync is None:
            self.say(
                self.tr("This kiosk is not enrolled: there is no registry to sync with."), "error"
            )
            return
        sync.sync_now()
        self.say(self.tr("Syncing now. The figures above follow within a few seconds."))
        QTimer.singleShot(1000, self.reload)

    def _show(self) -> None:
        view = self.view
        self.sync_button.setEnabled(self.deps.sync is not None)
        self.rejected.clear()
        self._show_set_aside(view)
        if view is None:
            for widget in (self.enrolled, self.online, self.last_sync, self.waiting):
                widget.setText("")
            self.problem.hide()
            self.last_error.hide()
            self.rejected_caption.setText("")
            return
        s = view.status
        if s.enrolled:
            self.enrolled.setText(
                self.tr("This kiosk is enrolled as {device}.").format(device=s.device_id)
            )
            self.online.setText(
                self.tr("Registry: online")
                if s.online
                else self.tr("Registry: offline. Everything works here and waits to be sent.")
            )
        else:
            self.enrolled.setText(
                self.tr(
                    "This kiosk is not enrolled with a registry: it works on its own. "
                    "To connect it, enroll it with a code from the registry operator."
                )
            )
            self.online.setText("")
        self.online.setVisible(s.enrolled)  # not an empty line under "not enrolled"
        self.last_sync.setText(
            self.tr("Last sync: {time}").format(time=words.time_text(s.last_sync_at))
            if s.last_sync_at
            else self.tr("Last sync: never")
        )
        self.waiting.setText(self.tr("Changes waiting to be sent: {n}").format(n=s.ops_waiting))
        if abs(s.clock_offset_s) >= 1:  # learnt from the registry's signed time (issue 14)
            clock = self.tr(
                "This kiosk's clock is {seconds} s off the registry's; it signs "
                "with the registry's time."
            ).format(seconds=f"{-s.clock_offset_s:+.0f}")
            self.last_sync.setText(f"{self.last_sync.text()}\n{clock}")  # fmt: skip
        if s.needs_update:
            # The registry does not serve this kiosk's sync protocol (registry/versions.py).
            self.problem.setText(
                self.tr(
                    "This kiosk needs an update: the registry does not accept its version. "
                    "Everything works here and changes wait until it is updated."
                )
            )
        else:
            self.problem.setText(
                self.tr(
                    "Changes have waited more than 5 minutes although the registry answers. "
                    "Tell the registry operator."
                )
            )
        self.problem.setVisible(s.stalled or s.needs_update)
        self.last_error.setText(self.tr("Last problem: {error}").format(error=s.last_error))
        self.last_error.setVisible(bool(s.last_error))
        self.rejected_caption.setText(
            self.tr("Changes the registry refused: {n} (this kiosk shows the registry's version)")
            .format(n=s.rejected_count)
        )  # fmt: skip
        # An empty list leaves its room to the facts above (and the set-aside list below).
        self.rejected.setVisible(bool(s.rejected))
        for op in s.rejected:
            self.rejected.addItem(
                self.tr("{record} “{label}”: {action} was refused. {reason}").format(
                    record=words.record_kind_text(op.entity),
                    label=view.labels.get((op.entity, op.entity_id), ""),
                    action=words.sync_action_text(op.action),
                    reason=words.reject_reason_text(op.reason),
                )
            )

    def _show_set_aside(self, view: SyncView | None) -> None:
        """Shown only when there are any: most kiosks never see one."""
        self.set_aside.clear()
        count = view.set_aside_count if view is not None else 0
        self.set_aside_caption.setVisible(count > 0)
        self.set_aside.setVisible(count > 0)
        self.set_aside_caption.setText(
            self.tr(
                "Records from the registry set aside: {n} (not used here until the registry "
                "sends them whole; tell the registry operator)"
            ).format(n=count)
        )
        for rec in view.set_aside if view is not None else ():
            field, _, why = rec.problem.partition(":")
            kind = words.record_kind_text(rec.entity)
            if why.strip() in sync_apply.PARENT_PROBLEMS:
                line = self.tr("{record} “{label}”: waits for the record its field {field} names.")
            else:
                line = self.tr("{record} “{label}”: its field {field} is wrong or missing.")
            self.set_aside.addItem(line.format(record=kind, label=rec.label, field=field))

    def _show_progress(self) -> None:
        progress = self.progress
        self.progress_box.setVisible(progress is not None)
        if progress is not None:
            self.progress_line.show_progress(self._progress_text(progress), progress.fraction())

    def _progress_text(self, progress: SyncProgress) -> str:
        """A line such as: Saving the jobs on this kiosk: 12,345 / 100,000 records (12%) · about
        1 min 20 s left."""
        phase = words.sync_phase_text(progress.phase)
        fraction = progress.fraction()
        in_bytes = progress.phase is Phase.DOWNLOAD
        done = _megabytes(progress.done) if in_bytes else f"{progress.done:,}"
        if fraction is None:
            pattern = (
                self.tr("{phase}: {done} MB so far")
                if in_bytes
                else self.tr("{phase}: {done} records so far")
            )
            return pattern.format(phase=phase, done=done)
        total = _megabytes(progress.total or 0) if in_bytes else f"{progress.total or 0:,}"
        pattern = (
            self.tr("{phase}: {done} / {total} MB ({percent}%)")
            if in_bytes
            else self.tr("{phase}: {done} / {total} records ({percent}%)")
        )
        # Floored: 100% only once it is all there.
        line = pattern.format(phase=phase, done=done, total=total, percent=int(fraction * 100))
        eta = progress.eta_s()
        if eta is None or fraction >= 1.0:
            return line
        return self.tr("{progress} · about {time} left").format(
            progress=line, time=words.duration_text(eta)
        )


def _caught_up(progress: SyncProgress) -> bool:
    """A pull that has nothing more to fetch (the registry says so): no bar for a moment's
    page; the snapshot's phases show to their end."""
    return (
        progress.phase is Phase.PULL
        and progress.total is not None
        and (progress.done >= progress.total)
    )


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:,.1f}"
