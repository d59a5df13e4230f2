"""An annotation file nested deeper than the JSON reader goes opens read-only in the window and stays as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import annotation_file, open_and_wait


def test_deeply_nested_annotation_file_opens_read_only(qtbot, make_window, dialog_log, weihai_2022) -> None:
    path = annotation_file(weihai_2022)
    deep = b"[" * 100_000
    path.write_bytes(deep)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    assert "show_error" not in dialog_log.names()
    warnings = [args for name, args in dialog_log.calls if name == "show_warning"]
    assert len(warnings) == 1 and "nested too deeply" in warnings[0][2]
    assert window.current_entry.read_only
    assert "read-only" in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.menu_actions.save_action.trigger()
    window.close()
    assert path.read_bytes() == deep
