"""The plan as a whole, set as a goal (为完成和超额完成一九五八年度的国民经济计划而奋斗, 争取提前完成和超额完成第一个
五年计划): a row of the year or of the plan period, judged by what the later report's review says of that plan."""

from __future__ import annotations

from core.compare.scorecard import ScoreRow, build_scorecard
from core.compare.scorecard.period_goals import PERIOD_NOT_OVER
from tests.core.report_builder import report_of_parts


def _plan(year: int, *paragraphs: str) -> dict[str, list[str]]:
    return {f"二、{year}年的任务": list(paragraphs)}


def _review(year: int, *paragraphs: str) -> dict[str, list[str]]:
    return {f"一、{year}年的工作回顾": list(paragraphs)}


def _whole_plan_rows(old_year: int, old_plan: list[str], new_review: list[str]) -> list[ScoreRow]:
    old = report_of_parts(old_year, {**_review(old_year - 1, "去年工业总产值增长百分之十一。"),
                                     **_plan(old_year, *old_plan)})
    new = report_of_parts(old_year + 1, {**_review(old_year, *new_review),
                                         **_plan(old_year + 1, "今年工业总产值增长百分之十。")})
    return [row for row in build_scorecard(old, new).rows
            if row.target is not None and row.target.indicator is None and "计划" in row.target.quote]


def test_the_years_plan_is_a_goal_of_the_year_met_when_the_review_says_it_was_completed() -> None:
    rows = _whole_plan_rows(1958, ["全国人民团结起来，为完成和超额完成一九五八年度的国民经济计划而奋斗。"],
                            ["一九五八年的国民经济计划，已经全面地超额完成了。"])
    assert [(row.target.quote, row.horizon, row.verdict) for row in rows if row.target is not None] == [
        ("为完成和超额完成一九五八年度的国民经济计划", "year", "met")]
    assert rows[0].result is not None and "超额完成了" in rows[0].result.quote


def test_the_years_plan_not_completed_is_not_met_and_silence_is_no_result() -> None:
    missed = _whole_plan_rows(1979, ["我们要努力完成和超额完成今年的计划。"],
                              ["一九七九年的国民经济计划没有能够全面完成。"])
    assert [row.verdict for row in missed] == ["not_met"]
    silent = _whole_plan_rows(1958, ["为完成和超额完成一九五八年度的国民经济计划而奋斗。"],
                              ["一九五八年，我国第一个五年计划已经超额完成了。"])
    assert [row.verdict for row in silent] == ["no_result"]  # the five-year plan's completion, not the year's


def test_a_five_year_plan_is_a_goal_of_its_period_judged_once_the_period_is_over() -> None:
    ahead = _whole_plan_rows(1956, ["争取提前完成和超额完成第一个五年计划。"],
                             ["一九五六年，我国第一个五年计划的各项指标都大大地超过了原定的进度。"])
    assert [(row.horizon, row.verdict, row.reason) for row in ahead] == [
        ("plan-period", "no_result", PERIOD_NOT_OVER)]
    over = _whole_plan_rows(1957, ["我们深信，也就能够保证完成和超额完成我国第一个五年计划。"],
                            ["到了一九五七年底，我国第一个五年计划所规定的基本任务和各项主要指标，就全面地完成和超额完成了。"])
    assert [(row.horizon, row.verdict) for row in over] == [("plan-period", "met")]
    assert over[0].result is not None and over[0].result.quote.endswith("就全面地完成和超额完成了")


def test_completing_a_plan_told_as_done_as_a_cause_or_as_what_a_measure_serves_is_no_goal() -> None:
    rows = _whole_plan_rows(1983, ["胜利地完成第六个五年计划，将使我们得到一个具有决定意义的胜利。",
                                   "技术改造是全面完成“六五”计划的重要条件。",
                                   "一九八二年我们完成了一九八二年的国民经济计划。"],
                            ["一九八三年的国民经济计划全面完成了。"])
    assert rows == []


def test_the_row_is_named_by_the_plan_completed_not_by_the_words_around_it() -> None:
    rows = _whole_plan_rows(1957, ["那么我们就能够顺利地完成各项指标，也就能够保证完成和超额完成我国第一个五年计划。"],
                            ["我国第一个五年计划所规定的基本任务，就全面地完成和超额完成了。"])
    assert [row.indicator for row in rows] == ["完成和超额完成我国第一个五年计划"]


def test_a_plan_of_one_field_a_share_of_a_plan_or_another_clause_does_not_judge_the_whole_plan() -> None:
    for review in (["1990年，基本建设投资计划没有完成。"], ["1990年，财政收入完成计划的百分之九十。"],
                   ["1990年，各地区认真执行计划，完成了大量工作。"]):
        rows = _whole_plan_rows(1990, ["努力完成今年的国民经济计划。"], review)
        assert [row.verdict for row in rows] == ["no_result"], review


def test_a_five_year_plan_is_not_found_in_a_figure_nor_in_a_quoted_project_count() -> None:
    rows = _whole_plan_rows(1957, ["争取提前完成和超额完成第一个五年计划。"],
                            ["一九五七年，苏联帮助建设的“一五六项”工程中，有一批已经按计划完成了。"])
    assert [row.verdict for row in rows] == ["no_result"]
    named = _whole_plan_rows(2005, ["确保全面完成“十五”计划。"], ["2005年，粮食产量增长百分之十五，超额完成计划。"])
    assert [row.verdict for row in named] == ["no_result"]


def test_this_years_plan_in_a_report_given_late_in_the_year_is_no_goal_of_the_next_year() -> None:
    plan = ["明年工业总产值增长百分之四。", "明年粮食产量增长百分之三。", "明年钢产量增长百分之二。",
            "我们一定要完成今年的计划，为完成明年的国民经济计划而奋斗。"]
    old = report_of_parts(1980, {"一、一九八○年的工作": ["今年工业总产值增长百分之八。"],
                                 "二、一九八一年的国民经济计划": plan})
    new = report_of_parts(1981, {"一、一九八一年的工作回顾": ["一九八一年的国民经济计划全面完成了。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None and "计划" in row.target.quote]
    assert [(row.target.quote, row.verdict) for row in rows if row.target is not None] == [
        ("为完成明年的国民经济计划", "met")]
