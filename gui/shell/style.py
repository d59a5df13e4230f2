"""Fonts and colours shared by the views: one place to tune the look."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

# Fonts that can show Chinese, best first; Qt falls back along the list.
CJK_SANS_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "SimHei",
]
CJK_SERIF_FAMILIES = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "SimSun",
]

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 32

PAPER = QColor("#fcfbf8")  # background of the report text
INK = QColor("#1d1d1f")  # body text
DIM_INK = QColor("#9a9a9a")  # noise, filtered-out sentences
HEADING_INK = QColor("#1b3a5c")
SUBTITLE_INK = QColor("#555555")
CURRENT_OUTLINE = QColor("#c2185b")  # frame around the current sentence
CURRENT_FILL = QColor(255, 241, 168)  # background of an unlabelled current sentence
SELECTION_FILL = QColor(70, 110, 220, 70)  # translucent: label colours show through
SEARCH_HIT_FILL = QColor("#ffd54f")
SUGGESTION_FADE = 0.62  # a suggested label: its colour this much towards white (``faded``)


def ui_font(point_size: float | None = None) -> QFont:
    """The font for panels and lists: the platform font with CJK fall-backs."""
    font = QFont()
    font.setFamilies([*CJK_SANS_FAMILIES, font.family()])
    if point_size:
        font.setPointSizeF(point_size)
    return font


def report_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The font of the report text."""
    font = QFont()
    font.setFamilies(CJK_SANS_FAMILIES)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    red, green, blue = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return QColor("#000000") if luminance > 0.45 else QColor("#ffffff")


def faded(colour: QColor, amount: float = 0.6) -> QColor:
    """``colour`` mixed with white: ``amount`` 0 keeps it, 1 gives white."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def shaded(colour: QColor) -> QColor:
    """A slightly different shade of ``colour``, to tell neighbouring sentences with one label apart."""
    return colour.darker(112) if colour.lightnessF() > 0.35 else colour.lighter(125)
