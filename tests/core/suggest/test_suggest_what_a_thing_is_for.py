"""What a policy is for or what it is at bottom is an explanation (``other``), in any part of a report.

Written from the leave-one-report-out errors on the national reports of 1958
(a review part) and 1964 (no review or plan part): the verbs after "目的是",
"出发点是" or "实质上就是" name what is explained, they report nothing done and
set no task.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六四年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
我国对外援助的出发点是，根据无产阶级国际主义精神，支援社会主义兄弟国家进行建设，增强整个社会主义阵营的力量。
它的目的，就是要经过长期的阶级斗争，最后彻底消灭资产阶级和资本主义，而决不是取消阶级斗争，调和阶级矛盾。
我们对民族资产阶级的和平改造，实质上就是在无产阶级取得了国家政权的条件下，同资产阶级进行阶级斗争的一种特殊形式。
我们要继续支援新独立的国家发展民族经济。
"""

REVIEW = """一九五八年政府工作报告
一、一九五七年的工作
一九五七年，我们胜利地完成了第一个五年计划。
整风运动的本来的目的，是要消除国家机关内部的官僚主义、宗派主义和主观主义等不良作风，提高思想，改进工作。
二、一九五八年的任务
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我国对外援助的出发点是", "other"),  # 1964: what our aid starts from
        ("它的目的，就是要", "other"),  # 1964: what a policy is for
        ("我们对民族资产阶级的和平改造，实质上就是", "other"),  # 1964: what a policy is at bottom
        ("我们要继续支援", "target"),  # the task itself
    ],
)
def test_what_a_thing_is_for_without_parts(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label


def test_what_a_thing_is_for_in_a_review() -> None:
    report = parse_text(REVIEW, source="national/1958.txt")[0]
    suggestions = suggest_by_rules(report)
    assert by_text(report, suggestions, "整风运动的本来的目的").label == "other"  # 1958
    assert by_text(report, suggestions, "一九五七年，我们胜利地完成了").label == "achievement"
