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


# The closing paragraph of a 2019 review: a lead-in that names the problems and challenges faced, then the problems
# one by one in the same paragraph, each a bare statement.
REVIEW_2019 = """各位代表：
一、2018年工作回顾
过去一年，经济运行保持在合理区间，国内生产总值增长6.6%。
在充分肯定成绩的同时，要清醒看到我国发展面临的问题和挑战。国内经济下行压力加大，消费增速减慢，有效投资增长乏力。\
一些地方财政收支矛盾较大。深度贫困地区脱贫攻坚困难较多。
二、2019年经济社会发展总体部署
今年国内生产总值预期增长6%—6.5%。
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("过去一年，经济运行", "achievement", "review"),
        ("在充分肯定成绩的同时", "other", "problem"),  # the problems faced, not the chances
        ("国内经济下行压力加大", "other", "closing"),
        ("一些地方财政收支矛盾较大", "other", "closing"),
        ("深度贫困地区脱贫攻坚困难较多", "other", ""),
        ("今年国内生产总值预期增长", "target", ""),
    ],
)
def test_the_problems_and_challenges_faced_open_the_closing_paragraph_of_a_review(
    start: str, label: str, reason: str
) -> None:
    report = parse_text(REVIEW_2019, "national/2019.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found
