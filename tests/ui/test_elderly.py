"""Elderly mode (长辈版): big text, big targets, strong contrast, room between lines."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kiosk.services.container import Services
from kiosk.ui import style
from kiosk.ui.find_work_screen import FindWorkScreen
from kiosk.ui.idle import ELDERLY_FACTOR
from kiosk.ui.shell import KioskShell
from kiosk.ui.widgets import ICON_PX
from tests.ui.people import Person
from tests.ui.walk import demo_records, walk

MIN_TEXT_PX = 24
MIN_TARGET_PX = 80
MIN_CONTRAST = 4.5


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colour_pairs_meet_4_5_to_1() -> None:
    pairs = [
        (style.INK, style.PAPER),
        (style.INK, style.CARD),
        (style.PAY, style.CARD),
        (style.OK, style.CARD),
        (style.PRIMARY, style.CARD),
        ("#ffffff", style.PRIMARY),
        (style.INK_SOFT, style.PAPER),
        ("#5c3300", "#fff4d6"),
        ("#7a1712", "#fde8e6"),
    ]
    pairs += [("#ffffff", tile) for tile in style.TILE_COLOURS]
    pairs += [("#ffffff", c) for c in (style.OK, style.PRIMARY, style.WARN)]  # settlement badges
    for fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, (fg, bg, contrast(fg, bg))


def test_elderly_mode_meets_sizes_on_every_screen(
    person: Person, kiosk: KioskShell, services: Services
) -> None:
    posting_id = demo_records(services)
    person.tap(kiosk.window.topbar.elderly_button)
    assert kiosk.prefs.elderly
    problems: list[str] = []

    def visit(name: str) -> None:
        for widget in kiosk.window.findChildren(QWidget):
            if widget.isVisible():
                problems.extend(f"{name}: {p}" for p in _quiet_words_and_icons(widget))
            if not isinstance(widget, QAbstractButton | QLabel | QLineEdit):
                continue
            if not widget.isVisible() or (isinstance(widget, QLabel) and not widget.text()):
                continue
            px = QFontInfo(widget.font()).pixelSize()
            if px < MIN_TEXT_PX:
                problems.append(f"{name}: {widget.__class__.__name__} {px}px {_words(widget)}")
            metrics = QFontMetrics(widget.font())
            if metrics.lineSpacing() < 1.3 * px:
                problems.append(f"{name}: line spacing {metrics.lineSpacing()} for {px}px")
            if isinstance(widget, QAbstractButton | QLineEdit) and (
                widget.height() < MIN_TARGET_PX or widget.width() < MIN_TARGET_PX
            ):
                problems.append(
                    f"{name}: target {widget.width()}x{widget.height()} {_words(widget)}"
                )

    walk(person, kiosk, posting_id, visit)
    assert problems == []
    # The search field's clear button is a finger's target, not Qt's 16 px cross.
    kiosk.window.go("find_work")
    find_work = person.on("find_work")
    assert isinstance(find_work, FindWorkScreen)
    person.type_chinese(find_work.search_box, "保洁")
    clear = find_work.search_clear
    person.qtbot.waitUntil(clear.isVisible)
    assert min(clear.width(), clear.height()) >= MIN_TARGET_PX
    person.tap(clear)
    person.settle()
    assert find_work.search_box.text() == ""
    # The list cards are painted, not widgets: their theme carries the same sizes.
    find_work = kiosk.window.screens["find_work"]
    assert find_work.delegate.theme.body_px >= MIN_TEXT_PX  # type: ignore[attr-defined]


def test_elderly_mode_gives_more_time(kiosk: KioskShell) -> None:
    normal = kiosk.window.idle._timer.interval()
    kiosk.prefs.set_elderly(True)
    assert kiosk.window.idle._timer.interval() == normal * ELDERLY_FACTOR


def _quiet_words_and_icons(widget: QWidget) -> list[str]:
    """Placeholder and disabled words at 4.5:1, and icons grown with the words."""
    problems = []
    palette = widget.palette()
    if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        ratio = contrast(
            palette.color(QPalette.ColorRole.PlaceholderText).name(),
            palette.color(QPalette.ColorRole.Base).name(),
        )
        if ratio < MIN_CONTRAST:
            problems.append(f"placeholder {ratio:.2f}:1 {widget.placeholderText()[:20]!r}")
    if isinstance(widget, QAbstractButton) and not widget.isEnabled() and widget.text():
        disabled = QPalette.ColorGroup.Disabled
        ratio = contrast(
            palette.color(disabled, QPalette.ColorRole.ButtonText).name(),
            palette.color(disabled, QPalette.ColorRole.Button).name(),
        )
        if ratio < MIN_CONTRAST:
            problems.append(f"disabled {ratio:.2f}:1 {_words(widget)}")
    base = widget.property(ICON_PX)
    scaled = round(base * style.ELDERLY.icon_scale) if isinstance(base, int) else 0
    if isinstance(widget, QAbstractButton) and widget.iconSize().width() < scaled:
        problems.append(f"icon {widget.iconSize().width()}px (normal {base}) {_words(widget)}")
    return problems


def test_normal_mode_clear_button_is_a_finger_target(person: Person) -> None:
    person.tap_tile("find")
    find_work = person.on("find_work")
    assert isinstance(find_work, FindWorkScreen)
    person.type_chinese(find_work.search_box, "保洁")
    person.qtbot.waitUntil(find_work.search_clear.isVisible)
    assert min(find_work.search_clear.width(), find_work.search_clear.height()) >= 60
    person.tap(find_work.search_clear)  # searches at once: no search left waiting
    person.settle()
    assert not find_work.search_clear.isVisible()


def _words(widget: object) -> str:
    text = getattr(widget, "text", lambda: "")()
    return repr(text[:30])
