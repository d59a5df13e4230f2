"""The window at 1024×700 and 1400×900: a readable text column, panel rows that neither overlap nor clip."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from gui.shell import style
from tests.gui.helpers import open_and_wait

READABLE_CHARACTERS = 20


def _rows(window) -> list[tuple[str, QWidget]]:
    panel = window.sentence_panel
    return [("label", panel.label_value), ("source", panel.source_value), ("suggested", panel.suggestion_value),
            ("note", panel.note_field), ("section", panel.section_value), ("sentence", panel.position_value)]


def _show_sized(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(50)


def _check_panel(window) -> None:
    rows = _rows(window)
    for (name, widget), (next_name, below) in pairwise(rows):
        assert widget.geometry().bottom() < below.geometry().top(), (name, next_name)
    for name, widget in rows:
        needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
        needed = max(needed, widget.minimumSizeHint().height())
        assert widget.height() >= needed, name


def test_1024_by_700_keeps_a_readable_text_column(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _show_sized(qtbot, window, 1024, 700)
    characters = QFontMetrics(style.report_font()).horizontalAdvance("国")
    assert window.view.viewport().width() - 2 * 28 >= READABLE_CHARACTERS * characters
    _check_panel(window)
    panel_area = window.sentence_dock.widget()
    assert panel_area.verticalScrollBar() is not None  # a panel taller than its dock scrolls


def test_1400_by_900_shows_suggested_and_note_whole(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _show_sized(qtbot, window, 1400, 900)
    _check_panel(window)
    # the guidelines pulled up over the sentence panel, as a reader drags the separator
    window.resizeDocks([window.sentence_dock, window.guidelines_dock], [120, 700], Qt.Orientation.Vertical)
    qtbot.wait(50)
    _check_panel(window)
    note = window.sentence_panel.note_field
    assert note.height() >= note.sizeHint().height()
