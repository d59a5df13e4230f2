"""The window title names the app once; on first start the status bar speaks of the report on screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from gui.shell.window_layout import APP_TITLE


def _open_samples(qtbot, window) -> None:
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.menu_actions.actions["openSamplesAction"].trigger()


def test_title_names_the_app_once(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.setattr(QGuiApplication, "applicationDisplayName", staticmethod(lambda: APP_TITLE))
    window = make_window()
    _open_samples(qtbot, window)
    title = window.windowTitle()
    assert title.count(APP_TITLE) == 1
    assert window.current_entry.report.display_name() in title
    # Qt adds the application's display name to a title that does not end with it (the "[*]" is replaced first).
    assert title.replace("[*]", "").endswith(APP_TITLE)


def test_first_start_status_bar_names_the_selected_report(qtbot, make_window) -> None:
    window = make_window()
    _open_samples(qtbot, window)
    shown = window.current_entry
    assert window.report_list.currentIndex() == window.report_model.index_of_entry(shown)
    message = window.statusBar().currentMessage()
    others = [entry.file.source.name for entry in window.workspace.entries if entry.file is not shown.file]
    assert others
    assert not any(name in message for name in others), message
