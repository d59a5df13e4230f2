"""The one-line reasons of the brief's scorecard, in Chinese."""

from __future__ import annotations

from core.compare.scorecard import Figure, ScoreRow
from core.compare.verdicts import MET, PARTLY
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
