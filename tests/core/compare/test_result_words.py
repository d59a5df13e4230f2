"""Results a review states in words, or with a figure the extractor cannot name, and the report's own verdicts."""

from __future__ import annotations

from core.compare.scorecard import ScoreRow, build_scorecard
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, PARTLY, STATED
from tests.core.report_builder import report_of_parts


def _rows(plan: list[str], review: list[str]) -> dict[str, ScoreRow]:
    """The scorecard rows, by the target's quote, of a plan for 2022 and a review of it."""
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": plan})
    new = report_of_parts(2023, {"一、2022年工作回顾": review, "二、2023年工作安排": ["经济平稳。"]})
    return {row.target.quote: row for row in build_scorecard(old, new).rows if row.target is not None}


def _only(rows: dict[str, ScoreRow], quote_part: str) -> ScoreRow:
    (row,) = [row for quote, row in rows.items() if quote_part in quote]
    return row


def test_a_task_the_review_says_was_done_is_met() -> None:
    rows = _rows(["今年要淘汰黄标车和老旧车600万辆。"], ["加强雾霾治理，淘汰黄标车和老旧车指标超额完成。"])
    row = _only(rows, "黄标车")
    assert row.verdict == MET and "超额完成" in row.reason


def test_a_group_statement_decides_for_the_binding_environmental_targets() -> None:
    rows = _rows(["二氧化碳排放强度要降低3.1%以上。"], ["狠抓节能减排和环境保护，各项约束性指标超额完成。"])
    row = _only(rows, "二氧化碳")
    assert row.verdict == MET and row.result is not None and "约束性指标" in row.result.sentence.text


def test_a_group_statement_decides_for_each_industry_of_old_capacity_but_not_for_boilers() -> None:
    rows = _rows(["今年要淘汰钢铁2700万吨、平板玻璃3500万标准箱等落后产能，淘汰燃煤小锅炉5万台。"],
                 ["钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成。"])
    assert _only(rows, "钢铁").verdict == MET
    assert _only(rows, "平板玻璃").verdict == MET
    assert _only(rows, "锅炉").verdict != MET


def test_a_budget_is_paired_with_the_review_sum_that_gives_its_purpose_a_short_name() -> None:
    rows = _rows(["中央财政拟安排200亿元专项资金，主要用贴息方式支持企业技术改造。"],
                 ["鼓励企业加快技术改造，安排200亿元技改专项资金支持4441个技改项目。"])
    row = _only(rows, "200亿元")
    assert row.verdict == MET and row.result is not None and "技改专项资金" in row.result.sentence.text


def test_a_figure_is_found_where_the_review_shortens_medical_insurance_to_yibao() -> None:
    rows = _rows(["新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元。"],
                 ["城乡居民基本医保财政补助标准增加到人均280元。"])
    row = _only(rows, "280元")
    assert row.verdict == MET and row.result is not None and "医保" in row.result.sentence.text


def test_a_miss_the_report_admits_in_other_words_is_not_met() -> None:
    rows = _rows(["居民消费价格涨幅控制在4%左右。"], ["政府工作仍存在一些不足，节能减排、物价调控目标没有完成。"])
    row = _only(rows, "居民消费价格")
    assert row.verdict == NOT_MET and "没有完成" in row.reason


def test_the_review_saying_a_figure_met_its_requirement_is_believed() -> None:
    rows = _rows(["居民消费价格涨幅3%左右。"], ["去年居民消费价格上涨3.6%，符合调控要求。"])
    row = _only(rows, "居民消费价格")
    assert row.verdict == MET and "符合调控要求" in row.reason
    strict = _rows(["居民消费价格涨幅3%左右。"], ["去年居民消费价格上涨3.6%。"])
    assert _only(strict, "居民消费价格").verdict == NOT_MET


def test_a_figure_is_found_by_the_words_around_it() -> None:
    rows = _rows(["今年要再取消和下放行政审批事项200项以上。", "今年再解决6000万农村人口的饮水安全问题。"],
                 ["国务院各部门全年取消和下放246项行政审批事项。", "6600多万农村人口饮水安全问题得到解决。"])
    approvals = _only(rows, "行政审批")
    assert approvals.verdict == MET and approvals.result is not None and approvals.result.indicator is not None
    assert approvals.result.indicator.value == 246
    water = _only(rows, "饮水")
    assert water.verdict == MET and water.result is not None and water.result.indicator is not None
    assert water.result.indicator.value == 6600


def test_of_two_figures_in_one_clause_the_one_named_as_the_target_ends_wins() -> None:
    rows = _rows(["新建改建农村公路20万公里。"], ["新建改建高速公路6000多公里、农村公路30多万公里。"])
    row = _only(rows, "农村公路")
    assert row.verdict == MET and row.result is not None and row.result.indicator is not None
    assert row.result.indicator.value == 30


def test_a_figure_moving_the_other_way_is_no_result() -> None:
    rows = _rows(["对地方一般性转移支付规模增长9.5%。"], ["一般性转移支付规模大幅增加、专项转移支付项目减少三分之二。"])
    row = _only(rows, "转移支付")
    assert row.result is None or row.result.indicator is None


def test_a_figure_counting_something_else_is_no_result() -> None:
    rows = _rows(["今年保障性安居工程新安排740万套。"], ["保障性安居工程基本建成772万套。"])
    assert _only(rows, "保障性安居工程").verdict in (NO_RESULT, STATED)


def test_a_count_without_its_unit_of_people_still_pairs() -> None:
    rows = _rows(["今年要完成1000万以上农村贫困人口脱贫任务。"], ["农村贫困人口减少1240万。"])
    row = _only(rows, "农村贫困人口")
    assert row.verdict == MET and row.result is not None and "1240万" in row.result.quote


def test_income_in_step_is_judged_by_all_residents_income() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": [
        "今年发展的主要预期目标是：国内生产总值增长6.5%左右，居民收入增长和经济增长基本同步。"]})
    new = report_of_parts(2023, {"一、2022年工作回顾": [
        "国内生产总值增长6.7%。", "全国居民人均可支配收入实际增长6.3%。", "农村居民人均可支配收入实际增长8.2%。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if "同步" in (row.target.quote if row.target else "")]
    assert row.verdict == MET and row.result is not None and "全国居民" in row.result.quote
    assert "6.3%" in row.reason and "6.7%" in row.reason


def test_a_building_work_pairs_with_the_figure_beside_the_same_verb() -> None:
    rows = _rows(["今年城镇保障性住房基本建成470万套、新开工630万套。"],
                 ["城镇保障性安居工程基本建成544万套，新开工666万套。"])
    started = _only(rows, "新开工")
    assert started.verdict == MET and started.result is not None and started.result.indicator is not None
    assert started.result.indicator.value == 666


def test_a_qualitative_target_is_found_without_its_de() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，发展的协调性进一步增强。"]})
    new = report_of_parts(2023, {"一、2022年工作回顾": [
        "国内生产总值增长7.7%。", "中西部地区生产总值比重继续提高，区域发展协调性增强。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target and "协调性" in row.target.quote]
    assert row.verdict == STATED and row.result is not None and "协调性增强" in row.result.quote


def test_urban_and_rural_income_apart_give_partly_when_one_lags() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，城乡居民人均收入实际增长与经济增长同步。"]})
    new = report_of_parts(2023, {"一、2022年工作回顾": [
        "国内生产总值增长7.7%。", "城镇居民人均可支配收入实际增长7%，农村居民人均纯收入实际增长9.3%。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target and "同步" in row.target.quote]
    assert row.verdict == PARTLY
    assert "城镇居民人均可支配收入7% behind" in row.reason and "农村居民人均纯收入9.3% in step" in row.reason


def test_a_shortfall_the_report_admits_against_its_set_target_is_not_met() -> None:
    rows = _rows(["进出口总额增长8%左右。"], ["进出口总额增长7.6%，略低于8%的预定目标。"])
    row = _only(rows, "进出口")
    assert row.verdict == NOT_MET and "略低于8%的预定目标" in row.reason
