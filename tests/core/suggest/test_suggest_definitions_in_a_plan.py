"""A definition or standing fact in a plan part, with no marker of time, no figure and no task as its subject, is
`other` (1987): the plan argues from it before it sets its tasks."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN_1987 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九八六年工作回顾
一九八六年，国民生产总值比上年增长7.8%。
二、一九八七年的主要任务
增强企业活力是经济体制改革的中心环节。
繁荣文学艺术是陶冶人民道德情操和丰富人民精神生活的需要。
价格改革和物价问题是当前人们普遍关心和议论较多的问题。
我们的方法是全面规划，加强领导，放手发动群众，一切经过试验。
国家对于开垦荒地的投资是二亿三千五百万元。
今年经济工作的重点是增强企业活力。
增强企业活力，要进一步落实企业的经营自主权。
实行对外开放是我国长期不变的基本国策。
坚持四项基本原则和实行改革、开放、搞活，是并行不悖、相辅相成、相互渗透的统一整体。
坚持“今天再晚也是早、明天再早也是晚”，马上就办、办就办好。
发展乡镇企业是农村奔小康的必由之路，要继续支持乡镇企业的发展。
加强农业，是今年经济工作的首要任务。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("增强企业活力是", "other"),
        ("繁荣文学艺术", "other"),
        ("价格改革和物价问题", "other"),
        ("我们的方法是", "target"),  # the method is the task
        ("国家对于开垦荒地的投资", "target"),  # a figure of the plan
        ("今年经济工作的重点", "target"),
        ("增强企业活力，要", "target"),
        # An action as the subject, its verb (实行, 坚持) no sign of the future: what the action is, no task.
        ("实行对外开放", "other"),
        ("坚持四项基本原则和实行", "other"),
        ("坚持“今天再晚", "target"),  # the 是 is in the quoted words
        ("发展乡镇企业", "target"),  # then the task (要)
        ("加强农业，是今年", "target"),  # the year's task
    ],
)
def test_a_definition_in_a_plan_part_is_other(start: str, label: str) -> None:
    report = parse_text(PLAN_1987, "national/1987.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
