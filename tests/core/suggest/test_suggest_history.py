"""History told as background in a report without review or plan parts: decades looked back on are no result.

Written from the leave-one-report-out errors on the national reports of 1979
and 1985 (GUIDELINES.md: an achievement is what was done in a past period,
last year or the past five years; a history of decades is background).
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# No part at all, as in 1975: the time of each sentence comes from its own words.
UNDIVIDED = """一九七九年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
我国人民在中国共产党的领导下，在半个多世纪内相继进行了新民主主义革命和社会主义革命。
经过近三十年的斗争和教育，这些阶级中间的绝大多数人已经改造成为自食其力的劳动者。
我们在建国以后的长时期努力中，已经为工业打下了重要的基础。
多少年来我们一直期求自力更生地解决人民群众的温饱问题，但是由于过去农业政策上的失误和其它原因，粮食、棉花的产量长期增长缓慢。
全国解放以来，尽管我国人口增加百分之六十，但粮食增产一点四倍。
去年我们超额完成了钢产量的计划。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1979.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我国人民在中国共产党的领导下", "other"),  # 1979: half a century of revolutions
        ("经过近三十年的斗争", "other"),  # 1979: what three decades changed
        ("我们在建国以后的长时期努力中", "other"),  # 1979: the long years since the founding
        ("多少年来", "other"),  # 1985: what we long hoped for
        ("全国解放以来", "achievement"),  # 1975: a figure reached is a result however long the span
        ("去年我们超额完成了", "achievement"),  # last year's result
    ],
)
def test_history_over_decades_is_background(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
