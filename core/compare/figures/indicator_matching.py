"""Indicators of two reports paired: the same name (by key or a close rewording) and a unit that measures alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core.compare.figures.indicator import Indicator
from core.compare.figures.indicator_patterns import MAGNITUDE

# Units of one measure in another's terms: 粮食产量 in 亿斤, 亿公斤 or 万吨; land in 亩 or 公顷.
BASE_FACTORS: dict[str, tuple[str, float]] = {
    # after the magnitude is cut: 千克 is read 千 + 克, 千瓦时 千 + 瓦时
    "斤": ("公斤", 0.5), "担": ("公斤", 50.0), "克": ("公斤", 0.001), "吨": ("公斤", 1000.0), "公里": ("米", 1000.0),
    "公顷": ("亩", 15.0), "平方公里": ("亩", 1500.0), "度": ("千瓦时", 1.0), "瓦时": ("千瓦时", 0.001),
}


@lru_cache(maxsize=4096)
def base_unit(unit: str) -> tuple[str, float]:
    """``unit`` without its magnitude, in the measure's common unit, with the factor to it: 亿斤 -> (公斤, 0.5)."""
    base = re.sub(f"^(?:{MAGNITUDE})", "", unit)
    return BASE_FACTORS.get(base, (base, 1.0))


@lru_cache(maxsize=4096)
def unit_class(unit: str) -> str:
    """What a unit measures: % and 个百分点 differ; 亿元 and 万元 do not, nor 亿斤 and 万吨."""
    if unit in ("%", "‰"):
        return "%"
    if unit.endswith("百分点"):
        return "百分点"
    return base_unit(unit)[0] or "count"


@lru_cache(maxsize=4096)
def same_measure(first: str, second: str) -> bool:
    """Whether figures in units ``first`` and ``second`` measure the same thing: a bare magnitude
    (``1000万以上农村贫困人口``) counts whatever its name counts, so it goes with 万人 too."""
    first_class, second_class = unit_class(first), unit_class(second)
    if first_class == second_class:
        return True
    rates = {"%", "百分点"}
    return "count" in (first_class, second_class) and first_class not in rates and second_class not in rates


def units_compatible(first: Indicator, second: Indicator) -> bool:
    if first.value is None or second.value is None:
        return True
    return same_measure(growth_unit(first), growth_unit(second))


def growth_unit(indicator: Indicator) -> str:
    """The unit of ``indicator``'s figure, a growth in times (增长一倍以上) read as one in % (a rise of 100%)."""
    rise = direction(indicator.relation, strict=True) > 0 and not _TO_A_LEVEL.search(indicator.relation)
    return "%" if indicator.unit == "倍" and rise else indicator.unit


# 增长到两倍, 提高到…的三倍: a level N times the base, no rise of N×100%.
_TO_A_LEVEL = re.compile(r"到|为")


def growth_value(indicator: Indicator, value: float) -> float:
    """``value`` of ``indicator`` in the unit ``growth_unit`` gives: 增长一倍 is a rise of 100%."""
    return value * 100 if growth_unit(indicator) != indicator.unit else value


_UP = re.compile(r"增长|增加|提高|提升|上升|扩大|新增|递增")
_DOWN = re.compile(r"下降|减少|降低|压减|压缩|缩减|削减|核减|缩小|回落|减轻|递减")
# A growth rate that 回落 (fell back) still grew: only these say the indicator itself went down.
_FELL = re.compile(r"下降|减少|降低|压减|压缩|缩减|削减|核减|递减")


def direction(relation: str, strict: bool = False) -> int:
    """1 for a relation that goes up (增长, 提高), -1 for one that goes down (下降; with ``strict``, not
    回落 or 缩小, which a growth rate does), 0 for none (达到, 控制在)."""
    if _UP.search(relation):
        return 1
    return -1 if (_FELL if strict else _DOWN).search(relation) else 0


# Sectors of industry: 轻工业总产值 is a part of 工业总产值, not the same figure.
_SECTOR_OF_INDUSTRY = re.compile(r"(?:轻纺|轻|重|手|化)(?=工业)")


def one_sector_of(first: str, second: str) -> bool:
    """Whether one of two indicator keys is a sector of the other's industry (轻工业总产值, 工业总产值), or a side
    of the other's whole (工业总产值, 工农业总产值)."""
    shorter, longer = sorted((first, second), key=len)
    sides = (longer.replace("工农业", "工业", 1), longer.replace("工农业", "农业", 1))
    if longer.startswith("工农业") and shorter in sides:
        return True  # 工农业总产值 is the whole of which 工业总产值 is one side
    sector = _SECTOR_OF_INDUSTRY.match(longer)
    return sector is not None and longer[sector.end() :] == shorter


def match_indicators(
    old: Sequence[Indicator], new: Sequence[Indicator], cutoff: float = 0.85
) -> list[tuple[Indicator, Indicator, float]]:
    """Pair indicators of the same name and comparable unit, best first, one to one.

    The score is the name similarity, nudged up for the same relation, for
    both having a figure and for the same reference, so 增长6.9% pairs with
    增长6.6% before 年均增长7.1% or 比2002年增长65.5%.
    """
    from rapidfuzz import fuzz, process

    new_keys: dict[str, list[int]] = {}
    for index, indicator in enumerate(new):
        new_keys.setdefault(indicator.key, []).append(index)
    candidates: list[tuple[float, int, int, int]] = []
    for old_index, indicator in enumerate(old):
        key = indicator.key
        similar = process.extract(key, list(new_keys), scorer=fuzz.ratio, score_cutoff=cutoff * 100, limit=None)
        for new_key, score, _ in similar:
            for new_index in new_keys[new_key]:
                partner = new[new_index]
                if not units_compatible(indicator, partner) or one_sector_of(key, new_key):
                    continue
                if direction(indicator.relation, strict=True) * direction(partner.relation, strict=True) < 0:
                    continue  # 能耗降低4%左右 is not judged by 能耗上升4.9%
                total = (1.0 if new_key == key else score / 100) * 0.87
                total += 0.05 if partner.relation == indicator.relation else 0.0
                total += 0.05 if (partner.value is None) == (indicator.value is None) else 0.0
                total += 0.03 if partner.reference == indicator.reference else 0.0
                candidates.append((-total, old_index, new_index, abs(old_index - new_index)))
    candidates.sort()
    pairs: list[tuple[Indicator, Indicator, float]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for negative, old_index, new_index, _ in candidates:
        if old_index in used_old or new_index in used_new:
            continue
        used_old.add(old_index)
        used_new.add(new_index)
        pairs.append((old[old_index], new[new_index], round(-negative, 4)))
    pairs.sort(key=lambda pair: (pair[0].start, pair[1].start))
    return pairs
