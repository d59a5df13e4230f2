"""What still takes a long way, what work remains and a trouble others made are ``other``.

Written from the leave-one-report-out errors on the national reports of 1960
and 1964, which have no review or plan part: "…也还有个很长的过程", "…还要经过长期的、
严重的、复杂的斗争" (a caveat), "我们也还有许多工作要做" (a shortfall) and "这就给两国
关系制造了困难" (a trouble met).  A duty to go the long way and work done stay
with the time rules.
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
植树造林到实现绿化也还有个很长的过程，很多地方种的树现在还很少。
由于美国及其合伙者的阻挠，要实现全面禁止和彻底销毁核武器的目的，还要经过长期的、严重的、复杂的斗争。
在增产措施方面，我们也还有许多工作要做。
近年来，我国同日本的往来有所增加，但是，现在由于日本政府采取极不友好的态度，这就给两国关系制造了困难。
而要提前实现，就必须再经过几年的艰苦努力，再苦战几年。
去年我们做了许多工作，增产措施有了很大的发展。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1960.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("植树造林", "other"),  # 1960: still a long way to go
        ("由于美国", "other"),  # 1964: a long struggle still ahead, as a caveat
        ("在增产措施方面", "other"),  # 1960: work that remains
        ("近年来", "other"),  # 1964: a trouble another state made
        ("而要提前实现", "target"),  # 1960: the duty to go the long way
        ("去年我们做了", "achievement"),  # work done
    ],
)
def test_what_remains(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
