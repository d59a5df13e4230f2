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


def test_two_single_report_files_each_keep_their_own_place(qtbot, make_window, weihai_2022, tmp_path) -> None:
    other = tmp_path / "reports" / "other-city-2023.txt"
    other.write_text("2023年某市政府工作报告\n各位代表：\n一、2022年工作回顾\n全年地区生产总值增长5%。\n"
                     "新增就业1万人。\n完成投资100亿元。\n二、2023年工作安排\n力争增长6%。\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, other])
    first, second = (entry for entry in window.workspace.entries)
    assert first.report.id == second.report.id  # both are the first report of their file
    window.show_entry(first)
    window.view.setFocus()
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    window.show_entry(second)
    window.view.setFocus()
    for _ in range(2):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    places = {entry.file.source: entry.report.sentences[entry.current].id for entry in window.workspace.entries}
    window.close()

    again = make_window()
    open_and_wait(qtbot, again, [weihai_2022, other])
    assert {entry.file.source: entry.report.sentences[entry.current].id for entry in again.workspace.entries} == places
