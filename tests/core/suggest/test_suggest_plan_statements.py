"""The background a plan part states, and the review's fields after an address (2013).

A plan part names the pressures and the conditions of the year (background,
``other`` in ``GUIDELINES.md``); a review may go on after a form of address
with one more field of results (``五年来，我们…``), which opens no closing
words; and "…的五年，是…的五年" says what the years were.  Tasks stated
beside them stay targets.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

NATIONAL = """政府工作报告
各位代表：
一、过去五年工作回顾
过去五年，经济实力大幅提升。
本届政府任期的五年，是我国发展进程中极不平凡的五年。
各位代表！
五年来，我们支持民族地区发展，民族团结进步事业焕发新的生机。
全面落实宗教信仰自由政策，宗教事务管理水平进一步提升。
各位代表！
过去五年取得的成就来之不易。
我们也清醒地看到，发展中不平衡的问题仍然突出。
社会事业发展仍然滞后。
二、今年经济社会发展的主要预期目标
国际金融危机影响持续显现，世界经济复苏充满不确定性。
今年通货膨胀压力仍然较大，主要是：要素价格存在上涨压力。
当前社会利益格局发生深刻变化，社会矛盾明显增多。
当前，农业农村发展进入一个新阶段，我们要加快农业现代化。
今年工作的重点是稳定经济增长。
"""

CITY = """示例市政府工作报告
一、2022年工作回顾
全市生产总值增长4.2%。
各位代表！
一年来，我们全面完成了市人代会确定的各项目标任务。
向全市人民表示衷心的感谢！
二、2023年工作安排
2023年是全面贯彻落实党的二十大精神的开局之年，做好今年工作意义重大。
当前，全市发展进入新阶段，要加快转型升级。
主要预期目标是：地区生产总值增长6%左右。
经济下行压力仍然较大，要稳住工业基本盘。
"""


@pytest.fixture(scope="module")
def national() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(NATIONAL, "2013.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # The review: what the five years were; an address that opens one more field of the review, and one that
        # opens its closing words.
        ("本届政府任期的五年", "other", "background: what the year is"),
        ("五年来，我们支持", "achievement", "five-year review"),
        ("全面落实宗教", "achievement", "review part"),
        ("过去五年取得的成就", "other", "praise / cause of success"),
        ("社会事业发展仍然滞后", "other", "problem"),
        # The plan: the background and the pressures of the year.
        ("国际金融危机", "other", "background"),
        ("今年通货膨胀压力", "other", "background"),
        ("当前社会利益格局", "other", "background"),
        # A task beside them stays a target.
        ("当前，农业农村发展进入", "target", "plan"),
        ("今年工作的重点", "target", "plan"),
    ],
)
def test_the_background_of_a_plan_is_other_and_a_review_goes_on_after_an_address(
    national: tuple[Report, dict[str, Suggestion]], start: str, label: str, reason: str
) -> None:
    report, suggestions = national
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("一年来，我们全面完成", "achievement"),  # the year's tasks reported done
        ("向全市人民表示衷心的感谢", "other"),  # thanks open the closing words again
        ("2023年是", "other"),  # what the year is: other in the city labels
        ("当前，全市发展进入新阶段", "target"),  # a condition with its task
        ("主要预期目标是", "target"),
        ("经济下行压力仍然较大", "target"),  # the pressure and the task against it
    ],
)
def test_the_targets_of_a_city_plan_stay_targets(start: str, label: str) -> None:
    report = parse_text(CITY, "city.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label, found
