"""What a group of people thinks of a policy is background (``other``), not a result or a task.

Written from the leave-one-report-out errors on the national report of 1964
("各少数民族的广大劳动人民，坚决拥护和积极参加民主革命和社会主义革命", "少数民族的许多
上层人物，也表示拥护社会改革，…": a description of attitudes); the same reading
makes "全国人民热烈拥护党中央关于经济体制改革的决定，…" (1985) right.  Our own duty
to support a policy stays a task.
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
周总理指出，各少数民族的广大劳动人民，坚决拥护和积极参加民主革命和社会主义革命。
少数民族的许多上层人物，也表示拥护社会改革，愿意接受改造，他们得到了政府和人民的照顾。
全国人民热烈拥护党中央关于经济体制改革的决定，十分关心和支持改革。
我们必须坚决拥护党的一元化领导。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("周总理指出，各少数民族", "other"),  # 1964: the working people's support
        ("少数民族的许多上层人物", "other"),  # 1964: the upper strata's attitude
        ("全国人民热烈拥护", "other"),  # 1985: the people's support of a decision
        ("我们必须坚决拥护", "target"),  # 1975: our own duty
    ],
)
def test_attitudes_are_background(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
