"""One indicator: a name, a relation, a value (or range) with its unit, a qualifier and a hedge.

``生产总值预计增长4%左右`` is 生产总值 / 增长 / 4 / % / 左右 / 预计; a qualitative one
(``与经济增长同步``, ``两位数增长``) has no value.  ``core.compare.indicators`` reads
them from report text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.compare.figures.indicator_names import name_key
from core.reading.model import KIND_OTHER


@dataclass(frozen=True)
class Indicator:
    """One figure.  ``start``/``end`` locate it in ``report.text``; ``text`` is that slice, read clean
    (``core.reading.wraps``) where it spans a wrapped line."""

    name: str
    relation: str
    value: float | None
    value_high: float | None
    unit: str
    qualifier: str
    hedge: str
    sentence_id: str | None
    start: int
    end: int
    text: str
    reference: str = ""  # what a relative target is measured against: 全省, 经济增长
    kind: str = KIND_OTHER  # kind of the section it was found in

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def relative(self) -> bool:
        return bool(self.reference)

    def relation_text(self) -> str:
        """The relation as a reader says it before the value: ``比上年增长``, ``高于全省``, ``增长``."""
        if self.reference and self.relation and not self.relation.endswith(_COMPARED_BY_ITSELF):
            return "比" + self.reference + self.relation  # 比上年增长9%, not 增长上年9%
        if self.relation in _COPULAS and not self.reference:
            return ""  # 投资为688.3亿元: the value says it
        return self.relation + self.reference

    def value_text(self) -> str:
        """The value for display: ``6-6.5%左右``, ``两位数增长``, ``高于全省``."""
        if self.value is None:
            if self.relation == "同步":  # 与经济增长基本同步: 基本 is the target's; 三者同步: of the things named
                return f"与{self.reference}{self.qualifier}同步" if self.reference else f"{self.qualifier}同步"
            return self.qualifier + self.relation + self.reference
        value, high, unit = _in_wan_or_yi(self.value, self.value_high, self.unit)
        number = _number_text(value)
        if high is not None:
            number += "-" + _number_text(high)
        before = self.qualifier if self.qualifier in _PRE_QUALIFIERS else ""
        after = "" if before else self.qualifier
        if after[:1] in ("多", "余"):  # 600多万套
            number, after = number + after[0], after[1:]
        return before + number + unit + after

    def shown_value(self) -> str:
        """The value as a cell shows it: as the report says it where it gives a share in words (三分之一以上: 33.3%
        would quote a figure the report never wrote), else ``value_text``."""
        share = _SHARE_IN_WORDS.search(self.text) if self.unit == "%" else None
        return share.group() if share else self.value_text()

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "key": self.key,
            "relation": self.relation,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "hedge": self.hedge,
            "reference": self.reference,
            "kind": self.kind,
            "sentence_id": self.sentence_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


_PRE_QUALIFIERS = ("约", "近", "超", "逾")
# A share said in words (三分之一以上, 1/3以上), not in per cent.
_SHARE_IN_WORDS = re.compile(r"(?:[一二两三四五六七八九十]+分之[一二三四五六七八九]|\d+/\d+)(?:以上|左右|以内|多)?")
# Relations that name what they compare with after them (高于全省, 超过全国平均水平); others take 比 before it.
_COMPARED_BY_ITSELF = ("于", "超过", "超出", "同步")  # 相当于 ends in 于
_COPULAS = ("为", "是")
# Large figures written out in full (２９，７３１，７３２，０００元, 一亿五千零七十二万四千吨) are shown in 万 or 亿
# of their unit, as a reader says them: 297.32亿元, 15072.4万吨, 688.3亿元 for 6883000万元.
_COUNTED_UNITS = frozenset(
    "元 美元 吨 斤 公斤 担 亩 公顷 人 户 千瓦 千瓦时 公里 米 平方米 立方米 辆 台 套 所 个 件 头 匹 张 部 只".split())
_WAN, _YI = 1e4, 1e8


def _in_wan_or_yi(value: float, high: float | None, unit: str) -> tuple[float, float | None, str]:
    smallest = value if high is None else min(value, high)
    plain = unit[1:] if unit.startswith("万") and unit[1:] in _COUNTED_UNITS else unit
    if plain not in _COUNTED_UNITS:
        return value, high, unit
    times = _WAN if plain != unit else 1.0  # 6883000万元 counts in 万
    whole = smallest * times
    if whole >= _YI and not (whole / _WAN < 10 * _WAN and _exact(whole / _WAN) and not _exact(whole / _YI)):
        size, prefix = _YI, "亿"  # 297.32亿元; but 15072.4万吨, not 1.51亿吨, where only 万 loses no digit
    elif whole >= 10 * _WAN and plain == unit:
        size, prefix = _WAN, "万"
    else:
        return value, high, unit
    factor = times / size
    return (round(value * factor, 2), None if high is None else round(high * factor, 2), prefix + plain)


def _exact(scaled: float) -> bool:
    return abs(round(scaled, 2) - scaled) < 1e-9





def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)
