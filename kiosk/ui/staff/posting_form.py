"""The quick posting form's fields, mandatory terms first, and the draft they make.

Nothing on it moves under a finger (issue 12): each row's problem column (screening flags,
validation messages, venue warnings) has a fixed width and never makes its row taller, so a
flag that appears while staff type cannot push 金额 down onto a trade chip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS, occupation
from kiosk.domain.errors import DomainError
from kiosk.domain.model import (
    Channel,
    Employer,
    EmployerKind,
    PayUnit,
    Posting,
    ScreeningFlag,
    Settlement,
    new_id,
)
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import caption, row
from kiosk.ui.steppers import date_stepper, number_stepper, time_stepper
from kiosk.ui.widgets import ChipGroup, amount_field, label, phone_field, vbox

NEW_EMPLOYER = "__new__"
# The problem column: wide enough for a sentence in two or three lines beside its field.
PROBLEM_WIDTH = 300
MINUS_SIGNS = frozenset("-－−")

# Which row shows a flag or an error on a field.
FLAG_ROWS = {
    "employer_id": "employer",
    "employer_name": "employer",
    "employer_phone": "employer",
    "licence_no": "employer",
    "phone": "contact",
    "occupation_code": "occupation",
    "pay_amount": "pay",
    "pay_unit": "pay",
    "settlement": "pay",
    "district": "place",
    "workplace": "place",
    "start_date": "dates",
    "end_date": "dates",
    "start_time": "dates",
    "end_time": "dates",
    "headcount": "headcount",
    "contact_phone": "contact",
    "title": "text",
    "description": "text",
    "requirements": "text",
    "deductions": "extras",
    "meals": "extras",
    "transport": "extras",
}


@dataclass(slots=True)
class Draft:
    posting: Posting
    new_employer: Employer | None


@dataclass(frozen=True, slots=True)
class EmployerChoice:
    """An employer in the picker, with what tells it apart from one of the same name."""

    employer: Employer
    district: str = ""


class _MinusWatch(QObject):
    """Pay has no minus: the field's validator would drop the key without a word, so the
    form is told, and says so beside the field."""

    def __init__(self, field: QLineEdit, on_minus: Callable[[], None]) -> None:
        super().__init__(field)
        self._on_minus = on_minus
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        typed = ""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            typed = event.text()
        elif isinstance(event, QInputMethodEvent):
            typed = event.commitString()
        if typed and set(typed) & MINUS_SIGNS:
            self._on_minus()
        return False


class PostingForm(QWidget):
    """Every field of a posting; says when anything changed so the screen can screen it."""

    sig_changed = Signal()
    sig_employer_chosen = Signal(str)  # employer id, "" for none or a new one
    sig_minus_typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.flags: dict[str, QLabel] = {}
        # What the problem column says, by row: shown together by _show_problems.
        self._flag_lines: dict[str, list[tuple[str, bool]]] = {}
        self._error_lines: dict[str, list[str]] = {}
        self._notes: dict[str, list[tuple[str, bool]]] = {}
        self.choices: list[EmployerChoice] = []
        # The draft's ids live until the form is cleared: saving it twice is saving one posting.
        self._posting_id = new_id()
        self._employer_id = new_id()

        self.employer_box = QComboBox()
        # Typing meant for 金额 must never land here and switch the employer (issue 12).
        self.employer_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_employer = QWidget()
        ne = vbox(self.new_employer, spacing=8)
        self.employer_name = QLineEdit()
        self.employer_kind = ChipGroup(exclusive=True)
        for kind in EmployerKind:
            self.employer_kind.add(kind.value)
        self.employer_kind.select([EmployerKind.COMPANY.value])
        self.employer_licence = QLineEdit()
        self.employer_phone = phone_field()
        ne.addWidget(self.employer_name)
        ne.addWidget(self.employer_kind)
        ne.addLayout(row(self.employer_licence, self.employer_phone, stretch_last=True))
        self.new_employer.hide()
        employer = QWidget()
        ev = vbox(employer, spacing=8)
        ev.addWidget(self.employer_box)
        ev.addWidget(self.new_employer)

        self.copy_box = QComboBox()
        self.copy_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.occupation = ChipGroup(exclusive=True)
        for occ in OCCUPATIONS:
            self.occupation.add(occ.code)

        self.pay = amount_field()
        self.pay.setMaximumWidth(160)
        self._minus_watch = _MinusWatch(self.pay, self.sig_minus_typed.emit)
        self.unit = ChipGroup(exclusive=True)
        for unit in PayUnit:
            self.unit.add(unit.value)
        self.settlement = ChipGroup(exclusive=True)
        for settlement in Settlement:
            self.settlement.add(settlement.value)
        pay = QWidget()
        pv = vbox(pay, spacing=8)
        pv.addLayout(row(self.pay, self.unit, stretch_last=True))
        pv.addWidget(self.settlement)

        self.district = ChipGroup(exclusive=True)
        for district in DISTRICTS:
            self.district.add(district.name_zh)
        self.workplace = QLineEdit()
        place = QWidget()
        plv = vbox(place, spacing=8)
        plv.addWidget(self.district)
        plv.addWidget(self.workplace)

        self.start_date = QDateEdit()
        self.end_date = QDateEdit()
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for edit in (self.start_date, self.end_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        for t in (self.start_time, self.end_time):
            t.setDisplayFormat("HH:mm")
        self.to_label = label("-")
        self.hours_label = label("")
        dates = QWidget()
        dv = vbox(dates, spacing=8)
        self.steppers = {
            "start_date": date_stepper(self.start_date),
            "end_date": date_stepper(self.end_date),
            "start_time": time_stepper(self.start_time),
            "end_time": time_stepper(self.end_time),
        }
        s = self.steppers
        dv.addLayout(row(s["start_date"], self.to_label, s["end_date"]))
        dv.addLayout(row(self.hours_label, s["start_time"], label("-"), s["end_time"]))

        self.headcount = QSpinBox()
        self.headcount.setRange(1, 999)
        self.headcount.setMinimumWidth(90)
        self.steppers["headcount"] = number_stepper(self.headcount)
        headcount = QWidget()
        headcount.setLayout(row(self.steppers["headcount"]))

        self.contact_name = QLineEdit()
        self.contact_phone = phone_field()
        contact = QWidget()
        contact.setLayout(row(self.contact_name, self.contact_phone, stretch_last=True))

        self.optional_heading = label(role="heading")
        self.title_field = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(110)
        text = QWidget()
        tv = vbox(text, spacing=8)
        tv.addWidget(self.title_field)
        tv.addWidget(self.description)
        self.deductions = QLineEdit()
        self.meals = QLineEdit()
        self.transport = QLineEdit()
        extras = QWidget()
        xv = vbox(extras, spacing=8)
        xv.addWidget(self.deductions)
        xv.addLayout(row(self.meals, self.transport, stretch_last=True))

        rows: list[tuple[str, QWidget]] = [
            ("employer", employer),
            ("copy", self.copy_box),
            ("occupation", self.occupation),
            ("pay", pay),
            ("place", place),
            ("dates", dates),
            ("headcount", headcount),
            ("contact", contact),
        ]
        r = 0
        for key, widget in rows:
            self._add_row(grid, r, key, widget)
            r += 1
        grid.addWidget(self.optional_heading, r, 0, 1, 3)
        r += 1
        for key, widget in (("text", text), ("extras", extras)):
            self._add_row(grid, r, key, widget)
            r += 1

        for line in (
            self.employer_name,
            self.employer_licence,
            self.employer_phone,
            self.pay,
            self.workplace,
            self.contact_name,
            self.contact_phone,
            self.title_field,
            self.deductions,
            self.meals,
            self.transport,
        ):
            line.textChanged.connect(self.sig_changed)
        self.description.textChanged.connect(self.sig_changed)
        for chips in (
            self.employer_kind,
            self.occupation,
            self.unit,
            self.settlement,
            self.district,
        ):
            chips.sig_selection_changed.connect(self.sig_changed)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(self.sig_changed)
        for t in (self.start_time, self.end_time):
            t.timeChanged.connect(self.sig_changed)
        self.headcount.valueChanged.connect(self.sig_changed)
        self.employer_box.currentIndexChanged.connect(self._on_employer_box_changed)

    def _add_row(self, grid: QGridLayout, r: int, key: str, widget: QWidget) -> None:
        cap = caption()
        cap.setMinimumWidth(130)
        cap.setMaximumWidth(170)
        flag = label()
        # Always there, always this wide, and never taller than its row: what it says cannot
        # move a field (the full text is in its tooltip if a row is too short for it).
        flag.setFixedWidth(PROBLEM_WIDTH)
        flag.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        flag.setMinimumHeight(0)
        flag.setContentsMargins(6, 0, 6, 0)  # the boxed roles' padding alone let text touch
        flag.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.captions[key] = cap
        self.flags[key] = flag
        grid.addWidget(cap, r, 0)
        grid.addWidget(widget, r, 1)
        grid.addWidget(flag, r, 2)

    def retranslate(self, lang: str) -> None:
        c = self.captions
        c["employer"].setText(self.tr("Employer *"))
        c["copy"].setText(self.tr("Copy a posting"))
        c["occupation"].setText(self.tr("Occupation *"))
        c["pay"].setText(self.tr("Pay *"))
        c["place"].setText(self.tr("Place *"))
        c["dates"].setText(self.tr("Dates and hours *"))
        c["headcount"].setText(self.tr("Headcount *"))
        c["contact"].setText(self.tr("Contact *"))
        c["text"].setText(self.tr("Title and description"))
        c["extras"].setText(self.tr("Deductions, meals, transport"))
        self.optional_heading.setText(self.tr("More details (optional)"))
        self.employer_name.setPlaceholderText(self.tr("Employer name"))
        self.employer_licence.setPlaceholderText(self.tr("Licence no. (job agents)"))
        self.employer_phone.setPlaceholderText(self.tr("Employer phone"))
        for kind in EmployerKind:
            self.employer_kind.set_text(kind.value, words.employer_kind_text(kind))
        en = lang.startswith("en")
        for occ in OCCUPATIONS:
            self.occupation.set_text(occ.code, occ.name_en if en else occ.name_zh)
        for unit in PayUnit:
            self.unit.set_text(unit.value, words.pay_unit_text(unit))
        for settlement in Settlement:
            self.settlement.set_text(settlement.value, texts.settlement_text(settlement))
        for district in DISTRICTS:
            self.district.set_text(district.name_zh, district.name_en if en else district.name_zh)
        self.pay.setPlaceholderText(self.tr("Amount"))
        self.workplace.setPlaceholderText(self.tr("Workplace address"))
        self.hours_label.setText(self.tr("Hours"))
        self.to_label.setText(self.tr("to"))
        self.contact_name.setPlaceholderText(self.tr("Contact name"))
        self.contact_phone.setPlaceholderText(self.tr("Contact phone"))
        self.title_field.setPlaceholderText(self.tr("Title (the occupation if left empty)"))
        self.description.setPlaceholderText(self.tr("What the work is, requirements"))
        self.deductions.setPlaceholderText(self.tr("Deductions from pay, if any"))
        self.meals.setPlaceholderText(self.tr("Meals"))
        self.transport.setPlaceholderText(self.tr("Transport"))
        self.employer_box.setPlaceholderText(self.tr("Choose an employer"))
        index = self.employer_box.findData(NEW_EMPLOYER)
        if index >= 0:
            self.employer_box.setItemText(index, self.tr("+ New employer"))
        for choice in self.choices:
            index = self.employer_box.findData(choice.employer.id)
            if index >= 0:
                self.employer_box.setItemText(index, self._employer_text(choice))
        if self.copy_box.count():
            self.copy_box.setItemText(0, self.tr("Start empty"))

    # -- filling

    def clear(self, today: date, district: str) -> None:
        """Blank form with the usual choices made: today, by the day, paid the same day; a new
        draft (new ids) with no employer chosen."""
        self._posting_id, self._employer_id = new_id(), new_id()
        self.employer_box.setCurrentIndex(-1)
        for line in (
            self.employer_name,
            self.employer_licence,
            self.employer_phone,
            self.pay,
            self.workplace,
            self.contact_name,
            self.contact_phone,
            self.title_field,
            self.deductions,
            self.meals,
            self.transport,
        ):
            line.clear()
        self.description.clear()
        self.employer_kind.select([EmployerKind.COMPANY.value])
        self.occupation.clear()
        self.unit.select([PayUnit.DAY.value])
        self.settlement.select([Settlement.SAME_DAY.value])
        self.district.select([district] if district in self.district.chips else [])
        self.start_date.setDate(QDate(today.year, today.month, today.day))
        self.end_date.setDate(QDate(today.year, today.month, today.day))
        self.start_time.setTime(QTime(8, 0))
        self.end_time.setTime(QTime(17, 0))
        self.headcount.setValue(1)
        self._notes = {}
        self.show_flags([])
        self.show_errors([])

    def set_employers(self, choices: list[EmployerChoice]) -> None:
        """The picker: "+ New employer" first, then the employers; the choice is kept."""
        current = self.employer_id()
        self.choices = choices
        self.employer_box.blockSignals(True)
        self.employer_box.clear()
        self.employer_box.addItem(self.tr("+ New employer"), NEW_EMPLOYER)
        for choice in choices:
            self.employer_box.addItem(self._employer_text(choice), choice.employer.id)
        self.employer_box.setCurrentIndex(self.employer_box.findData(current) if current else -1)
        self.employer_box.blockSignals(False)
        self._on_employer_box_changed()

    def choose_employer(self, employer_id: str) -> None:
        index = self.employer_box.findData(employer_id)
        if index >= 0:
            self.employer_box.setCurrentIndex(index)

    def _employer_text(self, choice: EmployerChoice) -> str:
        """The name, and where another employer has the same name: district and phone tail."""
        e = choice.employer
        if sum(c.employer.name == e.name for c in self.choices) < 2:
            return e.name
        tail = e.phone[-4:] if len(e.phone) >= 4 else ""
        parts = [e.name]
        if choice.district:
            parts.append(choice.district)
        if tail:
            parts.append(self.tr("phone ends {tail}").format(tail=tail))
        if len(parts) == 1:
            parts.append(words.employer_kind_text(e.kind))
        return " · ".join(parts)

    def set_copyable(self, postings: list[Posting]) -> None:
        self.copy_box.blockSignals(True)
        self.copy_box.clear()
        self.copy_box.addItem(self.tr("Start empty"), "")
        for posting in postings:
            self.copy_box.addItem(f"{posting.title} · {posting.workplace}", posting.id)
        self.copy_box.blockSignals(False)

    def fill_from(self, posting: Posting, today: date) -> None:
        """Copy a previous posting's terms; its dates move to today, its id is not kept."""
        self.choose_employer(posting.employer_id)
        self.occupation.select([posting.occupation_code])
        self.pay.setText(texts.amount_text(posting.pay_amount))
        self.unit.select([posting.pay_unit.value])
        self.settlement.select([posting.settlement.value])
        self.district.select([posting.district])
        self.workplace.setText(posting.workplace)
        days = (posting.end_date - posting.start_date).days
        self.start_date.setDate(QDate(today.year, today.month, today.day))
        self.end_date.setDate(QDate(today.year, today.month, today.day).addDays(days))
        if posting.start_time:
            self.start_time.setTime(QTime(posting.start_time.hour, posting.start_time.minute))
        if posting.end_time:
            self.end_time.setTime(QTime(posting.end_time.hour, posting.end_time.minute))
        self.headcount.setValue(max(1, posting.headcount))
        self.contact_name.setText(posting.contact_name)
        self.contact_phone.setText(posting.contact_phone)
        self.title_field.setText(posting.title)
        self.description.setPlainText(posting.description)
        self.deductions.setText(posting.deductions)
        self.meals.setText(posting.meals)
        self.transport.setText(posting.transport)

    # -- reading

    def employer_id(self) -> str:
        """The chosen employer's id, NEW_EMPLOYER, or "" when none is chosen yet."""
        data = self.employer_box.currentData()
        return data if isinstance(data, str) and self.employer_box.currentIndex() >= 0 else ""

    def draft(self) -> Draft:
        """What the form says now, leniently: empty fields stay empty for screening to flag."""
        new: Employer | None = None
        employer_id = self.employer_id()
        if employer_id == NEW_EMPLOYER:
            kinds = self.employer_kind.selected()
            new = Employer(
                id=self._employer_id,
                name=self.employer_name.text().strip(),
                kind=EmployerKind(kinds[0]) if kinds else EmployerKind.COMPANY,
                licence_no=self.employer_licence.text().strip(),
                phone=self.employer_phone.text().strip(),
            )
            employer_id = new.id
        occupations = self.occupation.selected()
        code = occupations[0] if occupations else ""
        occ = occupation(code)
        title = self.title_field.text().strip() or (occ.name_zh if occ else "")
        units = self.unit.selected()
        settlements = self.settlement.selected()
        districts = self.district.selected()
        posting = Posting(
            id=self._posting_id,
            employer_id=employer_id,
            title=title,
            occupation_code=code,
            skill_tags=list(occ.skill_tags) if occ else [],
            description=self.description.toPlainText().strip(),
            district=districts[0] if districts else "",
            workplace=self.workplace.text().strip(),
            pay_amount=_amount(self.pay.text()),
            pay_unit=PayUnit(units[0]) if units else PayUnit.DAY,
            settlement=Settlement(settlements[0]) if settlements else Settlement.SAME_DAY,
            start_date=_day(self.start_date.date()),
            end_date=_day(self.end_date.date()),
            start_time=_clock(self.start_time.time()),
            end_time=_clock(self.end_time.time()),
            headcount=self.headcount.value(),
            deductions=self.deductions.text().strip(),
            meals=self.meals.text().strip(),
            transport=self.transport.text().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            source_channel=Channel.STAFF,
        )
        return Draft(posting=posting, new_employer=new)

    def show_flags(self, flags: list[ScreeningFlag]) -> None:
        """Each screening flag beside its field, with the words that triggered it."""
        lines: dict[str, list[tuple[str, bool]]] = {}
        for flag in flags:
            key = FLAG_ROWS.get(flag.field, "text")
            lines.setdefault(key, []).append((words.flag_line(flag), flag.code != "missing_terms"))
        self._flag_lines = lines
        self._show_problems()

    def show_errors(self, errors: list[DomainError]) -> None:
        """Each validation message beside its field; an empty list clears them all."""
        lines: dict[str, list[str]] = {}
        for error in errors:
            key = FLAG_ROWS.get(error.field or "", "text")
            lines.setdefault(key, []).append(words.rule_text(error))
        self._error_lines = lines
        self._show_problems()

    def note(self, key: str, text: str, *, serious: bool = True) -> None:
        """A line of the form's own beside a row ("no minus", a venue warning); "" removes it."""
        self._notes[key] = [(text, serious)] if text else []
        self._show_problems()

    def row_errors(self) -> set[str]:
        """Rows that show a validation message now."""
        return {key for key, lines in self._error_lines.items() if lines}

    def _show_problems(self) -> None:
        for key, widget in self.flags.items():
            lines = [(text, True) for text in self._error_lines.get(key, [])]
            lines += self._notes.get(key, []) + self._flag_lines.get(key, [])
            text = "\n".join(dict.fromkeys(line for line, _ in lines))
            serious = any(s for _, s in lines)
            widget.setText(text)
            widget.setToolTip(text)
            widget.setProperty("role", ("error" if serious else "hint") if text else "")
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _on_employer_box_changed(self) -> None:
        chosen = self.employer_id()
        self.new_employer.setVisible(chosen == NEW_EMPLOYER)
        self.sig_employer_chosen.emit("" if chosen == NEW_EMPLOYER else chosen)
        self.sig_changed.emit()


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text.strip() or "0")
    except InvalidOperation:
        return Decimal("0")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _clock(value: QTime) -> time:
    return time(value.hour(), value.minute())
