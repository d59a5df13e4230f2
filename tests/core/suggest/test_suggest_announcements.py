"""The speaker announcing what comes next is `other`: what he reports or explains, topics named, proposals announced."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

PLAN_2013 = """各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、过去五年工作回顾
过去五年，我国经济实力大幅提升，国内生产总值年均增长9.3%。
二、2013年工作的总体要求和主要预期目标
今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右。
这里，着重对经济增长和物价总水平两个指标作些说明。
关于经济增长目标。
把经济增长预期目标定为7.5%左右，主要是为了引导各方面把工作着力点放到加快转变经济发展方式上来。
关于物价总水平。
今年居民消费价格涨幅控制在3.5%左右。
三、对今年政府工作的建议
结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议。
加快推进城镇化，积极稳妥推进户籍制度改革。
"""

PLAN_1980 = """各位代表：
现在，我着重报告1979年以来贯彻执行调整、改革、整顿、提高方针的情况和1981年国民经济计划的安排。
关于1980年国民经济计划的执行情况，国家计委已向人大常委会作了报告，这个报告已经印发大会，请审议，我在这里不再说明了。
一、1981年国民经济计划的安排
现在，我着重就能源的开发和节约、重工业的调整、经济管理体制的改革三个方面需要采取的主要措施，作如下说明。
1981年计划基本建设投资总额控制在500亿元。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这里，着重对经济增长", "other"),
        ("关于经济增长目标", "other"),
        ("关于物价总水平", "other"),
        ("结合过去十年", "other"),
        ("今年居民消费价格涨幅", "target"),
        ("加快推进城镇化", "target"),
    ],
)
def test_what_a_plan_part_announces_is_other_and_its_targets_stay_targets(start: str, label: str) -> None:
    report = parse_text(PLAN_2013, "national/2013.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("现在，我着重报告", "other"),
        ("关于1980年国民经济计划的执行情况", "other"),
        ("现在，我着重就能源的开发", "other"),
        ("1981年计划基本建设投资总额", "target"),
    ],
)
def test_what_the_speaker_goes_on_to_report_or_explain_is_procedure(start: str, label: str) -> None:
    report = parse_text(PLAN_1980, "national/1980.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
