"""A clause that opens on a demand made is a task; a goal named after 为了 tells no result.

Written from the leave-one-report-out errors on the national report of 1964
(core.reading.tense at work where no part says review or plan): "为了实现国家预算，
要求工业、交通运输企业进一步提高劳动生产率，…" orders, it reports nothing done.
What a programme requires ("全国农业发展纲要要求：…", 1960) is no demand of the
speaker's, and 实现 of a result reached still tells the past.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.tense import time_weights
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六四年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
为了实现国家预算，要求工业、交通运输企业进一步提高劳动生产率，降低成本，商业企业减少流通费用。
"""


def test_demand_after_a_purpose_is_a_task() -> None:
    report = parse_text(UNDIVIDED, source="national/1964.txt")[0]
    assert by_text(report, suggest_by_rules(report), "为了实现国家预算").label == "target"


@pytest.mark.parametrize(
    ("text", "weights"),
    [
        ("为了实现国家预算，要求工业企业进一步提高劳动生产率。", (1, 0)),  # 1964: a demand, a goal
        ("全国农业发展纲要要求：棉花的亩产量在十二年内分别达到四十斤。", (0, 1)),  # 1960: what the programme requires
        ("我国人民实现了第一个五年计划。", (0, 2)),  # a result reached
    ],
)
def test_demand_and_purpose_markers(text: str, weights: tuple[int, int]) -> None:
    assert time_weights(text) == weights
