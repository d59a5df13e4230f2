"""How the national reports of the 1990s state targets and results: the scorecard reads them as it reads later ones."""

from __future__ import annotations

import pytest

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import extract_from_text
from core.compare.scorecard import build_scorecard
from core.compare.scorecard.horizons import HORIZON_PLAN_PERIOD, sentence_horizons
from tests.core.report_builder import report_of_parts


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("经济增长速度的调控目标定为８％", "经济增长速度", "生产总值"),  # framing words are no part of the name
        ("经济增长速度8 ％", "经济增长速度", "生产总值"),
        ("国民生产总值增长6％", "国民生产总值", "生产总值"),
        ("今年全社会固定资产投资预定增长1 0 ％或者更多一些", "全社会固定资产投资", "固定资产投资"),
    ],
)
def test_the_growth_target_of_the_1990s_is_gdp_growth(text: str, name: str, key: str) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.key, indicator.unit) == (name, key, "%")
    assert name_key(name) == key


def test_the_growth_target_and_last_years_growth_are_one_indicator() -> None:
    (target,) = extract_from_text("经济增长速度的调控目标定为８％")
    (result, _) = extract_from_text("去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％", kind="review")
    assert target.key == result.key and result.value == 8.8


def _target_quotes(plan: list[str]) -> list[str]:
    old = report_of_parts(1999, {"一、1998年工作回顾": ["经济平稳。"], "二、1999年工作安排": plan}, place="全国")
    new = report_of_parts(2000, {"一、1999年工作回顾": ["经济平稳。"]}, place="全国")
    return [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]


def test_what_the_plan_part_recounts_of_past_years_sets_no_target() -> None:
    quotes = _target_quotes([
        "从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金。",
        "已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1．2万公里。",
        "这几年，国家先后在５８个城市进行了企业优化资本结构的试点，今年试点城市扩大到１１０个。",
        "今年全面实施增值税转型，落实已出台的税收优惠政策，可减轻企业和居民负担约5000亿元。",
    ])
    assert quotes == ["试点城市扩大到１１０个", "可减轻企业和居民负担约5000亿元"]


@pytest.mark.parametrize("sentence", ["国家决定首先集中力量抓好１０００户。", "实现7％左右的增长速度并不容易。",
                                      "坚持实行企业、社会、财政各负担三分之一的办法。"])
def test_a_clause_taken_for_a_name_sets_no_target(sentence: str) -> None:
    assert _target_quotes([sentence]) == []


_PLAN_1990S = [
    "今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％，物价上涨幅度比去年的实际涨幅低一些。",
    "更好地利用国内外两个市场和两种资源，促进对外贸易持续增长，保持进出口基本平衡。",
    "保持国际收支平衡和人民币汇率稳定，是必须坚持的方针。",
    "要加快转变对外贸易增长方式，提高利用外资的质量。",
    "去年我们保持了金融市场稳定。",
    "在经济发展的基础上，继续增加城乡人民收入，提高生活水平。",
]


def _macro_rows(plan: list[str], review: list[str]) -> dict[str, tuple[str, str]]:
    old = report_of_parts(1998, {"一、1997年工作回顾": ["物价涨幅实际回落到６．１％。"], "二、1998年工作安排": plan},
                          place="全国")
    new = report_of_parts(1999, {"一、1998年工作回顾": review}, place="全国")
    return {row.indicator: (row.verdict, row.result.quote if row.result else "")
            for row in build_scorecard(old, new).rows if row.target is not None and row.target.indicator is None}


def test_the_macro_goals_a_1990s_plan_sets_in_passing_are_targets() -> None:
    rows = _macro_rows(_PLAN_1990S, ["去年经济增长7.8％，商品零售价格涨幅为-2.6％。",
                                     "城镇居民人均可支配收入实际增长5.8％。", "人民币汇率稳定。"])
    assert rows == {
        "物价低一些": ("met", "商品零售价格涨幅为-2.6％"),  # below last year's 6.1%, from the earlier review
        "对外贸易持续增长": ("no_result", ""),
        "进出口基本平衡": ("no_result", ""),
        "国际收支平衡": ("no_result", ""),
        "人民币汇率稳定": ("stated", "人民币汇率稳定"),  # the clause, without its full stop
        "城乡居民收入增加": ("met", "城镇居民人均可支配收入实际增长5.8％"),
    }


def test_a_plan_that_speaks_of_expected_targets_lists_them_and_sets_none_in_passing() -> None:
    assert _macro_rows([*_PLAN_1990S, "今年经济增长预期目标为7%左右。"], ["人民币汇率稳定。"]) == {}


def test_a_goal_of_growth_is_judged_by_what_the_review_says_of_its_subject() -> None:
    plan = ["力争对外贸易和利用外资有所增长。", "保持国际收支平衡和人民币汇率稳定，是必须坚持的方针。",
            "现在粮食供应充裕，物价比较稳定。"]
    rows = _macro_rows(plan, ["外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6．1％。",
                              "实际利用外商直接投资比上年略有减少，但保持了相当规模。",
                              "在周边国家货币大幅度贬值的情况下，我们坚持人民币不贬值。"])
    assert {name: verdict for name, (verdict, _) in rows.items()} == {
        "对外贸易有所增长": "met", "利用外资有所增长": "not_met", "国际收支平衡": "no_result",
        "人民币汇率稳定": "stated",
    }


def test_growth_over_several_years_is_no_result_for_a_goal_of_the_year() -> None:
    rows = _macro_rows(["力争对外贸易有新的增长。"], ["2000年进出口总额达4743亿美元，比1995年增长69％。"])
    assert rows == {"对外贸易新的增长": ("no_result", "")}


@pytest.mark.parametrize("sentence", [
    "中央提出，要用三年左右的时间，使大多数国有大中型亏损企业摆脱困境。",
    "实现国有企业改革和脱困三年目标。",
    "要加大工作力度，如期实现基本普及九年义务教育和基本扫除青壮年文盲工作的目标。",
    "全面实现既定的环境保护和治理目标。",
    "力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度。",
])
def test_a_goal_of_several_years_is_a_plan_period_target(sentence: str) -> None:
    old = report_of_parts(2000, {"一、1999年工作回顾": ["经济平稳。"], "二、2000年工作安排": [sentence]}, place="全国")
    (plan_sentence,) = [s for s in old.sentences if s.text.startswith(sentence[:6])]
    assert sentence_horizons(old)[plan_sentence.id] == HORIZON_PLAN_PERIOD


def test_the_goals_of_a_plan_period_in_words_are_judged_by_what_the_review_says_was_reached() -> None:
    old = report_of_parts(2000, {"一、1999年工作回顾": ["经济平稳。"], "二、2000年工作安排": [
        "贯彻落实党的决定，实现国有企业改革和脱困三年目标，使大多数国有大中型亏损企业摆脱困境。",
        "要加大工作力度，如期实现基本普及九年义务教育和基本扫除青壮年文盲工作的目标。",
        "全面实现既定的环境保护和治理目标。",
        "要按期完成三年内裁减军队员额五十万的任务。",
    ]}, place="全国")
    new = report_of_parts(2001, {"一、“九五”时期的回顾": [
        "国有大中型企业改革和脱困的三年目标基本实现。",
        "五年来，基本普及九年义务教育和基本扫除青壮年文盲的目标初步实现。",
        "五年来，环境保护和治理的力度明显加大。",
        "裁军工作进展顺利。",
    ]}, place="全国")
    rows = [(row.verdict, row.result.quote[:8] if row.result else "") for row in build_scorecard(old, new).rows
            if row.horizon == HORIZON_PLAN_PERIOD]
    assert rows == [("met", "国有大中型企业改"), ("met", "国有大中型企业改"), ("met", "基本普及九年义务"),
                    ("met", "基本普及九年义务"), ("stated", "环境保护和治理的"), ("no_result", "")]


def test_a_goal_of_a_plan_period_not_over_is_not_judged_by_a_review_that_still_strives_for_it() -> None:
    """1981→1982: 第六个五年计划的主要任务，是要争取…根本好转 was 是要争取… stated, its result
    我们应该…为争取实现…根本好转而作出更大的努力, a review of two years of the five that still strives for it."""
    from core.summary.brief import row_reason

    old = report_of_parts(1981, {"一、1981年的工作": ["经济平稳。"], "二、今后的经济建设方针": [
        "第六个五年计划的主要任务，是要争取国家财政经济情况的根本好转。"]}, place="全国")
    new = report_of_parts(1982, {"一、六五计划前两年的执行情况": [
        "五年来，我们应该在这个基础上为争取实现财政经济状况的根本好转而作出更大的努力。"]}, place="全国")
    (row,) = [row for row in build_scorecard(old, new).rows if row.horizon == HORIZON_PLAN_PERIOD]
    assert (row.indicator, row.verdict, row.result) == ("国家财政经济情况的根本好转", "no_result", None)
    assert row_reason(row, "1981", "1982").startswith("规划期尚未结束")
    restated = report_of_parts(1983, {"一、今后五年的主要任务": [
        "要求从一九八三年到一九八七年的五年间争取实现国家财政经济状况的根本好转。"]}, place="全国")
    later = report_of_parts(1984, {"一、1983年的工作": ["经济平稳。"]}, place="全国")
    names = [row.indicator for row in build_scorecard(restated, later).rows if row.horizon == HORIZON_PLAN_PERIOD]
    assert names and all(name.startswith("要求") for name in names), "要求 is no 要 of a task"


def test_the_poor_counted_without_rural_are_the_rural_poor() -> None:
    (target,) = extract_from_text("力争今年农村贫困人口再减少1000万以上")
    (result,) = extract_from_text("贫困人口减少800万人。", kind="review")
    assert target.key == result.key


def test_where_a_share_comes_from_is_no_target() -> None:
    assert _target_quotes(["国家财政收入的６０％以上来自国有企业。"]) == []


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("国家已经组织了５７户企业集团试点，今年要扩大到１２０户。", "企业集团试点", 120),
        ("加大扶贫攻坚力度，争取今年再有1 0 0 0 万以上贫困人口解决温饱问题。", "贫困人口解决温饱问题", 1000),
    ],
)
def test_a_figure_without_a_name_before_it_counts_what_its_sentence_names(text: str, name: str, value: float) -> None:
    assert [(indicator.name, indicator.value) for indicator in extract_from_text(text)] == [(name, value)]


def test_a_figure_raised_from_another_in_its_own_clause_takes_no_name_from_it() -> None:
    text = "今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。"
    names = [indicator.name for indicator in extract_from_text(text)]
    assert "增加到" not in names


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9．3％。", "城镇居民人均可支配收入", 9.3),
        ("农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％。", "农村居民人均纯收入", 4.3),
    ],
)
def test_real_growth_after_a_clause_on_prices_is_the_growth_of_the_name_before(text: str, name: str,
                                                                                value: float) -> None:
    found = extract_from_text(text, kind="review")
    assert [(indicator.name, indicator.value) for indicator in found] == [(name, value)]
