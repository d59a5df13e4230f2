"""Verdicts on what a thing is worth, when victories were won, what a measure is good for and a long time needed
are ``other`` in a report without review or plan parts.

Written from the leave-one-report-out errors on the national reports of 1960
and 1964: "这是一种很有价值的，…农田基本建设", "…，这是一个值得研究推广的新经验" (a
verdict), "这些胜利，主要是近两年来在…之下获得的" (a cause of success), "坚持这些制度，
不仅有利于…", "…，就更能够促进生产的发展" (an argument) and "…的斗争，需要一个很长的
时间，才能最后解决" (a caveat).  Results and tasks told beside them stay with the
time rules.
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
这是一种很有价值的，既是群众性的，又是科学性的农田基本建设。
有的地区正准备大办综合性的生活服务站，这是一个值得研究推广的新经验。
这些胜利，主要是近两年来在总路线、大跃进和人民公社这三面红旗之下获得的。
坚持这些制度，不仅有利于当前人民公社的生产和建设，也有利于将来的逐步过渡。
办好这些福利事业，把社员的生活安排好，就更能够促进生产的发展。
社会主义同资本主义之间谁胜谁负的斗争，需要一个很长的时间，才能最后解决。
这些胜利，使我们在一九五九年取得了农业生产的大跃进。
我们必须坚持这些制度，不仅要办好食堂，也要办好托儿所。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1960.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这是一种很有价值的", "other"),  # 1960: what a work is worth
        ("有的地区正准备", "other"),  # 1960: an example judged worth spreading
        ("这些胜利，主要是", "other"),  # 1960: under what the victories were won
        ("坚持这些制度", "other"),  # 1960: what a measure is good for
        ("办好这些福利事业", "other"),  # 1960: what it will bring
        ("社会主义同资本主义", "other"),  # 1964: it takes a long time
        ("这些胜利，使我们", "achievement"),  # a result of the year before
        ("我们必须坚持这些制度", "target"),  # the task itself
    ],
)
def test_verdicts_and_effects(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
