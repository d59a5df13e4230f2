"""What cannot be done ("阻挡不了", "动摇不了") tells no result, nor a thing described by 了的: their 了 is no perfect.

Written from the leave-one-report-out errors on the national report of 1964:
"这是一种必然趋势，是任何反动势力所阻挡不了的。" and "…我们的社会主义的天下是动摇不了的。"
are verdicts (``other``), not results told; "被推翻了的地主、资产阶级…，在相当长的时期里还是
强大而有力量的" describes the classes overthrown.  A verdict with a perfect beside it
stays a result.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.tense import PERFECT
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六四年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
这是一种必然趋势，是任何反动势力所阻挡不了的。
我们的无产阶级专政是巩固的，我们的社会主义的天下是动摇不了的。
我们胜利地完成了第一个五年计划，这是全国人民都看到了的。
周总理说，在我国社会主义社会中，被推翻了的地主、资产阶级和其他剥削阶级，在相当长的时期里还是强大而有力量的。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这是一种必然趋势", "other"),  # 1964: what no force can stop
        ("我们的无产阶级专政", "other"),  # 1964: what cannot be shaken
        ("我们胜利地完成了", "achievement"),  # a result, then a verdict on it
        ("周总理说，在我国社会主义社会中", "other"),  # 1964: the classes overthrown, described
    ],
)
def test_what_cannot_be_done(start: str, label: str) -> None:
    report = parse_text(UNDIVIDED, source="national/1964.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


def test_buliao_is_no_perfect() -> None:
    assert PERFECT.search("是任何反动势力所阻挡不了的。") is None
    assert PERFECT.search("被推翻了的地主") is None
    assert PERFECT.search("完成了计划。") is not None
