"""Comments on a plan are `other`: effects, conditions, comparisons, policies, examples, asides (1958)."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN_1958 = """关于一九五八年度国民经济计划（草案）的报告
各位代表：
（一）一九五七年国民经济计划执行的结果
一九五七年是我国在各个战线上取得伟大胜利的一年。
过去的一年中，我国在各个战线上取得的伟大胜利，最基本的推动力量是全民性的整风运动。
现在来说我国一九五七年度国民经济计划的执行结果。
一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。
其他各省农民的许多英雄事例，这里就不一一列举了。
所有的事实，充分地显示了已经组织起来的农民有着无穷无尽的力量！
这个克服困难的过程，证明了我国社会主义经济的巨大优越性。
应当说明：在一九五六年冬，曾经有过一些暂时的、局部的困难。
当冬季农田水利运动开展以后，各地增加了灌溉面积六千多万亩。
（二）一九五八年国民经济计划的主要任务
一九五八年是我国第二个五年计划的第一年。
现在已经到了一九五八年二月份。
这里，我想附带地说明一下关于改用新的不变价格计算总产值的问题。
各工业部门的建设情况是这样：
冶金工业。
一九五八年新建和扩建的炼钢能力为一百五十万吨。
当这些新的生产能力发挥出来的时候，我国的钢铁就可以更多地供应机器制造工业的需要。
这将是我国机器制造工业的一个跃进。
这个速度，比一九五七年要高得多。
这个数字显然是过大了。
由于我们有了这样的工业化的初步基础，我国今后的基本建设也就能够进行得更多、更快。
如果把这些现象纠正过来，也就可以省出很多的资金，扩大生产性建设的投资。
由于农民增产积极性空前高涨，只要不遇到特别严重的自然灾害，这些指标是能够达到的，并且大有超过的可能性。
这种可能性能否变为现实性，关键在于领导能否同群众相结合，在于各级领导组织采取什么态度和什么方法。
积极发展地方中、小型化肥厂，是中央促进农业发展的一个重要方针。
农作物增产的主要途径，是提高单位面积的产量。
试制新产品，是为了增加新产品。
实现农业发展纲要，还有十年的时间，但是，决定的关键是头三年。
保证必需物资的进口，是完成一九五八年度国民经济计划的一个重要条件。
整风运动的胜利给了我们这种有利条件，第一个五年计划的巨大成就又给了我们这种有利条件。
在讨论今年计划草案的时候，也有许多这样动人的范例。
这种由先进单位所带动起来的新的不平衡，是促进经济进一步发展的一种好现象。
另一种是消极的方法，对新生事物熟视无睹，没有热情。
关于科学研究工作，这里不准备多讲。
这里举出下列的一些事实。
访苏科学技术代表团已于今年一月十八日在莫斯科同苏联签订了科学技术合作协定。
一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，都是很积极的。
试制适合于农村使用的机械，这是当前机器制造工业部门的一个特别重要的任务。
上海市的许多工厂，最近特别注意了产品质量的提高，争取在质量方面赶上英国的水平，这是很好的。
所有上列各项缺点，都必须坚决改正。
应当指出，在我们不少的机关中，铺张浪费的现象还相当普遍。
毛主席说：“要使我国富强起来，需要几十年艰苦奋斗的时间。”
目前全国正在进行整风运动，这是厉行节约、反对浪费的一个大好时机。
去年秋季开始的工农业生产新高潮更加证明：许多原来被认为是先进的指标，也都变成了落后的指标。
毫无疑义，只要我们所有的基层单位，把国家制定的必须完成的计划同群众的增产计划结合起来，超额完成国家计划，就有充分可靠的保证。
由于我们对于形势的发展还可能有估计不足的地方，因此，在执行计划的过程中，必须随时检查和修正原定的计划。
前面已经说过，不少的县已经达到了纲要规定的指标；从今年起，应当使更多的县达到纲要所提出的要求。
在上述总投资额中，还没有包括广大农业合作社、手工业合作社和其他合作社的基本建设投资在内。
"""


Suggested = tuple[Report, dict[str, Suggestion]]


@pytest.fixture(scope="module")
def plan_1958() -> Suggested:
    report = parse_text(PLAN_1958, "1958.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # The review: a year's result, a cause, the speaker's asides, proofs, what must be said.
        ("一九五七年是我国", "achievement", "review part"),
        ("过去的一年中", "other", "comment on the plan (explanation)"),
        ("现在来说", "other", "comment on the plan (procedure)"),
        ("其他各省农民", "other", "comment on the plan (procedure)"),
        ("所有的事实", "other", "comment on the plan (explanation)"),
        ("这个克服困难的过程", "other", "comment on the plan (explanation)"),
        ("应当说明", "other", "explanation"),
        ("当冬季农田水利运动开展以后", "achievement", "review part"),  # "当…以后" in a review tells what was done
        # The plan: what the year is, the time, the speaker's asides, title lines.
        ("一九五八年是我国", "other", "background: what the year is"),
        ("现在已经到了", "other", "comment on the plan (procedure)"),
        ("这里，我想附带地", "other", "comment on the plan (procedure)"),
        ("各工业部门的建设情况", "other", "comment on the plan (procedure)"),
        ("冶金工业。", "other", "comment on the plan: title line run into the text"),
        ("一九五八年新建和扩建", "target", "plan"),
        # What a planned work brings, how a figure compares, conditions.
        ("当这些新的生产能力", "other", "comment on the plan (argument)"),
        ("这将是我国机器制造工业", "other", "comment on the plan (argument)"),
        ("这个速度", "other", "comment on the plan (explanation)"),
        ("这个数字", "other", "comment on the plan (explanation)"),
        ("由于我们有了这样的", "other", "comment on the plan (argument)"),
        ("如果把这些现象", "other", "comment on the plan (argument)"),
        ("由于农民增产积极性", "other", "comment on the plan (argument)"),
        ("这种可能性能否", "other", "comment on the plan (argument)"),
        ("毫无疑义，只要", "other", "comment on the plan (argument)"),
        # Policies and conditions as definitions; a task of the present stays a task.
        ("积极发展地方中、小型化肥厂", "other", "comment on the plan (principle)"),
        ("农作物增产的主要途径", "other", "comment on the plan (principle)"),
        ("试制新产品，是为了", "other", "comment on the plan (principle)"),
        ("实现农业发展纲要", "other", "comment on the plan (principle)"),
        ("保证必需物资的进口", "other", "comment on the plan (principle)"),
        ("试制适合于农村使用的机械", "target", "plan"),
        # Conditions, examples, judgements, waste found, quotations.
        ("整风运动的胜利给了我们", "other", "comment on the plan (background)"),
        ("在讨论今年计划草案", "other", "comment on the plan (explanation)"),
        ("这种由先进单位", "other", "comment on the plan (explanation)"),
        ("另一种是消极的方法", "other", "comment on the plan (explanation)"),
        ("关于科学研究工作", "other", "comment on the plan (procedure)"),
        ("这里举出下列", "other", "comment on the plan (procedure)"),
        ("上海市的许多工厂", "other", "judgement"),
        ("所有上列各项缺点", "other", "problem"),
        ("应当指出", "other", "explanation"),
        ("毛主席说", "other", "background"),
        ("目前全国正在进行整风运动", "other", "background"),
        ("去年秋季开始的", "other", "comment on the plan (explanation)"),
        ("在上述总投资额中", "other", "explanation"),
        # Results and targets among them.
        ("访苏科学技术代表团", "achievement", "done already"),
        ("一九五八年计划粮食产量", "target", "plan"),
        ("由于我们对于形势的发展", "target", "plan"),
        ("前面已经说过", "target", "plan"),
    ],
)
def test_comments_on_a_plan_are_other_and_its_targets_stay_targets(
    plan_1958: Suggested, start: str, label: str, reason: str
) -> None:
    report, suggestions = plan_1958
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize("text", ["大力发展社会事业。", "办好人民满意教育。", "繁荣发展文体事业。"])
def test_a_run_in_lead_that_states_a_task_is_no_title_line(text: str) -> None:
    city = f"示例市政府工作报告\n一、2022年工作回顾\n全市生产总值增长4.2%。\n二、2023年工作安排\n{text}\n"
    report = parse_text(city, "c.txt")[0]
    found = by_text(report, suggest_by_rules(report), text[:4])
    assert found.label == "target", found


PLAN_1980 = """关于1980、1981年国民经济计划的报告
各位代表：
一、1981年国民经济计划的安排
1981年粮食产量计划达到6，500亿斤。
这是今后一个长时期的节能途径，也是向工业现代化前进的重大步骤。
现在的工业结构不能适应新的情况。
新型建筑材料，对建筑行业实现快速施工，降低造价，节约能源，有重要意义。
随着四化建设的进展，各方面对新材料的要求越来越多、越来越高，任务十分艰巨。
这是一项具有重要意义的工作，各地要认真抓好。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("1981年粮食产量", "target"),
        ("这是今后一个长时期", "other"),  # what a measure is, said of the one before
        ("现在的工业结构", "other"),  # a structure that does not fit: a problem
        ("新型建筑材料", "other"),  # what a material is worth
        ("随着四化建设的进展", "other"),  # how hard the task is
        ("这是一项具有重要意义的工作", "target"),  # worth, and a task: the task decides
    ],
)
def test_what_a_plan_of_1980_says_of_its_measures_is_other(start: str, label: str) -> None:
    report = parse_text(PLAN_1980, "1980.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found


# What a goal needs (1960, 1964), told where no part says review or plan: a condition, not a task.
NEEDS = """关于全国农业发展纲要的报告
各位代表：
一、关于农业发展的前途
但是，要实现这个前途，必须具备必要的条件。
同时，对于农业机械化的实现，又必须有工业和其他部门的支援。
我们要发展社会主义科学文化，必须有一支强大的工人阶级知识分子队伍。
要实现这个前途，必须大力发展农业机械制造工业。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("但是，要实现这个前途", "other"),
        ("同时，对于农业机械化", "other"),
        ("我们要发展社会主义科学文化", "other"),
        ("要实现这个前途，必须大力", "target"),  # a measure to take
    ],
)
def test_what_a_goal_needs_is_no_task(start: str, label: str) -> None:
    report = parse_text(NEEDS, "national/1960.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found
