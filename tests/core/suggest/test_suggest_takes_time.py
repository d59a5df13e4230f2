"""What can only change with time ("…需要有一个过程") is a caveat, `other`: neither a task nor a result."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A 1990s report: a review, then topical parts that carry the year's tasks.
TOPICAL_1994 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九三年的工作回顾
一九九三年，国内生产总值比上年增长13.4%。
城乡居民的购买力提高以后，由于产业结构的改变要有一个过程，有些商品还供不应求。
二、深化财税体制改革
随着经济发展和财税体制改革，财政收入会稳步增长，但缓解财政困难需要有一个过程。
人民生活方面多年积累下来的问题不可能一下子全部解决，而只能随着生产的发展逐步解决。
改变这种状况需要有一个过程，必须从现在起抓紧工作。
严格控制财政支出，努力增收节支。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("城乡居民的购买力", "other"),  # in the review too
        ("随着经济发展和财税体制改革", "other"),
        ("人民生活方面", "other"),
        ("改变这种状况", "target"),  # a duty beside it
        ("严格控制财政支出", "target"),
    ],
)
def test_what_can_only_change_with_time_is_a_caveat(start: str, label: str) -> None:
    report = parse_text(TOPICAL_1994, "national/1994.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
