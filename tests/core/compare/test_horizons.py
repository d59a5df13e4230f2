"""Horizons as older reports state them: plans by name ("九五", "十五"), years in Chinese numerals, a clause
that names its own period, and which later report can judge a target at all."""

from __future__ import annotations

from core.compare.scorecard import build_scorecard
from core.compare.scorecard.horizons import (
    HORIZON_AHEAD,
    HORIZON_FIVE_YEAR,
    HORIZON_PLAN_PERIOD,
    HORIZON_YEAR,
    of_another_year_or_country,
    period_end,
    plan_end_year,
    result_horizon,
    sentence_horizons,
)
from core.compare.scorecard.verdicts import MET, NO_RESULT
from core.reading.model import Report, Sentence
from tests.core.report_builder import report_of_parts


def _horizons(report: Report) -> dict[str, str]:
    horizons = sentence_horizons(report)
    return {sentence.text: horizons[sentence.id] for sentence in report.sentences if sentence.id in horizons}


def test_the_five_year_plans_are_read_by_their_names() -> None:
    assert [plan_end_year(name) for name in ("“六五”", "七五", "“九五”", "“十五”", "十一五", "十四五")] == [
        1985, 1990, 2000, 2005, 2010, 2025]
    old = report_of_parts(2001, {"一、一年来的工作": ["经济平稳。"], "二、今年的主要任务": [
        "“十五”期间年均经济增长速度预期目标为7％左右。",
        "党的十五届五中全会提出了要求。",
        "2001年是实施“十五”计划的第一年，继续发行1500亿元长期建设国债。"]})
    by_text = _horizons(old)
    assert by_text["“十五”期间年均经济增长速度预期目标为7％左右。"] == HORIZON_PLAN_PERIOD
    assert by_text["党的十五届五中全会提出了要求。"] == HORIZON_YEAR  # a party congress, no plan
    # the report's own year, named by number, comes first: a target for the year
    assert by_text["2001年是实施“十五”计划的第一年，继续发行1500亿元长期建设国债。"] == HORIZON_YEAR


def test_fifteen_percent_in_words_is_no_tenth_five_year_plan() -> None:
    # 1995: 力争控制在百分之十五左右 was read as the "十五" plan, so the year's price target was a period's
    old = report_of_parts(1995, {"一、一年来的工作": ["经济平稳。"], "二、今年的主要任务": [
        "宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。"]})
    assert set(_horizons(old).values()) == {HORIZON_YEAR}


def test_a_plan_that_ended_long_ago_is_no_period_ahead() -> None:
    old = report_of_parts(2016, {"一、2015年工作回顾": ["经济平稳。"], "二、2016年重点工作": [
        "启动实施“七五”普法规划。"]})
    assert _horizons(old)["启动实施“七五”普法规划。"] == HORIZON_YEAR


def test_years_in_chinese_numerals_mark_the_year_reviewed() -> None:
    new = report_of_parts(1987, {"一、一九八六年的工作": [
        "“六五”期间，国民收入年均增长9.7%。", "一九八六年，国民生产总值增长7.8%。"]})
    by_text = _horizons(new)
    assert by_text["“六五”期间，国民收入年均增长9.7%。"] == HORIZON_FIVE_YEAR
    assert by_text["一九八六年，国民生产总值增长7.8%。"] == HORIZON_YEAR


def test_a_clause_that_names_its_period_sets_the_horizon_of_its_figure() -> None:
    old = report_of_parts(2007, {"一、2006年工作回顾": ["经济平稳。"], "二、2007年工作总体部署": [
        "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。"]})
    new = report_of_parts(2008, {"一、过去一年工作回顾": ["去年关停小火电机组1438万千瓦。"]})
    rows = {row.target.quote: row for row in build_scorecard(old, new).rows if row.target is not None}
    (five_years,) = [row for quote, row in rows.items() if "5000万" in quote]
    (this_year,) = [row for quote, row in rows.items() if "1000万" in quote]
    assert five_years.horizon == HORIZON_PLAN_PERIOD and five_years.verdict == NO_RESULT
    assert this_year.horizon == HORIZON_YEAR


def test_a_plan_period_target_is_judged_only_by_a_review_of_that_period() -> None:
    plan = {"一、一九九六年的工作": ["经济平稳。"], "二、一九九七年的任务": [
        "到2000年，粮食产量达到4900亿公斤。", "“十一五”期间，单位国内生产总值能耗降低20%左右。"]}
    old = report_of_parts(1997, plan)
    new = report_of_parts(2001, {"一、“九五”时期的回顾": ["“九五”时期，粮食产量达到5000亿公斤。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows if row.target is not None}
    assert rows["粮食产量"].horizon == HORIZON_PLAN_PERIOD and rows["粮食产量"].verdict == MET
    next_year = report_of_parts(1998, {"一、过去五年的回顾": ["五年来，粮食产量达到4900亿公斤。"]})
    rows = {row.indicator: row for row in build_scorecard(old, next_year).rows if row.target is not None}
    assert rows["粮食产量"].verdict == NO_RESULT  # the goal for 2000 cannot be judged in 1998


def test_a_later_report_that_reviews_another_year_judges_no_one_year_target() -> None:
    old = report_of_parts(1992, {"一、一九九一年的工作": ["经济平稳。"], "二、一九九二年的任务": [
        "国民生产总值增长6%左右。"]})
    new = report_of_parts(1995, {"一、一九九四年的工作回顾": ["一九九四年，国民生产总值增长11.8%。"]})
    card = build_scorecard(old, new)
    (row,) = [row for row in card.rows if row.target is not None]
    assert row.verdict == NO_RESULT and row.result is None
    assert any("not consecutive" in warning for warning in card.warnings)


def test_plans_spelt_out_and_yearly_averages_in_a_review() -> None:
    assert plan_end_year("第六个五年计划") == 1985 and plan_end_year("第七个五年计划") == 1990
    old = report_of_parts(1986, {"一、一九八五年的工作回顾": [
        "第六个五年计划期间，国民生产总值平均每年增长百分之十。", "去年，国民生产总值增长百分之十二点三。",
        "五年中，农业总产值平均每年递增百分之八点一。"]})
    by_text = _horizons(old)
    assert by_text["第六个五年计划期间，国民生产总值平均每年增长百分之十。"] == HORIZON_FIVE_YEAR
    assert by_text["去年，国民生产总值增长百分之十二点三。"] == HORIZON_YEAR
    plan = report_of_parts(1986, {"一、一九八五年的工作回顾": ["经济平稳。"], "二、一九八六年的任务": [
        "第七个五年计划期间，国民生产总值平均每年递增百分之七点五。"]})
    assert list(_horizons(plan).values())[-1] == HORIZON_PLAN_PERIOD


def test_a_goal_for_the_end_of_the_century_is_judged_by_the_review_of_that_period() -> None:
    old = report_of_parts(1997, {"一、一九九六年的工作回顾": ["经济平稳。"], "二、一九九七年的主要任务": [
        "到本世纪末，实现人均国民生产总值比1980年翻两番。", "今年国内生产总值增长8%左右。"]})
    new = report_of_parts(2001, {"一、“九五”时期的回顾": [
        "“九五”时期，人均国民生产总值比1980年翻两番的目标已经实现。", "去年国内生产总值增长8%。"]})
    rows = {row.target.quote: row for row in build_scorecard(old, new).rows if row.target is not None}
    (goal,) = [row for quote, row in rows.items() if "翻两番" in quote]
    assert goal.horizon == HORIZON_PLAN_PERIOD and goal.verdict == MET and goal.result is not None
    (growth,) = [row for quote, row in rows.items() if "8%左右" in quote]
    assert growth.verdict == NO_RESULT  # 2001 reviews 2000, not 1997


def test_a_later_year_named_alone_is_a_goal_for_the_period() -> None:
    old = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。"], "二、2012年主要任务": [
        "城市空气质量新标准2015年覆盖所有地级以上城市。", "2012年是实施“十二五”规划承上启下的重要一年。",
        "人均收入比2010年增长8%。"]})
    by_text = _horizons(old)
    assert by_text["城市空气质量新标准2015年覆盖所有地级以上城市。"] == HORIZON_PLAN_PERIOD
    assert by_text["2012年是实施“十二五”规划承上启下的重要一年。"] == HORIZON_YEAR
    assert by_text["人均收入比2010年增长8%。"] == HORIZON_YEAR


def test_a_goal_for_the_last_year_of_a_period_is_judged_by_that_years_level() -> None:
    old = report_of_parts(1997, {"一、一九九六年的工作回顾": ["经济平稳。"], "二、一九九七年的主要任务": [
        "到2000年，国民生产总值达到8.5万亿元。"]})
    new = report_of_parts(2001, {"一、“九五”时期的回顾": [
        "“九五”时期，国民经济持续快速健康发展。", "2000年国内生产总值达到89404亿元。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.horizon == HORIZON_PLAN_PERIOD and row.verdict == MET
    assert row.result is not None and "89404" in row.result.quote


def test_last_year_compared_with_an_earlier_year_is_a_figure_over_several_years() -> None:
    new = report_of_parts(1988, {"一、过去五年的回顾": [
        "一九八七年与一九八二年相比，国民生产总值增长百分之六十。", "一九八七年国民生产总值增长百分之九点四。"]})
    by_text = _horizons(new)
    assert by_text["一九八七年与一九八二年相比，国民生产总值增长百分之六十。"] == HORIZON_FIVE_YEAR
    assert by_text["一九八七年国民生产总值增长百分之九点四。"] == HORIZON_YEAR


def test_a_review_that_turns_to_the_year_ahead_gives_no_results_from_there() -> None:
    new = report_of_parts(2002, {"首先报告２００１年的工作": [
        "国内生产总值增长7.3%。", "２００２年是非常重要的一年。做好今年各项工作，具有十分重要的意义。",
        "继续发行1500亿元长期建设国债。"]})
    by_text = _horizons(new)
    assert by_text["国内生产总值增长7.3%。"] == HORIZON_YEAR
    assert by_text["继续发行1500亿元长期建设国债。"] == HORIZON_AHEAD


def test_a_goal_to_be_reached_as_planned_this_year_is_a_one_year_target() -> None:
    # 如期实现 speaks of several years (如期实现三年目标), but not when the goal is this year's
    sentence = "确保如期实现今年经济社会发展的主要预期目标，国内生产总值增长7%左右。"
    old = report_of_parts(2003, {"一、2002年工作回顾": ["经济平稳。"], "二、2003年工作安排": [sentence]})
    (plan,) = [item for item in old.sentences if item.text.startswith("确保")]
    assert sentence_horizons(old)[plan.id] == HORIZON_YEAR
    three = report_of_parts(1998, {"一、1997年工作回顾": ["经济平稳。"], "二、1998年工作安排": ["如期实现三年目标。"]})
    (goal,) = [item for item in three.sentences if item.text.startswith("如期")]
    assert sentence_horizons(three)[goal.id] == HORIZON_PLAN_PERIOD


def test_a_period_named_in_a_later_item_of_a_list_sentence_holds_for_that_item_only() -> None:
    old = report_of_parts(2008, {"一、2007年工作回顾": ["经济平稳。"], "二、2008年工作安排": [
        "扩大城镇职工基本医疗保险覆盖面；城镇居民基本医疗保险试点要扩大到全国50%以上的城市；"
        "在全国农村全面推行新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元。",
        "城市污水处理率达到70%；到2010年，农村卫生厕所普及率达到65%。"]})
    new = report_of_parts(2009, {"一、2008年工作回顾": ["经济平稳。"], "二、2009年工作安排": ["经济平稳。"]})
    horizons = {row.target.quote: row.horizon for row in build_scorecard(old, new).rows if row.target is not None}
    by_figure = {next(quote for quote in horizons if part in quote): part for part in ("50%", "100元", "70%", "65%")}
    assert {part: horizons[quote] for quote, part in by_figure.items()} == {
        "50%": HORIZON_YEAR, "100元": HORIZON_PLAN_PERIOD, "70%": HORIZON_YEAR, "65%": HORIZON_PLAN_PERIOD}


def test_last_years_figures_told_where_the_plan_part_opens_judge_the_years_targets() -> None:
    """2011 reviews five years in its review part and gives 2010's figures only where its plan part opens."""
    old = report_of_parts(2010, {"一、2009年工作回顾": ["经济平稳。"], "二、2010年主要任务": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人以上。"]})
    new = report_of_parts(2011, {"一、“十一五”时期的回顾": ["五年来，国内生产总值年均增长11.2%。"],
                                 "三、2011年的工作": [
        "2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。"
        "国内生产总值增长10.3%，城镇新增就业1168万人。这为做好今年的工作打下了良好基础。",
        "今年国内生产总值增长8%左右。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows if row.target is not None}
    growth, jobs = rows["国内生产总值"], rows["城镇新增就业"]
    assert growth.verdict == MET and growth.result is not None and "10.3%" in growth.result.quote
    assert jobs.verdict == MET and jobs.result is not None and "1168万人" in jobs.result.quote


def test_a_review_figure_of_another_year_or_country_is_no_result_of_the_year() -> None:
    old = report_of_parts(1958, {"二、1958年的计划": [
        "钢产量拟定为六百二十四万八千吨。", "原煤产量拟定为一亿五千零七十二万四千吨。"]})
    new = report_of_parts(1959, {"一、1958年的工作": [
        "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。",
        "英国的煤产量在二十世纪初期曾经两次接近三亿吨。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows if row.target is not None}
    steel, coal = rows["钢产量"], rows["原煤产量"]
    assert steel.result is not None and "1108" in steel.result.quote.replace("一千一百零八", "1108")
    assert steel.verdict == MET
    assert coal.verdict == NO_RESULT  # Britain's coal says nothing of China's
    trade = report_of_parts(2011, {"一、2010年工作回顾": ["对美国的出口增长20%。"]}).sentences[-1]
    assert not of_another_year_or_country(trade, trade.end - 1, 2010)  # our trade with another country is ours


def test_two_adjacent_years_long_past_and_last_year_against_an_older_one_are_no_year_of_review() -> None:
    """1979's 工业总产值1977年比1976年增长… is no figure of 1978; 1986's …，一九八五年比一九八○年增加七百八十六亿元
    is five years, though it opens on the year reviewed."""
    report = report_of_parts(1979, {"一、一九七八年的工作": ["工业总产值1977年比1976年增长14.6%。"]})
    (sentence,) = [sentence for sentence in report.sentences if "1977年" in sentence.text]
    assert sentence_horizons(report)[sentence.id] == HORIZON_FIVE_YEAR
    text = "五年来财政收入累计增长，一九八五年比一九八○年增加七百八十六亿元。"
    span = Sentence("s1", 0, len(text), text)
    assert result_horizon(span, HORIZON_FIVE_YEAR, text.index("七百"), 1986) == HORIZON_FIVE_YEAR
    alone = "五年累计七百亿元，一九八五年达到二百亿元。"
    assert result_horizon(Sentence("s2", 0, len(alone), alone), HORIZON_FIVE_YEAR, alone.index("二百"), 1986) == \
        HORIZON_YEAR


def test_the_years_plan_told_with_its_outcome_in_a_review_of_december_is_a_result() -> None:
    """1981→1982: …实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四 was read as the plan of
    1982 (no result), and its second item lost the name of the sentence's opening."""
    old = report_of_parts(1981, {"一、一九八一年的工作": ["经济平稳。"], "二、一九八二年的计划": [  # given in December
        "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％。",
        "明年要继续调整。明年要抓好农业。"]})
    new = report_of_parts(1982, {"二、六五计划前两年的执行情况": [
        "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；"
        "一九八二年计划为百分之四，预计可以达到百分之六点四。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert (row.result.quote if row.result else None, row.verdict) == ("预计可以达到百分之六点四", MET)


def test_a_rise_over_last_year_inside_a_review_of_five_years_is_of_the_year() -> None:
    """比上年 dates its own sentence, as 去年 does, once 去年 no longer carries over the rest of the paragraph."""
    report = report_of_parts(2018, {"一、过去五年工作回顾": [
        "五年来，经济实力跃上新台阶。国有企业去年利润增长23.5%。社会商品零售总额比上年增加了百分之十六。"
        "财政收入从11.7万亿元增加到17.3万亿元。"]})
    horizons = sentence_horizons(report)
    by_text = {sentence.text[:6]: horizons[sentence.id] for sentence in report.sentences if sentence.id in horizons}
    assert (by_text["社会商品零售"], by_text["财政收入从1"]) == (HORIZON_YEAR, HORIZON_FIVE_YEAR)


def test_a_sentence_pointing_back_at_last_years_inside_a_five_year_review_tells_of_last_year() -> None:
    """1987→1988: 这几年尤其是去年的物价上涨幅度过大…。这里有货币发行偏多，基本建设规模过大… was read as of the five
    years, and 1987's goals of money and building were 未报告."""
    report = report_of_parts(1988, {"一、过去五年国内工作的基本总结": [
        "五年来国民经济发展很快。这几年尤其是去年的物价上涨幅度过大。这里有货币发行偏多，基本建设规模过大的原因。"
        "五年来人民生活改善。"]})
    horizons = sentence_horizons(report)
    by_text = {sentence.text[:4]: horizons.get(sentence.id) for sentence in report.sentences}
    assert by_text["这里有货"] == HORIZON_YEAR
    assert by_text["五年来人"] == HORIZON_FIVE_YEAR


def test_a_later_report_that_reviews_several_years_is_warned_of() -> None:
    """2002→2003: the brief read 2002年的目标共 4 项，未报告 4 项 with no word that 2003 reviews 1998–2002."""
    old = report_of_parts(2002, {"一、2001年工作回顾": ["经济平稳。"],
                                 "二、2002年工作任务": ["今年国内生产总值增长7%左右。"]})
    five = report_of_parts(2003, {"一、过去五年政府工作回顾": [
        "五年来，国内生产总值年均增长7.7%。过去五年，城镇居民人均可支配收入年均增长8.5%。"]})
    one = report_of_parts(2003, {"一、2002年工作回顾": ["去年国内生产总值增长8%。"]})
    assert [code for code, _ in build_scorecard(old, five).warning_codes] == ["several-years-reviewed"]
    assert build_scorecard(old, five).warning_codes[0][1] == {"new_year": "2003", "reviewed": "2002"}
    assert build_scorecard(old, one).warning_codes == []


def test_what_holds_from_now_on_is_of_the_plan_period_however_the_sentence_goes_on() -> None:
    """1987: 今后，财政支出要长期坚持从严控制的方针 was read as of the year, 今后人口的年自然增长率… (1982) of the
    period: whether a 的 followed 今后 decided it."""
    report = report_of_parts(1987, {"二、1987年的主要任务": [
        "今后，财政支出要长期坚持从严控制的方针。", "今后全民所有制单位新招用工人，必须实行劳动合同制。",
        "今年钢产量达到五千万吨。", "今后，我们还要坚持不断改善人民生活的方针。但是集团消费增长过快，要压缩三成。",
        "从现在起，我们必须把提高经济效益放在首位。"]},
        "全国")
    horizons = sentence_horizons(report)
    by_text = {sentence.text[:4]: horizons.get(sentence.id) for sentence in report.sentences}
    assert (by_text["今后，财"], by_text["今后全民"], by_text["今年钢产"]) == (
        HORIZON_PLAN_PERIOD, HORIZON_PLAN_PERIOD, HORIZON_YEAR)
    assert (by_text["今后，我"], by_text["但是集团"]) == (HORIZON_PLAN_PERIOD, HORIZON_YEAR), "its own sentence only"
    assert by_text["从现在起"] == HORIZON_PLAN_PERIOD


def test_a_period_of_up_to_ten_years_ends_that_many_years_on() -> None:
    sentence = Sentence("s1", 0, 20, "今后八年内，粮食产量达到八千亿斤。", "")
    assert period_end(sentence, 1978) == 1985
    assert period_end(Sentence("s2", 0, 20, "用二十年时间使工农业总产值翻两番。", ""), 1981) != 1990
