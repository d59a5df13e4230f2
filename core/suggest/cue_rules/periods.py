"""The years a report speaks of: which year it plans for, and which are past.

Older reports (a budget report of the 1950s, a report on reforms of the
1980s) have parts without a review or plan heading; there the years named
tell the time.  The year a report plans for is taken from the two years it
names most often: when they are consecutive ("1984" and "1985", "2022" and
"2023") the later one is the year planned and the earlier the year
reviewed.  A part title naming only earlier years ("一、1955年国家决算") is a
review, one naming the planned year ("二、1956年的国家预算") a plan; words such
as 执行情况 or 任务 in a heading say so too (``heading_kind``).  Years may be
written in Chinese numerals ("一九五五年").
"""

from __future__ import annotations

import re
from collections import Counter

from core.reading.model import KIND_PLAN, KIND_REVIEW, Report

_CHINESE_DIGITS = "〇零○一二三四五六七八九"
# A year in Arabic digits (full-width too) or in Chinese numerals ("一九五五年", "二〇二二年").
YEAR = re.compile(
    rf"(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{{2}})年"
    rf"|(?<![{_CHINESE_DIGITS}十])((?:一九|二[〇零○])[{_CHINESE_DIGITS}]{{2}})年"
)
_DIGIT_VALUE = {character: str(max(_CHINESE_DIGITS.index(character) - 2, 0)) for character in _CHINESE_DIGITS}


def _year_of(match: re.Match[str]) -> int:
    if match.group(1):
        return int(match.group(1))  # int() reads full-width digits too
    return int("".join(_DIGIT_VALUE[character] for character in match.group(2)))


def years_named(text: str) -> list[int]:
    """The four-digit years ``text`` names with 年 (full-width digits and Chinese numerals too)."""
    return [_year_of(match) for match in YEAR.finditer(text)]


def planned_year(report: Report) -> int | None:
    """The year the report plans for, when its two most named years are consecutive; else None.

    Never a year before the one the report is given in: a report of April
    1960 that names 1958 and 1959 most reviews both, and plans for 1960.
    """
    counts: Counter[int] = Counter()
    for sentence in report.sentences:
        counts.update(set(years_named(sentence.clean_text)))
    for section in report.sections:
        counts.update(set(years_named(section.title)))
    top = [year for year, _count in counts.most_common(2)]
    if len(top) == 2 and abs(top[0] - top[1]) == 1:
        if report.year is not None and max(top) < report.year:
            return report.year
        return max(top)
    return None


# Words of a heading that say it reviews a year or plans one: "一九五五年计划的执行情况",
# "第一个五年计划的伟大成就", "今年的任务", "一九五八年国民经济计划的安排".
# "为实现第二个五年计划的胜利而奋斗" is a call for a victory ahead, not a review of one.
_REVIEW_HEADING = re.compile(
    r"执行情况|执行状况|执行结果|决算|的成就|伟大成就|的胜利(?!而)|的成绩|回顾|总结")
MAX_HEADING = 40
_PLAN_HEADING = re.compile(r"任务|的计划|计划的安排|的安排|预算|争取|部署|打算")


def heading_kind(title: str, year: int | None) -> str | None:
    """``review`` or ``plan`` for a heading the parser gave no kind: by its words, else by the years it names.

    The words come first: "一九五六年上半年计划的执行情况" names the planned
    year but reviews how the plan went so far.
    """
    if len(title) > MAX_HEADING:  # an item of a list taken for a heading says what to do, not what it reviews
        return title_kind(title, year)
    review = _REVIEW_HEADING.search(title)
    plan = _PLAN_HEADING.search(title)
    if review and (plan is None or review.start() < plan.start()):
        return KIND_REVIEW
    if plan:
        return KIND_PLAN
    return title_kind(title, year)


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
_BASELINE = re.compile(r"(?:[比同与较]|[等低高]于)\s*$")  # 将于1957年建成 is a time, not a base


def years_spoken_of(text: str) -> list[int]:
    """The years ``text`` names, leaving out those it only compares with."""
    return [_year_of(match) for match in YEAR.finditer(text)
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
