"""The compare window opens on the scorecard: last year's targets, this year's results, a verdict in colour."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.compare.rows import NEW, OLD
from core.compare.scorecard import Figure, build_scorecard
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, PARTLY, STATED
from core.reading.model import Sentence
from gui.compare.scorecard.panel import summary_text
from gui.compare.scorecard.table_model import (
    COLUMN_INDICATOR,
    COLUMN_RESULT,
    COLUMN_TARGET,
    COLUMN_VERDICT,
    SHOW_ALL,
    SHOW_MISSED,
    VERDICT_BACKGROUNDS,
    VERDICT_ROLE,
    ScorecardTableModel,
    figure_text,
)
from gui.compare.typeahead import TypeAhead
from tests.core.report_builder import report_of_parts


def _rows(model: ScorecardTableModel) -> dict[str, int]:
    return {model.row(row).indicator: row for row in range(model.rowCount())}


def test_the_compare_window_opens_on_the_scorecard_with_verdicts(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    assert compare.scorecard.isVisible() and compare.texts.isVisible()  # the scorecard above the two texts
    assert compare.scorecard.table.hasFocus()
    assert not compare.indicator_dock.isVisible()
    model = compare.scorecard.model
    rows = _rows(model)
    verdicts = {name: model.index(row, COLUMN_VERDICT).data(VERDICT_ROLE) for name, row in rows.items()}
    assert verdicts["地区生产总值"] == MET  # 5.8% within 0.5 point of 6%左右
    assert verdicts["一般公共预算收入"] == NOT_MET  # 3.1% < 5%
    assert verdicts["城镇新增就业"] == MET
    assert verdicts["城镇调查失业率"] == MET  # a ceiling
    assert verdicts["新建改造农村公路"] == NO_RESULT  # the later report says nothing of it
    assert verdicts["进出口稳中提质"] == STATED  # a target in words, a result in words
    growth = rows["地区生产总值"]
    assert model.index(growth, COLUMN_VERDICT).data(Qt.ItemDataRole.BackgroundRole) == VERDICT_BACKGROUNDS[MET]
    assert "5.8%" in model.index(growth, COLUMN_RESULT).data()
    assert "6%左右" in model.index(growth, COLUMN_TARGET).data()
    assert "met" in compare.scorecard.summary_label.text()
    assert compare.scorecard.warning_label.isHidden()


def test_clicking_a_row_shows_both_sentences_and_goes_to_them(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, entries = scorecard_window
    table = compare.scorecard.table
    model = compare.scorecard.model
    row = _rows(model)["一般公共预算收入"]
    score_row = model.row(row)
    cell = model.index(row, COLUMN_INDICATOR)
    table.scrollTo(cell)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center())
    detail = compare.scorecard.detail.toPlainText()
    assert score_row.target is not None and score_row.result is not None
    assert score_row.target.sentence.text in detail and score_row.result.sentence.text in detail
    current = compare.tagging.current_sentence()
    earlier = entries["mouchi-2022.txt"]
    assert current is not None and current[0] is earlier
    assert earlier.report.sentences[current[1]].id == score_row.target.sentence.id

    result_cell = model.index(row, COLUMN_RESULT)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(result_cell).center())
    current = compare.tagging.current_sentence()
    later = entries["mouchi-2023.txt"]
    assert current is not None and current[0] is later
    assert later.report.sentences[current[1]].id == score_row.result.sentence.id
    assert (OLD, NEW) == (0, 1)


def test_scorecard_model(qtmodeltester, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    qtmodeltester.check(compare.scorecard.model)
    empty = ScorecardTableModel()
    qtmodeltester.check(empty)


def test_the_show_box_leaves_only_the_missed_targets_and_shows_the_first(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, entries = scorecard_window
    panel = compare.scorecard
    model, table = panel.model, panel.table
    every = [model.row(row) for row in range(model.rowCount())]
    missed = [row for row in every if row.verdict in (NOT_MET, PARTLY)]
    assert missed and len(missed) < len(every)
    assert panel.show_box.itemText(panel.show_box.findData(SHOW_MISSED)).endswith(f"({len(missed)})")

    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Alt+S: the Show box, as its label says
    assert panel.show_box.hasFocus()
    while panel.show_box.currentData() != SHOW_MISSED:
        qtbot.keyClick(panel.show_box, Qt.Key.Key_Down)
    assert [model.row(row) for row in range(model.rowCount())] == missed
    assert table.currentIndex().row() == 0  # the first missed target, shown in both texts
    earlier = entries["mouchi-2022.txt"].report.sentences
    assert earlier[compare.texts.current[OLD]].id == missed[0].target.sentence.id
    targets = sum(1 for row in every if row.target is not None and row.horizon == "year")
    assert panel.summary_label.text().startswith(f"{targets} targets of the year")  # still of the whole card

    panel.show_rows(SHOW_ALL)
    assert model.rowCount() == len(every)


def test_a_click_on_the_verdict_header_puts_the_missed_targets_first(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    model, table = compare.scorecard.model, compare.scorecard.table
    report_order = [model.row(row) for row in range(model.rowCount())]
    assert report_order[0].verdict != NOT_MET  # so the sort has something to do
    header = table.horizontalHeader()
    verdict_header = header.sectionViewportPosition(COLUMN_VERDICT) + header.sectionSize(COLUMN_VERDICT) // 2
    click = {"pos": QPoint(verdict_header, header.height() // 2)}
    table.selectRow(2)
    chosen = model.row(2)
    detail = compare.scorecard.detail.toPlainText()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, **click)
    verdicts = [model.row(row).verdict for row in range(model.rowCount())]
    assert verdicts[0] == NOT_MET and verdicts.index(NO_RESULT) > verdicts.index(MET)
    assert model.row(table.currentIndex().row()) is chosen  # the row chosen stays chosen, and its sentences shown
    assert compare.scorecard.detail.toPlainText() == detail
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, **click)  # descending
    assert model.row(0).verdict != NOT_MET
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, **click)  # a third click: the report's order
    assert [model.row(row) for row in range(model.rowCount())] == report_order


def test_the_next_compare_window_shows_the_verdicts_last_chosen(qtbot: QtBot, scorecard_window) -> None:
    window, compare, _entries = scorecard_window
    compare.scorecard.show_rows(SHOW_MISSED)
    compare.close()
    qtbot.waitUntil(lambda: not window.compare.windows)  # closed and gone
    with qtbot.waitSignal(window.compare.opened, timeout=30000):
        window.compare.action.trigger()  # 对比 › 年度对比 again
    reopened = window.compare.windows[-1]
    qtbot.waitUntil(lambda: reopened.scorecard.model.scorecard is not None, timeout=30000)
    panel = reopened.scorecard
    assert reopened is not compare and panel.show_box.currentData() == SHOW_MISSED
    rows = [panel.model.row(row) for row in range(panel.model.rowCount())]
    assert rows and all(row.verdict in (NOT_MET, PARTLY) for row in rows)


def test_end_and_home_go_to_the_last_and_first_target(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    table = compare.scorecard.table
    rows = compare.scorecard.model.rowCount()
    assert rows > 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == rows - 1
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0


def test_an_empty_choice_of_verdicts_says_why_the_table_is_empty(qtbot: QtBot, scorecard_window) -> None:
    """A choice kept from the last compare window may show no row of this pair: the detail pane says so."""
    _window, compare, _entries = scorecard_window
    panel = compare.scorecard
    every = panel.model.count(SHOW_ALL)
    scorecard = panel.model.scorecard
    assert scorecard is not None and every
    panel.show_rows(SHOW_MISSED)
    nothing_missed = replace(scorecard, rows=[row for row in scorecard.rows if row.verdict not in (NOT_MET, PARTLY)])
    panel.set_scorecard(nothing_missed)  # the next pair has no missed target
    assert panel.model.rowCount() == 0
    hint = panel.detail.toPlainText()
    assert "Alt+S" in hint and str(len(nothing_missed.rows)) in hint
    every_choice = panel.show_box.itemText(panel.show_box.findData(SHOW_ALL)).rsplit(" (", 1)[0]
    assert f"“{every_choice}”" in hint  # the words of the Show box's own choice, whatever the language
    panel.show_rows(SHOW_ALL)
    assert panel.model.rowCount() == len(nothing_missed.rows) and "Alt+S" not in panel.detail.toPlainText()


def test_a_target_read_from_a_list_item_taken_for_a_heading_shows_where_it_stands(
        qtbot: QtBot, scorecard_window) -> None:
    # a short item of a list (（一）要使粮食生产…比较适应。) is a heading to the reading, so its words are no
    # sentence of the report: choosing its row goes to the first sentence after it, not to nothing on that side
    _window, compare, entries = scorecard_window
    model = compare.scorecard.model
    score_row = model.row(_rows(model)["一般公共预算收入"])
    assert score_row.target is not None
    earlier = entries["mouchi-2022.txt"].report
    below = next(number for number, sentence in enumerate(earlier.sentences)
                 if sentence.id == score_row.target.sentence.id)
    item = replace(score_row.target.sentence, id=f"{earlier.id}-item-{score_row.target.sentence.start - 1}",
                   start=score_row.target.sentence.start - 1)
    compare.scorecard.rowChosen.emit(replace(score_row, target=replace(score_row.target, sentence=item)), OLD)
    assert compare.texts.current_sentence() == (entries["mouchi-2022.txt"], below)


def test_keys_pressed_while_the_window_aligns_move_once_the_scorecard_shows(qtbot: QtBot, mouchi_pair) -> None:
    """↓ ↓ pressed at once still moves two targets down; a label key typed blind labels nothing and is named."""
    window, entries, _offered = mouchi_pair
    labels_before = {name: [entry.label_of(index) for index in range(len(entry.report.sentences))]
                     for name, entry in entries.items()}
    with qtbot.waitSignal(window.compare.opened, timeout=30000):
        qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        compare = window.compare.windows[0]
        assert compare.comparison is None  # still aligning
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_1):
            qtbot.keyClick(compare, key)
    assert compare.scorecard.model.rowCount() > 2
    assert compare.scorecard.table.currentIndex().row() == 2
    assert {name: [entry.label_of(index) for index in range(len(entry.report.sentences))]
            for name, entry in entries.items()} == labels_before
    assert "no label was given" in compare.statusBar().currentMessage()
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_Down)  # the window answers keys as usual afterwards
    assert compare.scorecard.table.currentIndex().row() == 3


def test_the_counts_above_the_table_keep_goals_of_a_plan_period_apart(qtbot: QtBot) -> None:
    old = report_of_parts(1986, {
        "二、“七五”计划的主要任务": ["一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍。"],
        "三、1986年的工作": ["今年工农业总产值计划增长百分之六。"]})
    new = report_of_parts(1987, {"一、1986年的工作回顾": ["工农业总产值比上年增长百分之九点三。"]})
    text = summary_text(build_scorecard(old, new))
    assert text.startswith("1 targets of the year: 1 met, 0 not met, 0 stated in words, 0 without a result.")
    assert "1 more are goals of a plan period or of five years." in text


def test_the_tagging_views_moving_keys_are_kept_while_aligning_not_called_labels(qtbot: QtBot) -> None:
    """J and K move in the two texts as ↓ and ↑ do: pressed while aligning they are no label typed blind."""
    window = QWidget()
    qtbot.addWidget(window)
    typeahead = TypeAhead(window)
    typeahead.start()
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_N, Qt.Key.Key_1):
        qtbot.keyClick(window, key)
    assert [key for key, _modifiers, _text in typeahead.kept] == [Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_N]
    assert typeahead.release() == 1  # the label key alone


def test_a_result_whose_sentence_breaks_a_line_shows_on_one_line() -> None:
    """2018→2019: 细颗粒物（PM⏎2.5⏎）浓度继续下降, a line broken inside the source's sentence, showed its breaks."""
    text = "污染防治得到加强，细颗粒物（PM\n2.5\n）浓度继续下降。"
    result = Figure(Sentence("s1", 0, len(text), text), None, "细颗粒物（PM\n2.5\n）浓度继续下降")
    assert figure_text(result, "—") == "细颗粒物（PM2.5）浓度继续下降"


def test_the_counts_quote_the_later_reports_word_that_the_main_targets_were_met() -> None:
    """2013 says of 2012 全面实现年初确定的主要目标 while most of 2012's targets have no result in it."""
    old = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。"], "二、2012年工作任务": [
        "今年国内生产总值增长7.5%，城镇登记失业率控制在4.6%以内。"]})
    new = report_of_parts(2013, {"一、2012年工作回顾": [
        "2012年，我们全面实现年初确定的主要目标，国内生产总值增长7.8%。"]})
    assert "“全面实现年初确定的主要目标”" in summary_text(build_scorecard(old, new))


def test_a_share_said_in_words_shows_in_words_in_its_cell() -> None:
    from core.compare.indicators import extract_from_text

    text = "中央涉企收费项目减少1/3以上。"
    (cut,) = extract_from_text(text, kind="plan")
    assert figure_text(Figure(Sentence("s1", 0, len(text), text), cut, cut.text), "—") == "1/3以上"
