"""Was a target met?  The verdict on one target figure and the result reported for it.

Qualifiers are read as a reader reads them:

- ``左右`` (about): met within a tolerance below the target (``ABOUT_TOLERANCE``
  percentage points for rates, ``ABOUT_SHARE`` of the value for amounts);
  above it counts as met, except for ceilings.
- ``以上``, ``不低于``, ``超过`` (floor) and a plain figure: met when the
  result reaches it.
- ``以内``, ``以下``, ``控制在``, ``不超过`` (ceiling), and every target on
  prices (CPI) or unemployment: met when the result stays at or below it (with
  the tolerance when the ceiling is hedged by ``左右``).
- a range ``6.5%-7%``: met inside it; above it counts as met for growth.

A result sentence that itself says the target was missed (``略低于预期目标``)
decides, whatever the figures say.  Every verdict carries a reason a person
can check, such as ``6.7% ≥ 6.5%-7%`` or ``2% ≤ 3%左右 (a ceiling)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.compare.figures.indicator_matching import base_unit, growth_unit, growth_value, same_measure, unit_class
from core.compare.figures.indicator_names import name_key
from core.compare.indicators import Indicator
from core.compare.scorecard.plan_facts import PART_OF_YEAR
from core.compare.topics import fold_width

MET = "met"
NOT_MET = "not_met"
PARTLY = "partly"
NO_RESULT = "no_result"
STATED = "stated"
NO_TARGET = "no_target"
VERDICTS = (MET, NOT_MET, PARTLY, NO_RESULT, STATED, NO_TARGET)

ABOUT_TOLERANCE = 0.5  # percentage points, for targets in % or ‰ hedged by 左右
ABOUT_SHARE = 0.05  # of the target value, for amounts hedged by 左右

_CEILING_QUALIFIERS = ("以内", "以下", "之内", "内")
_CEILING_RELATIONS = ("控制在", "不超过", "不高于", "低于", "压减到", "压减至", "降低到", "降低至", "下降到", "下降至",
                      "降到", "降至", "减少到", "减少至",  # 人口增长率降到千分之十左右 (1979)
                      "压缩到", "压缩至", "压缩为", "缩短到", "缩短至", "缩减到", "缩减至", "缩小到", "缩小至",
                      "减至", "减到")
# 企业开办时间压缩至1个工作日: a time cut to a bound
_FLOOR_QUALIFIERS = ("以上", "多", "余", "超", "逾")
# Indicators whose targets are ceilings whatever their wording.
_CEILING_NAMES = re.compile(r"居民消费价格|物价|零售价格|价格总水平|CPI|失业率|待业率|赤字率|杠杆率")
REPORTED_MISS = re.compile(
    r"(?:略|稍)?低于[^。；;，,]{0,12}?(?:预期目标|目标|预期)|未(?:能)?(?:完成|实现|达到)|没有(?:完成|实现|达到)"
)

# A task reported done: 超额完成, 如期完成, 全面完成, 完成了预期目标, 符合调控要求, 控制在预算范围内.
REPORTED_DONE = re.compile(
    r"(?:超额|如期|全面|圆满|提前(?:一年)?|顺利|均已|全部)(?:完成|实现)|(?:完成|实现|达到)了?[^。;；,，]{0,8}?(?:预期|预定)?目标"
    r"|目标(?:已经|已|均已|全面|基本|胜利|提前)*(?:实现|完成|达到)"  # 翻两番的目标已经实现
    r"|符合调控要求|控制在预算范围内|好于预期|超过预算|超额完成预算|完成了?(?:全年)?预算"
)

_MAGNITUDES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4,
               "千": 1e3, "百": 1e2}


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str


def is_ceiling(target: Indicator) -> bool:
    """Whether the target is an upper bound (prices, unemployment, 控制在…以内)."""
    if any(target.qualifier.endswith(word) for word in _CEILING_QUALIFIERS):
        return True
    if target.relation in _CEILING_RELATIONS:
        return True
    return bool(_CEILING_NAMES.search(name_key(target.name)) or _CEILING_NAMES.search(target.name))


def scaled(value: float, unit: str) -> float:
    """``value`` in the unit without its magnitude, in the measure's common unit: 1.1亿人 and 11000万人 compare
    equal, and so do 9000亿斤 and 4.5亿吨, and 12‰ and 1.2%."""
    if unit == "‰":
        return value / 10  # in %: a rate of 千分之十二 is 1.2%
    factor = base_unit(unit)[1] if unit_class(unit) not in ("%", "百分点") else 1.0
    for prefix, magnitude in _MAGNITUDES.items():
        if unit.startswith(prefix) and unit != prefix + "分点":
            return value * magnitude * factor
    return value * factor


def _shown(indicator: Indicator) -> str:
    return indicator.value_text()


def judge(target: Indicator, result: Indicator, result_sentence: str = "", after: str = "",
          clause: str = "") -> Verdict:
    """The verdict on ``target`` given ``result`` (both with figures, compatible units).

    ``after`` is the text that follows the result figure in its sentence: a
    report that says there that the figure met its requirement
    (``增长13.6%，符合调控要求``) is believed over a strict reading of 左右.
    ``clause`` is the result's clause up to its figure: a figure of part of the
    year (``今年１至９月安排了四百七十七万人就业``) that falls short of a year's target
    does not say the year missed it.
    """
    miss = REPORTED_MISS.search(result_sentence)
    if miss:
        return Verdict(NOT_MET, f"the report says so: “{miss.group()}”")
    verdict = _judge_figures(target, result)
    part = PART_OF_YEAR.search(fold_width(clause))  # a review given before the year's end
    if verdict.verdict == NOT_MET and part:
        return Verdict(STATED, f"{verdict.reason}, but only for part of the year: “{part.group()}”")
    done = REPORTED_DONE.search(after)
    if verdict.verdict == NOT_MET and done:
        return Verdict(MET, f"{verdict.reason}, but the report says so: “{done.group()}”")
    return verdict


# An amount reached (灌溉面积达到6亿亩) and an amount added (比一九五七年增加了四亿八千万亩) are not one figure.
_LEVEL_RELATIONS = ("", "达到", "达", "为", "是", "计划达到", "增加到", "提高到", "增长到", "上升到", "发展到",
                    "稳定在", "保持在", "控制在")
_CHANGE_RELATIONS = ("增加", "增长", "提高", "扩大", "减少", "下降", "降低", "缩小", "净增", "新增")


# 减少农村贫困人口1000万人, 城镇新增就业900万人: the name says the figure is a change (增加值 is a level's name)
_NAMED_CHANGE = re.compile("(?:" + "|".join(_CHANGE_RELATIONS) + ")(?!值)")


def _level(indicator: Indicator) -> bool:
    return (indicator.relation in _LEVEL_RELATIONS and unit_class(indicator.unit) not in ("%", "百分点")
            and not _NAMED_CHANGE.search(indicator.name))


def _change(indicator: Indicator) -> bool:
    return indicator.relation in _CHANGE_RELATIONS and unit_class(indicator.unit) not in ("%", "百分点")


def _judge_figures(target: Indicator, result: Indicator) -> Verdict:
    if target.value is None or result.value is None:
        return Verdict(STATED, "no figure decides; the result is stated in words")
    if not same_measure(target.unit, result.unit) and not same_measure(growth_unit(target), growth_unit(result)):
        return Verdict(STATED, f"{_shown(result)} is not in the unit of {_shown(target)}")
    if _level(target) and _change(result):
        return Verdict(STATED, f"the later report gives the rise ({result.relation}{_shown(result)}), "
                               f"not the level of {_shown(target)}")
    low = scaled(target.value, target.unit)
    high = scaled(target.value_high, target.unit) if target.value_high is not None else None
    got = scaled(result.value, result.unit)
    if unit_class(target.unit) != unit_class(result.unit):  # 增长一倍以上 against a rise of 50%: a rise of 100%
        low, got = growth_value(target, low), growth_value(result, got)
        high = growth_value(target, high) if high is not None else None
    rate = unit_class(target.unit) in ("%", "百分点")
    about = "左右" in target.qualifier or "上下" in target.qualifier
    tolerance = (scaled(ABOUT_TOLERANCE, target.unit) if rate else abs(low) * ABOUT_SHARE) if about else 0.0
    result_text, target_text = _shown(result), _shown(target)
    if is_ceiling(target):
        bound = (high if high is not None else low) + tolerance
        met = got <= bound + 1e-9
        note = f" (a ceiling, within {ABOUT_TOLERANCE:g} point)" if about and rate else " (a ceiling)"
        return Verdict(MET if met else NOT_MET, f"{result_text} {'≤' if met else '>'} {target_text}{note}")
    floor = low - tolerance
    met = got >= floor - 1e-9
    if about and met and got < low:
        return Verdict(MET, f"{result_text} within {ABOUT_TOLERANCE:g} point of {target_text}"
                       if rate else f"{result_text} within {ABOUT_SHARE:.0%} of {target_text}")
    return Verdict(MET if met else NOT_MET, f"{result_text} {'≥' if met else '<'} {target_text}")
