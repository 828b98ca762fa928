"""The quick posting form's fields, mandatory terms first, and the draft they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from kiosk.domain.catalogue import DISTRICTS, OCCUPATIONS, occupation
from kiosk.domain.model import (
    Channel,
    Employer,
    EmployerKind,
    PayUnit,
    Posting,
    ScreeningFlag,
    Settlement,
)
from kiosk.ui import texts
from kiosk.ui.staff import words
from kiosk.ui.staff.page import caption, row
from kiosk.ui.steppers import date_stepper, number_stepper, time_stepper
from kiosk.ui.widgets import ChipGroup, amount_field, label, phone_field, vbox

NEW_EMPLOYER = "__new__"

# Which flag label shows a flag on a field: the row it belongs to.
FLAG_ROWS = {
    "employer_id": "employer",
    "occupation_code": "occupation",
    "pay_amount": "pay",
    "pay_unit": "pay",
    "settlement": "pay",
    "district": "place",
    "workplace": "place",
    "start_date": "dates",
    "end_date": "dates",
    "headcount": "headcount",
    "contact_phone": "contact",
    "title": "text",
    "description": "text",
    "requirements": "text",
    "deductions": "extras",
}


@dataclass(slots=True)
class Draft:
    posting: Posting
    new_employer: Employer | None


class PostingForm(QWidget):
    """Every field of a posting; says when anything changed so the screen can screen it."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(14)
        grid.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.flags: dict[str, QLabel] = {}

        self.employer_box = QComboBox()
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

        self.occupation = ChipGroup(exclusive=True)
        for occ in OCCUPATIONS:
            self.occupation.add(occ.code)

        self.pay = amount_field()
        self.pay.setMaximumWidth(160)
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
        flag = label(role="hint")
        flag.setMinimumWidth(250)
        flag.setMaximumWidth(300)
        flag.hide()
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
        index = self.employer_box.findData(NEW_EMPLOYER)
        if index >= 0:
            self.employer_box.setItemText(index, self.tr("+ New employer"))
        if self.copy_box.count():
            self.copy_box.setItemText(0, self.tr("Start empty"))

    # -- filling

    def clear(self, today: date, district: str) -> None:
        """Blank form with the usual choices made: today, by the day, paid the same day."""
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
        self.show_flags([])

    def set_employers(self, employers: list[Employer]) -> None:
        self.employer_box.blockSignals(True)
        self.employer_box.clear()
        for employer in employers:
            self.employer_box.addItem(employer.name, employer.id)
        self.employer_box.addItem(self.tr("+ New employer"), NEW_EMPLOYER)
        self.employer_box.setCurrentIndex(0)
        self.employer_box.blockSignals(False)
        self._on_employer_box_changed()

    def set_copyable(self, postings: list[Posting]) -> None:
        self.copy_box.blockSignals(True)
        self.copy_box.clear()
        self.copy_box.addItem(self.tr("Start empty"), "")
        for posting in postings:
            self.copy_box.addItem(f"{posting.title} · {posting.workplace}", posting.id)
        self.copy_box.blockSignals(False)

    def fill_from(self, posting: Posting, today: date) -> None:
        """Copy a previous posting's terms; its dates move to today, its id is not kept."""
        index = self.employer_box.findData(posting.employer_id)
        if index >= 0:
            self.employer_box.setCurrentIndex(index)
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
        data = self.employer_box.currentData()
        return data if isinstance(data, str) else ""

    def draft(self) -> Draft:
        """What the form says now, leniently: empty fields stay empty for screening to flag."""
        new: Employer | None = None
        employer_id = self.employer_id()
        if employer_id == NEW_EMPLOYER or not employer_id:
            kinds = self.employer_kind.selected()
            new = Employer(
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
        """Each flag beside its field, with the words that triggered it."""
        by_row: dict[str, list[str]] = {}
        serious: set[str] = set()
        for flag in flags:
            key = FLAG_ROWS.get(flag.field, "text")
            line = words.flag_text(flag.code)
            if flag.code == "missing_terms":
                line = self.tr("Missing: {field}").format(field=words.field_text(flag.field))
            else:
                serious.add(key)
                if flag.detail:
                    line = f"{line}: “{flag.detail}”"
            by_row.setdefault(key, []).append(line)
        for key, widget in self.flags.items():
            lines = by_row.get(key, [])
            widget.setText("\n".join(dict.fromkeys(lines)))
            widget.setProperty("role", "error" if key in serious else "hint")
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setVisible(bool(lines))

    def _on_employer_box_changed(self) -> None:
        self.new_employer.setVisible(self.employer_id() in ("", NEW_EMPLOYER))
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
