"""The one-line reasons of the brief's scorecard, in Chinese."""

from __future__ import annotations

import re

from core.compare.scorecard import Figure, ScoreRow, build_scorecard
from core.compare.scorecard.verdicts import MET, NO_TARGET, PARTLY
from core.reading.model import Sentence
from core.summary.brief import cell_text, row_reason
from tests.core.report_builder import report_of_parts


def _row_in_words(name: str, target: str, result: str, verdict: str, reason: str) -> ScoreRow:
    """A row whose target and result are quoted clauses, no figure read."""
    return ScoreRow(name, "year", Figure(Sentence("s1", 0, len(target) + 1, target + "。"), None, target),
                    Figure(Sentence("s2", 0, len(result) + 1, result + "。"), None, result), verdict, reason)


def test_a_reason_the_report_gives_itself_is_quoted_in_chinese() -> None:
    target = Figure(Sentence("s1", 0, 12, "完成节能减排目标。"), None, "完成节能减排目标")
    result = Figure(Sentence("s2", 0, 16, "节能减排目标超额完成。"), None, "节能减排目标超额完成")
    done = ScoreRow("节能减排", "year", target, result, MET, "the report says so: “超额完成”")
    assert row_reason(done, "2012年", "2013年") == "报告自述“超额完成”"
    partly = ScoreRow("居民收入", "year", target, result, PARTLY,
                      "城镇居民人均可支配收入7% behind; 农村居民人均纯收入9.3% in step against growth of 7.7%")
    assert row_reason(partly, "2012年", "2013年") == (  # which income kept step, not 部分…部分…
        "城镇居民人均可支配收入增长7%，慢于经济增长；农村居民人均纯收入增长9.3%，与经济增长同步（经济增长7.7%）")


def test_a_row_no_figure_decides_says_which_side_is_in_words() -> None:
    # 2017→2018: 无可比数字 beside a result cell that reads 进出口增长14.2% puzzled a reader
    from core.compare.indicators import extract_from_text

    in_words = Figure(Sentence("s1", 0, 8, "进出口回稳向好。"), None, "进出口回稳向好")
    with_figure = Figure(Sentence("s2", 0, 12, "进出口增长14.2%。"), None, "进出口增长14.2%")
    reason = "no figure decides; the later report states it in words"
    assert row_reason(ScoreRow("进出口", "year", in_words, with_figure, "stated", reason), "2017年", "2018年") == \
        "目标为文字表述，结果的数字不能直接判定是否达到"
    words = Figure(Sentence("s3", 0, 14, "进出口稳中向好。"), None, "进出口稳中向好")
    assert row_reason(ScoreRow("进出口", "year", in_words, words, "stated", reason), "2017年", "2018年") == \
        "目标与结果均为文字表述，无法以数字判定"
    (rate,) = extract_from_text("对地方一般性转移支付规模增长9.5%。")
    figure = Figure(Sentence("s4", 0, 17, "对地方一般性转移支付规模增长9.5%。"), rate, rate.text)
    grew = Figure(Sentence("s5", 0, 12, "转移支付规模大幅增加。"), None, "转移支付规模大幅增加")
    assert row_reason(ScoreRow("转移支付", "year", figure, grew, "stated", reason), "2017年", "2018年") == \
        "目标有具体数字，2018年报告只有文字表述，无法比较"


def test_a_result_in_chinese_numerals_is_a_figure_too() -> None:
    # 1956→1957: 钢产量前三年共增加了一百五十万吨 was said to be words only
    row = _row_in_words("钢产量", "钢产量稳定增长", "钢产量前三年共增加了一百五十万吨", "stated",
                        "no figure decides; the later report states it in words")
    assert row_reason(row, "1956年", "1957年") == "目标为文字表述，结果的数字不能直接判定是否达到"


def test_a_figure_of_part_of_the_year_says_the_year_is_not_yet_judged() -> None:
    target = Figure(Sentence("s1", 0, 20, "城镇要安排六百万人就业。"), None, "安排六百万人就业")
    result = Figure(Sentence("s2", 0, 30, "今年１至９月安排了四百七十七万人就业。"), None, "安排了四百七十七万人就业")
    row = ScoreRow("城镇新增就业", "year", target, result, "stated",
                   "477万人 < 600万人, but only for part of the year: “１至９月”")
    assert row_reason(row, "1980年", "1981年") == "1981年报告只给出“１至９月”的数字，尚不足以判断全年是否达到目标"


def test_a_review_only_earlier_report_says_it_has_no_plan_part_not_that_it_set_no_target() -> None:
    result = Figure(Sentence("s2", 0, 12, "全年生产总值增长5%。"), None, "增长5%")
    row = ScoreRow("生产总值", "year", None, result, NO_TARGET, "the earlier report set no target for it")
    assert row_reason(row, "2020年", "2022年", old_has_plan=False).startswith("2020年报告无计划部分")
    assert row_reason(row, "2020年", "2022年").startswith("2020年报告未设该项目标")


def test_the_reasons_of_goals_set_in_words_read_in_chinese_on_real_pairs() -> None:
    # no English reason may reach the Chinese window or brief for the goals older reports set in passing
    from core.reading.document import load_reports
    from tests.conftest import corpus_file

    reasons: list[str] = []
    for old_name, new_name in (("national/1987.txt", "national/1988.txt"), ("national/1997.txt", "national/1998.txt"),
                               ("national/1993.txt", "national/1994.txt")):
        old, new = load_reports(corpus_file(old_name))[0], load_reports(corpus_file(new_name))[0]
        from core.compare.scorecard import build_scorecard

        card = build_scorecard(old, new)
        reasons += [row_reason(row, f"{old.year}年", f"{new.year}年") for row in card.rows]
    assert any(reason.startswith("报告将其列为当年存在的问题") for reason in reasons)
    assert "0.8%，低于上年的6.1%" in reasons  # 1997's review: 物价涨幅…实际回落到６．１％
    assert not [reason for reason in reasons if re.search(r"[a-z]{3}", reason)]


def test_the_reasons_of_a_floor_that_rose_again_and_of_a_group_met_read_in_chinese() -> None:
    from core.compare.scorecard.verdicts import STATED

    target = Figure(Sentence("s1", 0, 12, "今年粮食产量要稳定在5.5亿吨以上。"), None, "粮食产量要稳定在5.5亿吨以上")
    result = Figure(Sentence("s2", 0, 12, "粮食产量实现“十二连增”。"), None, "粮食产量实现“十二连增”。")
    rose = ScoreRow("粮食产量", "year", target, result, MET,
                    "it rose again (“十二连增”) from the earlier review's 6.07亿吨, at or above the floor of 5.5亿吨")
    assert row_reason(rose, "2015年", "2016年") == (  # 6.07亿吨 is 2014's: 上年 alone read as 2015's output
        "2016年报告称“十二连增”；2015年报告回顾的上一年已达6.07亿吨，不低于目标下限5.5亿吨")
    group = ScoreRow("主要污染物排放减少", "year", target, result, STATED,
                     "the later report says its group of targets was met, not how this one moved")
    assert row_reason(group, "2015年", "2016年") == "2016年报告称所属一类目标已完成，未说明此项的增减"


def test_a_rise_set_against_a_level_says_why_no_figure_decides() -> None:
    old = report_of_parts(1958, {"二、1958年的计划": ["全国灌溉总面积计划达到六亿亩以上。"]})
    new = report_of_parts(1959, {"一、1958年的工作": ["一九五八年全国灌溉面积比一九五七年增加了四亿八千万亩。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row_reason(row, "1958年", "1959年") == \
        "1959年报告给出的是增减量（增加4.8亿亩），目标是总量（6亿亩以上），无法直接比较"


def test_a_ceiling_passed_within_what_about_allows_is_not_said_to_be_kept() -> None:
    old = report_of_parts(2010, {"二、2010年主要任务": ["居民消费价格涨幅3%左右。"]})
    new = report_of_parts(2011, {"一、2010年工作回顾": ["居民消费价格涨幅控制在3.3%。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.verdict == MET
    assert row_reason(row, "2010年", "2011年") == "略高于目标，在“左右”允许的范围内"  # not 未超过上限


def test_a_quoted_result_shows_its_figures_as_the_others_are_shown() -> None:
    quoted = Figure(Sentence("s1", 0, 20, "外贸出口比上年增长６．１％。"), None, "外贸出口比上年增长６．１％")
    assert cell_text(quoted) == "外贸出口比上年增长6.1%"


def test_a_direction_says_which_way_the_result_moved() -> None:
    """利用外资 未完成 was explained only as 方向性目标，按增减方向判断."""
    row = _row_in_words("利用外资", "利用外资", "实际利用外商直接投资比上年略有减少", "not_met",
                        "a direction: 略有减少")
    assert row_reason(row, "1999年", "2000年") == "方向性目标，按增减方向判断：略有减少"


def test_ordinals_and_plan_names_in_a_result_are_no_figures() -> None:
    row = _row_in_words("经济形势", "经济形势好转", "党的十一届三中全会以来，“十一五”规划目标顺利完成", "stated",
                        "no figure decides; the later report states it in words")
    assert row_reason(row, "1979年", "1980年") == "目标与结果均为文字表述，无法以数字判定"


def test_an_income_with_a_qualifier_is_still_named_against_growth() -> None:
    row = _row_in_words("居民收入", "居民收入增长与经济增长同步", "城镇居民收入增长7%左右", "partly",
                        "城镇居民人均可支配收入7%左右 behind; 农村居民人均纯收入9.3% in step against growth of 7.7% "
                        "(in step: within 0.5 point)")
    assert row_reason(row, "2012年", "2013年").startswith("城镇居民人均可支配收入增长7%左右，慢于经济增长；")


def test_a_particle_named_by_its_size_is_no_figure_and_a_broken_line_no_break() -> None:
    """2018→2019: 细颗粒物（PM⏎2.5⏎）浓度继续下降 was said to hold a figure, and showed its line breaks."""
    row = _row_in_words("细颗粒物浓度", "重点地区细颗粒物（PM2.5）浓度继续下降", "细颗粒物（PM\n2.5\n）浓度继续下降",
                        "stated", "no figure decides; the later report states it in words")
    assert row_reason(row, "2018年", "2019年") == "目标与结果均为文字表述，无法以数字判定"
    assert cell_text(row.result).startswith("细颗粒物（PM2.5）浓度")


def test_tax_and_fees_reviewed_together_say_so() -> None:
    row = _row_in_words("为企业和个人减税", "为企业和个人减税8000多亿元", "为企业和个人减税降费约1.3万亿元", MET,
                        "tax and fees together: 约1.3万亿元 ≥ 8000多亿元 + 3000多亿元")
    assert row_reason(row, "2018年", "2019年") == \
        "2019年报告只给出减税降费合计约1.3万亿元，不低于两项目标之和（8000多亿元＋3000多亿元）"


def test_an_income_a_little_behind_growth_keeps_step_only_roughly() -> None:
    """2018→2019 said 增长6.5%…与经济增长同步（经济增长6.6%）: a reader reads 同步 as not slower."""
    row = _row_in_words("居民收入", "居民收入增长和经济增长基本同步", "全国居民人均可支配收入实际增长6.5%", MET,
                        "居民人均可支配收入6.5% in step against growth of 6.6% (in step: within 0.5 point)")
    assert row_reason(row, "2018年", "2019年") == "居民人均可支配收入增长6.5%，与经济增长基本同步（经济增长6.6%）"


def test_the_later_reports_word_that_the_main_targets_were_met_stands_beside_the_unreported() -> None:
    """2013 says of 2012 全面实现年初确定的主要目标 while the brief marks four of its main targets 未报告."""
    from core.summary.brief import said_met_note

    old = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。"], "二、2012年工作任务": [
        "今年国内生产总值增长7.5%，城镇登记失业率控制在4.6%以内。"]})
    said = report_of_parts(2013, {"一、2012年工作回顾": [
        "2012年，我们全面实现年初确定的主要目标，国内生产总值增长7.8%。"]})
    assert said_met_note(build_scorecard(old, said), "2013年") == \
        "2013年报告称“全面实现年初确定的主要目标”，但未逐项给出标为“未报告”的各项结果。"
    silent = report_of_parts(2013, {"一、2012年工作回顾": ["国内生产总值增长7.8%。"]})
    assert said_met_note(build_scorecard(old, silent), "2013年") == ""


def test_a_share_said_in_words_is_shown_in_words() -> None:
    """2014→2015 showed 专项转移支付项目 减少33.3%, a figure the report never wrote (减少三分之一以上)."""
    from core.compare.indicators import extract_from_text

    text = "专项转移支付项目要减少三分之一以上。"
    (cut,) = extract_from_text(text, kind="plan")
    assert cell_text(Figure(Sentence("s1", 0, len(text), text), cut, cut.text)) == "减少三分之一以上"


def test_a_target_the_later_report_gives_only_a_five_year_figure_for_says_so() -> None:
    """2007→2008: 国内生产总值增长8%左右 read 2008年报告未给出该项结果, though 2008 gives growth over five years: a
    reader took it for silence."""
    old = report_of_parts(2007, {"一、2006年工作回顾": ["经济平稳。"],
                                 "二、2007年工作任务": ["今年国内生产总值增长8%左右。"]})
    new = report_of_parts(2008, {"一、过去五年工作回顾": ["五年来，国内生产总值年均增长10.6%。"],
                                 "二、2008年工作任务": ["经济平稳。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.indicator == "国内生产总值"]
    assert row.verdict == "no_result"
    assert row_reason(row, "2007年", "2008年") == \
        "2008年报告只给出多年合计或年均的数字（国内生产总值年均增长10.6%），未给出当年结果"
