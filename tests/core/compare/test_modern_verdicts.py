"""Verdicts on modern reports: the figures a review gives in other words, the targets it recalls, the wordings of
its results (each rule with the short wording a reader meets in any modern report, city reports too)."""

from __future__ import annotations

from core.compare.indicators import extract_from_text
from core.compare.scorecard import ScoreRow, build_scorecard
from core.compare.scorecard.verdicts import MET
from tests.core.report_builder import report_of_parts


def _rows(plan: list[str], review: list[str], earlier_review: tuple[str, ...] = ("经济平稳。",)) -> dict[str, ScoreRow]:
    """The scorecard rows, by the target's quote, of a plan for 2022 and a review of it."""
    old = report_of_parts(2022, {"一、2021年工作回顾": list(earlier_review), "二、2022年工作安排": plan})
    new = report_of_parts(2023, {"一、2022年工作回顾": review, "二、2023年工作安排": ["经济平稳。"]})
    return {row.target.quote: row for row in build_scorecard(old, new).rows if row.target is not None}


def _only(rows: dict[str, ScoreRow], quote_part: str) -> ScoreRow:
    (row,) = [row for quote, row in rows.items() if quote_part in quote]
    return row


def test_a_figure_set_to_fall_from_one_value_to_another_keeps_its_name_after_yao() -> None:
    found = [(figure.name, figure.value) for figure in extract_from_text("城镇登记失业率要从4.8%降到4.5%。")]
    assert found == [("城镇登记失业率", 4.5)]


def test_last_years_rise_is_the_actual_one_not_the_target_last_years_report_set() -> None:
    rows = _rows(["今年要保持经济平稳发展，物价上涨幅度比去年的实际涨幅低一些。"],
                 ["去年经济增长8.8%，商品零售价格涨幅为0.8%。"],
                 ("去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过各方面的努力，实际回落到6.1%。",))
    row = _only(rows, "低一些")
    assert row.verdict == MET and "6.1%" in row.reason
