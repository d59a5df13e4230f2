"""Fonts and colours shared by the views: one place to tune the look."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

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

SUGGESTION_FADE = 0.62  # a suggested label: its colour this much towards the paper (``faded``)


@dataclass(frozen=True)
class Scheme:
    """The colours of one colour scheme; label colours are mixed to suit it (``label_colour``)."""

    dark: bool
    paper: QColor  # background of the report text
    ink: QColor  # body text
    dim_ink: QColor  # noise, filtered-out sentences
    heading_ink: QColor
    subtitle_ink: QColor
    current_outline: QColor  # frame around the current sentence
    current_fill: QColor  # background of an unlabelled current sentence
    selection_fill: QColor  # translucent: label colours show through
    search_hit_fill: QColor
    panel_background: QColor  # the sentence text in the side panel
    panel_border: QColor
    label_mix: float  # how far label colours are mixed towards the paper


LIGHT = Scheme(
    dark=False, paper=QColor("#fcfbf8"), ink=QColor("#1d1d1f"), dim_ink=QColor("#9a9a9a"),
    heading_ink=QColor("#1b3a5c"), subtitle_ink=QColor("#555555"), current_outline=QColor("#c2185b"),
    current_fill=QColor(255, 241, 168), selection_fill=QColor(70, 110, 220, 70), search_hit_fill=QColor("#ffd54f"),
    panel_background=QColor("#fcfbf8"), panel_border=QColor("#dddddd"), label_mix=0.0,
)
DARK = Scheme(
    dark=True, paper=QColor("#1f2023"), ink=QColor("#e4e4e4"), dim_ink=QColor("#7c7c7c"),
    heading_ink=QColor("#9cc4f2"), subtitle_ink=QColor("#b4b4b4"), current_outline=QColor("#ff6fae"),
    current_fill=QColor(92, 80, 28), selection_fill=QColor(110, 150, 255, 90), search_hit_fill=QColor("#8d6e00"),
    panel_background=QColor("#26282c"), panel_border=QColor("#45474c"), label_mix=0.55,
)

# The colours in use (``use_scheme`` sets them); read as ``style.PAPER`` … when drawing.
scheme = LIGHT
PAPER = LIGHT.paper
INK = LIGHT.ink
DIM_INK = LIGHT.dim_ink
HEADING_INK = LIGHT.heading_ink
SUBTITLE_INK = LIGHT.subtitle_ink
CURRENT_OUTLINE = LIGHT.current_outline
CURRENT_FILL = LIGHT.current_fill
SELECTION_FILL = LIGHT.selection_fill
SEARCH_HIT_FILL = LIGHT.search_hit_fill


def use_scheme(chosen: Scheme) -> None:
    """Draw with the colours of ``chosen`` from now on (views built before keep theirs until rebuilt)."""
    global scheme, PAPER, INK, DIM_INK, HEADING_INK, SUBTITLE_INK, CURRENT_OUTLINE, CURRENT_FILL
    global SELECTION_FILL, SEARCH_HIT_FILL
    scheme = chosen
    PAPER, INK, DIM_INK = chosen.paper, chosen.ink, chosen.dim_ink
    HEADING_INK, SUBTITLE_INK = chosen.heading_ink, chosen.subtitle_ink
    CURRENT_OUTLINE, CURRENT_FILL = chosen.current_outline, chosen.current_fill
    SELECTION_FILL, SEARCH_HIT_FILL = chosen.selection_fill, chosen.search_hit_fill


def system_scheme(app: QGuiApplication) -> Scheme:
    """The scheme the system asks for (Qt 6.5+), or, where it does not say, the one the palette is in."""
    asked = app.styleHints().colorScheme()
    if asked == Qt.ColorScheme.Dark:
        return DARK
    if asked == Qt.ColorScheme.Light:
        return LIGHT
    return DARK if app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5 else LIGHT


def label_colour(colour: QColor | str) -> QColor:
    """A label's colour as drawn in the scheme in use: on a dark paper, mixed towards it, so that white reads
    on it and it does not glare (the file keeps the colour as chosen)."""
    colour = QColor(colour)
    mix = scheme.label_mix
    if not mix:
        return colour
    paper = scheme.paper
    return QColor(round(colour.red() * (1 - mix) + paper.red() * mix),
                  round(colour.green() * (1 - mix) + paper.green() * mix),
                  round(colour.blue() * (1 - mix) + paper.blue() * mix))


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


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), 0 for black to 1 for white."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    luminance = _luminance(background)
    return QColor("#000000") if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else QColor("#ffffff")


def faded(colour: QColor, amount: float = 0.6) -> QColor:
    """``colour`` mixed with the paper (white in the light scheme): ``amount`` 0 keeps it, 1 gives the paper."""
    towards = scheme.paper if scheme.dark else QColor("#ffffff")
    return QColor(
        round(colour.red() + (towards.red() - colour.red()) * amount),
        round(colour.green() + (towards.green() - colour.green()) * amount),
        round(colour.blue() + (towards.blue() - colour.blue()) * amount),
    )


def shaded(colour: QColor) -> QColor:
    """A slightly different shade of ``colour``, to tell neighbouring sentences with one label apart."""
    return colour.darker(112) if colour.lightnessF() > 0.35 else colour.lighter(125)
