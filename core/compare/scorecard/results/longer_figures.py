"""Targets of a year that the later report gives only figures of several years for.

A report that reviews five years (2008, 1993) gives GDP, jobs and the like for the five: 2008 writes
国内生产总值…比2002年增长65.5%，年均增长10.6% and no growth of 2007.  The target of 2007 stays unreported, since
a five-year figure cannot judge one year; but a bare 未报告 reads as silence, so its reason names the figure of the
years the later report does give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.compare.figures.indicator_matching import match_indicators
from core.compare.indicators import Indicator
from core.compare.scorecard.horizons import HORIZON_FIVE_YEAR, HORIZON_YEAR
from core.compare.scorecard.score_rows import ScoreRow
from core.compare.scorecard.verdicts import NO_RESULT

NO_FIGURE = "the later report gives no figure for it"
LONGER_ONLY = "the later report gives only a figure of several years: "


def with_longer_figures_named(rows: list[ScoreRow], results: Sequence[Indicator], horizons: dict[int, str],
                              cutoff: float) -> list[ScoreRow]:
    """``rows`` with the reason of each one-year target left without a result naming the figure of several years
    that the later report gives for it, where it gives one."""
    longer = [result for result in results if horizons.get(id(result)) == HORIZON_FIVE_YEAR]
    unreported = [row for row in rows if row.horizon == HORIZON_YEAR and row.verdict == NO_RESULT
                  and row.reason == NO_FIGURE and row.target is not None and row.target.indicator is not None]
    if not longer or not unreported:
        return rows
    targets = [row.target.indicator for row in unreported if row.target is not None and row.target.indicator]
    found = {id(target): result for target, result, _ in match_indicators(targets, longer, cutoff)}
    left = {id(row) for row in unreported}
    named: list[ScoreRow] = []
    for row in rows:
        target = row.target.indicator if id(row) in left and row.target is not None else None
        result = found.get(id(target)) if target is not None else None
        named.append(replace(row, reason=LONGER_ONLY + result.name + result.relation_text() + result.value_text())
                     if result is not None else row)
    return named
