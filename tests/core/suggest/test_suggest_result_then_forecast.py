"""A result followed by what it will grow into is an ``achievement``, in a report without review or plan parts.

Written from the leave-one-report-out errors on the national report of 1964:
"…整个国民经济已经全面好转，并且将要进入一个新的发展时期" and "…对农业生产已经发挥了一定的
作用，今后还将发挥更大的作用" report results; their last clause forecasts, it sets
no task (GUIDELINES.md: a mixed sentence takes the label of its main clause).
A result followed by a measure still to be taken stays a task.
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
现在，调整国民经济的任务已经基本完成，整个国民经济已经全面好转，并且将要进入一个新的发展时期。
农田水利建设成绩很大，对农业生产已经发挥了一定的作用，今后还将发挥更大的作用。
我们已经准备一批基本建设的预备项目，在国家财政有余力的时候，将立即开工建设。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1964.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("现在，调整国民经济", "achievement"),  # 1964: done, and a new period ahead
        ("农田水利建设", "achievement"),  # 1964: its effect so far, and more to come
        ("我们已经准备", "target"),  # 1958: prepared, and works to start: a task
    ],
)
def test_result_then_forecast(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label
