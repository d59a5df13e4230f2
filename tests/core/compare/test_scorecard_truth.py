"""Rows of the truth tables (tests/data/scorecard, read by hand) that each scorecard rule is there for."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from core.compare.scorecard import Scorecard, ScoreRow, build_scorecard
from core.reading.document import load_reports
from tests.conftest import corpus_file

TRUTH = Path(__file__).parents[2] / "data" / "scorecard"


@cache
def _card(pair: str) -> tuple[Scorecard, dict[str, object]]:
    table = json.loads((TRUTH / f"national-{pair}.json").read_text(encoding="utf-8"))
    old = load_reports(corpus_file(str(table["old"])))[0]
    new = load_reports(corpus_file(str(table["new"])))[0]
    return build_scorecard(old, new), table


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    assert start >= 0, quote
    return start, start + len(quote)


def _row_for(card: Scorecard, span: tuple[int, int]) -> ScoreRow | None:
    for row in card.rows:
        if row.target is None:
            continue
        indicator = row.target.indicator
        start, end = ((indicator.start, indicator.end) if indicator is not None
                      else _span(card.old.text, row.target.quote))
        if start < span[1] and span[0] < end:
            return row
    return None


@pytest.mark.parametrize(
    ("pair", "target"),
    [
        ("2014-2015", "淘汰黄标车和老旧车600万辆"),  # a task the review says was over-fulfilled
        ("2015-2016", "二氧化碳排放强度要降低3.1%以上"),  # 各项约束性指标超额完成
        ("2015-2016", "进出口增长6%左右"),  # 预期增长目标未能实现
        ("2014-2015", "今年要再取消和下放行政审批事项200项以上"),  # the figure found by the words around it
        ("2014-2015", "今年再解决6000万农村人口的饮水安全问题"),  # the figure before its name
        ("2016-2017", "居民收入增长和经济增长基本同步"),  # judged by all residents' income
        ("2015-2016", "居民收入增长与经济发展同步"),
        ("2013-2014", "城镇登记失业率低于4.6%"),  # 低于 is a relation, not part of the name
        ("2013-2014", "广义货币M2预期增长目标拟定为13%左右"),  # 目标拟定为 kept out of the name
        ("2015-2016", "今年也要再减少农村贫困人口1000万人以上"),
        ("2016-2017", "今年要完成1000万以上农村贫困人口脱贫任务"),  # 1000万 counts people too
        ("2015-2016", "把外商投资限制类条目缩减一半"),  # 一半
        ("2014-2015", "专项转移支付项目要减少三分之一"),  # 三分之一 against 1/3以上
        ("2017-2018", "今年由四档税率简并至三档"),  # 三档
        ("2015-2016", "其中棚户区改造580万套"),
        ("2013-2014", "新开工630万套"),  # a building work named by its verb
        ("2014-2015", "年内基本建成保障房480万套"),
        ("2013-2014", "发展的协调性进一步增强"),  # 发展协调性 in the review
        ("2018-2019", "今年全国财政支出21万亿元"),  # 全国 starts a name
        ("2015-2016", "在100个地级以上城市进行公立医院改革试点"),  # the figure counts the places
        ("2009-2010", "增加500万沼气用户"),  # what 500万 counts follows it
        ("2009-2010", "今年中央财政拟安排“三农”投入7161亿元"),  # planned 投入 is reported 支出
        ("2009-2010", "今年中央财政科技投入1461亿元"),
        ("2009-2010", "中央财政拟安排资金130亿元"),  # who pays, not what for: no result
        ("2009-2010", "城乡居民收入稳定增长"),  # a direction the growth figures show
        ("2001-2002", "“十五”期间年均经济增长速度预期目标为7％左右"),  # a plan by name: plan-period
        ("2001-2002", "继续发行1500亿元长期建设国债"),  # 2001年是…"十五"计划的第一年: a target for the year
        ("2004-2005", "继续实施第二期农村中小学危房改造，中央财政将投入60亿元"),  # its purpose, in words
        ("2004-2005", "今年国家从粮食风险基金中拿出100亿元"),  # 拿出 from a fund: who pays, not what for
        ("2004-2005", "中央财政将为此投入100亿元"),  # 为此: for a goal of 2007
        ("2009-2010", "今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右"),  # 去年又人均提高10%
        ("2010-2011", "中央财政拟安排补贴资金1335亿元"),  # 中央财政 is any budget's payer: 补贴资金 names it
        ("2008-2009", "居民消费价格总水平涨幅控制在4.8%左右"),  # spoken of as 物价总水平涨幅得到控制
        ("2005-2006", "中央财政还将安排150亿元，增加对产粮大县和财政困难县的转移支付"),  # 还将安排: its purpose
        ("2006-2007", "单位国内生产总值能耗降低4%左右"),  # not 由前三年分别上升4.9% but 转为下降1.2%
        ("2006-2007", "国际收支基本平衡"),  # 国际收支不平衡矛盾加剧: the review denies it
        ("2012-2013", "今年拟安排财政赤字8000亿元"),  # 财政赤字占国内生产总值的比重 is another indicator
        ("2011-2012", "居民消费价格总水平涨幅控制在4%左右"),  # 物价调控目标没有完成 before a sentence on prices
        ("2007-2008", "国际收支不平衡状况得到改善"),  # a list opened by 主要目标是：
        ("2012-2013", "全面推开尿毒症等8类大病保障"),  # examples before 等, what is counted after the figure
        ("2014-2015", "促进约1亿农业转移人口落户城镇"),  # 促进 before the figure, the name after it
        ("2007-2008", "将甲肝、流脑等15种可以通过接种疫苗有效预防的传染病纳入国家免疫规划"),
    ],
)
def test_truth_rows_of_each_rule(pair: str, target: str) -> None:
    card, table = _card(pair)
    rows = table["rows"]
    assert isinstance(rows, list)
    (truth,) = [row for row in rows if target in row["target"]["quote"] or row["target"]["quote"] in target]
    row = _row_for(card, _span(card.old.text, truth["target"]["quote"]))
    assert row is not None, f"{target}: not found"
    assert row.verdict == truth["verdict"], f"{target}: {row.verdict} ({row.reason})"
    assert row.horizon == truth["horizon"], f"{target}: {row.horizon}"
    if truth["result"] is None:
        assert row.result is None or row.result.indicator is None
    else:
        assert row.result is not None
        quote = row.result.indicator.text if row.result.indicator is not None else row.result.quote
        expected = truth["result"]["quote"]
        assert expected in row.result.sentence.text, f"{target}: paired with {quote}"


@pytest.mark.parametrize("pair", ["2013-2014", "2015-2016", "2016-2017", "2017-2018"])
def test_situation_figures_of_the_plans_are_no_target_rows(pair: str) -> None:
    card, _ = _card(pair)
    names = [row.indicator for row in card.rows if row.target is not None]
    assert not any(name.startswith("高校毕业生") for name in names)
    assert not any("已" in row.target.quote or "目前" in row.target.quote for row in card.rows if row.target)


def test_the_effect_of_a_measure_is_no_target_row() -> None:
    card, _ = _card("2004-2005")
    assert not any("可使" in row.target.quote for row in card.rows if row.target is not None)


def test_a_plans_name_and_what_was_there_before_are_no_target_rows() -> None:
    card, _ = _card("2006-2007")
    quotes = [row.target.quote for row in card.rows if row.target is not None]
    assert not any(quote.startswith("十一五") or "原先" in quote for quote in quotes)


def test_the_condition_targets_are_set_under_is_no_target_row() -> None:
    card, _ = _card("2007-2008")
    assert not any(row.target.quote.startswith("在优化结构") for row in card.rows if row.target is not None)
