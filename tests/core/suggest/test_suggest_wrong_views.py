"""Some people spreading wrong views is a problem (``other``): a part of them doing wrong.

Written from the leave-one-report-out errors on the national report of 1964:
"当时，有不少的人在国内问题上积极鼓吹什么“三自一包”…" tells of the class struggle
of those years, not a task or a result.  Some people told of as doing well, and
our task to criticise such views, stay with the time rules.
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
当时，有不少的人在国内问题上积极鼓吹什么“单干风”，在国际问题上宣扬“三和一少”（指对帝国主义要和，对各国人民革命斗争的支援要少）。
有些地方宣扬了先进生产者的事迹，推动了增产节约运动。
我们要继续批判“三和一少”的修正主义观点。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("当时，有不少的人", "other"),  # 1964: some spread wrong views
        ("有些地方宣扬了", "achievement"),  # some spread good examples: a result
        ("我们要继续批判", "target"),  # our task against such views
    ],
)
def test_wrong_views_spread(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
