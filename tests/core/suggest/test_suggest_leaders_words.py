"""What a leader held or said, told by the speaker, is background (``other``), whatever time its words mark.

Written from the leave-one-report-out errors on the national reports of 1964
and 1979, which have no review or plan part: "毛泽东同志认为，…得到解决" and
"孙中山先生，在本世纪初期就说过，中国将要出现…" tell what the speaker says of
others, not what was done or is to be done.
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
毛泽东同志认为，社会主义社会的矛盾不象资本主义社会的矛盾那样表现为剧烈的对抗和冲突，它可以通过社会主义制度本身而得到解决。
中国大革命家，我们的先辈孙中山先生，在本世纪初期就说过，中国将要出现一个大跃进。
今年我们必须把农业搞上去。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1979.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("毛泽东同志认为", "other"),  # 1979: a leader's view of socialist society
        ("中国大革命家", "other"),  # 1964: what Sun Yat-sen foretold
        ("今年我们必须", "target"),  # this year's task
    ],
)
def test_what_a_leader_held_or_said(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
