"""The note field of the sentence panel: Enter keeps the note and hands the keys back, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.gui.helpers import open_and_wait, saved_annotations


def test_enter_keeps_the_note_and_gives_the_keys_back(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # label the first sentence, move on
    qtbot.keyClick(window.view, Qt.Key.Key_K)  # back to it
    entry = window.current_entry
    first = entry.current
    note = window.sentence_panel.note_field
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "line")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_J)  # moves on; no "linej"
    assert entry.current == first + 1
    assert entry.annotation(first).note == "line"

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_K)
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, " and more")
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert note.text() == "line"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_J)
    window.close()
    notes = [record.get("note") for record in saved_annotations(weihai_2022)]
    assert notes == ["line"]


def test_a_note_typed_before_going_to_the_next_report_stays_on_its_sentence(
        qtbot, make_window, weihai_2022, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation])
    window.show_entry(next(row.entry for row in window.report_model.rows()))  # the first of the list
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    entry = window.current_entry
    first = entry.current
    note = window.sentence_panel.note_field
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "typed")
    window.findChild(QAction, "nextReportAction").trigger()  # Ctrl+PgDown while typing
    assert window.current_entry is not entry
    qtbot.waitUntil(lambda: entry.annotation(first).note == "typed")
    other = window.current_entry
    assert all(other.annotation(index) is None or other.annotation(index).note is None
               for index in range(len(other.report.sentences)))
    window.close()
    assert [record.get("note") for record in saved_annotations(entry.file.source)] == ["typed"]



def test_a_note_typed_then_the_next_report_then_quit_at_once_is_saved(
        qtbot, make_window, weihai_2022, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation])
    window.show_entry(next(row.entry for row in window.report_model.rows()))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    source = window.current_entry.file.source
    note = window.sentence_panel.note_field
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "typed")
    window.findChild(QAction, "nextReportAction").trigger()
    window.close()  # before the window got back to its event loop
    assert [record.get("note") for record in saved_annotations(source)] == ["typed"]
