"""F1 lists every key of the window, read from its actions: none can be left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from gui.shell.help_overlay import action_rows
from tests.gui.helpers import open_and_wait


def test_f1_lists_every_shortcut(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.help_overlay.isVisible()
    shown = window.help_overlay.label.text()
    for keys in ("Ctrl+D", "Ctrl+O", "Ctrl+Q", "Ctrl+S", "Ctrl+Z", "F1"):
        assert keys in shown, keys
    for action in window.actions():
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in shown, action.objectName()
    assert "Label “target”" in shown
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.help_overlay.isVisible()


def test_keys_of_a_keyboard_of_their_own_are_not_listed(qtbot) -> None:
    redo = QAction("Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(Qt.Key.Key_Redo)])
    assert action_rows([redo]) == [("Ctrl+Shift+Z", "Redo")]
