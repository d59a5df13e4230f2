"""Where the review ends and the plan begins in a report whose parts do not say (``with_parts_by_content``).

A report without part headings, or with topical ones only, turns to the year
ahead at a paragraph that opens on this year (今年…, 一九八七年是…, 在新的一年里),
at a stand-alone title of tasks after one of results, or at the first part that
speaks mostly of what is to be done after parts that speak of what was done.  A
part on the situation and the tasks (一、当前国内形势和基本任务) reviews the
situation and its problems first, and plans from its first paragraph after them
that speaks mostly of what is to be done.
The scorecard reads the two sides as the review and the plan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from core.compare.scorecard.horizons import turns_ahead
from core.reading.model import KIND_OTHER, KIND_PLAN, KIND_REVIEW, LEVEL_PART, Report, Section
from core.reading.scripts import simplified_report
from core.reading.sections.headings import arabic_years, part_kind
from core.reading.sections.situation_review import with_situation_reviewed
from core.reading.tense import time_weights

_TURN = re.compile(r"\s*(?:今年|本年)")
_TITLE_LINE = re.compile(r"^[^。！？!?，,；;]{4,40}$")  # a stand-alone title: short, no sentence in it
_NO_DATE = r"(?![\d一二三四五六七八九十]+月)"  # 一九五四年九月十四日 is a date, not the year ahead
TURN_WINDOW = (0.05, 0.7)  # where in a report its turn from review to plan may lie (shares of its length)


def as_the_scorecard_reads(report: Report) -> Report:
    """``report`` as the scorecard and the brief read it: in simplified characters (``core.reading.scripts``; 1954
    is in traditional ones), its parts by content (``with_parts_by_content``).  Ids and offsets are the report's."""
    return with_parts_by_content(simplified_report(report))


def with_parts_by_content(report: Report) -> Report:
    """``report`` as the scorecard reads it when no part names a review or a plan (a report without part headings,
    or with topical ones only): what comes before the first paragraph that opens on this year (今年…,
    一九八七年是…, 在新的一年里), or before the first part that speaks mostly of what is to be done after parts
    that speak of what was done (1979), reviews last year, what follows is the plan.  A report whose only part
    reviews and then turns to the year ahead without a heading (2002: 首先报告２００１年的工作 … ２００２年是…)
    plans from that turn on."""
    if any(section.kind == KIND_PLAN for section in report.sections):
        return with_situation_reviewed(report)
    if any(section.kind == KIND_REVIEW for section in report.sections):
        return _plan_after_the_turn(report)
    opening = re.compile(rf"(?:{_TURN.pattern}|\s*{report.year}年{_NO_DATE}|{_NEW_YEAR.pattern})" if report.year
                         else rf"(?:{_TURN.pattern}|{_NEW_YEAR.pattern})")
    earliest, latest = (int(share * len(report.text)) for share in TURN_WINDOW)
    starts = [paragraph.start for paragraph in report.paragraphs]
    turn, previous = _turn_by_titles(report), -1
    titled = turn is not None
    for sentence in report.sentences if turn is None else []:
        here = bisect_right(starts, sentence.start) - 1
        if (here != previous and earliest <= sentence.start <= latest
                and opening.match(arabic_years(sentence.text))):
            turn = sentence.start
            break
        # 各位代表！为了…，在新的一年里: the paragraph opens after the address
        if not ADDRESS_ALONE.match(sentence.text):
            previous = here
    if turn is None and (drafts := _plan_drafts(report)) is not None:
        return _plan_paragraph(report, drafts)
    by_tense = _turn_by_tense(report) if turn is None or not titled else None
    if by_tense is not None and earliest <= by_tense <= latest and (turn is None or by_tense < turn):
        turn = by_tense  # a part that turns to the tasks before any paragraph opens on this year (1979)
    if turn is None or turn == 0:
        return report
    review = Section("scorecard-review", "", LEVEL_PART, KIND_REVIEW, 0, turn, 0, 0)
    plan = Section("scorecard-plan", "", LEVEL_PART, KIND_PLAN, turn, len(report.text), turn, turn)
    sentences = [replace(sentence, section=(review if sentence.start < turn else plan).id)
                 for sentence in report.sentences]
    return replace(report, sections=[review, plan], sentences=sentences)


# The address alone on its line (各位代表！), which opens a new field of the speech.
ADDRESS_ALONE = re.compile(r"\s*各位代表[！!：:]?\s*$")
# 这次提交大会审议的1957年度的国家预算草案和发展国民经济计划草案的各种数字表明… (1957): the year's plan, given in one
# paragraph of a report whose parts are topics (一、关于社会主义革命 … 五、关于国内外团结).
_DRAFTS = r"(?:提交|提请)[^。，,]{0,8}审议的[^。，,]{0,4}%s年度?的?[^。，,]{0,16}(?:计划|预算)"


def _plan_drafts(report: Report) -> Section | None:
    """The paragraph that presents the drafts of this year's plan or budget laid before the congress, if any."""
    if report.year is None:
        return None
    drafts = re.compile(_DRAFTS % report.year)
    paragraph = next((paragraph for paragraph in report.paragraphs
                      if drafts.search(arabic_years(report.text[paragraph.start : paragraph.end]))), None)
    if paragraph is None:
        return None
    return Section("scorecard-plan", "", LEVEL_PART, KIND_PLAN, paragraph.start, paragraph.end,
                   paragraph.start, paragraph.start)


def _plan_paragraph(report: Report, plan: Section) -> Report:
    """``report`` with one paragraph read as its plan, what comes before it as its review, and the topics after it
    (三、关于人民生活: the past, the present and arguments mixed) as neither."""
    before = Section("scorecard-review", "", LEVEL_PART, KIND_REVIEW, 0, plan.start, 0, 0)
    after = Section("scorecard-topics", "", LEVEL_PART, KIND_OTHER, plan.end, len(report.text), plan.end, plan.end)
    sentences = [replace(sentence, section=(before if sentence.start < plan.start else
                                            plan if sentence.start < plan.end else after).id)
                 for sentence in report.sentences]
    return replace(report, sections=[before, plan, after], sentences=sentences)
# 为了进一步巩固和发展大好形势，在新的一年里… (1984): the year ahead, in words.
_NEW_YEAR = re.compile(r"(?:[^。！？，,]{0,30}[，,])?\s*在?新的一年(?:里|中)")


def _plan_after_the_turn(report: Report) -> Report:
    """The review parts' sentences from the first that opens on the year ahead (２００２年是…) are the plan."""
    kinds = {section.id: section.kind for section in report.sections}
    turn = next((sentence.start for sentence in report.sentences
                 if kinds.get(sentence.section or "") == KIND_REVIEW and turns_ahead(sentence.text, report.year)),
                None)
    if turn is None:
        return report
    plan = Section("scorecard-plan", "", LEVEL_PART, KIND_PLAN, turn, len(report.text), turn, turn)
    sentences = [replace(sentence, section=plan.id)
                 if sentence.start >= turn and kinds.get(sentence.section or "") == KIND_REVIEW else sentence
                 for sentence in report.sentences]
    return replace(report, sections=[*report.sections, plan], sentences=sentences)


def _turn_by_tense(report: Report) -> int | None:
    """Where the first part that speaks mostly of what is to be done follows parts (or an opening) that speak
    mostly of what was done: 1979's 二、打好四个现代化的第一个战役 after 一、伟大的历史性转变."""
    parts = [section for section in report.sections if section.parent is None and section.level == LEVEL_PART]
    if len(parts) < 2:
        return None
    bounds = [0, *(part.start for part in parts), len(report.text)]
    leaning = []
    for start, end in pairwise(bounds):
        weights = [time_weights(sentence.text) for sentence in report.sentences if start <= sentence.start < end]
        ahead = sum(future > past for future, past in weights)
        behind = sum(past > future for future, past in weights)
        leaning.append((ahead > behind, behind > ahead, start))
    reviewed = False
    for ahead, behind, start in leaning:
        if behind:
            reviewed = True
        elif ahead and reviewed:
            return start
        elif ahead:
            return None  # the report opens on what is to be done
    return None


def _turn_by_titles(report: Report) -> int | None:
    """Where the plan begins when the parts are titled by stand-alone lines the reading took for no part
    (过去五年国内工作的基本总结 … 今后五年建设和改革的目标、方针和任务): the first plan title after a review title."""
    reviewed = False
    for paragraph in report.paragraphs:
        line = report.text[paragraph.start : paragraph.end].strip()
        if not _TITLE_LINE.match(line):
            continue
        kind = part_kind(line, report.year)
        if kind == KIND_REVIEW:
            reviewed = True
        elif kind == KIND_PLAN and reviewed:
            return paragraph.start
    return None
