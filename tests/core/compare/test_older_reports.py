"""Targets and results as older reports write them: growth against last year, weights in 斤, 公斤 or 吨,
electricity in 度, years in Chinese numerals before a name, and the effects a measure is said to bring."""

from __future__ import annotations

import pytest

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import extract_from_text
from core.compare.scorecard import build_scorecard
from core.compare.scorecard.verdicts import MET, NOT_MET, judge
from core.reading.document import parse_text
from core.reading.model import KIND_PLAN, KIND_REVIEW
from tests.core.report_builder import report_of_parts


@pytest.mark.parametrize(
    ("target", "result", "verdict"),
    [
        ("粮食产量要达到9000亿斤左右", "粮食产量达到46251万吨", MET),  # 4.5亿吨 planned
        ("粮食产量要达到4900亿公斤", "粮食产量达到46251万吨", NOT_MET),
        ("造林面积达到600万公顷", "造林面积9000万亩", MET),
        ("发电量达到3120亿度", "发电量3093亿千瓦时", NOT_MET),
    ],
)
def test_a_measure_compares_across_its_units(target: str, result: str, verdict: str) -> None:
    (planned,) = extract_from_text(target, kind=KIND_PLAN)
    (reported,) = extract_from_text(result, kind=KIND_REVIEW)
    assert judge(planned, reported).verdict == verdict


@pytest.mark.parametrize(
    ("text", "name", "reference"),
    [
        ("一九八六年国民生产总值比上年增长百分之七点八", "国民生产总值", "上年"),
        ("工农业总产值比1980年预计增长8％", "工农业总产值", "1980年"),
        ("而工业生产计划增长6％", "工业生产", ""),
        ("对外贸易进出口总额达到800亿美元", "对外贸易进出口总额", ""),
    ],
)
def test_words_before_a_name_and_between_reference_and_verb(text: str, name: str, reference: str) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.reference) == (name, reference)


def test_growth_against_last_year_is_a_target_and_the_effect_of_a_measure_is_not() -> None:
    old = report_of_parts(1990, {"一、一九八九年的工作": ["经济平稳。"], "二、一九九〇年的任务": [
        "今年国民生产总值计划比上年增长5%左右。", "全国财政支出比上年增加150亿元。",
        "改造工业锅炉，可以节约标准煤200万吨。"]})
    new = report_of_parts(1991, {"一、一九九〇年的工作回顾": ["一九九〇年国民生产总值比上年增长5%。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert [(row.indicator, row.verdict) for row in rows] == [("国民生产总值", MET)]


@pytest.mark.parametrize(
    ("older", "newer"),
    [("国民生产总值", "国内生产总值"), ("城镇待业率", "城镇登记失业率"), ("社会商品零售总额", "社会消费品零售总额"),
     ("全国零售物价总水平上涨幅度", "零售物价总水平"), ("全国零售物价总指数", "全国商品零售价格")],
)
def test_older_names_of_an_indicator_share_its_key(older: str, newer: str) -> None:
    assert name_key(older) == name_key(newer)


def test_retail_prices_are_a_ceiling() -> None:
    (planned,) = extract_from_text("全国商品零售价格涨幅10%左右", kind=KIND_PLAN)
    (reported,) = extract_from_text("全国商品零售价格上涨8.8%", kind=KIND_REVIEW)
    (above,) = extract_from_text("全国商品零售价格上涨11.2%", kind=KIND_REVIEW)  # above 10%左右: not met
    assert judge(planned, reported).verdict == MET and judge(planned, above).verdict == NOT_MET


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("进出口贸易总额一九九○年比一九八五年增长百分之四十", ["进出口贸易总额"]),  # ○ for zero
        ("五年内全国工农业总产值增长百分之三十八", ["全国工农业总产值"]),
        ("全民所有制单位的固定资产投资总额五年为八千九百六十亿元", ["全民所有制单位的固定资产投资总额"]),
        ("单位国内生产总值能耗由前三年分别上升4.9%、5.5%，转为下降1.2%", ["单位国内生产总值能耗"] * 3),
        ("不能由一两个部门包办", []),  # 一两个: a rough count, no figure
    ],
)
def test_periods_and_years_are_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [indicator.name for indicator in extract_from_text(text)] == names


def test_yearly_increase_is_a_relation() -> None:
    found = extract_from_text("工农业总产值计划增长百分之二十一点七，平均每年递增百分之四")
    assert [(indicator.name, indicator.relation, indicator.value) for indicator in found] == [
        ("工农业总产值", "增长", 21.7), ("工农业总产值", "递增", 4)]


@pytest.mark.parametrize(
    ("text", "name", "relation"),
    [("全国零售物价上涨幅度明显低于去年", "全国零售物价上涨幅度", "低于"),  # 明显: how much, no part of the name
     ("商品零售价格涨幅回落到6.1%", "商品零售价格涨幅", "回落到")],
)
def test_older_relations_and_adverbs(text: str, name: str, relation: str) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.relation) == (name, relation)


def test_older_names_of_new_urban_jobs() -> None:
    assert name_key("城镇新就业人数") == name_key("城镇新增就业")


def test_a_chinese_numeral_is_read_whole_before_an_old_unit() -> None:
    (cotton,) = extract_from_text("棉花的指标为三千五百万担")  # 担 = 50 公斤; 的指标 is no part of the name
    assert (cotton.name, cotton.value, cotton.unit) == ("棉花", 3500, "万担")
    (reported,) = extract_from_text("棉花产量达到一百七十五万吨", kind=KIND_REVIEW)
    assert judge(cotton, reported).verdict == MET  # 175万吨 = 3500万担


def test_then_is_no_part_of_a_name() -> None:
    (output,) = extract_from_text("工业总产值则为七百一十九亿六千万元")
    assert output.name == "工业总产值" and output.value == 7196000


def test_a_budget_the_review_says_was_exceeded_is_met() -> None:
    (planned,) = extract_from_text("国家财政收入预算为2500亿元", kind=KIND_PLAN)
    (reported,) = extract_from_text("国家财政收入2480亿元", kind=KIND_REVIEW)
    assert judge(planned, reported, after="，超过预算").verdict == MET


def test_a_past_years_figure_recounted_in_the_plan_is_no_target() -> None:
    old = report_of_parts(1987, {"一、一九八六年的工作": ["经济平稳。"], "二、一九八七年的任务": [
        "一九八六年国民生产总值增长百分之七点八。", "一九八六年，我们取得了很大成绩。财政收入增长百分之十。",
        "今年国民生产总值计划比一九八六年增长百分之七。",
        "到1990年，国民生产总值达到11170亿元。"]})
    new = report_of_parts(1988, {"一、一九八七年的工作回顾": ["经济平稳。"]})
    quotes = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert quotes == ["国民生产总值计划比一九八六年增长百分之七", "国民生产总值达到11170亿元"]


def test_per_mille_in_words_and_a_rise_against_last_year() -> None:
    (births,) = extract_from_text("人口自然增长率控制在千分之十四以内")
    assert (births.value, births.unit, births.qualifier) == (14, "‰", "以内")
    (prices,) = extract_from_text("全国零售物价总指数比上年上涨百分之七点三", kind=KIND_REVIEW)
    assert (prices.relation, prices.reference, prices.value) == ("上涨", "上年", 7.3)


def test_parts_after_the_review_of_a_report_without_a_plan_heading_are_read_as_its_plan() -> None:
    old = report_of_parts(1990, {"一、一九八九年的工作回顾": ["经济平稳。"],
                                 "二、扩大和培育内需，促进经济较快增长": ["今年国民生产总值增长5%左右。"]})
    # the reading marks the part a plan by where it stands (core.reading.sections.structure)
    assert [(section.kind, section.kind_by_position) for section in old.sections if section.parent is None] == [
        (KIND_REVIEW, False), ("plan", True)]
    new = report_of_parts(1991, {"一、一九九〇年的工作回顾": ["一九九〇年国民生产总值增长5%。"]})
    card = build_scorecard(old, new)
    assert card.old is old and [(row.indicator, row.verdict) for row in card.rows if row.target] == [
        ("国民生产总值", MET)]
    assert not any("no plan part" in warning for warning in card.warnings)


def test_a_report_without_review_or_plan_headings_turns_to_its_plan_at_this_year() -> None:
    lines = ["1987年政府工作报告", "一、关于经济体制改革", "去年工作取得了很大成绩。",
             "一九八六年国民生产总值增长7.8%。", "各方面都有进展。", "二、关于对外开放", "对外开放进一步扩大。",
             "一九八七年是实施第七个五年计划的第二年。",
             "今年国民生产总值增长7%左右。", "城镇待业率控制在3%以内。"]
    (old,) = parse_text("\n".join(lines) + "\n")
    assert {section.kind for section in old.sections} == {"other"}
    new = report_of_parts(1988, {"一、一九八七年的工作回顾": ["一九八七年国民生产总值增长9.4%。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert [(row.indicator, row.verdict) for row in rows] == [("国民生产总值", MET), ("城镇待业率", "no_result")]


def test_a_sector_named_alone_names_its_total_and_a_sector_is_no_result_for_the_whole_industry() -> None:
    old = report_of_parts(1980, {"二、一九八一年的计划": [
        "明年工业总产值增长6％。轻工业，总产值比1980年预计增长8％。"]})
    new = report_of_parts(1981, {"一、一九八一年的工作回顾": ["今年轻纺工业的总产值预计比去年增长12％。"]})
    rows = {row.indicator: (row.result.quote if row.result and row.result.indicator else None, row.verdict)
            for row in build_scorecard(old, new).rows if row.target is not None}
    assert rows["轻工业总产值"] == ("轻纺工业的总产值预计比去年增长12％", "met")
    assert rows["工业总产值"][0] is None
