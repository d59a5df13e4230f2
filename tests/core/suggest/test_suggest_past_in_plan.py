"""A sentence of a plan part that opens on the years just past tells what was done: `achievement`."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN = """各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、过去五年工作回顾
过去五年，我国经济实力大幅提升。
二、2013年工作的总体要求和主要预期目标
一年多来，我们认真执行了调整、改革、整顿、提高的方针，国民经济取得了重要进展。
这些年，我国制造业积累了较大产能，基础设施状况大为改善，支撑能力明显增强。
近些年是我国农业发展最快、农村面貌变化最大、农民得到实惠最多的时期。
这些年要继续加强农田水利建设。
加快推进城镇化，积极稳妥推进户籍制度改革。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("一年多来", "achievement"),
        ("这些年，我国制造业", "achievement"),
        ("近些年是我国农业", "achievement"),
        ("这些年要继续", "target"),  # a future marker: a task
        ("加快推进城镇化", "target"),
    ],
)
def test_the_years_just_past_named_first_make_a_result_in_a_plan_part(start: str, label: str) -> None:
    report = parse_text(PLAN, "national/2013.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


# A plan part that tells, in the perfect, what was done already (1956, 1958, 1980).
PERFECT = """各位代表：
一、1980年国民经济计划执行情况
1980年工农业总产值比上年增长7.2%。
二、1981年国民经济计划
石油工业，在海上勘探方面，已与国外一些石油公司签订协议，对南海海域进行了地球物理普查。
同时，还同国外石油公司签订了合作勘探开发渤海部分海域油气的合同。
我们在运用兄弟国家的先进经验方面，有了一定的进步。
生产资料的生产继续优先增长，而消费资料生产的发展速度，比上年也快得多了。
1981年，工业总产值达到了5,000亿元。
为了保证重点建设，要压缩一般项目。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("石油工业，在海上勘探方面", "achievement"),
        ("同时，还同国外石油公司", "achievement"),
        ("我们在运用兄弟国家", "achievement"),
        ("生产资料的生产", "target"),  # 快得多了 compares: no perfect
        ("1981年，工业总产值", "target"),  # the planned year named
        ("为了保证重点建设", "target"),  # 为了 is no perfect, 要 an order
    ],
)
def test_a_sentence_told_in_the_perfect_in_a_plan_part_is_a_result(start: str, label: str) -> None:
    report = parse_text(PERFECT, "national/1980.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found
