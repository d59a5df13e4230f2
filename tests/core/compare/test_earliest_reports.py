"""Targets as the reports of the 1980s and early 1990s set them: a first part that reviews last year under a
title of tasks, goals of the year stated in passing, and the figures around them that are no targets."""

from __future__ import annotations

from core.compare.scorecard import ScoreRow, build_scorecard
from core.reading.document import parse_text
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


def test_a_condition_a_count_of_the_people_a_total_and_a_membership_set_no_target() -> None:
    old = report_of_parts(1994, {"二、一九九四年的任务": [
        "今年计划国内生产总值增长9%。在连续两年增长13%的基础上，安排这样的速度是比较合适的。"
        "只要我们能够再连续若干年保持8%至9%的增长率，就是了不起的成绩。",
        "十亿人民团结奋斗。藏族是中国56个民族大家庭的一员。",
        "美苏即使削减了50%的战略核武器，它们拥有的核武器仍然占全世界核武器的90%以上。",
        "国务院组成部门设置41个。直属机构和办事机构精简为18个。国务院的部委和直属机构、办事机构共59个。"]})
    assert _targets(old) == ["国内生产总值增长9%", "国务院组成部门设置41个", "直属机构和办事机构精简为18个"]


def test_a_warning_and_a_task_named_before_are_no_goals_of_a_period() -> None:
    old = report_of_parts(1993, {"二、今后五年的任务": [
        "今后五年，要在大多数国有大中型骨干企业初步建立现代企业制度，各级政府要积极完成这项任务。",
        "今后五年，全国人民要同心同德，实现上述宏伟任务。",
        "根据上述的奋斗目标和工作方针，国务院要在今后五年里努力实现以下的十项主要任务。",
        "如果脱离实际可能，一味追求提前翻番和快翻多翻，就会使经济大起大落。"]})
    assert _targets(old) == ["要在大多数国有大中型骨干企业初步建立现代企业制度"]


def test_balances_volumes_and_output_set_in_passing_are_goals_and_named_problems_miss_them() -> None:
    old = report_of_parts(1993, {"二、一九九三年的任务": [
        "今年要保持固定资产投资适度增长，在保持市场零售物价总水平基本稳定的前提下推进价格改革。",
        "在确保粮食和棉花产量稳定增加的基础上，今年要做到赤字不突破国家预算。",
        "合理的投资规模是保持经济稳定的重要条件。企业也应在提高效益的基础上适当增加职工工资。"]})
    new = report_of_parts(1994, {"一、一九九三年的工作回顾": [
        "粮食总产量4445亿公斤，比上年减产120亿公斤；棉花产量有较多增加。",
        "主要是固定资产投资规模过大，物价上涨幅度比较高。"]})
    rows = {row.indicator: row.verdict for row in _target_rows(old, new)}
    assert rows == {"固定资产投资适度增长": "not_met", "物价稳定": "not_met", "粮食稳定增加": "not_met",
                    "棉花稳定增加": "stated", "财政赤字不突破国家预算": "no_result"}


def test_a_target_the_review_recalls_is_judged_by_the_figure_after_it() -> None:
    old = report_of_parts(1994, {"二、一九九四年的任务": ["今年要努力把全年零售物价上涨幅度控制在10%以内。"]})
    new = report_of_parts(1995, {"一、一九九四年的工作回顾": [
        "去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在10%以内。"
        "虽然在这方面做了很大努力，涨幅仍然高达21.7%。"]})
    (row,) = _target_rows(old, new)
    assert row.result is not None and row.result.indicator is not None
    assert (row.result.indicator.value, row.verdict) == (21.7, "not_met")


def test_parts_titled_by_lines_of_their_own_split_review_from_plan() -> None:
    old = report_of_parts(1987, {"一、今年的任务": [
        "我们一定要坚决把建设规模严格控制在国力所允许的范围之内。坚决把货币发行量控制在国家计划的范围之内。"]})
    (new,) = parse_text("1988年政府工作报告\n各位代表！\n过去五年国内工作的基本总结\n"
                        "在刚刚过去的1987年，国民经济继续发展。这里有货币发行偏多，基本建设规模过大的原因。\n"
                        "今后五年建设和改革的目标、方针和任务\n今后五年，基本建设规模要控制在国力允许的范围之内。\n")
    rows = {row.indicator: row.verdict for row in _target_rows(old, new)}
    assert rows == {"固定资产投资控制在国力所允许的范围之内": "not_met", "货币发行控制在国家计划的范围之内": "not_met"}


def test_a_bound_said_in_words_beside_its_figure_is_one_target() -> None:
    old = report_of_parts(1992, {"二、一九九二年的任务": [
        "零售物价上涨幅度控制在6%以内。要努力把零售物价总水平上升幅度控制在国家、企业和群众能够承受的范围内。"]})
    assert _targets(old) == ["零售物价上涨幅度控制在6%以内"]


def test_a_plan_paragraph_and_a_shared_direction_set_goals_and_words_alone_state_a_rise() -> None:
    old = report_of_parts(1993, {"二、一九九三年的任务": [
        "今年计划要求，国民生产总值增长8%。货币发行和新增信贷规模与去年大体持平。",
        "今年计划安排的财政收支和外汇收支，都要保持稳定。要保持乡镇企业持续增长。"]})
    new = report_of_parts(1994, {"一、一九九三年的工作回顾": [
        "国民生产总值增长13%。乡镇企业继续快速发展。连续几年货币投放过多。货币发行得到控制。"]})
    rows = {row.indicator: row.verdict for row in _target_rows(old, new) if row.target and not row.target.indicator}
    assert rows == {"货币发行大体持平": "stated", "信贷大体持平": "no_result", "财政收支稳定": "no_result",
                    "外汇收支稳定": "no_result", "乡镇企业持续增长": "stated"}


def test_two_bounds_on_one_subject_are_one_goal_and_growth_within_means_is_a_bound() -> None:
    old = report_of_parts(1987, {"二、一九八七年的任务": [
        "力求把物价总水平的上升幅度控制在社会和人民能够承受的范围之内。",
        "要把物价总水平的上升幅度严格控制在低于去年的幅度之内。",
        "必须把消费的增长切实建立在生产发展可能的基础之上。"]})
    new = report_of_parts(1988, {"一、一九八七年的工作回顾": ["消费基金增长过快，物价上涨过多。"]})
    rows = [(row.target.quote if row.target else "", row.verdict) for row in _target_rows(old, new)]
    assert rows == [("要把物价总水平的上升幅度严格控制在低于去年的幅度之内", "not_met"),
                    ("必须把消费的增长切实建立在生产发展可能的基础之上", "not_met")]


def test_a_spelt_out_rise_meets_a_goal_and_balances_are_read_through_trade_and_reserves() -> None:
    old = report_of_parts(1994, {"二、一九九四年的任务": [
        "要保持农业生产稳定增长。努力保持外汇收支平衡。保持国际收支基本平衡。"]})
    new = report_of_parts(1995, {"一、一九九四年的工作回顾": [
        "农业获得丰收，农业增加值增长百分之四。外贸出口增长27.8%，国家外汇结存上升。",
        "全年进出口总额2367亿美元，出口略大于进口。"]})
    rows = {row.indicator: row.verdict for row in _target_rows(old, new)}
    assert rows == {"农产品稳定增长": "met", "外汇收支平衡": "stated", "国际收支基本平衡": "stated"}


def test_deepening_a_reform_is_no_goal_of_a_period_and_a_reform_in_three_years_is() -> None:
    old = report_of_parts(1993, {"二、今后五年的任务": [
        "今后五年，要在九十年代初步建立起新的经济体制，努力完成今后五年深化改革的任务。",
        "今后五年，要用三年时间基本完成各级政府机构改革的任务。"]})
    assert _targets(old) == ["要用三年时间基本完成各级政府机构改革的任务"]


def test_a_task_of_the_decade_is_a_goal_of_a_period() -> None:
    old = report_of_parts(1994, {"二、一九九四年的任务": [
        "基本普及九年义务教育，基本扫除青壮年文盲，是九十年代一项重要任务，必须切实抓紧抓好。"]})
    rows = [(row.indicator, row.horizon) for row in _target_rows(old)]
    assert rows == [("基本普及九年义务教育", "plan-period"), ("基本扫除青壮年文盲", "plan-period")]


def test_what_should_not_be_aimed_at_is_no_goal() -> None:
    old = report_of_parts(1985, {"二、今后五年的任务": [
        "今后五年，它们不应当把主要注意力放在工业产值的翻番上，而应当更加注意产业结构的合理化。",
        "今后五年，要防止盲目追求在所有企业初步建立新的管理制度。"]})
    assert _targets(old) == []


def test_a_report_given_late_in_the_year_plans_the_next_one() -> None:
    """November 1981 sets the 1982 plan (明年, １９８２年); the December 1982 report reviews 1982 (今年预计)."""
    old = report_of_parts(1981, {"（二）今后经济建设的方针": [
        "明年要继续调整国民经济。１９８２年的计划，要求粮食产量达到３．３亿吨。明年钢产量要达到３６００万吨。"
        "今年预计钢产量３５００万吨。"
        "到１９８５年，原油产量要稳定在一亿吨。"]})
    later = report_of_parts(1982, {"六五计划前两年的执行情况": ["一九八二年钢产量预计达到３７００万吨。"]})
    rows = {row.target.quote: row for row in _target_rows(old, later) if row.target is not None}
    assert rows["钢产量要达到３６００万吨"].horizon == "year"
    assert rows["钢产量要达到３６００万吨"].verdict == "met"
    assert rows["粮食产量达到３．３亿吨"].horizon == "year"
    assert "一亿吨" not in " ".join(quote for quote, row in rows.items() if row.horizon == "year")
    assert not any(quote.endswith("３５００万吨") for quote in rows)  # this year's estimate is no target


def test_a_list_of_products_said_to_meet_the_plan_meets_each_of_their_targets() -> None:
    old = report_of_parts(1980, {"二、1981年国民经济计划的任务和主要指标": [
        "明年棉纱产量286.5万吨，原油产量1亿吨。明年要继续调整。明年的计划要认真执行。"]})
    later = report_of_parts(1981, {"（一）当前的经济形势": [
        "棉纱、棉布、化学纤维、食糖、纸张、卷烟等主要产品，都可以完成或超额完成计划。"]})
    rows = {row.indicator: row for row in build_scorecard(old, later).rows}
    assert rows["棉纱产量"].verdict == "met"
    assert rows["原油产量"].verdict == "no_result"  # not in the list


def test_parts_without_kinds_turn_to_the_plan_where_they_speak_of_what_is_to_be_done() -> None:
    """1979: 一、伟大的历史性转变 tells what was done, 二、打好四个现代化的第一个战役 what must be done."""
    old = report_of_parts(1979, {
        "一、伟大的历史性转变": ["过去一年，我们取得了很大的成绩。去年粮食产量达到了3亿吨。工业生产增长了13%。"],
        "二、打好四个现代化的第一个战役": ["今年钢产量要达到3400万吨，必须加快轻纺工业的发展。"
                                   "基本建设要坚决缩短战线。"]})
    new = report_of_parts(1980, {"一、国民经济在调整中取得了新的进展": ["1979年钢产量达到3448万吨。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows}
    assert rows["钢产量"].verdict == "met"
    assert "粮食产量" not in rows  # last year's harvest is no target


def test_the_plan_turns_in_a_new_year_or_in_a_review_that_opens_on_the_year_ahead() -> None:
    """1984: 在新的一年里 after an unnumbered review; 2002: 首先报告２００１年的工作, then ２００２年是…."""
    words = report_of_parts(1984, {"关于国内建设": [
        "一年来，我国各条战线都取得了令人振奋的成就。去年工业总产值增长了10.5%。",
        "各位代表！为了进一步巩固和发展大好形势，在新的一年里，能源生产要增长5%。",
        "要继续坚持对外开放。要进一步搞好经济体制改革。要加强社会主义精神文明建设。"]})
    assert [row.target.quote for row in build_scorecard(words, LATER).rows if row.target] == ["能源生产要增长5%"]
    ahead = report_of_parts(2002, {"首先报告２００１年的工作": [
        "新世纪第一年，国内生产总值增长7.3%。", "２００２年是非常重要的一年。今年国内生产总值预期增长7%左右。"]})
    later = report_of_parts(2003, {"一、过去五年政府工作的回顾": ["２００２年国内生产总值增长8%。"]})
    rows = [row for row in build_scorecard(ahead, later).rows if row.target]
    assert [(row.target.quote, row.verdict) for row in rows] == [("国内生产总值预期增长7%左右", "met")]


def test_older_plans_name_sectors_for_their_output_and_can_reach_a_figure() -> None:
    old = report_of_parts(1979, {"二、今年的任务": ["今年轻纺工业总产值要增长8%。",
                                                 "职工住宅竣工面积可达三千多万平方米。"]})
    new = report_of_parts(1980, {"一、1979年计划执行情况": ["1979年轻工业总产值比上年增长9.6％。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows}
    assert "职工住宅竣工面积" in rows  # not 竣工面积可
    assert rows["轻纺工业总产值"].verdict == "met"  # judged by the light industry's output


def test_a_goal_of_the_period_said_again_is_one_goal_and_a_topic_is_none() -> None:
    old = report_of_parts(1982, {"第六个五年计划的基本任务": [
        "从一九八一年到本世纪末的二十年内，力争实现我国工农业年总产值翻两番。",
        "我们要到本世纪末实现工农业年总产值翻两番的宏伟目标。",
        "会议讨论了并就翻两番必须主要依靠技术改造的问题。"]})
    new = report_of_parts(1983, {"一、过去五年的回顾": ["五年来工农业总产值平均每年增长7.9%。"]})
    doubled = [row for row in build_scorecard(old, new).rows if row.target and "翻两番" in row.target.quote]
    assert [row.target.quote for row in doubled if row.target] == ["力争实现我国工农业年总产值翻两番"]


def test_a_verb_a_source_or_the_audience_is_no_indicator_name() -> None:
    old = report_of_parts(1983, {"二、今后的任务": [
        "据对一百七十六个企业的调查，效益有所提高。今冬明春要动员三亿多劳动力兴修水利。",
        "你们代表着全国九亿多人民。今年粮食产量要达到3.3亿吨。"]})
    assert _targets(old) == ["粮食产量要达到3.3亿吨"]


def test_two_end_states_of_different_subjects_stay_two_goals() -> None:
    old = report_of_parts(2016, {"二、\"十三五\"时期主要目标任务": [
        "到2020年，贫困县全部摘帽。到2020年，贫困村全部摘帽。"]})
    new = report_of_parts(2017, {"一、2016年工作回顾": ["国内生产总值增长6.7%。"]})
    ends = [row.target.quote for row in build_scorecard(old, new).rows if row.target and "摘帽" in row.target.quote]
    assert len(ends) == 2


def test_a_plan_for_next_year_keeps_its_growth_over_this_year() -> None:
    """1981: 国民收入也安排为比今年增长４％左右 is a target of 1982, 比今年 its base."""
    old = report_of_parts(1980, {"二、1981年国民经济计划的任务和主要指标": [
        "明年工农业总产值计划比今年增长3.7%。明年粮食产量要达到6500亿斤。明年钢产量要达到3500万吨。"]})
    assert "工农业总产值计划比今年增长3.7%" in _targets(old)


def test_years_gone_by_set_no_target_and_a_span_from_this_year_is_a_plan_period() -> None:
    old = report_of_parts(1982, {"二、今后的任务": [
        "从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨。",
        "从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四，"
        "六五计划期间要求每年递增百分之四到五。",
        "从一九八二年到一九八五年四年间，工业总产值每年要增长百分之十以上。"]})
    rows = _target_rows(old, report_of_parts(1983, {"一、一九八二年的工作回顾": ["粮食产量创历史最高水平。"]}))
    assert [(row.target.quote, row.horizon) for row in rows if row.target is not None] == [
        ("六五计划期间要求每年递增百分之四到五", "plan-period"), ("工业总产值每年要增长百分之十以上", "plan-period")]


def test_volumes_kept_in_bounds_are_goals_missed_when_the_review_names_their_excess() -> None:
    old = report_of_parts(1985, {"二、一九八五年的任务": [
        "必须坚决控制货币的发行量。国务院已经决定：第一、严格控制消费基金的盲目增长。"]})
    new = report_of_parts(1986, {"一、一九八五年的工作回顾": ["去年消费基金增长过猛，货币发行过多。"]})
    assert {row.indicator: row.verdict for row in _target_rows(old, new)} == {
        "货币发行控制": "not_met", "消费基金控制": "not_met"}


def test_a_fall_told_of_another_subject_in_the_clause_after_is_no_fall_of_farming() -> None:
    """1979→1980: 争取农业生产有一个持续的大幅度的增长 was 未完成 by 在农业生产和农业基本建设中，瞎指挥和无效劳动有所
    减少; 1980 gives 1979年农业总产值比1978年增长8.6％, a rise over the year before."""
    old = report_of_parts(1979, {"二、一九七九年的任务": ["今年要争取农业生产有一个持续的大幅度的增长。"]})
    new = report_of_parts(1980, {"一、一九七九年的工作回顾": [
        "在农业生产和农业基本建设中，瞎指挥和无效劳动有所减少。",
        "1979年全国农业生产各项费用占农业总收入的比重有所下降。",
        "1979年农业总产值比1978年增长8.6％。"]})
    (row,) = [row for row in _target_rows(old, new) if row.indicator.startswith("农产品")]
    assert row.verdict == "met" and row.result is not None and "8.6" in row.result.quote


def test_a_problem_a_review_of_five_years_says_is_still_there_judges_last_years_balance() -> None:
    """1987→1988: 必须努力做到财政收支…的基本平衡 was 未报告, though 1988 says 前进中仍然存在不少困难和问题…国家财政还有
    较多的赤字."""
    old = report_of_parts(1987, {"二、一九八七年的任务": ["必须努力做到财政收支和信贷收支的基本平衡。"]})
    new = report_of_parts(1988, {"一、过去五年国内工作的基本总结": [
        "五年来国民经济发展很快。五年来我们取得的成就是巨大的，但前进中仍然存在不少困难和问题。"
        "国家财政还有较多的赤字。"]})
    row = next(row for row in _target_rows(old, new) if row.indicator.startswith("财政收支"))
    assert row.verdict == "not_met" and row.result is not None and "赤字" in row.result.quote


def test_a_yearly_step_after_the_level_it_leads_to_is_the_same_goal() -> None:
    # 1988: 平均每年增产80亿公斤 counts the goal of 5000亿公斤 by year
    old = report_of_parts(1988, {"二、今后五年的任务": [
        "到本世纪末，我国粮食生产必须争取达到5000亿公斤，平均每年增产80亿公斤。",
        "保证每年增产原煤3000万吨以上。"]})
    assert _targets(old) == ["粮食生产必须争取达到5000亿公斤", "保证每年增产原煤3000万吨以上"]


def test_what_reaching_a_goal_gives_and_how_things_stand_now_are_no_goals_of_the_period() -> None:
    # 1988: 实现了这个目标，…国民生产总值将比1980年增长1.7倍 counts the goal before another way;
    # 现在，…法律体系初步形成 tells how things stand
    old = report_of_parts(1988, {"二、今后五年的任务": [
        "到1992年，使国民生产总值达到15500亿元左右。",
        "实现了这个目标，我国国民生产总值将比1980年增长1.7倍。",
        "现在，我国以宪法为基础的社会主义法律体系初步形成，国家政治生活正逐步纳入法制轨道。"]})
    assert _targets(old) == ["国民生产总值达到15500亿元左右"]


def test_what_a_concession_still_wills_and_a_will_said_now_are_goals() -> None:
    """A review of the concession and now rules: their own goals were lost, and a condition gave a goal."""
    old = report_of_parts(1995, {"二、一九九五年的任务": [
        "即使遇到严重自然灾害，也要确保粮食产量稳定在4500亿公斤以上。",
        "如果全国人民能够厉行增产节约，争取农业丰收，那么我们就能够顺利地完成各项指标。",
        "为实现上述目标，今年安排资金500亿元。"]})
    assert _targets(old) == ["粮食产量稳定在4500亿公斤以上"]
    later = report_of_parts(1993, {"二、今后五年的任务": [
        "当前，我们要争取在今后五年内基本形成社会主义市场经济新体制框架。"]})
    assert _targets(later) == ["我们要争取在今后五年内基本形成社会主义市场经济新体制框架"]
