"""One indicator: a name, a relation, a value (or range) with its unit, a qualifier and a hedge.

``生产总值预计增长4%左右`` is 生产总值 / 增长 / 4 / % / 左右 / 预计; a qualitative one
(``与经济增长同步``, ``两位数增长``) has no value.  ``core.compare.indicators`` reads
them from report text.
"""

from __future__ import annotations

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

    def value_text(self) -> str:
        """The value for display: ``6-6.5%左右``, ``两位数增长``, ``高于全省``."""
        if self.value is None:
            if self.relation == "同步":
                return f"与{self.reference}同步"
            return self.qualifier + self.relation + self.reference
        value, high, unit = self.value, self.value_high, self.unit
        if unit == "元" and value >= _YI and (high is None or high >= _YI):  # ２９，７３１，７３２，０００元
            value, high, unit = round(value / _YI, 2), None if high is None else round(high / _YI, 2), "亿元"
        number = _number_text(value)
        if high is not None:
            number += "-" + _number_text(high)
        before = self.qualifier if self.qualifier in _PRE_QUALIFIERS else ""
        after = "" if before else self.qualifier
        if after[:1] in ("多", "余"):  # 600多万套
            number, after = number + after[0], after[1:]
        return before + number + unit + after

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
_YI = 1e8  # sums of yuan written out in full are shown in 亿元: 297.32亿元, not 29731732000元


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)
