"""What a national report's plan says beside its tasks.

A plan part of the 1980s–2010s reports says what things are for the whole
("改革开放是国家发展进步的根本动力。"): a definition or a principle, and it calls
on others ("我们呼吁台湾当局…"): ``other`` in ``GUIDELINES.md``, while the tasks
beside them, what a definition says of this year and our own aims stay
targets.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

NATIONAL = """政府工作报告
各位代表：
一、过去一年工作回顾
过去一年，经济平稳增长。
二、今年的主要任务
改革开放是国家发展进步的根本动力。
收入分配制度是社会主义市场经济体制的重要基石。
保持物价总水平基本稳定始终是宏观调控的重要目标。
材料是国民经济和国防建设的重要物质基础。
加强精神文明建设是各条战线和各个部门的共同任务。
这是深化企业改革的重要任务，也是保持社会稳定的重要措施。
稳定物价是今年宏观调控的重要目标。
加快发展现代农业。
"""


@pytest.fixture(scope="module")
def national() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(NATIONAL, "2013.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("改革开放是", "other"),
        ("收入分配制度", "other"),
        ("保持物价总水平", "other"),
        ("材料是", "other"),
        ("加强精神文明建设", "other"),
        ("这是深化企业改革", "other"),
        # This year's aim, and a task, stay targets.
        ("稳定物价是今年", "target"),
        ("加快发展现代农业", "target"),
    ],
)
def test_what_a_thing_is_for_the_whole_is_a_principle_in_a_plan(
    national: tuple[Report, dict[str, Suggestion]], start: str, label: str
) -> None:
    report, suggestions = national
    found = by_text(report, suggestions, start)
    assert found.label == label, found


APPEALS = """政府工作报告
一、过去一年工作回顾
过去一年，经济平稳增长。
二、今年的主要任务
我们希望台湾当局顺应民心，认清形势，为祖国统一做出贡献。
我们呼吁台湾当局认清时势，尽早同我们进行政治谈判。
希望预委会最广泛地团结香港同胞，做好各项准备工作。
我们希望尽早实现两岸通邮、通航、通商。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我们希望台湾当局", "other"),
        ("我们呼吁台湾当局", "other"),
        ("希望预委会", "other"),
        ("我们希望尽早实现", "target"),  # our own aim
    ],
)
def test_a_call_on_another_authority_is_no_task(start: str, label: str) -> None:
    report = parse_text(APPEALS, "1999.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found
