"""The time a sentence's own words give it, where no part says review or plan (core.reading.tense at work).

Written from the leave-one-report-out errors on the national reports of 1964, 1975 and 1979.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.reading.tense import time_weights
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# Parts of unknown kind, in a report given in the middle of 1979.
UNKNOWN_PARTS = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于国内工作
最近几年，城乡人民生活都逐步有所改善。
我们的这一重大努力，受到了各国人民的热烈欢迎。
经过努力，质量提高了。
农业生产有了一定的恢复。
所有的知识分子都不能放松自己的改造。
在这以前，我们粉碎了林彪反党集团，一九七三年八月召开了党的十大，全国形势大好。
我们坚持对外开放政策，扩大经济技术交流和合作，开始收到了效果，显示了这种合作的前景十分广阔。
现在形势很好，机遇难得。
二、关于国际问题
今年一月一日，全国人民代表大会常务委员会的《告台湾同胞书》，宣告了我们对台湾归回祖国的大政方针。
当然，我们也不允许别人侵占我们的一寸土地。
"""


@pytest.fixture(scope="module")
def unknown_parts() -> Report:
    return parse_text(UNKNOWN_PARTS, source="national/1979.txt")[0]


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("最近几年", "achievement"),  # 1964: 逐步 tells how it went
        ("我们的这一重大努力", "achievement"),  # 1964: 努力 the effort made
        ("经过努力", "achievement"),
        ("农业生产有了一定的恢复", "achievement"),  # 一定 an amount
        ("所有的知识分子", "target"),  # 1964: a prohibition is a task
        # 1978, 1984: how things stand, told with the results that brought it, is a result; told alone, background.
        ("在这以前，我们粉碎了", "achievement"),
        ("我们坚持对外开放政策", "achievement"),
        ("现在形势很好", "other"),
        ("今年一月一日", "achievement"),  # 1979: a date this year the report looks back on
        ("当然，我们也不允许", "target"),  # 1979
    ],
)
def test_the_words_of_a_sentence_give_its_time(unknown_parts: Report, start: str, label: str) -> None:
    assert by_text(unknown_parts, suggest_by_rules(unknown_parts), start).label == label


# What is bound to happen, or happens as a rule (1960, 1964, 1975): no task, though 要 stands in it.
BOUND_TO = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于国际问题
两个超级大国的激烈争夺，总有一天要导致世界大战。
这些新的资产阶级分子，总是要从上级领导机关中寻找他们的保护人和代理人。
有的大型工程，往往要到第二年甚至第三年才能充分发挥效益。
"""


@pytest.mark.parametrize("start", ["两个超级大国", "这些新的资产阶级分子", "有的大型工程"])
def test_yao_of_what_is_bound_to_happen_is_no_task(start: str) -> None:
    report = parse_text(BOUND_TO, source="national/1975.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == "other"


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("我们注重处理好调整经济结构和管理通胀预期的关系。", 0),  # 2013: expectations, a noun
        ("加强消费预期管理。", 1),  # the order still counts
        ("在需求收缩、预期转弱的压力下，全年经济平稳运行。", 0),
        ("今年的经济增长预期为7％左右。", 3),  # 预期, 今年 and 左右 of a target
    ],
)
def test_yuqi_as_expectations_is_no_future(text: str, future: int) -> None:
    assert time_weights(text)[0] == future
