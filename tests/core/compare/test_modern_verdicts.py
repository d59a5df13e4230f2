"""Verdicts on modern reports: the figures a review gives in other words, the targets it recalls, the wordings of
its results (each rule with the short wording a reader meets in any modern report, city reports too)."""

from __future__ import annotations

import pytest

from core.compare.figures.indicator_names import shown_name
from core.compare.indicators import extract_from_text
from core.compare.scorecard import ScoreRow, build_scorecard
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, STATED
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


def test_a_review_that_names_the_end_of_a_figures_name_speaks_of_it_in_words() -> None:
    rows = _rows(["中央和地方财政对参加合作医疗农民的补助标准由20元提高到40元。",
                  "开工建设城市地下综合管廊2000公里以上。",
                  "基本公共卫生服务经费财政补助从人均40元提高到45元。"],
                 ["较大幅度提高参加合作医疗农民的补助标准。", "城市轨道交通、地下综合管廊建设加快。",
                  "增加基本公共卫生服务经费。"])
    for quote, said in (("合作医疗", "合作医疗"), ("管廊", "管廊"), ("公共卫生", "公共卫生")):
        row = _only(rows, quote)
        assert row.verdict == STATED and row.result is not None and said in row.result.sentence.text


def test_a_short_end_many_names_share_is_no_sign_the_review_speaks_of_the_figure() -> None:
    rows = _rows(["中央财政扶贫资金增长20%。"], ["全国财政专项扶贫资金投入超过1000亿元。"])
    assert _only(rows, "扶贫资金").verdict == NO_RESULT


def test_money_the_review_says_was_used_for_something_is_no_result_for_its_size() -> None:
    rows = _rows(["中央财政赤字1.4万亿元。"], ["积极的财政政策力度加大，增加的财政赤字主要用于减税降费。"])
    assert _only(rows, "赤字").verdict == NO_RESULT
    rows = _rows(["中央财政赤字1.4万亿元。"], ["去年财政赤字控制在预算范围内。"])
    assert _only(rows, "赤字").result is not None


def test_a_direction_set_beside_a_figure_is_a_target_the_reviews_figure_or_words_judge() -> None:
    plan = ["今年二氧化硫、氮氧化物排放量要下降3%，重点地区细颗粒物（PM2.5）浓度继续下降。"]
    rows = _rows(plan, ["74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。"])
    row = _only(rows, "浓度继续下降")
    assert row.verdict == MET and "9.1%" in row.reason
    assert _only(_rows(plan, ["污染防治得到加强，细颗粒物（PM2.5）浓度继续下降。"]), "浓度").verdict == STATED
    assert _only(_rows(plan, ["重点城市细颗粒物（PM2.5）平均浓度上升3%。"]), "浓度").verdict == NOT_MET
    assert _only(_rows(plan, ["经济平稳。"]), "浓度").verdict == NO_RESULT


def test_a_later_step_a_cause_or_a_figure_said_again_beside_a_figure_is_no_direction_target() -> None:
    rows = _rows(["城乡低保补助标准提高10%，优抚对象补助标准也进一步提高，以后逐步提高。",
                  "由于工资提高，消费增长8%。"], ["经济平稳。"])
    assert not [quote for quote in rows if "也进一步" in quote or "以后" in quote or "由于" in quote]


def test_the_whole_country_between_the_verb_and_the_figure_is_where_a_programme_reaches_not_its_name() -> None:
    (figure,) = extract_from_text("城镇居民基本医疗保险试点要扩大到全国50%以上的城市。")
    assert (figure.name, figure.relation, figure.value) == ("城镇居民基本医疗保险试点", "扩大到", 50.0)


def test_a_programmes_reach_is_judged_by_the_share_of_the_country_the_review_gives() -> None:
    cases = (
        ("将新型农村社会养老保险试点范围扩大到全国40%的县。",
         "2343个县开展新型农村社会养老保险试点，3.58亿人参保，覆盖面扩大到60％以上。"),
        ("今年把新型农村合作医疗试点的范围扩大到全国40%的县。",
         "新型农村合作医疗试点范围扩大到1451个县，占全国总数的50.7％，有4.1亿农民参加。"),
        ("新型农村合作医疗试点范围扩大到全国80%以上的县。", "新型农村合作医疗制度不断完善，已扩大到全国86%的县。"),
    )
    for plan, review in cases:
        row = _only(_rows([plan], [review]), "扩大到全国")
        assert row.verdict == MET, (plan, row)


def test_a_share_the_plan_makes_reach_something_is_named_by_what_follows_the_figure() -> None:
    names = [(figure.name, figure.value) for text in ("今年要使全市90%以上的村通公交。", "使80%以上的行政村通宽带。",
                                                      "基本普及九年义务教育的地区要增加到全国人口的72%。")
             for figure in extract_from_text(text)]
    assert names == [("村通公交", 90.0), ("行政村通宽带", 80.0), ("基本普及九年义务教育的地区", 72.0)]
    rows = _rows(["今年，要使全国80%以上的人口地区普及九年义务教育。"],
                 ["基本普及九年义务教育和基本扫除青壮年文盲的工作取得重要进展。"])
    row = _only(rows, "普及九年义务教育")
    assert row.verdict == STATED and row.result is not None


def test_the_last_of_a_group_the_plan_makes_reach_something_is_named_by_what_follows_the_figure() -> None:
    # 2015: the row was named "让最后", the words before the figure
    texts = ("力争让最后20多万无电人口都能用上电。", "使剩余的50万贫困人口全部脱贫。")
    names = [(figure.name, figure.value) for text in texts for figure in extract_from_text(text)]
    assert names == [("无电人口都能用上电", 20.0), ("贫困人口全部脱贫", 50.0)]


def test_a_total_is_found_under_the_reviews_own_words_and_a_difference_is_no_total() -> None:
    rows = _rows(["今年中央政府投资总额9080亿元。"], ["2022年中央政府公共投资9243亿元。"])
    assert _only(rows, "9080").verdict == MET
    rows = _rows(["今年地方基本建设投资总额为27亿元。"], ["从经济方面说，基本建设投资多了十五亿元到二十亿元。"])
    assert _only(rows, "27亿元").result is None


def test_a_budget_is_judged_by_the_sum_the_review_gives_for_this_item_beside_its_purpose() -> None:
    rows = _rows(["建立健全高等和中等职业学校国家奖学金助学金制度，为此中央财政支出将由上年18亿元增加到95亿元。"],
                 ["建立健全高等和中等职业学校国家奖学金助学金制度，中央财政此项支出从2021年20.5亿元增加到去年的98亿元。"])
    row = _only(rows, "95亿元")
    assert row.verdict == MET and "98" in row.reason


def test_a_share_the_plan_ensures_by_the_end_of_the_year_is_named_by_what_follows_it() -> None:
    (figure,) = extract_from_text("确保今年底95%以上的学生都能在永久性校舍中学习。")
    assert (figure.name, figure.value, figure.hedge) == ("学生都能在永久性校舍中学习", 95.0, "确保")


def test_a_sum_to_spend_that_names_no_payer_is_a_budget_with_the_purpose_the_next_clause_gives() -> None:
    (figure,) = extract_from_text("今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设。")
    assert (figure.name, figure.value) == ("安排资金", 430.0)
    rows = _rows(["今年拟安排430亿元，用于补助低保住房困难家庭的实物廉租房建设。"], ["经济平稳。"])
    assert _only(rows, "430亿元").verdict == NO_RESULT
    assert extract_from_text("安排430亿元。") == []


def test_a_count_the_whole_country_before_it_names_by_what_follows_it() -> None:
    (figure,) = extract_from_text("将全国130万“老工伤”人员全部纳入工伤保险范围。")
    assert figure.value == 130.0 and "老工伤" in figure.name


def test_a_rate_whose_last_word_opens_a_review_clause_is_spoken_of_in_words() -> None:
    rows = _rows(["城镇登记失业率4.5%以内。"], ["城镇新增就业1351万人，失业率为多年来最低。"])
    row = _only(rows, "失业率")
    assert row.verdict == STATED and row.result is not None
    assert _only(_rows(["城镇登记失业率4.5%以内。"], ["努力降低失业率。"]), "失业率").verdict == NO_RESULT


def test_a_review_list_of_several_that_ends_on_a_figures_last_word_speaks_of_it() -> None:
    rows = _rows(["今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。", "城乡低保人均补助标准分别提高5%和8%。"],
                 ["推进钢铁、煤炭行业市场化去产能。", "提高低保、优抚、退休人员基本养老金等标准。"])
    for quote in ("钢铁", "煤炭", "低保"):
        row = _only(rows, quote)
        assert row.verdict == STATED and row.result is not None, quote
    rows = _rows(["今年再压减钢铁产能3000万吨左右。"], ["钢铁、煤炭价格回升。"])
    assert _only(rows, "钢铁").verdict == NO_RESULT


def test_the_economys_structure_is_spoken_of_through_the_structure_of_its_industries() -> None:
    rows = _rows(["今年发展的主要预期目标是：国内生产总值增长8%左右；经济结构进一步优化。"],
                 ["产业结构调整力度加大，节能减排取得新进展。"])
    row = _only(rows, "经济结构")
    assert row.verdict == STATED and row.result is not None and "产业结构" in row.result.sentence.text


def test_the_whole_people_whom_a_measure_reaches_and_a_class_of_things_are_no_targets() -> None:
    rows = _rows(["凝聚13亿人民的智慧和力量，努力实现今年的目标。",
                  "县级公立医院综合改革试点扩大到1000个县，覆盖农村4000万人。",
                  "今年再压减钢铁产能3000万吨左右，淘汰关停不达标的30万千瓦以下煤电机组。",
                  "居民消费价格涨幅控制在3%以下。"], ["经济平稳。"])
    quotes = list(rows)
    assert not [quote for quote in quotes if "13亿" in quote or "4000万" in quote or "30万千瓦" in quote], quotes
    assert [quote for quote in quotes if "1000个" in quote] and [quote for quote in quotes if "3%以下" in quote]


def test_a_direction_target_whose_group_the_review_says_was_met_is_stated() -> None:
    plan = ["今年发展的主要预期目标是：国内生产总值增长7%左右；主要污染物排放继续减少。"]
    row = _only(_rows(plan, ["狠抓节能减排和环境保护，各项约束性指标超额完成。"]), "主要污染物")
    assert row.verdict == STATED and row.result is not None
    row = _only(_rows(plan, ["主要污染物排放减少目标超额完成。"]), "主要污染物")
    assert row.verdict == MET


def test_a_floor_on_a_level_the_review_says_rose_again_is_met_when_last_year_stood_above_it() -> None:
    plan = ["今年粮食产量要稳定在5.5亿吨以上。"]
    rows = _rows(plan, ["粮食产量实现“十二连增”。"], ("粮食产量达到6.07亿吨。",))
    row = _only(rows, "5.5亿吨")
    assert row.verdict == MET and "6.07" in row.reason
    rows = _rows(plan, ["粮食产量实现“十二连增”。"], ("粮食产量达到5.2亿吨。",))
    assert _only(rows, "5.5亿吨").verdict == STATED


def test_a_verb_of_support_is_no_purpose_a_budget_is_paired_by() -> None:
    rows = _rows(["今年中央财政安排109亿元资金支持再就业。"],
                 ["中央财政安排219亿元支持116户国有企业实施政策性关闭破产。",
                  "去年中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助209亿元，比上年增加29亿元。"])
    row = _only(rows, "109亿元")
    assert row.verdict == MET and row.result is not None and "209" in row.result.quote


def test_urban_and_rural_income_given_apart_are_shown_in_the_order_the_review_gives_them() -> None:
    rows = _rows(["今年发展的主要预期目标是：国内生产总值增长8%左右；城乡居民收入稳定增长。"],
                 ["农村居民人均纯收入实际增长4.3%，城镇居民人均可支配收入实际增长5.8%。"])
    row = _only(rows, "城乡居民收入")
    assert row.verdict == MET and row.result is not None and "农村" in row.result.quote


def test_a_level_is_not_judged_by_what_was_added_and_a_reduction_set_as_a_task_is() -> None:
    old = report_of_parts(1958, {"二、1958年的计划": ["全国灌溉总面积计划达到六亿亩以上。"]})
    new = report_of_parts(1959, {"一、1958年的工作": ["一九五八年全国灌溉面积比一九五七年增加了四亿八千万亩。"]})
    (irrigation,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert irrigation.verdict == STATED  # not "not met": 4.8亿亩 added says nothing against a level of 6亿亩
    assert "rise" in irrigation.reason
    old = report_of_parts(2018, {"二、2018年工作建议": ["今年再减少农村贫困人口1000万以上。"]})
    new = report_of_parts(2019, {"一、2018年工作回顾": ["农村贫困人口减少1386万。"]})
    (poverty,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert poverty.verdict == MET
    old = report_of_parts(2018, {"二、2018年工作建议": ["粮食产量稳定在6亿吨以上。", "城镇新增就业900万人以上。"]})
    new = report_of_parts(2019, {"一、2018年工作回顾": ["粮食产量比上年增加300万吨。", "城镇就业增加1100万人。"]})
    verdicts = {row.indicator: row.verdict for row in build_scorecard(old, new).rows if row.target is not None}
    assert verdicts["粮食产量"] == STATED  # 稳定在 sets a level too
    assert verdicts["城镇新增就业"] == MET  # 新增 in the name: the target is itself a rise


def test_last_years_accounts_and_the_change_from_last_years_budget_set_no_target() -> None:
    old = report_of_parts(2008, {"二、2008年主要任务": [
        "今年，中央财政赤字预算拟安排1800亿元，比去年预算赤字减少650亿元。",
        "去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。"]})
    new = report_of_parts(2009, {"一、2008年工作回顾": ["中央财政赤字1800亿元。"]})
    assert [row.indicator for row in build_scorecard(old, new).rows if row.target is not None] == ["中央财政赤字预算"]


def test_budget_names_keep_who_pays_and_for_what_without_the_verb() -> None:
    old = report_of_parts(2010, {"二、2010年主要任务": [
        "中央财政拟安排补贴资金1335亿元。", "中央财政拟投入420亿元，用于农村饮水安全。",
        "企业退休人员基本养老金今年提高10%。", "今年保障性安居工程新安排740万套。",
        "今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。",
        "为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元。",
        "今年全国财政支出21万亿元，支出规模进一步加大。"]})
    new = report_of_parts(2011, {"一、2010年工作回顾": ["经济平稳。"]})
    names = [row.indicator for row in build_scorecard(old, new).rows if row.target is not None]
    # a budget that names only its payer is shown with what it is for (2005→2006 showed 中央财政 | 109亿元); how
    # big the budget grows is no purpose (2018: 全国财政支出（支出规模进一步加大）)
    assert names == ["中央财政补贴资金", "中央财政（用于农村饮水安全）", "企业退休人员基本养老金",
                     "保障性安居工程新安排", "中央财政（支持再就业）", "中央财政（加快社会保障体系建设）",
                     "全国财政支出"]


def test_a_turn_for_the_better_is_judged_by_the_way_its_figure_moved() -> None:
    """2017→2018: 进出口回稳向好 against 进出口增长14.2%."""
    plan = ["今年发展的主要预期目标是：国内生产总值增长6.5%左右；进出口回稳向好，国际收支基本平衡。"]
    rose = _only(_rows(plan, ["国内生产总值增长6.9%；进出口增长14.2%，实际使用外资创历史新高。"]), "进出口")
    fell = _only(_rows(plan, ["国内生产总值增长6.9%；进出口下降0.9%，实际使用外资创历史新高。"]), "进出口")
    assert (rose.verdict, fell.verdict) == (MET, NOT_MET)
    assert "14.2%" in rose.reason


def test_last_year_named_inside_a_review_of_five_years_dates_that_sentence_alone() -> None:
    """2018: 国有企业效益明显好转，去年利润增长23.5%。 then 财政改革… of the five years, in one paragraph."""
    old = report_of_parts(2017, {"一、2016年工作回顾": ["经济平稳。"], "二、2017年工作任务": [
        "对地方一般性转移支付规模增长9.5%。"]})
    new = report_of_parts(2018, {"一、过去五年工作回顾": [
        "刚刚过去的2017年，主要目标全面完成。国内生产总值增长6.9%。",
        "国资国企改革扎实推进。国有企业效益明显好转，去年利润增长23.5%。"
        "财税改革取得重大进展，中央对地方一般性转移支付规模大幅增加。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.verdict == NO_RESULT  # the five years' 大幅增加 is no result of 2017


def test_risks_kept_in_check_are_found_where_the_review_names_the_risks_it_defused() -> None:
    """2018→2019: 各类风险有序有效防控 was 未报告 beside 稳妥处置金融领域风险，防控地方政府债务风险."""
    rows = _rows(["今年发展主要预期目标是：国内生产总值增长6.5%左右；宏观杠杆率保持基本稳定，各类风险有序有效防控。"],
                 ["国内生产总值增长6.6%。稳妥处置金融领域风险，防控地方政府债务风险。"])
    row = _only(rows, "各类风险")
    assert row.verdict == STATED and row.result is not None and "债务风险" in row.result.sentence.text


def test_things_done_to_one_capacity_are_one_target() -> None:
    """2017: 要淘汰、停建、缓建煤电产能5000万千瓦以上 was three rows, 淘汰产能, 停建产能 and 缓建煤电产能."""
    text = "同时，要淘汰、停建、缓建煤电产能5000万千瓦以上。"
    found = [(figure.name, figure.value) for figure in extract_from_text(text)]
    assert found == [("淘汰停建缓建煤电产能", 5000.0)]


def test_pollution_falls_when_the_group_statement_meets_each_pollutants_cut() -> None:
    """2015→2016: the four pollutants were met by 各项约束性指标超额完成, and 主要污染物排放继续减少 beside them
    stated."""
    plan = ["今年发展的主要预期目标是：国内生产总值增长7%左右；能耗下降3.1%以上，主要污染物排放继续减少。",
            "二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。"]
    rows = _rows(plan, ["国内生产总值增长6.9%。狠抓节能减排和环境保护，各项约束性指标超额完成。"])
    assert _only(rows, "主要污染物").verdict == MET
    assert _only(rows, "二氧化硫").verdict == MET


def test_tax_and_fee_cuts_planned_apart_are_judged_by_their_sum_when_reviewed_together() -> None:
    """2018→2019: 减税8000多亿元 was met by 减税降费约1.3万亿元 alone, and 减轻非税负担3000多亿元 had no result."""
    plan = ["全年再为企业和个人减税8000多亿元。", "全年要为市场主体减轻非税负担3000多亿元。"]
    met = _rows(plan, ["全年为企业和个人减税降费约1.3万亿元。"])
    assert {row.verdict for row in met.values()} == {MET}
    assert all(row.result is not None and "减税降费" in row.result.quote for row in met.values())
    short = _rows(plan, ["全年为企业和个人减税降费约1万亿元。"])  # less than 8000多 + 3000多
    assert {row.verdict for row in short.values()} == {NOT_MET}


def test_a_target_to_keep_roughly_in_step_keeps_its_roughly() -> None:
    """2017 and 2018: 居民收入和经济增长基本同步 was shown as 与经济增长同步."""
    (figure,) = extract_from_text("居民收入增长和经济增长基本同步。", kind="plan")
    assert figure.value_text() == "与经济增长基本同步"


def test_how_a_figure_is_set_for_all_is_no_part_of_its_name() -> None:
    """2016: 城乡居民基础养老金标准统一由55元提高到70元 was named 城乡居民基础养老金标准统一."""
    (figure,) = extract_from_text("城乡居民基础养老金标准统一由55元提高到70元。", kind="plan")
    assert (figure.name, figure.value) == ("城乡居民基础养老金标准", 70.0)


def test_the_measure_a_price_is_of_is_no_figure() -> None:
    """2011 and 2012: 每50公斤 was read as a target of 50公斤, a junk row beside each price."""
    found = [(figure.name, figure.value, figure.unit) for figure in extract_from_text(
        "今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。", kind="plan")]
    assert found == [("小麦最低收购价", 7.4, "元"), ("稻谷最低收购价", 16.0, "元")]


def test_a_target_the_plan_commits_to_after_what_is_done_already_is_judged_by_last_years_clause() -> None:
    """2012→2013: the headline 4% of GDP for education was missing.  2012 plans it after what is done already
    (中央财政已按…4%编制预算，…确保实现这一目标); 2013 gives it in one clause of a sentence on five years."""
    rows = _rows(["中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算，地方财政也要相应安排，"
                  "确保实现这一目标。"],
                 ["国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%，2022年占国内生产总值比例达到4%。"])
    row = _only(rows, "教育经费")
    assert row.verdict == MET and row.result is not None and row.result.quote.endswith("比例达到4%")


def test_the_review_names_a_pilot_and_a_tax_cut_its_own_way() -> None:
    """2014→2015 and 2016→2017: 县级公立医院综合改革试点扩大到1000个县 against 公立医院改革试点县市达到1300多个, and
    减轻企业和个人负担5000多亿元 against 降低企业税负5700多亿元, were 未报告."""
    rows = _rows(["县级公立医院综合改革试点扩大到1000个县。", "今年将比改革前减轻企业和个人负担5000多亿元。"],
                 ["公立医院改革试点县市达到1300多个。", "全面推开营改增试点，全年降低企业税负5700多亿元。"])
    assert _only(rows, "公立医院").verdict == MET and _only(rows, "负担").verdict == MET


def test_town_and_country_raised_by_two_figures_are_two_targets() -> None:
    """2016: 城乡低保人均补助标准分别提高5%和8% was one row of 5%."""
    found = [(figure.name, figure.value) for figure in extract_from_text("城乡低保人均补助标准分别提高5%和8%。")]
    assert found == [("城市低保人均补助标准", 5.0), ("农村低保人均补助标准", 8.0)]


def test_starts_and_completions_of_a_works_programme_are_named_by_it() -> None:
    """2012 and 2014: 基本建成 and 新开工 stood alone as names, the programme in a clause before."""
    found = [(figure.name, figure.value) for figure in extract_from_text(
        "继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。", kind="plan")]
    assert found == [("保障性安居工程基本建成", 500.0), ("保障性安居工程新开工", 700.0)]
    rows = _rows(["加大保障性安居工程建设力度，今年新开工700万套以上，加强配套设施建设。"],
                 ["保障性安居工程新开工740万套，基本建成511万套。"])
    assert _only(rows, "新开工").verdict == MET


def test_each_measure_per_unit_of_output_in_a_list_keeps_its_own_name() -> None:
    """2016: 单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18% was named 国内生产总值用水量排放量,
    能耗排放量 and 二氧化碳排放量."""
    found = [(figure.name, figure.value) for figure in extract_from_text(
        "今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。", kind="plan")]
    assert found == [("单位国内生产总值用水量", 23.0), ("单位国内生产总值能耗", 15.0),
                     ("单位国内生产总值二氧化碳排放量", 18.0)]


def test_a_plan_named_in_quotes_keeps_both_quotes() -> None:
    """2016: “十三五”时期经济年均增长 showed as 十三五"时期经济年均增长."""
    (figure,) = extract_from_text("“十三五”时期经济年均增长保持在6.5%以上。", kind="plan")
    assert figure.name == '"十三五"时期经济年均增长'


def test_a_name_cut_from_a_long_clause_does_not_open_on_a_particle() -> None:
    """2006: 提出了“十一五”期间单位国内生产总值能源消耗降低20%左右 was named 了"十一五"期间…; 1982: 二十万千瓦以上的
    火电站四十五个 was named 的火电站."""
    (figure,) = extract_from_text(
        "《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。", kind="plan")
    assert figure.name == '"十一五"期间单位国内生产总值能源消耗'
    names = [figure.name for figure in extract_from_text(
        "新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个。", kind="plan")]
    assert "火电站" in names and not any(name.startswith("的") for name in names)


def test_the_sizes_of_schools_named_by_their_level_are_no_list_of_examples() -> None:
    """高等学校, 中等专业学校: the 等 of a school's level ends no list of examples (中招生规模)."""
    names = [figure.name for figure in extract_from_text(
        "普通高等学校、各类成人高等学校、中等专业学校的招生规模分别扩大5%、8%和10%。", kind="plan")]
    assert names == ["普通高等学校的招生规模", "各类成人高等学校的招生规模", "中等专业学校的招生规模"]


def test_an_age_that_names_whom_a_rate_counts_stays_in_the_name() -> None:
    """A 2023 city report: 65岁及以上老年人城乡社区规范健康管理服务率超70% was named 以上老年人…; 及时 lost its 及."""
    (figure,) = extract_from_text("四是65岁及以上老年人城乡社区规范健康管理服务率超70%。", kind="plan")
    assert (figure.name, figure.value) == ("65岁及以上老年人城乡社区规范健康管理服务率", 70.0)
    (figure,) = extract_from_text("60岁以上老人接种覆盖率达92.4%。", kind="plan")
    assert (figure.name, figure.value, figure.unit) == ("60岁以上老人接种覆盖率", 92.4, "%")
    assert not extract_from_text("15岁以上人口平均受教育年限达到9年以上。", kind="plan"), "an age is no figure"
    (figure,) = extract_from_text("及时足额发放的养老金增加5%。", kind="plan")
    assert figure.name == "及时足额发放的养老金"


def test_a_voltage_that_names_a_class_of_power_works_is_no_figure() -> None:
    """2023 city reports: 完成永安110千伏输变电站等项目 gave a row 永安 110千 (a voltage read as a count)."""
    assert not extract_from_text("完成永安110千伏输变电站等项目。", kind="plan")
    (figure,) = extract_from_text("推进110千伏月坡输变电工程建设，新建线路30公里。", kind="plan")
    assert (figure.name, figure.value, figure.unit) == ("新建线路", 30.0, "公里")


@pytest.mark.parametrize(
    ("text", "name", "value", "unit"),
    [
        # 2023 city reports: the class size was the figure and the growth of fixed investment was lost
        ("500万元以上固定资产投资增长10%以上。", "500万元以上固定资产投资", 10.0, "%"),
        ("全年招引落地10亿元以上制造业项目70个以上。", "招引落地10亿元以上制造业项目", 70.0, "个"),
        ("力争引进投资5000万元以上制造业项目160个。", "引进投资5000万元以上制造业项目", 160.0, "个"),
        ("新建1个100亿元以上产业项目。", "新建100亿元以上产业项目", 1.0, "个"),
        ("新增超百亿元集群1个、超50亿元集群1个。", "新增超百亿元集群", 1.0, "个"),
        ("引进10亿元项目3个。", "引进10亿元项目", 3.0, "个"),
    ],
)
def test_a_size_that_names_a_class_of_projects_or_firms_is_no_figure(
        text: str, name: str, value: float, unit: str) -> None:
    figure = extract_from_text(text, kind="plan")[0]
    assert (figure.name, figure.value, figure.unit) == (name, value, unit)
    assert all(figure.unit == unit for figure in extract_from_text(text, kind="plan")), "a class size is no figure"
    assert not extract_from_text("支持30万人以上县（市、区）规划建设技工院校。", kind="plan")
    assert not extract_from_text("打造500亿级新能源电池材料产业链，推动万绿湖风景区创建国家5A级景区。", kind="plan")
    assert not extract_from_text("开工建设北方化工年产3.5万吨纤维素醚项目。", kind="plan"), "a project's capacity"


def test_a_name_of_two_joined_indicators_is_not_cut_to_a_fragment() -> None:
    """2011: 城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7% was named 支配收入和农村居民人均纯收入年均."""
    town, country = extract_from_text("城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。", kind="plan")
    assert town.name.startswith("城镇居民人均可支配收入") and country.name.startswith("农村居民人均纯收入")


def test_tax_and_fees_are_judged_by_the_total_not_by_a_part_told_before_it() -> None:
    plan = ["全年再为企业和个人减税8000多亿元。", "全年要为市场主体减轻非税负担3000多亿元。"]
    rows = _rows(plan, ["小微企业减税降费2000亿元。全年为企业和个人减税降费约1.3万亿元。"])
    assert {row.verdict for row in rows.values()} == {MET}


def test_a_figure_arranged_for_a_programme_carried_on_is_named_by_it() -> None:
    """2014: 继续实施退耕还林还草，今年拟安排500万亩 was no row; 2015 says 新一轮退耕还林还草启动实施."""
    rows = _rows(["继续实施退耕还林还草，今年拟安排500万亩。"], ["新一轮退耕还林还草启动实施。"])
    row = _only(rows, "500万亩")
    assert (row.indicator, row.verdict) == ("退耕还林还草", STATED)


def test_prices_kept_stable_in_words_beside_their_figure_are_one_target() -> None:
    """2007→2008: 物价总水平基本稳定 said 未报告 beside 居民消费价格总水平涨幅在3%以内 not met by 4.8%, on one item."""
    rows = _rows(["今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；物价总水平基本稳定，"
                  "居民消费价格总水平涨幅在3%以内；国际收支不平衡状况得到改善。"],
                 ["国内生产总值增长11.4%。去年居民消费价格总水平比上年上涨4.8%。"])
    assert not any(quote.startswith("物价总水平") for quote in rows)
    assert _only(rows, "居民消费价格总水平涨幅").verdict == NOT_MET


def test_a_sub_section_of_the_plan_that_tells_how_a_past_period_went_sets_no_targets() -> None:
    """2006→2007: 城镇新增就业4200万人, from （二）“十五”期间国民经济和社会发展主要情况, was shown as a goal of the
    eleventh plan."""
    old = report_of_parts(2006, {
        "一、2005年工作回顾": ["经济平稳。"],
        "二、今年主要任务": ["今年城镇新增就业900万人。"],
        "三、关于“十一五”规划纲要的说明": [
            "（二）“十五”期间国民经济和社会发展主要情况", "五年来，人民生活明显改善。城镇新增就业4200万人。",
            "（三）“十一五”时期经济社会发展的主要目标", "“十一五”期间单位国内生产总值能源消耗降低20%左右。"]})
    new = report_of_parts(2007, {"一、2006年工作回顾": ["城镇新增就业1184万人。"]})
    quotes = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert not any("4200" in quote for quote in quotes)
    assert any("900万人" in quote for quote in quotes) and any("能源消耗" in quote for quote in quotes)


def test_a_budget_named_with_this_year_inside_pairs_with_the_reviews_wording() -> None:
    """2006→2007: 中央财政今年安排再就业补助资金251亿元 had no result beside 中央财政安排就业再就业资金234亿元, and
    今后五年中央财政将投入100亿元 was named 央财政投入."""
    rows = _rows(["中央财政今年安排再就业补助资金251亿元。"], ["中央财政安排就业再就业资金234亿元。"])
    row = _only(rows, "再就业补助资金")
    assert (row.indicator, row.verdict) == ("中央财政再就业补助资金", NOT_MET)
    (figure,) = extract_from_text("今后五年中央财政将投入100亿元支持职业教育发展。", kind="plan")
    assert figure.name.startswith("中央财政")


def test_names_keep_what_is_counted_not_who_set_it_or_the_verb_of_issuing() -> None:
    """2001–2006: rows named 继续发行, 拟发行, 拟发行建设国债, 中央提出今年经济, 拟先 and 国务院决定今年."""
    def names(text: str) -> list[str]:
        return [shown_name(figure.name) for figure in extract_from_text(text, kind="plan")]

    assert names("继续发行1500亿元长期建设国债，集中用于在建项目。") == ["长期建设国债"]
    assert names("今年拟发行建设国债1100亿元，比上年减少300亿元。")[0] == "建设国债"
    assert names("中央提出今年经济增长预期目标为7%左右。") == ["经济增长"]
    assert names("要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元。") == ["中央预算内经常性建设投资"]
    rows = _rows(["国务院决定今年安排30亿元建设资金，支持国有煤矿安全技术改造。"],
                 ["中央安排30亿元国债资金，支持乡镇卫生院建设。全年共投入95.4亿元。"])
    row = _only(rows, "建设资金")
    assert row.indicator.startswith("建设资金（支持国有煤矿") and row.verdict == NO_RESULT


def test_names_of_targets_told_by_their_verb_keep_what_is_done_and_not_the_will() -> None:
    """Rows named 保证支出增长不, 人口到, 一定要守住全国耕地, 关停, 基本解决, 扫除 and 启动 (1994–2015)."""
    def names(text: str) -> list[tuple[str, str]]:
        return [(figure.name, figure.relation) for figure in extract_from_text(text, kind="plan")]

    assert names("要严格控制财政支出，保证支出增长不高于收入增长幅度。") == [("保证支出增长", "不高于")]
    assert names("我国人口到2000年要控制在13亿以内。")[0][0] == "全国人口"
    assert names("一定要守住全国耕地不少于18亿亩这条红线。")[0][0] == "全国耕地"
    assert names("“十一五”期间，关停5000万千瓦小火电机组。")[0][0] == "关停小火电机组"
    assert names("帮助他们脱贫致富，基本解决8000万人的温饱问题。")[0][0] == "温饱问题"
    assert names("再扫除350万青壮年文盲。")[0][0] == "扫除青壮年文盲"
    assert names("发挥深松整地对增产的促进作用，今年启动1亿亩试点。")[0][0] == "启动试点"


def test_things_named_to_grow_together_are_one_target_of_all_of_them() -> None:
    """1984: 做到工业产值、实现利润和上交税利三者同步增长 was named 工业产值、实现利润, in step with 上交税利三者."""
    (figure,) = extract_from_text("做到工业产值、实现利润和上交税利三者同步增长。", kind="plan")
    assert (figure.name, figure.reference, figure.value_text()) == ("工业产值、实现利润和上交税利", "", "同步")


def test_an_estimate_word_is_no_part_of_a_name() -> None:
    """1979: 农村社队和农民的收入估计将增加一百三十亿元左右 was named …的收入估计."""
    (figure,) = extract_from_text("农村社队和农民的收入估计将增加一百三十亿元左右。", kind="plan")
    assert figure.name == "农村社队和农民的收入"


def test_a_red_line_held_for_good_is_no_target_of_the_year() -> None:
    """2007→2008: 一定要守住全国耕地不少于18亿亩这条红线 was counted among 2007's targets 未报告."""
    rows = _rows(["一定要守住全国耕地不少于18亿亩这条红线。", "国内生产总值增长8%左右。"], ["国内生产总值增长11.4%。"])
    assert _only(rows, "全国耕地").horizon == "plan-period"


def test_a_red_line_makes_no_other_clause_or_sentence_a_goal_of_a_period() -> None:
    """2015: 坚守耕地红线，…，增加深松土地1333万公顷 is the year's; a city's 严守耕地红线。 does not make the year's
    farmland after it (新增高标准农田5万亩) a goal of a period."""
    rows = _rows(["坚守耕地红线，推进土地整治，增加深松土地1333万公顷。", "严守耕地红线。新增高标准农田5万亩。"],
                 ["经济平稳。"])
    assert _only(rows, "深松").horizon == "year"
    assert _only(rows, "高标准农田").horizon == "year"


def test_a_time_cut_to_a_number_of_working_days_is_a_ceiling() -> None:
    """2023 city reports: 压缩至3个工作日 was read as 3个 and the next clause began with 工作日."""
    rows = _rows(["其他不动产一般登记时间压缩至3个工作日、抵押登记时间压缩至1个工作日。", "全程网办时间缩短至2小时。"],
                 ["其他不动产一般登记时间压缩至2个工作日，抵押登记时间压缩至2个工作日，全程网办时间缩短至1.5小时。"])
    first, second = (_only(rows, "压缩至3个工作日").verdict, _only(rows, "抵押登记时间").verdict)
    assert (first, second) == (MET, NOT_MET)
    assert not extract_from_text("所有重点工业污染源实行24小时在线监控。", kind="plan"), "round the clock is no figure"
    assert not extract_from_text("构建15分钟便民生活圈，打造“川南渝西60分钟通勤圈”。", kind="plan")
    assert not extract_from_text("围绕打造省市4小时、市县2小时、县乡2小时“422”经济圈。", kind="plan")
    online = _only(rows, "全程网办时间")
    assert online.verdict == MET and "1.5小时" in online.reason


def test_a_time_within_a_bound_and_a_time_cut_to_a_figure_are_ceilings() -> None:
    rows = _rows(["实现1小时内通关。", "办结时间减至10分钟。"], ["通关时间为0.5小时，办结时间为8分钟。"])
    assert (_only(rows, "1小时内").verdict, _only(rows, "减至10分钟").verdict) == (MET, MET)


def test_a_sum_a_plan_sets_over_its_years_is_a_goal_of_the_period() -> None:
    """2006: 今后五年国家财政新增义务教育经费累计将达2182亿元 was read as a sum already made (累计)."""
    old = report_of_parts(2006, {"一、2005年工作回顾": ["经济平稳。"], "二、2006年工作安排": [
        "为此，今后五年国家财政新增义务教育经费累计将达2182亿元。", "去年全国财政收入累计达到3万亿元。"]})
    new = report_of_parts(2007, {"一、2006年工作回顾": ["经济平稳。"], "二、2007年工作安排": ["经济平稳。"]})
    rows = [(row.target.quote, row.horizon) for row in build_scorecard(old, new).rows if row.target is not None]
    assert rows == [("国家财政新增义务教育经费累计将达2182亿元", "plan-period")]
