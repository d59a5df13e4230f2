"""The one-line reasons of the brief's scorecard, in Chinese."""

from __future__ import annotations

from core.compare.scorecard import Figure, ScoreRow
from core.compare.verdicts import MET, NO_TARGET, PARTLY
from core.reading.model import Sentence
from core.summary.brief import row_reason


def test_a_reason_the_report_gives_itself_is_quoted_in_chinese() -> None:
    target = Figure(Sentence("s1", 0, 12, "完成节能减排目标。"), None, "完成节能减排目标")
    result = Figure(Sentence("s2", 0, 16, "节能减排目标超额完成。"), None, "节能减排目标超额完成")
    done = ScoreRow("节能减排", "year", target, result, MET, "the report says so: “超额完成”")
    assert row_reason(done, "2012年", "2013年") == "报告自述“超额完成”"
    partly = ScoreRow("居民收入", "year", target, result, PARTLY,
                      "城镇居民人均可支配收入7% behind; 农村居民人均纯收入9.3% in step against growth of 7.7%")
    assert "部分" in row_reason(partly, "2012年", "2013年")


def test_a_review_only_earlier_report_says_it_has_no_plan_part_not_that_it_set_no_target() -> None:
    result = Figure(Sentence("s2", 0, 12, "全年生产总值增长5%。"), None, "增长5%")
    row = ScoreRow("生产总值", "year", None, result, NO_TARGET, "the earlier report set no target for it")
    assert row_reason(row, "2020年", "2022年", old_has_plan=False).startswith("2020年报告无计划部分")
    assert row_reason(row, "2020年", "2022年").startswith("2020年报告未设该项目标")
