"""A sentence of a plan part that opens on the years just past tells what was done: `achievement`."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN = """各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、过去五年工作回顾
过去五年，我国经济实力大幅提升。
二、2013年工作的总体要求和主要预期目标
一年多来，我们认真执行了调整、改革、整顿、提高的方针，国民经济取得了重要进展。
这些年，我国制造业积累了较大产能，基础设施状况大为改善，支撑能力明显增强。
近些年是我国农业发展最快、农村面貌变化最大、农民得到实惠最多的时期。
这些年要继续加强农田水利建设。
加快推进城镇化，积极稳妥推进户籍制度改革。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("一年多来", "achievement"),
        ("这些年，我国制造业", "achievement"),
        ("近些年是我国农业", "achievement"),
        ("这些年要继续", "target"),  # a future marker: a task
        ("加快推进城镇化", "target"),
    ],
)
def test_the_years_just_past_named_first_make_a_result_in_a_plan_part(start: str, label: str) -> None:
    report = parse_text(PLAN, "national/2013.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
