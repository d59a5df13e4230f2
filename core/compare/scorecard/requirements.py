"""The goals of a plan's list of main requirements, stated in words.

Older reports set the goals of a year or of a few years as a list of requirements:
``经过三年调整，我们要努力达到下列几项主要要求：`` followed by numbered paragraphs
(``（四）基本建设要坚决缩短战线，集中力量打歼灭战，提高工程质量，降低工程造价，缩短建设周期。``),
or ``今年工作的基本要求是：…；在建设方面，要继续控制社会总需求，同时努力改善供应，…``.
Each clause of the list that names an outcome and the way it is to go (控制, 改善, 提高,
缩短, 有所缓和, 比较适应 …) is a goal; a clause of means (集中力量打歼灭战, 节约使用外汇),
of reform, of a condition (在发展生产的基础上) or of what goes along (要在增加生产的同时) is not.

A goal of one year is judged by the review sentence that speaks of it; a goal of
several years (经过三年调整) only by a review of that period, as other plan-period goals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from core.compare.scorecard.horizons import HORIZON_PLAN_PERIOD, HORIZON_YEAR
from core.compare.scorecard.period_goals import GOAL_HEDGE
from core.compare.scorecard.results.result_words import Review, qualitative_result, statement_result, words_verdict
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_words
from core.compare.scorecard.verdicts import NO_RESULT
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, Paragraph, Report, Sentence

# The opening of a list of requirements (下列几项主要要求：, 今年工作的基本要求是：); not 总体要求, which frames.
_OPENING = re.compile(r"(?:主要|基本)要求(?:是|如下)?[:：]")
# A paragraph that is an item of a numbered list: （一）, (二), 三、
_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
_CLAUSE = re.compile(r"[^,，;；。:：]+")
# The way an outcome is to go.
_OUTCOME = re.compile(r"控制|改善|防止|保持|增加|提高|降低|缩短|缓和|适应|平衡|增长|赶上|高于|下降|减少")
# Clauses that are no goal of their own: reform, a condition or what goes along, a measure.
_NOT_A_GOAL = re.compile(r"改革|基础上$|前提下$|条件下$|的同时$|措施|节约使用")
# What an item opens on before its goal: its number, 同时, 要, the field it is in (在建设方面).
_MARKS = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?\s*"
                    r"(?:同时|并|要(?![求点素])|在[^,，;；。]{2,8}方面)*")


def requirement_rows(old: Report, horizons: dict[str, str], listed: set[tuple[str, str]], review: Review,
                     period: tuple[Review, Callable[[Sentence], bool]]) -> list[ScoreRow]:
    """A row for each goal of the lists of requirements of ``old``'s plan part (``listed``: the clauses rows
    quote already; ``period``: the review of a whole period and whether it can judge a plan-period sentence)."""
    rows: list[ScoreRow] = []
    for opening, sentence, text in _list_items(old):
        horizon = HORIZON_PLAN_PERIOD if horizons.get(opening.id) == HORIZON_PLAN_PERIOD else HORIZON_YEAR
        for match in _CLAUSE.finditer(text):
            clause = match.group().strip()
            name = GOAL_HEDGE.sub("", _MARKS.sub("", fold_width(clause))) or clause
            if (not _OUTCOME.search(name) or _NOT_A_GOAL.search(name) or re.search(r"\d", name) or len(name) < 4
                    or any(sentence_id == sentence.id and (quote in clause or clause in quote)
                           for sentence_id, quote in listed)):
                continue
            target = Figure(sentence, None, clause)
            judged_by = review if horizon == HORIZON_YEAR else period[0] if period[1](opening) else None
            for goal in joined_goals(name):
                result = (_result(goal, judged_by) if judged_by is not None else None)
                if result is None:
                    reason = ("the later report does not speak of it" if horizon == HORIZON_YEAR
                              else "a goal for a plan period; the later report does not review that period")
                    rows.append(ScoreRow(goal, horizon, target, None, NO_RESULT, reason))
                    continue
                verdict = words_verdict(goal, result.text, None)
                rows.append(ScoreRow(goal, horizon, target, in_words(result, goal, verdict.reason), verdict.verdict,
                                     verdict.reason))
    return rows


_SET_AGAINST = re.compile(r"同|与")  # 粮食生产…的发展同人口的增长…比较适应: what the subject is set against
_ADVERBS_AT_END = re.compile(r"(?:继续|有所|进一步|逐步|不断|稳步|都|要)*$")
MIN_SUBJECT = 2  # characters of a subject at least


def joined_goals(name: str) -> list[str]:
    """The goals of a requirement: one for each of two subjects joined by 和 before the way they are to go, else
    the requirement itself.  What follows the second subject's 的 is said of both when the first has none
    (目前燃料动力和交通运输的紧张局面有所缓和); the way alone when each has its own measure
    (全国农民从集体分得的平均收入和全国职工的平均工资继续有所提高).  A 和 after the way joins no subjects
    (劳动报酬增长和劳动生产率提高同步), nor one after what the subject is set against (…同人口的增长和工业的发展)."""
    way = _OUTCOME.search(name)
    joint = name.find("和")
    against = _SET_AGAINST.search(name)
    if way is None or joint < MIN_SUBJECT or joint > way.start() or (against and against.start() < joint):
        return [name]
    first, rest = name[:joint], name[joint + 1 :]
    way_in_rest = way.start() - joint - 1
    if "的" not in first:
        end = rest.find("的")
        if end < MIN_SUBJECT or end > way_in_rest:
            return [name]
        return [first + rest[end:], rest]
    if "的" not in rest[:way_in_rest]:
        return [name]  # 人民的物质和文化生活进一步改善: one possessor of both, no subject of their own
    adverbs = _ADVERBS_AT_END.search(rest, 0, way_in_rest)
    start = adverbs.start() if adverbs else way_in_rest
    if start < MIN_SUBJECT:
        return [name]
    return [first + rest[start:], rest]


# A goal told as the way its object is to go (继续控制社会总需求, 大力增加出口, 努力改善供应): a review speaks of the
# object (社会总需求超过总供给的矛盾虽已有所缓解, 超额完成出口计划).
_WAY_FIRST = re.compile(r"^(?:继续|大力|努力|积极|进一步|适当|坚决)*(?:控制|改善|防止|增加|扩大)"
                        r"(?P<object>[\u4e00-\u9fff]{2,8})$")


def _result(name: str, review: Review) -> Sentence | None:
    """The review sentence that speaks of a requirement: of its words, or of the object of its way."""
    found = qualitative_result(name, review) or statement_result(name, review)
    way = _WAY_FIRST.match(name)
    if found is None and way is not None:
        found = statement_result(way["object"], review) or qualitative_result(way["object"], review)
    return found


def _list_items(report: Report) -> list[tuple[Sentence, Sentence, str]]:
    """(the sentence that opens the list, a sentence of the list, its text that lists) for each list of
    requirements of the plan part: the opening sentence after its colon, and the numbered paragraphs after it."""
    plan = {section.id for section in report.sections if section.kind == KIND_PLAN}
    starts = [paragraph.start for paragraph in report.paragraphs]
    found: list[tuple[Sentence, Sentence, str]] = []
    for sentence in report.sentences:
        opening = _OPENING.search(sentence.text)
        if sentence.section not in plan or opening is None:
            continue
        if sentence.text[opening.end() :].strip():
            found.append((sentence, sentence, sentence.text[opening.end() :]))
            continue
        for paragraph in report.paragraphs[bisect_right(starts, sentence.start) :]:
            if not _ITEM.match(report.text, paragraph.start):
                break
            found.extend((sentence, item, item.text) for item in _item_sentences(report, paragraph, sentence.section))
    return found


def _item_sentences(report: Report, paragraph: Paragraph, section: str | None) -> list[Sentence]:
    """The sentences of an item of a list, its number included: the reading takes a short item
    (（一）要使粮食生产…比较适应。) for a heading, whose words are no sentence of the report, so they are read
    as one here."""
    inside = [sentence for sentence in report.sentences if paragraph.start <= sentence.start < paragraph.end]
    first = inside[0].start if inside else paragraph.end
    head = report.text[paragraph.start : first]
    words = head.strip()
    if not words:
        return inside
    start = paragraph.start + head.index(words)
    item = Sentence(f"{report.id}-item-{start}", start, start + len(words), words, section)
    return [item, *inside]
