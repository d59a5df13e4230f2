"""A "…是…的" sentence naming the day a thing happened tells how it was done; what a kind of thing can do is an
argument.

Written from the leave-one-report-out errors on the national report of 1964:
"一九六四年十月十六日爆炸成功的我国第一颗原子弹，是我们自己制造出来的。" is a result
(``achievement``), not a verdict; "这种新型学校能够培养出…新型的人来，…" says what
such schools can do (``other``), no task.  A verdict with no date and a task
for such schools stay as they were.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六四年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
他说，一九六四年十月十六日爆炸成功的我国第一颗原子弹，是我们自己制造出来的。
这种新型学校能够培养出既能体力劳动、又有文化技术的新型的人来，为逐步消灭脑力劳动和体力劳动的差别创造条件。
这种做法是完全正确的。
我们要在城市和农村逐步推广这种新型学校。
一九六五年国家预算收支都比上年增长百分之十以上。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("他说，一九六四年十月十六日", "achievement"),  # 1964: the test of that day, how it was done
        ("这种新型学校能够", "other"),  # 1964: what such schools can do
        ("这种做法是完全正确的", "other"),  # a verdict
        ("我们要在城市和农村", "target"),  # the task for such schools
    ],
)
def test_dated_and_capable(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
