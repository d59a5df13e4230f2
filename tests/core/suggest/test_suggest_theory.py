"""Theory told in a report without review or plan parts is ``other``, whatever time its words mark.

Written from the leave-one-report-out errors on the national reports of 1964
and 1960 (``core.suggest.cue_rules.theory``): what always happens, a duty of a whole
historical stage, a claim denied and what experience or the facts taught.
A result told with "总是" of the time before, a goal within a historical
period and a task of the year stay with the time rules.
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
在生产斗争和科学实验范围内，人类总是不断发展的，自然界也总是不断发展的，永远不会停止在一个水平上。
这些新的资产阶级分子和其他剥削分子，总是要从上级领导机关中寻找他们的保护人和代理人。
在这个历史阶段中，必须在经济战线上、政治战线上和思想文化战线上进行彻底的社会主义革命。
但是，绝不能说资本主义复辟是不可避免的。
当然，这绝不是说，我们已经完全掌握了社会主义建设的客观规律。
其所以是错误，因为这些论点，不符合一百万年以来人类社会发展的历史事实。
周总理说，我国的现实政治生活反复地教育了我们。
事实完全证明，这个纲要是一个群众性的纲领。
武昌车辆厂上半年出勤率总是提不高，经过大鸣大放，到去年十一月已经提高到百分之九十九。
我们必须打破常规，在一个不太长的历史时期内，把我国建设成为一个社会主义的现代化的强国。
一九六五年必须在全国范围内深入开展增产节约运动。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("在生产斗争", "other"),  # 1964: what always happens
        ("这些新的资产阶级分子", "other"),  # 1964: what the class enemy always does, despite its 要
        ("在这个历史阶段中", "other"),  # 1964: a duty of a whole historical stage
        ("但是，绝不能说", "other"),  # 1964: a claim denied
        ("当然，这绝不是说", "other"),  # 1964: a claim denied, whatever it says was done
        ("其所以是错误", "other"),  # 1964: why a view is wrong
        ("周总理说，我国的现实", "other"),  # 1964: what life taught us
        ("事实完全证明", "other"),  # 1960: what the facts proved
        ("武昌车辆厂", "achievement"),  # 1958: 总是 of the time before a result
        ("我们必须打破常规", "target"),  # a goal within a historical period
        ("一九六五年必须", "target"),  # the year's task
    ],
)
def test_theory_is_other(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
