"""The past named in a part after the review: a base of comparison, or the ground of the task that follows.

Written from the errors on ``national/1992`` (parts 二 to 六).
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.cue_rules.mixed_time import past_period, task_after_the_past
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REPORT = """政府工作报告
各位代表：
一、１９９１年国内工作的回顾
１９９１年国民生产总值比上年增长百分之七。
二、抓紧有利时机，加快经济发展
社会商品零售总额增长百分之十二点三，货币发行和新增信贷规模与去年大体持平。
现在治理整顿已经结束，各级政府要对这些文件认真进行一次清理。
今年要努力巩固和发展去年外贸体制改革的成果，进一步扩大对外贸易。
一些县级政府已经在实践中取得了精简机构、改善服务的宝贵经验，要认真加以总结和推广。
我国已经加入《不扩散核武器条约》，并将为禁止化学武器和生物武器而继续作出努力。
去年底，国务院发出《进一步贯彻实施民族区域自治法若干问题的通知》，提出了具体措施。
经过台湾海峡两岸人民的共同努力，去年两岸关系发生了一些新的变化。
间接贸易额已达到一个可观的水平，来大陆的台资有了较多的增加。
"""


@pytest.fixture(scope="module")
def suggested() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(REPORT, "1992.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("社会商品零售总额", "target", "tasks ahead"),  # last year is what the target is measured against
        ("现在治理整顿已经结束", "target", "tasks ahead"),
        ("今年要努力巩固", "target", "tasks ahead"),
        ("一些县级政府已经", "target", "tasks ahead"),
        ("我国已经加入", "target", "tasks ahead"),
        # The past alone is still a result.
        ("去年底，国务院发出", "achievement", "past period"),
        ("经过台湾海峡两岸人民", "achievement", "past period"),
        ("间接贸易额已达到", "achievement", "told as done"),
    ],
)
def test_the_past_named_before_a_task_or_as_a_base_is_no_result(
    suggested: tuple[Report, dict[str, Suggestion]], start: str, label: str, reason: str
) -> None:
    report, suggestions = suggested
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


def test_a_year_compared_with_is_no_past_period() -> None:
    assert past_period("货币发行规模与去年大体持平，比上年增长百分之五。") is None
    assert past_period("去年两岸关系发生了一些新的变化。") == "去年"
    assert task_after_the_past("去年在这方面虽然取得了一定的成绩，但各级政府都要继续采取措施。")
    assert not task_after_the_past("去年在这方面取得了一定的成绩，治安状况有所好转。")
