"""The window follows the system's colour scheme; text and label colours read well on light and dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.shell import style
from tests.gui.helpers import open_and_wait


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The system's scheme: where Qt cannot ask the platform (offscreen), the palette says it."""
    original = qapp.palette()
    if request.param == "dark":
        palette = QPalette(QColor("#2b2b2b"))  # a dark palette made from a dark window colour
        qapp.setPalette(palette)
    yield request.param
    qapp.setPalette(original)
    style.use_scheme(style.LIGHT)


def test_text_and_labels_read_well_in_the_system_scheme(qtbot, make_window, weihai_2022, scheme: str) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    view = window.view
    view.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(view, key)
    paper = view.palette().color(QPalette.ColorRole.Base)
    assert (paper.lightnessF() < 0.3) == (scheme == "dark")
    assert contrast(view.palette().color(QPalette.ColorRole.Text), paper) >= 7
    starts = view.document_map.sentence_starts
    for index in range(3):
        selection = next(s for s in view.extraSelections() if s.cursor.selectionStart() == starts[index])
        background = selection.format.background().color()
        ink = selection.format.foreground().color()
        assert contrast(ink, background) >= 4.5, (scheme, index, background.name())
        assert (background.lightnessF() < 0.5) == (scheme == "dark")
    panel_text = window.sentence_panel.text_label
    assert (scheme == "dark") == (style.scheme.panel_background.name() in panel_text.styleSheet() and
                                  style.scheme.dark)
