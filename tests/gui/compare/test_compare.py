"""The compare window driven as a person would: open a pair, move by keys, label, save, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.compare.rows import NEW, OLD, ROW_HEADING, ROW_SENTENCES, STATE_SAME, compute_comparison
from gui.compare.choice_dialog import CompareChoiceDialog
from gui.compare.indicator_table import COLUMN_NAME, COLUMN_NEW_VALUE, COLUMN_OLD_VALUE, IndicatorTableModel
from gui.compare.model import (
    FILTER_ALL,
    FILTER_CHANGES,
    IS_CHANGE_ROLE,
    ROW_KIND_ROLE,
    SENTENCE_INDEX_ROLE,
    SOURCE_ROW_ROLE,
    CompareFilterModel,
    CompareModel,
)
from gui.shell import dialogs
from tests.gui.helpers import open_and_wait, saved_annotations

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _current(compare):
    index = compare.view.currentIndex()
    assert index.isValid()
    return index


def _row_of_same_pair(compare) -> int:
    proxy = compare.proxy
    for row in range(proxy.rowCount()):
        source = compare.model.row(proxy.index(row, 0).data(SOURCE_ROW_ROLE))
        if source.kind == ROW_SENTENCES and source.state(OLD) == STATE_SAME:
            return row
    raise AssertionError("no unchanged pair")


def test_next_change_label_save_undo(qtbot, compare_pair, weihai_2022) -> None:
    window, compare, entries = compare_pair
    view = compare.view
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_3, CTRL)  # the row list
    assert compare.stack.currentWidget() is view and view.hasFocus()
    same = _row_of_same_pair(compare)  # 各位代表: the same in both years
    rect = view.visualRect(compare.proxy.index(same, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _current(compare).row() == same and not _current(compare).data(IS_CHANGE_ROLE)

    qtbot.keyClick(view, Qt.Key.Key_N)  # next change
    index = _current(compare)
    assert index.row() > same and index.data(IS_CHANGE_ROLE)
    assert index.data(ROW_KIND_ROLE) == ROW_SENTENCES
    changed_row = index.row()
    qtbot.keyClick(view, Qt.Key.Key_N, SHIFT)  # previous change: before the unchanged pair
    assert _current(compare).row() < same and _current(compare).data(IS_CHANGE_ROLE)
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert _current(compare).row() == changed_row

    qtbot.keyClick(view, Qt.Key.Key_Right)  # the later report's side
    index = _current(compare)
    assert compare.tagging.side == NEW
    entry_2022 = entries["weihai-2022.txt"]
    sentence_index = index.data(SENTENCE_INDEX_ROLE)
    sentence = entry_2022.report.sentences[sentence_index]
    qtbot.keyClick(view, Qt.Key.Key_1)  # the "target" key, as in the reading window
    assert entry_2022.label_of(sentence_index) == "target"
    assert window.undo_stack.count() == 1
    assert compare.isWindowModified() and window.isWindowModified()

    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    records = saved_annotations(weihai_2022)
    assert [(r["sentence_id"], r["label"], r["text"]) for r in records] == [(sentence.id, "target", sentence.text)]
    assert not compare.isWindowModified()

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # undo, in the compare window
    assert entry_2022.label_of(sentence_index) is None
    assert compare.tagging.current_sentence() == (entry_2022, sentence_index)  # the undone sentence is shown
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert entry_2022.label_of(sentence_index) == "target"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    assert saved_annotations(weihai_2022) == []


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")  # offscreen noise
def test_sides_filters_and_the_reading_window(qtbot, compare_pair) -> None:
    window, compare, entries = compare_pair
    view = compare.view
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_3, CTRL)  # the row list
    compare.set_filter(FILTER_CHANGES)
    proxy = compare.proxy
    kinds = [proxy.index(row, 0).data(ROW_KIND_ROLE) for row in range(proxy.rowCount())]
    assert ROW_SENTENCES in kinds
    assert all(proxy.index(row, 0).data(IS_CHANGE_ROLE) for row, kind in enumerate(kinds) if kind == ROW_SENTENCES)
    assert proxy.rowCount() < compare.model.rowCount()

    # label an earlier sentence with "2", then show only "achievement"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_J)
    entry_2020 = entries["weihai-2020.txt"]
    labelled = compare.tagging.current_sentence()
    assert labelled is not None and labelled[0] is entry_2020
    qtbot.keyClick(view, Qt.Key.Key_2)
    compare.set_filter("achievement")
    rows = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    sentence_rows = [index for index in rows if index.data(ROW_KIND_ROLE) == ROW_SENTENCES]
    assert [index.data(SENTENCE_INDEX_ROLE) for index in sentence_rows] == [labelled[1]]
    assert compare.tagging.current_sentence() == labelled
    compare.set_filter(FILTER_ALL)
    assert proxy.rowCount() == compare.model.rowCount()

    # Enter shows the current sentence in the reading window
    compare.tagging.go_to_sentence(OLD, labelled[1])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_entry is entry_2020 and entry_2020.current == labelled[1]


def test_indicator_table_lists_gdp_and_shows_its_sentence(qtbot, compare_pair) -> None:
    _window, compare, entries = compare_pair
    compare.indicator_dock.show()
    table = compare.indicators.table
    model = compare.indicators.model
    names = [model.index(row, COLUMN_NAME).data() for row in range(model.rowCount())]
    row = names.index("生产总值")
    old_value = model.index(row, COLUMN_OLD_VALUE).data()
    new_value = model.index(row, COLUMN_NEW_VALUE).data()
    assert "%" in old_value and "%" in new_value
    pair = model.pair(row)
    cell = model.index(row, COLUMN_NEW_VALUE)
    table.scrollTo(cell)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center())
    entry_2022 = entries["weihai-2022.txt"]
    current = compare.tagging.current_sentence()
    assert current is not None and current[0] is entry_2022
    assert entry_2022.report.sentences[current[1]].id == pair.new.sentence_id


def _weihai_2021(weihai_2020: Path, tmp_path: Path) -> Path:
    """A report of 2021 beside the others: the 2020 one given a year later."""
    text = weihai_2020.read_text(encoding="utf-8").replace("2020年1月8日", "2021年1月8日")
    weihai_2021 = tmp_path / "reports" / "weihai-2021.txt"
    weihai_2021.write_text(text, encoding="utf-8")
    return weihai_2021


def test_consecutive_years_are_offered(qtbot, make_window, dialog_log, monkeypatch, tmp_path,
                                       weihai_2020, weihai_2022) -> None:
    weihai_2021 = _weihai_2021(weihai_2020, tmp_path)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2021, weihai_2022])
    offered: list[object] = []
    monkeypatch.setattr(dialogs, "choose_reports_to_compare",
                        lambda parent, entries, pairs: offered.append(pairs))
    window.compare.action.trigger()
    [(older, newer)] = offered[0]
    assert (older.report.year, newer.report.year) == (2021, 2022)
    assert window.compare.windows == []  # cancelled

    dialog = CompareChoiceDialog(window.workspace.entries, offered[0])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (older, newer)
    ok = dialog.buttons.buttons()[0]
    dialog.new_box.setCurrentIndex(dialog.old_box.currentIndex())
    assert not ok.isEnabled()  # one report against itself


def test_the_word_segmenter_loads_while_the_reader_chooses_the_pair(qtbot, make_window, dialog_log, monkeypatch,
                                                                    weihai_2020, weihai_2022) -> None:
    """jieba takes about a second and a half to load: the first compare window should not wait for it."""
    from core.compare import topics

    window = make_window()
    open_and_wait(qtbot, window, [weihai_2020, weihai_2022])
    monkeypatch.setattr(topics, "_jieba", None)  # as in a session that has not segmented a word yet
    monkeypatch.setattr(dialogs, "choose_reports_to_compare", lambda parent, entries, pairs: None)  # still choosing
    window.compare.action.trigger()
    qtbot.waitUntil(lambda: topics._jieba is not None, timeout=30000)


def test_the_pairs_of_the_report_shown_are_offered_first(qtbot, make_window, dialog_log, monkeypatch, tmp_path,
                                                          weihai_2020, weihai_2022) -> None:
    weihai_2021 = _weihai_2021(weihai_2020, tmp_path)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2020, weihai_2021, weihai_2022])
    offered: list[list[tuple[object, object]]] = []
    monkeypatch.setattr(dialogs, "choose_reports_to_compare",
                        lambda parent, entries, pairs: offered.append(list(pairs)))
    by_year = {entry.report.year: entry for entry in window.workspace.entries}
    for shown, first in ((2022, (2021, 2022)), (2020, (2020, 2021))):
        window.show_entry(by_year[shown])
        window.compare.action.trigger()
        older, newer = offered[-1][0]
        assert (older.report.year, newer.report.year) == first and len(offered[-1]) == 2


def test_one_report_is_not_enough(make_window, dialog_log, weihai_2022, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.compare.action.trigger()
    assert dialog_log.names() == ["show_information"]


def test_rows_and_models(qtmodeltester, qtbot, make_window, weihai_2020, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2020, weihai_2022])
    old_entry, new_entry = sorted(window.workspace.entries, key=lambda entry: entry.report.year or 0)
    comparison = compute_comparison(old_entry.report, new_entry.report)
    # every sentence of both reports sits in exactly one row, each side in its own order
    for side, report in ((OLD, old_entry.report), (NEW, new_entry.report)):
        shown = [row.sentence(side) for row in comparison.rows if row.sentence(side) is not None]
        assert sorted(shown) == list(range(len(report.sentences)))
        moved = {row.sentence(side) for row in comparison.rows if row.pair is not None and row.pair.moved}
        in_order = [index for index in shown if index not in moved]
        assert in_order == sorted(in_order)
    assert any(row.kind == ROW_HEADING for row in comparison.rows)

    model = CompareModel(window.workspace)
    model.set_comparison(comparison, old_entry, new_entry)
    qtmodeltester.check(model)
    proxy = CompareFilterModel()
    proxy.setSourceModel(model)
    for value in (FILTER_CHANGES, "target", FILTER_ALL):
        proxy.set_filter(value)
        qtmodeltester.check(proxy)
    window.workspace.set_label(new_entry, [3], "target")
    assert model.index(model.row_of(NEW, 3), 2).data(SENTENCE_INDEX_ROLE) == 3
    proxy.set_filter("target")
    assert proxy.rowCount() >= 1

    indicators = IndicatorTableModel()
    indicators.set_alignment(comparison.alignment)
    qtmodeltester.check(indicators)
    indicators.set_view("result-result")
    qtmodeltester.check(indicators)
