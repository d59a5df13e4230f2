"""Closing and starting again: each report back on its sentence, the same reports open, the same one shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import open_and_wait


def test_reopening_a_report_returns_to_the_sentence(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.view.setFocus()
    for _ in range(7):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    sentence = window.current_entry.report.sentences[7]
    window.close()

    again = make_window()
    open_and_wait(qtbot, again, [weihai_2022])
    entry = again.current_entry
    assert entry.report.sentences[entry.current].id == sentence.id
    assert again.sentence_panel.position_value.text().startswith("8 ")
    qtbot.waitUntil(lambda: 0 <= again.view.sentence_rect(entry.current).top() < again.view.viewport().height())


def test_start_reopens_the_reports_open_at_the_last_close(qtbot, make_window, weihai_2022, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation])
    control = Qt.KeyboardModifier.ControlModifier
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown, control)
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    shown = window.current_entry.report
    window.close()

    again = make_window()
    with qtbot.waitSignal(again.loader.finished, timeout=20000):
        assert again.restore_session()  # what a start without files does
    assert {f.source for f in again.workspace.files} == {weihai_2022.resolve(), compilation.resolve()}
    entry = again.current_entry
    assert entry.report.id == shown.id
    assert entry.current == 4
