"""Sentences of the parts after the review that say what things are, what went wrong or what was done.

Written from the errors on ``national/1992`` (parts 二 to 六); each case
beside one the cue must leave alone.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT = """政府工作报告
各位代表：
一、１９９１年国内工作的回顾
１９９１年国民生产总值比上年增长百分之七。
二、加快改革步伐，扩大对外开放
我国经过十多年的努力，对外开放已经全面展开。
大道至简，实干为要。
请审议。
乡镇企业在农村经济中具有十分重要的作用，并已成为整个国民经济的重要组成部分。
加强同发展中国家的团结与合作是我国外交政策的一个基本点。
深化农产品价格和流通体制改革，是进一步发展农村商品经济的关键。
企业改革是今年经济体制改革的重点。
我们进行经济建设和改革开放，目的是不断改善人民的物质和文化生活。
正在全国农村开展的社会主义思想教育，目的是使党的基本路线进一步深入农村，要继续抓紧抓好。
如果今年各方面的工作都能够做得更好一些，“八五”计划后三年经济的加快发展就有了更为坚实的基础。
目前各级政府机构庞大，人浮于事，效率低下，对经济建设和改革开放产生了许多不利的影响。
无论是思想理论战线，还是教育文化战线，都遇到许多新情况和新问题。
我们要认真研究和解决改革中遇到的新问题。
前几年在反腐败斗争方面虽然取得了一定成效，但现在问题还相当严重。
党和政府十分重视廉政建设。
党和政府十分重视廉政建设，今年要制定一批廉政法规。
今年要继续清理三角债，继续限制滞销积压产品的生产，压缩不合理库存，大力扭亏增盈。
积压产品过多，库存结构不合理。
今年初，中共中央、国务院召开民族工作会议，提出了９０年代民族工作的主要任务和政策。
西藏是中国神圣领土不可分割的部分，任何敌对势力搞“西藏独立”的图谋都是注定要失败的。
台湾当局在发展两岸关系与国家统一问题上，采取了一些措施，是值得欢迎的。
去年提出的２０条措施，正在逐步落实，已经收到初步效果，继续扎扎实实抓下去是大有希望的。
今年的价格改革，是在去年货币发行偏多的情况下进行的。
近年来市场供求关系和消费结构发生了很大变化，调整结构势在必行。
同时采取多种办法，拓宽融资渠道，进一步扩大投资需求，势在必行。
这样人民高兴，国家实力也才能增强。
三、关于国际形势和外交工作
中越两国关系实现正常化，有利于两国发展经济、贸易、科技等领域的合作。
中美关系在去年有所改善，这是值得欢迎的。
两国关系的改善，对促进本地区乃至世界的稳定与和平都将发挥重要作用。
我国同亚、非、拉许多发展中国家往来密切，友好合作不断取得新成果。
"""


@pytest.fixture(scope="module")
def suggested() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(REPORT, "1992.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("我国经过十多年的努力", "achievement", "past period"),  # a couplet that tells a result is no rhetoric
        ("大道至简", "other", "rhetoric: short couplet"),
        ("请审议", "other", "procedure"),
        ("乡镇企业在农村经济中", "other", "statement of principle"),  # what a thing has become
        ("加强同发展中国家", "other", "statement of principle"),  # a part of a policy
        ("深化农产品价格", "other", "statement of principle"),  # the key to something, of no year
        ("企业改革是今年", "target", "tasks ahead"),  # the key of this year is a task
        ("我们进行经济建设", "other", "explanation"),  # what it is done for
        ("正在全国农村开展", "target", "tasks ahead"),  # what it is for, then the task
        ("如果今年各方面的工作", "other", "argument"),
        ("目前各级政府机构庞大", "other", "problem cue"),  # harm done
        ("无论是思想理论战线", "other", "problem cue"),  # problems met
        ("我们要认真研究", "target", "tasks ahead"),  # problems to be solved: a task
        ("前几年在反腐败斗争方面", "other", "problem cue"),  # problems still grave after what was done
        ("党和政府十分重视廉政建设。", "other", "background"),  # the stance alone
        ("党和政府十分重视廉政建设，今年要", "target", "tasks ahead"),
        ("今年要继续清理三角债", "target", "tasks ahead"),  # problem words beside an order name what a task remedies
        ("积压产品过多", "other", "problem cue"),
        ("今年初，中共中央", "achievement", "told as done"),  # the start of this year is past at the report
        ("西藏是中国神圣领土", "other", "states how things are"),  # 注定要 tells no task
        ("台湾当局在发展两岸关系", "other", "background"),  # the other side's acts
        ("去年提出的２０条措施", "achievement", "past period"),  # a result, then a verdict on it
        ("今年的价格改革，是在去年", "other", "judgement"),  # last year inside the verdict
        ("中越两国关系实现正常化", "achievement", "relations with other states"),
        ("中美关系在去年有所改善", "achievement", "relations with other states"),
        ("近年来市场供求关系", "other", "statement of principle"),  # a need after the change calling for it
        ("同时采取多种办法", "target", "tasks ahead"),  # the need after the measures is their task
        ("这样人民高兴", "other", "argument"),
        ("两国关系的改善", "other", "argument"),  # what a change will bring
        ("我国同亚、非、拉", "achievement", "relations with other states"),
    ],
)
def test_parts_after_the_review_state_explain_and_report_beside_their_tasks(
    suggested: tuple[Report, dict[str, Suggestion]], start: str, label: str, reason: str
) -> None:
    report, suggestions = suggested
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A shortcoming raised or narrowed in the review is a result; named alone it is a problem.
        ("在价格改革方面，提高了长期偏低的部分基础工业产品的价格，部分产品缩小了差距。", "achievement"),
        ("部分基础工业产品的价格长期偏低，地区差距仍然较大。", "other"),
    ],
)
def test_a_shortcoming_remedied_in_the_review_is_a_result(sentence: str, label: str) -> None:
    text = f"政府工作报告\n各位代表：\n一、１９９１年国内工作的回顾\n１９９１年粮食丰收。\n{sentence}"
    report = parse_text(text, "1992.txt")[0]
    found = by_text(report, suggest_by_rules(report), sentence[:8])
    assert found.label == label, found
