"""Quitting saves what is pending and stops the suggestion process without waiting for its work."""

from __future__ import annotations

import multiprocessing
import signal

from PySide6.QtCore import Qt

from core.suggest.model import MIN_EXAMPLES
from tests.gui.helpers import open_and_wait, saved_annotations


def test_quit_saves_the_last_label_and_stops_the_suggestion_process(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.view.setFocus()
    for _ in range(MIN_EXAMPLES + 1):  # enough labels for the model to start learning in its own process
        qtbot.keyClick(window.view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=20000)
    children = multiprocessing.active_children()
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # saved only after a pause, unless the window closes first
    qtbot.keyClick(window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert [record["label"] for record in saved_annotations(weihai_2022)] == ["other"] * (MIN_EXAMPLES + 1) + [
        "achievement"]
    for child in children:
        # the executor's thread reaps the child too; one look may come before it keeps the exit code, so ask again
        qtbot.waitUntil(lambda child=child: child.exitcode is not None, timeout=20000)
        assert child.exitcode == -signal.SIGTERM  # stopped, not left to finish its job
