"""The years a report speaks of: which year it plans for, and which are past.

Older reports (a budget report of the 1950s, a report on reforms of the
1980s) have parts without a review or plan heading; there the years named
tell the time.  The year a report plans for is taken from the two years it
names most often: when they are consecutive ("1984" and "1985", "2022" and
"2023") the later one is the year planned and the earlier the year
reviewed.  A part title naming only earlier years ("一、1955年国家决算") is a
review, one naming the planned year ("二、1956年的国家预算") a plan.
"""

from __future__ import annotations

import re
from collections import Counter

from core.reading.model import KIND_PLAN, KIND_REVIEW, Report

YEAR = re.compile(r"(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})年")


def years_named(text: str) -> list[int]:
    """The four-digit years ``text`` names with 年 (full-width digits too)."""
    return [int(match.group(1)) for match in YEAR.finditer(text)]


def planned_year(report: Report) -> int | None:
    """The year the report plans for, when its two most named years are consecutive; else None."""
    counts: Counter[int] = Counter()
    for sentence in report.sentences:
        counts.update(set(years_named(sentence.clean_text)))
    for section in report.sections:
        counts.update(set(years_named(section.title)))
    top = [year for year, _count in counts.most_common(2)]
    if len(top) == 2 and abs(top[0] - top[1]) == 1:
        return max(top)
    return None


def title_kind(title: str, year: int | None) -> str | None:
    """``review`` or ``plan`` for a part title naming years, measured against the planned ``year``."""
    if year is None:
        return None
    named = years_named(title)
    if not named:
        return None
    if year in named:
        return KIND_PLAN
    if all(item < year for item in named):
        return KIND_REVIEW
    return None


# A year named as the base of a comparison ("比1955年增长9%", "同1955年国家决算比较", "等于1955年的") is not
# the time the sentence speaks of.
_BASELINE = re.compile(r"[比同与较于]\s*$")


def years_spoken_of(text: str) -> list[int]:
    """The years ``text`` names, leaving out those it only compares with."""
    return [int(match.group(1)) for match in YEAR.finditer(text)
            if not _BASELINE.search(text, 0, match.start())]


def sentence_time(text: str, year: int | None) -> str | None:
    """``past`` when ``text`` speaks of years before ``year`` only, ``planned`` when of ``year`` alone."""
    if year is None:
        return None
    named = set(years_spoken_of(text))
    if not named:
        return None
    if named == {year}:
        return "planned"
    if all(item < year for item in named):
        return "past"
    return None
