"""The compare window opens on the scorecard: last year's targets, this year's results, a verdict in colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.compare.rows import NEW, OLD
from core.compare.verdicts import MET, NO_RESULT, NOT_MET, STATED
from gui.compare.scorecard_panel import (
    COLUMN_INDICATOR,
    COLUMN_RESULT,
    COLUMN_TARGET,
    COLUMN_VERDICT,
    VERDICT_BACKGROUNDS,
    VERDICT_ROLE,
    ScorecardTableModel,
)
from gui.shell import dialogs
from tests.gui.helpers import open_and_wait

EARLIER = """2022年某某市政府工作报告
——2022年1月10日在某某市第一届人民代表大会第一次会议上
一、2021年工作回顾
经济运行稳中向好。
二、2022年工作安排
2022年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业5万人以上，城镇调查失业率控制在5.5%以内，进出口稳中提质。
全年新建改造农村公路500公里。
"""
LATER = """2023年某某市政府工作报告
——2023年1月12日在某某市第一届人民代表大会第二次会议上
一、2022年工作回顾
过去一年，地区生产总值增长5.8%，一般公共预算收入增长3.1%，城镇新增就业5.6万人，城镇调查失业率5.2%。
进出口稳中提质，外贸进出口总额增长8%。
二、2023年工作安排
地区生产总值增长5.5%左右。
"""


@pytest.fixture
def scorecard_window(qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "mouchi-2022.txt").write_text(EARLIER, encoding="utf-8")
    (folder / "mouchi-2023.txt").write_text(LATER, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [folder / "mouchi-2022.txt", folder / "mouchi-2023.txt"])
    entries = {entry.file.source.name: entry for entry in window.workspace.entries}
    offered: list[object] = []

    def choose(parent: object, all_entries: object, pairs: list[object]) -> object:
        offered.append(pairs)
        return entries["mouchi-2022.txt"], entries["mouchi-2023.txt"]

    monkeypatch.setattr(dialogs, "choose_reports_to_compare", choose)
    with qtbot.waitSignal(window.compare.opened, timeout=30000):
        qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    compare = window.compare.windows[0]
    qtbot.waitExposed(compare)
    assert len(offered[0]) == 1  # consecutive years of one place: offered as a pair
    return window, compare, entries


def _rows(model: ScorecardTableModel) -> dict[str, int]:
    return {model.row(row).indicator: row for row in range(model.rowCount())}


def test_the_compare_window_opens_on_the_scorecard_with_verdicts(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    assert compare.scorecard_dock.isVisible()
    assert not compare.indicator_dock.isVisible() or compare.indicator_dock.visibleRegion().isEmpty()
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
    compare.scorecard_dock.raise_()
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
