"""Sizes, colours and the application style sheet, for normal and elderly (长辈版) mode."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.ui.icons import ICON_DIR

# Noto Sans CJK SC first: it has every glyph we show; WenQuanYi is the fallback on kiosk images.
FONT_FAMILIES = ("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Sans", "sans-serif")

# Every foreground/background pair below is at least 4.5:1 (WCAG AA); the tile colours carry
# white text. Measured with the WCAG relative-luminance formula (see tests/ui/test_elderly.py).
INK = "#1a1a1a"
INK_SOFT = "#3d4450"
PAPER = "#f4f6f9"
CARD = "#ffffff"
LINE = "#c5ccd6"
PRIMARY = "#0b5fa5"
PAY = "#b3261e"
OK = "#1e6b34"
WARN = "#8a4b00"
# Placeholder and disabled words must be read too (4.5:1 like the rest), only look quieter.
PLACEHOLDER = "#5f6673"
DISABLED_INK = "#4b5260"
DISABLED_PAPER = "#eceff3"
PRIMARY_DISABLED_INK = "#24405e"
PRIMARY_DISABLED_PAPER = "#d0dbe7"
# Icon sizes in normal mode: most buttons, chips, and the big action buttons.
BUTTON_ICON_PX = 32
CHIP_ICON_PX = 36
LARGE_ICON_PX = 40
TILE_COLOURS = ("#0b5fa5", "#b3261e", "#1e6b34", "#6a3fa0", "#0e6464", "#8a4b00")


@dataclass(frozen=True, slots=True)
class Theme:
    """Pixel sizes a screen and the card painter use; elderly mode scales them up."""

    elderly: bool
    body_px: int
    small_px: int
    title_px: int
    pay_px: int
    target_px: int
    gap_px: int
    line_height: float
    # Icons on buttons and chips grow with the words beside them.
    icon_scale: float

    @property
    def card_height(self) -> int:
        # A title row and three rows of facts, plus the card's padding.
        return int(4 * self.body_px * self.line_height + self.gap_px * 3)


NORMAL = Theme(
    elderly=False,
    body_px=20,
    small_px=18,
    title_px=30,
    pay_px=34,
    target_px=64,
    gap_px=12,
    line_height=1.3,
    icon_scale=1.0,
)
ELDERLY = Theme(
    elderly=True,
    body_px=26,
    small_px=24,
    title_px=38,
    pay_px=44,
    target_px=88,
    gap_px=16,
    line_height=1.4,
    icon_scale=1.35,
)


def theme_for(elderly: bool) -> Theme:
    return ELDERLY if elderly else NORMAL


def icon(name: str) -> str:
    """An icon file for a style sheet's url(): arrows and the calendar drawn in INK's black."""
    return (ICON_DIR / f"{name}.svg").as_posix()


def icon_rules(t: Theme) -> str:
    """Icon sizes for buttons and chips (widgets.button's icon_px), scaled with the mode."""
    rules = [f"QPushButton {{ icon-size: {round(BUTTON_ICON_PX * t.icon_scale)}px; }}"]
    for px in (CHIP_ICON_PX, LARGE_ICON_PX):
        rules.append(f'QPushButton[icon_px="{px}"] {{ icon-size: {round(px * t.icon_scale)}px; }}')
    return "\n".join(rules)


def style_sheet(theme: Theme) -> str:
    """The whole application's QSS; widgets pick rules by objectName or the `role` property."""
    t = theme
    fonts = ", ".join(f'"{f}"' for f in FONT_FAMILIES)
    soft = INK if t.elderly else INK_SOFT  # elderly mode drops the grey text for full black
    return f"""
* {{ font-family: {fonts}; font-size: {t.body_px}px; color: {INK}; }}
QMainWindow, QStackedWidget, QWidget#screen {{ background: {PAPER}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {t.title_px}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {int(t.title_px * 0.8)}px; font-weight: bold; }}
QLabel[role="hint"] {{ color: {soft}; font-size: {t.small_px}px; }}
QLabel[role="fieldhint"] {{ color: #7a1712; font-size: {t.small_px}px; font-weight: bold; }}
QLabel[role="notice"] {{ background: #fff4d6; border: 2px solid {WARN}; border-radius: 8px;
    padding: {t.gap_px}px; font-weight: bold; color: #5c3300; }}
QLabel[role="error"] {{ background: #fde8e6; border: 2px solid {PAY}; border-radius: 8px;
    padding: {t.gap_px}px; color: #7a1712; font-weight: bold; }}
QLabel[role="ok"] {{ background: #e4f3e8; border: 2px solid {OK}; border-radius: 8px;
    padding: {t.gap_px}px; color: #123f1f; font-weight: bold; }}
QLabel[role="pay"] {{ color: {PAY}; font-size: {t.pay_px}px; font-weight: bold; }}
QLabel[role="term"] {{ color: {soft}; }}
QLabel[role="value"] {{ font-weight: bold; }}
QLabel[role="indicator"] {{ color: {soft}; font-size: {t.small_px}px; padding: 0 8px; }}
QLabel[role="big"] {{ font-size: {t.pay_px * 2}px; font-weight: bold; color: {PRIMARY}; }}
QFrame[role="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 12px; }}
QFrame#topbar {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QPushButton, QToolButton {{ min-height: {t.target_px}px; border-radius: 10px;
    padding: 4px {t.gap_px + 4}px; background: {CARD}; border: 2px solid {LINE};
    font-size: {t.body_px}px; }}
QPushButton:pressed, QToolButton:pressed {{ background: #dde6f0; }}
QPushButton:disabled {{ color: {DISABLED_INK}; background: {DISABLED_PAPER}; }}
QPushButton[role="primary"] {{ background: {PRIMARY}; color: white; border: none;
    font-weight: bold; font-size: {t.body_px + 4}px; }}
QPushButton[role="primary"]:disabled {{ background: {PRIMARY_DISABLED_PAPER};
    color: {PRIMARY_DISABLED_INK}; }}
QPushButton[role="back"] {{ font-weight: bold; }}
QPushButton[role="clear"] {{ min-width: {t.target_px}px; font-size: {t.title_px}px;
    font-weight: bold; padding: 0; }}
QToolButton[role="tile"] {{ color: white; border: none; border-radius: 18px;
    font-size: {t.title_px}px; font-weight: bold; padding: {t.gap_px}px; }}
QPushButton[role="chip"] {{ border-radius: {t.target_px // 2}px; }}
{icon_rules(t)}
QPushButton[role="chip"]:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QPushButton[role="key"] {{ font-size: {t.title_px}px; font-weight: bold;
    min-width: {int(t.target_px * 1.4)}px; }}
QPushButton[role="lang"]:checked, QPushButton[role="toggle"]:checked {{
    background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox {{ background: white;
    border: 2px solid {LINE}; border-radius: 8px; padding: 6px 10px;
    min-height: {t.target_px - 16}px; font-size: {t.body_px + 2}px;
    placeholder-text-color: {PLACEHOLDER}; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus {{
    border-color: {PRIMARY}; }}
QPushButton[role="step"] {{ font-size: {t.title_px}px; font-weight: bold; padding: 0;
    min-width: {t.target_px}px; }}
QAbstractSpinBox[role="stepped"]::up-button, QAbstractSpinBox[role="stepped"]::down-button {{
    width: 0px; border: none; }}
QComboBox::drop-down, QDateEdit::drop-down {{ width: {t.target_px - 16}px; border: none; }}
QComboBox::down-arrow {{ image: url({icon("down")}); width: {t.body_px + 4}px;
    height: {t.body_px + 4}px; }}
QDateEdit::down-arrow {{ image: url({icon("calendar")}); width: {t.body_px + 8}px;
    height: {t.body_px + 8}px; }}
QCalendarWidget QAbstractItemView {{ font-size: {t.body_px}px; }}
QCalendarWidget QToolButton {{ min-height: {t.target_px - 16}px; color: {INK}; }}
QTabBar::tab {{ min-height: {t.target_px - 16}px; padding: 8px {t.gap_px + 8}px; }}
QListView {{ background: {PAPER}; border: none; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ width: {max(16, t.target_px // 3)}px; background: {PAPER}; }}
QScrollBar::handle:vertical {{ background: #9aa5b4; border-radius: 6px; min-height: 60px; }}
QWidget#overlay {{ background: {PAPER}; }}
QWidget#question {{ background: rgba(0, 0, 0, 160); }}
QFrame#overlaybox {{ background: white; border: 2px solid {LINE}; border-radius: 16px; }}
QFrame#overlaybox QPushButton {{ min-height: {int(t.target_px * 1.25)}px;
    font-size: {t.body_px + 6}px; }}
QLabel#summary {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 8px;
    padding: {t.gap_px}px; font-size: {t.body_px + 2}px; font-weight: bold; }}
QLabel#questiondetail {{ font-size: {t.pay_px}px; font-weight: bold; color: {PRIMARY}; }}
QLabel[role="who"] {{ font-weight: bold; color: {PRIMARY}; padding: 0 4px; }}
"""
