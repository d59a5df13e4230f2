"""Targets as the reports of the 1980s and early 1990s set them: a first part that reviews last year under a
title of tasks, goals of the year stated in passing, and the figures around them that are no targets."""

from __future__ import annotations

from core.compare.scorecard import ScoreRow, build_scorecard
from core.reading.model import Report
from tests.core.report_builder import report_of_parts

LATER = report_of_parts(1988, {"一、一九八七年的工作回顾": ["一九八七年国民生产总值比上年增长9.4%。"]})


def _target_rows(old: Report, new: Report = LATER) -> list[ScoreRow]:
    return [row for row in build_scorecard(old, new).rows if row.target is not None]


def _targets(old: Report, new: Report = LATER) -> list[str]:
    return [row.target.quote for row in _target_rows(old, new) if row.target is not None]


def test_an_account_of_last_year_in_a_part_of_tasks_sets_no_target() -> None:
    old = report_of_parts(1987, {"一、当前国内形势和基本任务": [
        "在经济领域，过去一年里取得的最重要的成绩，就是把经济过热现象初步调整过来。全国社会总产值达到18774亿元，"
        "比上年增长9.1%。钢产量达到5205万吨。",
        "建设规模同国力相适应。去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长7.3%。",
        "今年国民生产总值计划增长7%。"]})
    assert _targets(old) == ["国民生产总值计划增长7%"]
