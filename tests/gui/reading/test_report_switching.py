"""Moving between reports by key, and Open recent showing the report it opened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import open_and_wait


def test_ctrl_page_keys_step_through_the_reports(qtbot, make_window, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [compilation])
    shown = [row.entry for row in window.report_model.rows()]  # the order of the list: by place, then year
    window.show_entry(shown[0])
    window.view.setFocus()
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, control)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, control)
    assert window.current_entry is shown[2]
    assert window.report_list.currentIndex() == window.report_model.index_of_entry(shown[2])
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp, control)
    assert window.current_entry is shown[1]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_J)  # the keys still label and move in the report
    assert window.current_entry.current == 1


def test_open_recent_shows_the_report_it_opened(qtbot, make_window, weihai_2022, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [compilation])
    window.close()
    second = make_window()
    open_and_wait(qtbot, second, [weihai_2022])
    assert second.current_entry.file.source == weihai_2022.resolve()
    menu = second.menu_actions.recent_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == str(compilation.resolve()))
    with qtbot.waitSignal(second.loader.finished, timeout=20000):
        action.trigger()
    assert second.current_entry.file.source == compilation.resolve()
    assert second.report_list.currentIndex() == second.report_model.index_of_entry(second.current_entry)
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == str(weihai_2022.resolve()))
    action.trigger()  # already open: shown at once
    assert second.current_entry.file.source == weihai_2022.resolve()
