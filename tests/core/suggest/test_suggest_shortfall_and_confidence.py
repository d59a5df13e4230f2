"""A level not reached is a problem, our confidence in a goal is rhetoric (GUIDELINES.md: both ``other``).

Written from the leave-one-report-out errors on the national report of 1960,
which has no review or plan part: the words 达到 and 完成 in these sentences
tell neither a result nor a task.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六〇年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
首先是粮食每亩平均年产量还有百分之七十以上的县没有达到纲要要求的水平。
我们完全有信心在党的社会主义建设总路线的照耀下，依靠人民群众的伟大力量和集体智慧，一定能够在比十年更少的时间内在主要工业品产量方面赶上和超过英国，也一定能够在比十二年更短的时间内完成和超额完成农业发展纲要的原定要求，并且在这个基础上继续努力，使我国农村得到更大得多的发展。
许多县的粮食亩产量已经达到了纲要要求的水平。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1960.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("首先是粮食每亩平均年产量", "other"),  # 1960: a level not reached
        ("我们完全有信心", "other"),  # 1960: confidence, no task and no result
        ("许多县的粮食亩产量已经达到了", "achievement"),  # the level reached is a result
    ],
)
def test_shortfall_and_confidence(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
