"""The current sentence stays in view when the window is resized and after the label set changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.annotations.labels import LabelDef
from tests.gui.helpers import open_and_wait


def _in_view(window) -> bool:
    view = window.view
    rect = view.sentence_rect(window.current_entry.current)
    return not rect.isNull() and rect.top() >= 0 and rect.bottom() <= view.viewport().height()


def _walk_into_the_text(qtbot, window, steps: int) -> None:
    window.view.setFocus()
    for _ in range(steps):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: _in_view(window))


def test_resizing_keeps_the_current_sentence_in_view(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    window.resize(1400, 900)
    open_and_wait(qtbot, window, [weihai_2022])
    _walk_into_the_text(qtbot, window, 60)
    for width, height in ((1024, 700), (1400, 900), (1100, 760)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.view.width() < 2000)
        qtbot.wait(50)
        assert _in_view(window), (width, height)


def test_adding_a_label_keeps_the_current_sentence_in_view(qtbot, make_window, dialog_log, weihai_2022) -> None:
    window = make_window()
    window.resize(1100, 760)
    open_and_wait(qtbot, window, [weihai_2022])
    _walk_into_the_text(qtbot, window, 60)
    labels = list(window.current_entry.file.labels)
    dialog_log.label_result = ([*labels, LabelDef("a much longer label name", "4", "#e377c2", "")], {})
    window.menu_actions.edit_labels_action.trigger()
    qtbot.wait(50)
    assert _in_view(window)
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert window.current_entry.label_of(60) == "a much longer label name"
