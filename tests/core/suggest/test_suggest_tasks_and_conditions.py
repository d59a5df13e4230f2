"""A task named as what a thing has become is a ``target``; the conditions of a goal, what a set of tasks needs,
whose business a goal is and what we never did nor will do are ``other`` (reports without review or plan parts).

Written from the leave-one-report-out errors on the national reports of 1960
and 1964: "由于农村人民公社化的实现，…，已经成为全党全民的重要任务" names the task
whatever led to it; "就实现社基本所有制的条件来说，第一，…达到了…" lists conditions
(its 了 tells no result), "…，都是必须发动亿万人民群众的力量，才能做好的事情" says
what the tasks need, "提前实现农业发展纲要，不仅是几亿农民的事情，…" whose
business it is, and "…，过去没有、今后也决不会依赖别人过活" how we always are.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

UNDIVIDED = """一九六〇年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从上次大会以来，我国各族人民在各条战线上进行了艰苦的工作，国民经济有了很大的发展，人民的生活有了一定的改善。
由于农村人民公社化的实现，积极推行农业的技术改造，已经成为全党全民的重要任务。
就实现社基本所有制的条件来说，第一，全社的经济发展达到了每人年平均收入一百五十元的水平；第二，穷队赶上了富队。
人民公社制度的巩固和发展，各部门对农业的支援，都是必须发动亿万人民群众的力量，才能做好的事情。
提前实现农业发展纲要，不仅是几亿农民的事情，而且是各个经济部门的事情。
中国人民不是懒汉懦夫，过去没有、今后也决不会依赖别人过活。
一九五九年，全社的经济发展达到了每人年平均收入八十五元的水平。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1960.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("由于农村人民公社化", "target"),  # 1960: the task it has become
        ("就实现社基本所有制", "other"),  # 1960: the conditions of a goal
        ("人民公社制度的巩固", "other"),  # 1960: what the tasks need
        ("提前实现农业发展纲要", "other"),  # 1960: whose business a goal is
        ("中国人民不是懒汉懦夫", "other"),  # 1964: never did, never will
        ("一九五九年，全社", "achievement"),  # the level reached
    ],
)
def test_tasks_and_conditions(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
