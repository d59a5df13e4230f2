"""What measures are for ("…，都是为了…") is `other`: no task and no result."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REFORM_1980 = """各位代表：
现在，我向大会报告政府工作。
一、1980年国民经济计划的执行情况
一年来扩大企业自主权的试点企业已经发展到6000多个。
所有这些改革的试点，都是为了体现计划调节和市场调节相结合的原则。
二、1981年国民经济计划的安排
以上这些经济改革措施，都是为了进一步促进国民经济的调整，调动各方面的积极性。
1981年计划基本建设投资总额控制在500亿元。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("所有这些改革的试点", "other"),
        ("以上这些经济改革措施", "other"),
        ("1981年计划基本建设投资总额", "target"),
    ],
)
def test_what_measures_are_for_is_other(start: str, label: str) -> None:
    report = parse_text(REFORM_1980, "national/1980.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
