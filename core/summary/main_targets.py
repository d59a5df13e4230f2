"""The main targets a report sets for its year: the list after ``主要预期目标是：``.

Nearly every report, national or local, names its headline targets in one
paragraph of the plan part (``今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；…``).
Its indicators are the year's main targets.  A report without that paragraph
gives its headline indicators (growth, prices, jobs) of the plan part instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import Indicator, extract_indicators
from core.compare.scorecard import HEADLINE
from core.compare.scorecard.horizons import HORIZON_YEAR, sentence_horizons
from core.reading.model import KIND_PLAN, Report

MAIN_TARGETS = re.compile(r"主要(?:预期)?目标(?:建议)?(?:是|为)")
_LONG_PLAN = re.compile(r"五年|十[一二三四五六]五|时期|规划期|到20\d\d年")
_NOT_A_NAME = re.compile(r"^(?:提出|其中|安排|今年|全年)|^.$")


@dataclass(frozen=True)
class MainTarget:
    """One row of the table of main targets: ``国内生产总值`` | ``增长6%-6.5%`` | ``左右``."""

    name: str
    target: str
    qualifier: str
    indicator: Indicator


def main_target_sentence_ids(report: Report) -> set[str]:
    """Ids of the sentences of the plan part's paragraph of main expected targets (empty: none)."""
    paths = report.section_paths()
    ordered = sorted(report.paragraphs, key=lambda paragraph: paragraph.start)
    starts = [paragraph.start for paragraph in ordered]
    for sentence in report.sentences:
        if report.section_kind(sentence) != KIND_PLAN or not MAIN_TARGETS.search(sentence.text):
            continue
        if _LONG_PLAN.search("".join(section.title for section in paths.get(sentence.section or "", ()))):
            continue  # the targets of a five-year plan
        if _LONG_PLAN.search(sentence.text[: MAIN_TARGETS.search(sentence.text).start()]):  # type: ignore[union-attr]
            continue
        index = bisect_right(starts, sentence.start) - 1
        end = ordered[index].end if index >= 0 else sentence.end
        begin = ordered[index].start if index >= 0 else sentence.start
        return {other.id for other in report.sentences if begin <= other.start < end and other.start >= sentence.start}
    return set()


def main_targets(report: Report) -> list[MainTarget]:
    """The year's main targets, in the order the report gives them."""
    chosen = main_target_sentence_ids(report)
    indicators = [indicator for indicator in extract_indicators(report)
                  if indicator.kind == KIND_PLAN and not _NOT_A_NAME.search(indicator.name.strip())]
    if chosen:
        found = [indicator for indicator in indicators if indicator.sentence_id in chosen]
    else:
        horizons = sentence_horizons(report)
        seen: set[str] = set()
        found = []
        for indicator in indicators:
            key = name_key(indicator.name)
            if key in HEADLINE and key not in seen and horizons.get(indicator.sentence_id or "") == HORIZON_YEAR:
                seen.add(key)
                found.append(indicator)
    return [_row(indicator) for indicator in found]


def _row(indicator: Indicator) -> MainTarget:
    if indicator.value is None:  # 与经济增长同步
        return MainTarget(indicator.name, indicator.value_text(), "", indicator)
    number = indicator.value_text()
    qualifier = indicator.qualifier
    if qualifier and number.startswith(qualifier):
        number = number[len(qualifier):]
    elif qualifier and number.endswith(qualifier):
        number = number[: -len(qualifier)]
    target = indicator.relation + indicator.reference + number
    words = [word for word in (indicator.hedge, qualifier) if word]
    return MainTarget(indicator.name, target, "、".join(dict.fromkeys(words)), indicator)


__all__ = ["MAIN_TARGETS", "MainTarget", "main_target_sentence_ids", "main_targets"]
