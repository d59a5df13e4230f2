"""What follows once a thing is done, told as a condition ("X了，就…"), in a report without review or plan parts.

Written from the leave-one-report-out errors on the national reports of 1960,
1979 and 1985: such a sentence argues for a task; its 了 tells no result and
its 就 no task of its own.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九七九年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
这一仗打好了，我们就会具备比较有利的条件，促使国民经济逐步走上高速度发展的轨道。
我们的农业发展了，不仅轻工业更好办，而且重工业也更好办。
社会生产发展了，国家经济实力增强了，职工进一步增加收入的问题也就更有条件解决了。
去年我们超额完成了钢产量的计划，国家的财政收入也增加了。
我们要打好调整国民经济这一仗。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1979.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这一仗打好了", "other"),  # 1979: what winning the battle will bring
        ("我们的农业发展了", "other"),  # 1960: what growing farms make easier
        ("社会生产发展了", "other"),  # 1985: what growth makes possible
        ("去年我们超额完成了", "achievement"),  # results told one after another
        ("我们要打好", "target"),  # the task itself
    ],
)
def test_what_follows_once_done_is_an_argument(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
