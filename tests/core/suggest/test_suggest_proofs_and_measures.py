"""A proof named, a major measure defined, the crux of a problem and what follows unless a thing is done are
``other`` in a report without review or plan parts.

Written from the leave-one-report-out errors on the national report of 1979,
which the model had set right before the rules of 1964 and 1960 changed what
it learnt: "…但它无论如何是社会主义制度优越性的一个证明" (a proof), "实行这个组织法是扩大
和发扬社会主义民主的重大措施" (a principle), "…的要害问题，就是…违背了…" (a problem)
and "不同这两种官僚主义作坚决斗争，社会主义民主就发扬不了，…" (an argument).
A result and a task beside them stay with the time rules.
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
这种发展速度固然与我们原来的基础低有很大关系，但它无论如何是社会主义制度优越性的一个证明。
实行这个组织法是扩大和发扬社会主义民主的重大措施。
目前我们经济管理体制的要害问题，就是在不少方面程度不等地违背了客观经济规律。
不同这两种官僚主义作坚决斗争，社会主义民主就发扬不了，社会主义制度的优越性就发挥不出来。
今年我们要采取重大措施，整顿现有企业。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1979.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这种发展速度", "other"),  # 1979: a proof named
        ("实行这个组织法", "other"),  # 1979: what a measure is
        ("目前我们经济管理体制", "other"),  # 1979: the crux of a problem
        ("不同这两种官僚主义", "other"),  # 1979: what follows unless it is done
        ("今年我们要采取重大措施", "target"),  # the year's task
    ],
)
def test_proofs_and_measures(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
