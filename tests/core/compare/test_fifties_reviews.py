"""The 1957→1958 pair: a report whose parts are topics gives its year's plan in one paragraph, and the review of
the next year tells its figures with asides, verbs told as done and prices of a base year."""

from __future__ import annotations

from core.compare.indicators import extract_from_text
from core.compare.scorecard import build_scorecard
from tests.core.report_builder import report_of_parts

# 1957: five parts on topics, none a review or a plan; the plan of the year is one paragraph of the second.
TOPICS = report_of_parts(1957, {
    "一、关于社会主义革命": ["1956年，我国基本上完成了社会主义改造。1956年工业总产值增长了28%。"],
    "二、关于社会主义建设": [
        "1956年全国完成了将近一百四十亿元的基本建设投资额。",
        "这次提交大会审议的1957年度的国家预算草案和发展国民经济计划草案的各种数字表明，我们的建设是稳步前进的。"
        "1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。"
        "基本建设投资缩减为一百一十一亿元，五年合计，仍然超过五年计划原定数约五十亿元。",
        "应该指出，我们的成就是同苏联的援助分不开的。"],
    "三、关于人民生活": ["有人说，工农的生活太悬殊了。全国职工的平均工资将提高百分之十。"]})

REVIEW = report_of_parts(1958, {"（一）一九五七年经济战线上的胜利": [
    "根据预计数字，一九五七年国民经济各部门基本建设总投资额完成了一百二十三亿七千万元。",
    "一九五七年的工业总产值（不包括手工业产值，下同），包括原有企业和新建企业的在内，预计达到六百二十八亿一千万元"
    "（按一九五二年不变价格计算），超过年度计划百分之四点一，比上一年增长百分之六点九。",
    "一九五八年我国工农业总产值达到了二千零五十亿元。"]})


def test_the_paragraph_that_lays_the_years_drafts_before_the_congress_is_the_plan_of_a_report_of_topics() -> None:
    rows = [row for row in build_scorecard(TOPICS, REVIEW).rows if row.target is not None]
    # the parts after it argue and look back: 职工的平均工资将提高 there is no target of the year's plan, nor is
    # by how much five years passed the plan (仍然超过五年计划原定数)
    assert sorted(row.target.quote for row in rows) == sorted([
        "工业总产值比1956年将增长百分之四点五", "达到六百零三亿元", "基本建设投资缩减为一百一十一亿元"])
    assert "基本建设投资" in {row.indicator for row in rows}  # not 基本建设投资缩


def test_a_figure_after_an_aside_and_a_share_of_the_plan_keeps_its_name_and_its_year() -> None:
    card = build_scorecard(TOPICS, REVIEW)
    results = {(row.target.quote, row.result.quote if row.result else None, row.verdict)
               for row in card.rows if row.target is not None}
    # not 98.7% nor 超过年度计划百分之四点一; the prices of 1952 do not date the figure to 1952
    assert ("工业总产值比1956年将增长百分之四点五", "比上一年增长百分之六点九", "met") in results
    assert ("达到六百零三亿元", "预计达到六百二十八亿一千万元", "met") in results
    # (as the truth table reads it: the review calls the investment an overfulfilment of the year's plan)
    assert ("基本建设投资缩减为一百一十一亿元", "一百二十三亿七千万元", "met") in results


def test_a_verb_told_as_done_and_a_name_in_brackets_are_read() -> None:
    found = [(indicator.name, indicator.value, indicator.unit) for indicator in extract_from_text(
        "农业总产值达到了八百八十亿元，比一九五七年的五百三十七亿元增长了百分之六十四。", kind="review")]
    assert found == [("农业总产值", 880.0, "亿元"), ("农业总产值", 64.0, "%")]
    bracketed = extract_from_text("工业总产值（不包括手工业产值，下同），包括原有企业在内，达到六百亿元。",
                                  kind="review")
    assert [(indicator.name, indicator.value) for indicator in bracketed] == [("工业总产值", 600.0)]


def test_one_year_against_the_year_before_is_no_five_year_figure() -> None:
    old = report_of_parts(1957, {"二、一九五七年的计划": ["1957年农业总产值将增长百分之四点九。"]})
    new = report_of_parts(1958, {"一、一九五七年的工作": [
        "根据预计，一九五七年比一九五六年，粮食增加了五十亿斤。农业和农副业总产值比一九五六年增长百分之三点五。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.result is not None
    assert (row.result.quote, row.verdict) == ("农业和农副业总产值比一九五六年增长百分之三点五", "not_met")


def test_the_whole_of_industry_and_farming_judges_neither_side() -> None:
    old = report_of_parts(1958, {"二、一九五八年的计划": ["一九五八年的工业总产值，拟定为六百四十三亿七千万元。"]})
    new = report_of_parts(1959, {"一、一九五八年的工作": [
        "一九五八年我国工农业总产值达到了二千零五十亿元。其中，工业和手工业总产值达到了一千一百七十亿元。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.result is not None and row.result.quote == "工业和手工业总产值达到了一千一百七十亿元"


def test_the_rules_for_verbs_told_as_done_keep_to_their_figures() -> None:
    """From the review of these rules: 占领 opens no share, an adverb or 前三年 is no part of a name, 比原计划 is
    what a figure is compared with, and a list of actions with 分别 keeps a figure for each."""
    assert extract_from_text("1962年我们仅占领了中印边界东段所谓麦克马洪线以南中国领土。", kind="review") == []
    named = [(figure.name, figure.reference) for figure in extract_from_text(
        "国营工业利润收入比原计划增加了10%。钢产量前三年共增加了一百五十万吨。", kind="review")]
    assert named == [("国营工业利润收入", "原计划"), ("钢产量", "")]
    listed = [(figure.name, figure.value) for figure in extract_from_text(
        "淘汰、关停小火电机组分别为500万千瓦和300万千瓦。", kind="plan")]
    assert listed == [("淘汰小火电机组", 500.0), ("关停小火电机组", 300.0)]


def test_an_aside_at_the_end_of_a_name_and_a_list_number_before_it_are_no_part_of_it() -> None:
    """1955: 农业（包括农村副业）增长了… was named 农业(包括农村副业; 1956: （四）商业、粮食…方面的支出 四)商业…."""
    found = [figure.name for figure in extract_from_text(
        "工业（包括手工业）增长了百分之一百二十七，农业（包括农村副业）增长了百分之四十八点五。", kind="review")]
    assert found == ["工业", "农业"]
    text = "（四）商业、粮食、农产品采购和对外贸易方面的支出为８５７，１８２，０００元。"
    (spent,) = extract_from_text(text, kind="plan")
    assert spent.name == "商业、粮食、农产品采购和对外贸易方面的支出"
