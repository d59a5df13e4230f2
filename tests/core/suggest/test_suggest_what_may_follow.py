"""In a part after the review, what can or will follow from a measure is an argument (`other`), not a task."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A 1990s report: a review, then topical parts that carry the year's tasks.
TOPICAL_1999 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九八年工作回顾
一九九八年，国内生产总值比上年增长7.8%。
二、继续实施积极的财政政策
加强基础设施建设，不仅可以拉动当前经济增长，还可以增强经济发展的后劲。
在通常情况下，靠扩大财政赤字搞建设，势必会引发通货膨胀，这在我国历史上有过多次深刻的教训。
今年出台的改革措施，从总体上说，将对企业生产和经营产生积极作用，但也会给一些企业带来暂时的不利影响。
我国经济处于快速增长时期，资金紧张问题将长期存在。
继续发行长期国债，加强基础设施建设。
各地要结合实际，可以适当增加地方配套资金。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("加强基础设施建设，不仅可以", "other"),
        ("在通常情况下", "other"),
        ("今年出台的改革措施", "other"),
        ("我国经济处于快速增长时期", "other"),
        ("继续发行长期国债", "target"),
        ("各地要结合实际", "target"),  # an order beside 可以
    ],
)
def test_what_may_follow_from_a_measure_is_an_argument_not_a_task(start: str, label: str) -> None:
    report = parse_text(TOPICAL_1999, "national/1999.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
