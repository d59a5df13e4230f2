"""How long a period a sentence speaks of: one year, five years, or a whole plan period.

A report of year Y+1 reviews year Y, and some reports (the first of a term,
2018 or 2023 at the national level) also review the five years before; a
report of year Y sets targets for Y and for its five-year plan.  A one-year
target must never be judged by a five-year figure, so every sentence gets a
horizon:

- ``year``: the default, and any sentence that names the year itself
  (``去年``, ``过去一年``, ``刚刚过去的2017年``, ``今年``);
- ``five-year`` (review parts): ``五年来``, ``过去五年``, ``累计``, ``年均``,
  ``"十二五"时期`` …;
- ``plan-period`` (plan parts): ``"十三五"``, ``今后五年``, ``今后三年``,
  ``用三年时间``, ``到2020年`` (a later year), ``年均`` … — unless the sentence speaks of this year first
  (``今年再开工20项…，"十三五"规划…`` is a target for the year).

A marker holds for the rest of its paragraph until another one says
otherwise; a part or section whose heading names five years (``过去五年工作回顾``,
``"十三五"时期主要目标任务``) starts each of its paragraphs in that horizon.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Section, Sentence

HORIZON_YEAR = "year"
HORIZON_FIVE_YEAR = "five-year"
HORIZON_PLAN_PERIOD = "plan-period"
HORIZONS = (HORIZON_YEAR, HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD)

_LONG_HEADING = re.compile(r"五年|十[一二三四五六]五|时期")
_FIVE_YEARS_PAST = re.compile(
    r"五年来|过去五年|这五年|五年间|五年中|五年共|五年累计|累计|年均(?!浓度)|本届政府|"
    r"[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)|[“\"]?十[一二三四五]五[”\"]?规划(?:确定|主要)"
)
_ONE_YEAR_PAST = re.compile(r"去年|过去一年|刚刚过去的|上一年|一年来|全年")
_PLAN_PERIOD = re.compile(
    r"[“\"]?十[二三四五六]五[”\"]?|今后[两三四五]年|未来[两三四五]年|[两三四五]年内|用[两三四五]年(?:左右)?的?时间|"
    r"[两三四五]年目标|到本世纪末|如期实现|既定的?[^,，;；。]{0,12}目标|计划的目标|年均(?!浓度)|规划期|(?:到|至)(?P<year>\d{4})年(?:末|底)?|(?P<before>\d{4})年前"
)
_YEAR_SPAN = re.compile(r"[从由](?P<first>\d{4})年[^。;；]{0,40}?(?:到|至)\d{4}年")
_ONE_YEAR_AHEAD = re.compile(r"今年|本年|年内|全年")


def sentence_horizons(report: Report) -> dict[str, str]:
    """The horizon of every sentence in a review or plan part, by sentence id."""
    paths = report.section_paths()
    paragraph_starts = [paragraph.start for paragraph in report.paragraphs]
    horizons: dict[str, str] = {}
    kinds = {section.id: section.kind for section in report.sections}
    paragraph = -2
    state = HORIZON_YEAR
    for sentence in report.sentences:
        kind = kinds.get(sentence.section or "", "")
        if kind not in (KIND_REVIEW, KIND_PLAN):
            continue
        here = bisect_right(paragraph_starts, sentence.start) - 1
        if here != paragraph:
            paragraph = here
            state = _section_horizon(paths.get(sentence.section or "", ()), kind)
        state = _after(sentence, kind, state, report.year)
        horizons[sentence.id] = state
    return horizons


def _section_horizon(path: tuple[Section, ...], kind: str) -> str:
    titles = "".join(section.title for section in path)
    if _LONG_HEADING.search(titles):
        return HORIZON_FIVE_YEAR if kind == KIND_REVIEW else HORIZON_PLAN_PERIOD
    return HORIZON_YEAR


def _after(sentence: Sentence, kind: str, state: str, year: int | None) -> str:
    """The horizon of ``sentence`` given the one in force before it."""
    text = sentence.text
    if kind == KIND_REVIEW:
        one, five = _ONE_YEAR_PAST.search(text), _FIVE_YEARS_PAST.search(text)
        if one and five:
            return HORIZON_YEAR if one.start() < five.start() else HORIZON_FIVE_YEAR
        if one:
            return HORIZON_YEAR
        if five:
            return HORIZON_FIVE_YEAR
        span = _YEAR_SPAN.search(text)
        if span and year is not None and int(span["first"]) < year - 1:
            return HORIZON_FIVE_YEAR  # 从2002年1288亿元增加到2007年的3664亿元: over several years
        if year is not None and re.search(rf"{year - 1}年", text):
            return HORIZON_YEAR
        return state
    ahead = _ONE_YEAR_AHEAD.search(text)
    for match in _PLAN_PERIOD.finditer(text):
        named = match["year"] or match["before"]
        if (named is None or year is None or int(named) > year) and (ahead is None or match.start() < ahead.start()):
            return HORIZON_PLAN_PERIOD
    if ahead:
        return HORIZON_YEAR
    return state
