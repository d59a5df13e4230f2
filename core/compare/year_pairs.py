"""Which reports are of one place in consecutive years."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from core.compare.topics import fold_width
from core.reading.model import Report

_PLACE_SUFFIX = re.compile(r"(?:人民政府|政府)$")


_ADMIN_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|地区|市|省|区|县|盟|旗)$")


def place_key(place: str) -> str:
    """``威海市`` and ``威海`` give the same key."""
    key = re.sub(r"\s+", "", fold_width(place))
    key = _PLACE_SUFFIX.sub("", key)
    stripped = _ADMIN_SUFFIX.sub("", key)
    return stripped if len(stripped) >= 2 else key


def find_year_pairs(reports: Iterable[Report]) -> list[tuple[Report, Report]]:
    """(older, newer) for every two reports of the same place one year apart."""
    by_place: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        if report.place and report.year is not None:
            by_place[place_key(report.place)].append(report)
    pairs: list[tuple[Report, Report]] = []
    for place in sorted(by_place):
        group = sorted(by_place[place], key=lambda report: report.year or 0)
        for older in group:
            for newer in group:
                if newer.year == (older.year or 0) + 1:
                    pairs.append((older, newer))
    return pairs
