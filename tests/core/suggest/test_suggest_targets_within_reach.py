"""A target named with its figure and said to be within reach is the target, not a judgement or an argument; the
year's target figure stated over its background is a target; what a thing bears on (关乎, 关系…的成败) is `other`."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT_1999 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九八年工作回顾
一九九八年，国内生产总值比上年增长7.8%。
二、一九九九年经济社会发展的主要任务
综合分析国内外的有利条件和制约因素，今年的经济增长预期为7％左右。
在优化结构、提高质量和效益的基础上，实现7％左右的增长速度并不容易，但是预计经过努力还是可以达到的。
由于农民增产积极性空前高涨，只要不遇到特别严重的自然灾害，这些指标是能够达到的。
我们要求各地区在今年计划定额的基础上节约煤和电百分之二到三，这个目标经过努力是完全可以达到的。
我们已经确定的到本世纪末工农业年总产值翻两番的目标，是切合实际和完全可以达到的。
生态环境关系人民福祉，关乎子孙后代和民族未来。
反对资产阶级自由化的斗争，关系社会主义现代化建设的成败，关系国家的前途命运。
瞄准关系全局和长远发展的战略必争领域，加强基础研究。
农村土地制度关乎农村的根本稳定，其核心是要保障农民的财产权益。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("综合分析国内外", "target"),  # the year's figure, over favourable conditions
        ("在优化结构", "target"),  # the figure, then within reach
        ("由于农民增产积极性", "other"),  # no figure: a verdict on targets named before
        ("我们要求各地区", "target"),
        ("我们已经确定的", "target"),
        ("生态环境关系", "other"),
        ("反对资产阶级自由化的斗争", "other"),
        ("瞄准关系全局", "target"),  # 关系全局 names the field; the sentence is a task
        ("农村土地制度", "target"),  # the core of it is a task (要)
    ],
)
def test_targets_within_reach_and_what_a_thing_bears_on(start: str, label: str) -> None:
    report = parse_text(REPORT_1999, "national/1999.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label


AFTER_THE_REVIEW_1999 = """各位代表：
现在，我代表国务院向大会作政府工作报告，请予审议。
一、一九九八年工作回顾
一九九八年，国内生产总值比上年增长7.8%。
二、关于扩大国内需求
在优化结构、提高质量和效益的基础上，实现7％左右的增长速度并不容易，但是预计经过努力还是可以达到的。
实现8%的增长并不容易，但经过努力是可以达到的。
这个目标是可以达到的。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("在优化结构", "target"),
        ("实现8%的增长", "target"),
        ("这个目标是可以达到的", "other"),  # no figure: a verdict
    ],
)
def test_a_target_within_reach_in_a_topical_part_after_the_review(start: str, label: str) -> None:
    report = parse_text(AFTER_THE_REVIEW_1999, "national/1999.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label
