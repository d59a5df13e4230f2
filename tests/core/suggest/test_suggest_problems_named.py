"""Problems and pressures named in a part after the review or in a plan part are `other`, not tasks or results."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A 1990s report: a review, then topical parts that carry the year's tasks.
TOPICAL_1994 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九三年的工作回顾
一九九三年，国民经济继续快速增长，国内生产总值比上年增长13.4%。
二、加强农业，发展农村经济
近年来农业丰收，但粮棉比较效益下降，农民收入增长相对缓慢。
农业连续几年丰收，不少农产品供过于求，价格下跌，农民收入增长减缓。
要稳定粮食播种面积，提高单产。
三、扩大对外开放
去年进口增长较多，出口增长相对缓慢，对外贸易出现较大逆差。
近两年货币、信贷总量增加很多，但由于经济发展很快，建设规模过大，资金供需矛盾仍很突出。
要继续扩大出口，合理控制进口。
四、扩大国内需求
现阶段，投资在促进经济增长中的作用不可低估。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("近年来农业丰收", "other"),
        ("农业连续几年丰收", "other"),
        ("要稳定粮食播种面积", "target"),
        ("去年进口增长较多", "other"),
        ("近两年货币、信贷总量", "other"),
        ("要继续扩大出口", "target"),
        ("现阶段，投资在促进", "other"),
    ],
)
def test_slow_growth_oversupply_a_deficit_and_sharp_contradictions_are_problems(start: str, label: str) -> None:
    report = parse_text(TOPICAL_1994, "national/1994.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


# A review part (1980): problems still to be solved, beside a result and a task.
REVIEW_1980 = """各位代表：
一、1979年国民经济计划的执行情况
1979年，农业生产又获得了较好的收成。
扩大企业自主权的试点工作正在逐步展开。
试点中发现了不少新的问题，有待于今后进一步解决。
长期积累下来的职工住宅、医疗卫生和环境保护等问题，还要多年努力逐步解决。
二、1980年国民经济计划的安排
今年要继续解决好职工住宅问题。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("1979年，农业生产", "achievement"),
        ("试点中发现了不少新的问题", "other"),
        ("长期积累下来的职工住宅", "other"),
        ("今年要继续解决好", "target"),
    ],
)
def test_problems_still_to_be_solved_are_problems(start: str, label: str) -> None:
    report = parse_text(REVIEW_1980, "national/1980.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
