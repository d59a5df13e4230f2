"""A definition whose subject is a clause ("依法治国，是…基本方略。") states how things are: `other`."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A 1990s report: a review, then topical parts that carry the year's tasks.
TOPICAL_1999 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九八年工作回顾
一九九八年，国内生产总值比上年增长7.8%。
二、加强民主法制建设
依法治国，是党领导人民治理国家的基本方略。
这“三条保障线”，是目前条件下有中国特色社会保障制度的重要组成部分。
不断提高人民物质和文化生活水平，是发展经济的根本目的，也是政府工作的基本出发点。
我们的首要任务，是继续深化国有企业改革。
知识分子劳动化，劳动人民知识化，是我们文化革命的目标。
加快小城镇建设，是经济社会发展的一个大战略。
实现祖国强盛和人民富裕，是全国各族人民的共同愿望。
今年加快小城镇建设，是扩大内需的重要举措。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("依法治国", "other"),
        ("这“三条保障线”", "other"),
        ("不断提高人民物质", "other"),
        ("我们的首要任务", "target"),  # a task as the subject
        ("知识分子劳动化", "target"),  # a goal as what the subject is
        # An action as the subject names what is spoken of: its verbs order or report nothing (1999 #148, 1994).
        ("加快小城镇建设", "other"),
        ("实现祖国强盛", "other"),
        ("今年加快小城镇建设", "target"),  # the year named makes it a task
    ],
)
def test_a_definition_with_a_clause_as_its_subject_is_other_unless_it_names_a_task(start: str, label: str) -> None:
    report = parse_text(TOPICAL_1999, "national/1999.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
