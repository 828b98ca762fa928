"""Touch building blocks every screen uses: chips, a numeric pad, a flow layout, labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.errors import DomainError
from kiosk.domain.validation import normalize_phone
from kiosk.ui import icons, style
from kiosk.ui.tap_guard import repeatable

PHONE_DIGITS = 11
# The property holding a button's icon size in normal mode; the style sheet scales it.
ICON_PX = "icon_px"


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A QLabel with a style role; wrapping on, because translations differ in length."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(
    text: str = "", role: str = "", icon_name: str = "", icon_px: int = style.BUTTON_ICON_PX
) -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    if icon_name:
        colour = "#ffffff" if role == "primary" else "#1a1a1a"
        drawn = icons.icon(icon_name, colour)
        if role in ("toggle", "lang"):
            # A checked toggle turns blue: its icon turns white with the words.
            drawn.addPixmap(
                icons.pixmap(icon_name, 96, "#ffffff"), QIcon.Mode.Normal, QIcon.State.On
            )
        widget.setIcon(drawn)
        # Sized by the style sheet (style.icon_rules), so that 长辈版 scales every icon, even
        # on buttons made after the switch.
        widget.setProperty(ICON_PX, icon_px)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal a scanner's focus
    return widget


def show_current_page_only(stack: QStackedWidget) -> None:
    """Make `stack` as tall as the page it shows, not its tallest page (the keyboard docks
    below the screen, and only what is shown has to fit above it)."""

    def fit(index: int) -> None:
        for i in range(stack.count()):
            page = stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())


def card_frame() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


def kinetic_scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area a finger can drag and flick."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class FlowLayout(QLayout):
    """Lays chips out left to right and wraps them, so long English labels still fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Layout passes ask heightForWidth for the same few widths hundreds of times, and each
        # answer walks every chip's style-sheet size hint: remember them until invalidate().
        self._heights: dict[int, int] = {}
        self._placed: QRect | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def invalidate(self) -> None:
        self._heights.clear()
        self._placed = None
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if rect != self._placed:
            self._place(rect, move=True)
            self._placed = QRect(rect)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QPushButton):
    """A big checkable word (and icon) for choosing instead of typing."""

    def __init__(self, text: str, key: str, icon_name: str = "") -> None:
        super().__init__(text)
        self.key = key
        self.setCheckable(True)
        self.setProperty("role", "chip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if icon_name:
            # A chosen chip turns blue: its icon turns white with the words, as on toggles.
            drawn = icons.icon(icon_name)
            drawn.addPixmap(
                icons.pixmap(icon_name, 96, "#ffffff"), QIcon.Mode.Normal, QIcon.State.On
            )
            self.setIcon(drawn)
            self.setProperty(ICON_PX, style.CHIP_ICON_PX)


class ChipGroup(QWidget):
    """A wrapped row of chips; one or many may be chosen. Labels are set by the owning screen."""

    sig_selection_changed = Signal()

    def __init__(self, *, exclusive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # exclusivity by hand: a second tap clears the choice
        self._exclusive = exclusive
        self.chips: dict[str, Chip] = {}
        self._group.buttonToggled.connect(self._on_group_toggled)

    def add(self, key: str, text: str = "", icon_name: str = "") -> Chip:
        chip = Chip(text, key, icon_name)
        self.chips[key] = chip
        self._group.addButton(chip)
        self._layout.addWidget(chip)
        return chip

    def set_text(self, key: str, text: str) -> None:
        chip = self.chips[key]
        chip.setText(text)
        chip.adjustSize()
        self._layout.invalidate()

    def selected(self) -> list[str]:
        return [key for key, chip in self.chips.items() if chip.isChecked()]

    def select(self, keys: Sequence[str]) -> None:
        for key, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(key in keys)
            chip.blockSignals(False)
        self.sig_selection_changed.emit()

    def clear(self) -> None:
        self.select(())

    def _on_group_toggled(self, chip: QAbstractButton, checked: bool) -> None:
        if self._exclusive and checked:
            for other in self.chips.values():
                if other is not chip and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.sig_selection_changed.emit()


class NumericPad(QWidget):
    """Big digit keys that type into a QLineEdit (phones, pay): no keyboard needed."""

    sig_done = Signal()
    sig_full = Signal()  # a digit tapped when the field holds all it can

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            self._add_key(grid, digit, i // 3, i % 3)
        self.clear_key = self._add_key(grid, "clear", 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.delete_key = self._add_key(grid, "delete", 3, 2)

    def _add_key(self, grid: QGridLayout, key: str, row: int, col: int) -> QPushButton:
        widget = QPushButton(key if key.isdigit() else "")
        widget.setProperty("role", "key")
        repeatable(widget)  # "00" in a phone number is two quick taps on one key
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.clicked.connect(lambda: self._on_key_clicked(key))
        grid.addWidget(widget, row, col)
        self.keys[key] = widget
        return widget

    def retranslate(self) -> None:
        self.clear_key.setText(self.tr("Clear"))
        self.delete_key.setText(self.tr("Delete"))

    def _on_key_clicked(self, key: str) -> None:
        text = self._target.text()
        if key == "clear":
            text = ""
        elif key == "delete":
            text = text[:-1]
        elif len(text) < self._target.maxLength():
            text += key
        else:
            self.sig_full.emit()
            return
        self._target.setText(text)


class PhoneEntry(QWidget):
    """A phone number on the pad, with what is wrong with it said right beside the number.

    The message sits in a line of its own height next to the number, so appearing, changing
    or going never moves the keys under a finger; it appears when the person tries to go on
    (or taps a 12th digit) and follows the number from then on, gone once the number is right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = phone_field()
        self.message = label(role="fieldhint")
        self.message.setObjectName("phonemessage")
        # Ignored: the row is as tall as the number field, whatever the message says.
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.pad = NumericPad(self.field)
        self.pad.sig_full.connect(self._on_pad_full)
        self.field.textChanged.connect(self._on_field_changed)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.field, 3)
        row.addWidget(self.message, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(row)
        column.addWidget(self.pad, 1)
        self._checking = False

    def text(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()
        self._checking = False
        self.message.clear()

    def retranslate(self) -> None:
        self.pad.retranslate()
        if self._checking:
            self._show(self._problem())

    def checked_phone(self) -> str | None:
        """The number if it is a mobile number; else None, and the message says what is wrong."""
        self._checking = True
        problem = self._problem()
        self._show(problem)
        return None if problem else self.field.text()

    def _problem(self) -> str:
        digits = self.field.text()
        missing = PHONE_DIGITS - len(digits)
        if not digits:
            return self.tr("Please type your mobile number.")
        if missing > 0:
            return self.tr("%n more digit(s) needed: a mobile number has 11.", "", missing)
        try:
            normalize_phone(digits)
        except DomainError:
            return self.tr("This is not a mobile number: it starts with 13 to 19.")
        return ""

    def _show(self, problem: str) -> None:
        self.message.setText(problem)

    def _on_pad_full(self) -> None:
        self._checking = True
        self._show(self.tr("A mobile number has only 11 digits. Tap Delete to correct it."))

    def _on_field_changed(self, _text: str) -> None:
        # Once a message showed, it follows the number (two digits missing, then one), and
        # goes as soon as the number is right: never a stale word beside a good number.
        if self._checking:
            problem = self._problem()
            self._show(problem)
            self._checking = bool(problem)


def phone_field() -> QLineEdit:
    """An 11-digit phone display the numeric pad (or a keyboard) types into."""
    field = QLineEdit()
    field.setMaxLength(PHONE_DIGITS)
    field.setValidator(QRegularExpressionValidator(r"\d{0,11}"))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return field


def card_scan_field() -> QLineEdit:
    """Where a keyboard-wedge scanner "types" a worker card's code and presses Enter.

    Echo hidden: the code is the card's only secret, and the hall can see the screen.
    """
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def amount_field(maximum: int = 99999) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(len(str(maximum)))
    field.setValidator(QIntValidator(0, maximum))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return field


def vbox(widget: QWidget, spacing: int = 12, margins: int = 0) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setSpacing(spacing)
    layout.setContentsMargins(margins, margins, margins, margins)
    return layout
