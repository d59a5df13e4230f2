"""What a thing is, must be or is not, and what a policy or a leader's words express, is theory: `other` (1979, 1964,
1960), whatever its 必须 or 了 would say of time."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A report with no review or plan part, as the reports of the 1960s and 1970s are.
REPORT_1979 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、关于社会主义民主和法制
一个享受自由权利的公民，必须是一个对社会、对别人负责任的公民。
这是一种封建秩序，而绝不是社会主义秩序。
这个方针反映了包括台湾人民在内的全国人民的热切愿望。
毛主席的这些话，高度地集中了世界人民的革命意志，极大地鼓舞了世界人民的革命斗争。
这个条约反映了中日两国人民世世代代友好相处的愿望，为两国的友好睦邻关系建立了良好的基础。
各级干部必须是人民的勤务员，要全心全意为人民服务。
完成祖国统一大业，是两岸人民长期以来的共同愿望。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("一个享受自由权利的公民", "other"),
        ("这是一种封建秩序", "other"),
        ("这个方针反映了", "other"),
        ("毛主席的这些话", "other"),
        ("这个条约反映了", "achievement"),  # what the treaty did
        ("各级干部必须是人民的勤务员", "target"),  # a duty, then the task
        ("完成祖国统一大业", "other"),  # the common wish, however long held (以来)
    ],
)
def test_what_a_thing_is_or_expresses_is_other(start: str, label: str) -> None:
    report = parse_text(REPORT_1979, "national/1979.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
