"""What a plan part argues before it sets a task (1987): why a thing matters, the cause of a state, what follows
unless a thing is done, and a duty drawn at the end of a proof or of a fault named."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A report of the 1980s: a review of the year, then a plan part that argues at length before its tasks.
PLAN_1987 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九八六年工作回顾
一九八六年，国民生产总值比上年增长7.8%。
二、一九八七年的主要任务
在我们这样一个人口众多的大国里，农业这个基础是否能够持续稳定发展，对于国民经济全局具有极端的重要性。
充分发挥广大群众和干部的积极进取精神，对于圆满实现增产节约的任务具有决定性意义。
严格控制人口的增长，对于现代化建设具有极其重要的意义，必须坚定不移地继续贯彻执行计划生育的方针政策。
在过去相当长的时间里，经济发展所以很不稳定，一个重要原因就是农业发展缓慢和收成不稳定。
这种新老体制并存的状态，是目前财政、信贷、投资等方面产生某些问题的一个重要原因。
去年年底少数学生闹事，但从根本上来说，是资产阶级自由化思潮泛滥的结果。
如不加以正确引导，不仅将使资金积累减少，更严重的是会败坏社会风气。
如不及时采取有效的措施改变这种状况，今后几年财政赤字还有进一步增大的可能。
不坚持四项基本原则，安定团结的政治局面就会遭到破坏。
不断提高农产品收购价格，增加农民收入。
实践证明，上述方针政策有力地保证了斗争的健康发展，今后必须继续坚定不移地贯彻执行。
实践证明，这个既定的改革方向和总体部署是正确的。
有些地方和企业乘价格改革之机乱收费、乱涨价，严重损害消费者利益，必须坚决加以纠正。
有些地方和企业乘价格改革之机乱收费、乱涨价，严重损害消费者利益。
这就要求我们十分注意在这个问题上提高自觉性，采取改革措施的时候要立足于增进各方面人们的利益。
要把方针政策、工作部署以及工作中遇到的困难和问题，及时向群众进行宣传解释。
我们必须清醒地看到，工作中遇到的困难和问题还不少。
在过去一段时间内，由于思想战线领导上软弱涣散，使这股错误思潮滋长蔓延。
我们反对美化资产阶级“自由”的错误思潮，不赞成搞“大民主”，正是为了更好地发展社会主义民主。
这种利益关系的复杂变化，往往会在某种程度上影响到人们对待改革的态度。
这就使企业行为往往不能主动适应国家宏观决策的要求。
如不进行改革，就不可能形成完善的社会主义市场体系。
这种基本国情决定了要从根本上改变我国的面貌，必须经过坚韧不拔的持久努力，而决不能急于求成。
社会主义民主作为一种新型的国家制度，现在尚不完善，需要有一个长期建设的渐进过程。
任何力量和干扰都不能阻挡我们前进。
任何单位和个人都不能乱收费。
近几年来的实践充分证明，凡是改革搞得比较好的企业，经营管理水平有了较大的提高。
近几年来，改革搞得比较好的企业，经营管理水平有了较大的提高。
为此，国务院已经组织各方面力量认真总结前几年的改革经验，精心研究进一步配套改革的具体实施方案。
前几年，国务院已经组织各方面力量认真总结改革经验。
这样，也有利于培养和造就一大批有作为的社会主义企业家。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("在我们这样一个人口众多", "other"),  # why a thing matters
        ("充分发挥广大群众", "other"),
        ("严格控制人口的增长", "target"),  # …and the duty that follows
        ("在过去相当长的时间里", "other"),  # the cause of a state
        ("这种新老体制并存的状态", "other"),
        ("去年年底少数学生闹事", "other"),
        ("如不加以正确引导", "other"),  # what follows unless a thing is done
        ("如不及时采取有效的措施", "other"),
        ("不坚持四项基本原则", "other"),
        ("不断提高农产品收购价格", "target"),  # 不断 opens an order, no condition
        ("实践证明，上述方针政策", "target"),  # a proof, then the duty drawn from it
        ("实践证明，这个既定的改革方向", "other"),
        ("有些地方和企业乘价格改革之机乱收费、乱涨价，严重损害消费者利益，必须", "target"),  # a fault to be put right
        ("有些地方和企业乘价格改革之机乱收费、乱涨价，严重损害消费者利益。", "other"),
        ("这就要求我们", "target"),  # what the state just told asks of us
        ("要把方针政策", "target"),  # the problems are what the order hands on
        ("我们必须清醒地看到", "other"),
        ("在过去一段时间内", "other"),  # a wrong current spreading
        ("我们反对美化", "other"),  # what a stance is for
        ("这种利益关系的复杂变化", "other"),  # what tends to happen
        ("这就使企业行为", "other"),
        ("如不进行改革", "other"),
        ("这种基本国情决定了", "other"),  # what the conditions of the country determine
        ("社会主义民主作为", "other"),  # what takes time
        ("任何力量和干扰", "other"),  # rhetoric
        ("任何单位和个人", "target"),  # an order
        ("近几年来的实践充分证明", "other"),  # a proof
        ("近几年来，改革搞得比较好的企业", "achievement"),
        ("为此，国务院已经组织", "target"),  # a plan being prepared
        ("前几年，国务院已经组织", "achievement"),
        ("这样，也有利于", "other"),  # what a measure is good for
    ],
)
def test_reasoning_in_a_plan_part_is_other_and_the_duty_drawn_from_it_a_target(start: str, label: str) -> None:
    report = parse_text(PLAN_1987, "national/1987.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


REVIEW_1987 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九八六年工作回顾
我国安定团结的政治局面在过去的一年里继续得到巩固，这是经济和社会发展的重要保证。
安定团结的政治局面是经济和社会发展的重要保证。
对外贸易在面临国际石油价格暴跌等许多困难的条件下，超额完成出口计划，压缩了不适当进口，缩小了外贸逆差。
出口面临许多困难，不适当进口仍然偏多。
二、一九八七年的主要任务
继续巩固安定团结的政治局面。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("我国安定团结的政治局面在过去的一年里", "achievement"),  # a result, then what it is for the whole
        ("安定团结的政治局面是", "other"),
        ("对外贸易在面临", "achievement"),  # troubles overcome, a cut made
        ("出口面临许多困难", "other"),
    ],
)
def test_a_result_of_the_review_stays_a_result_beside_its_ground(start: str, label: str) -> None:
    report = parse_text(REVIEW_1987, "national/1987.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
