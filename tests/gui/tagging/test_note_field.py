"""The note field of the sentence panel: Enter keeps the note and hands the keys back, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
