"""The plan as a whole, set as a goal, and what the later report says of it.

A plan part often ends on the plan itself: 为完成和超额完成一九五八年度的国民经济计划而奋斗,
努力完成和超额完成今年的计划, 争取提前完成和超额完成第一个五年计划, 努力完成“八五”计划,
实现第七个五年计划.  The year's plan is a goal of the year; a five-year plan is a goal of its period.

Its result is a sentence of the later report's review that names the same plan (the year, or the
five-year plan by number) and says it was completed (超额完成, 全面完成) or not (没有完成).  A five-year
plan is judged only once the later report can have reviewed its last year.
"""

from __future__ import annotations

import re

from core.compare.scorecard.horizons import HORIZON_PLAN_PERIOD, HORIZON_YEAR, planned_year
from core.compare.scorecard.period_goals import PERIOD_NOT_OVER
from core.compare.scorecard.score_rows import Figure, ScoreRow
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence
from core.reading.sections.headings import arabic_years

_NUMBER = "一二三四五六七八九十"
# The plan the goal names: the year's (一九五八年度的国民经济计划, 今年的计划, 明年的国民经济和社会发展计划) or a
# five-year plan's (第一个五年计划, “八五”计划).
_PLAN_WORD = r"(?:国民经济(?:和社会发展)?)?(?:计划|规划)"
_YEAR_PLAN = r"(?P<year>\d{4}年|今年|本年|明年)度?的?(?:国民经济(?:和社会发展)?)?计划"
_FIVE_YEAR_PLAN = (r"(?:我国)?(?:第(?P<count>[一二三四五六七八九十]|十[一二三四五六])个五年(?:计划|规划)"
                   r"|[“\"](?P<short>[六七八九十]|十[一二三四五六])五[”\"](?:计划|规划))")
# The will to complete it, as a goal says it; the plan's name must end the clause or be followed by
# 和/而/, (完成第一个五年计划所规定的…任务 speaks of the plan's tasks, a goal of its own).
_COMPLETE = re.compile(
    r"(?:全面|提前|胜利|努力|超额|圆满|争取)*地?(?:完成|实现)(?:和超额完成|并超额完成|和超过)?"
    rf"(?:{_YEAR_PLAN}|{_FIVE_YEAR_PLAN})(?=$|和|而|[,，;；。])"
)
# Done already, or a wish of others, in the goal's own clause: no goal of this plan.  (…决不能…不完成…: a warning)
_NOT_WILLED = re.compile(r"完成了|实现了|已经|只有|才能|才可能|不(?:能|会)?完成")
# Completing it as the subject of what follows (…，将使我们…; …，就其中的经济发展计划来说，关键在于…).
# (…，必须…: what completing it needs; 是全面完成“六五”计划…的重要条件: what a measure is for)
# (为了实现明年的计划，无论是…都必须…: the purpose of what is asked next)
_SUBJECT_OF = re.compile(r"[,，](?:将|就|对|是|关键|必须|无论|首先|要求)")
# What a review says of the plan as a whole, in one clause with the plan's name governing it: …国民经济计划，
# 已经全面地超额完成了; 计划所规定的基本任务和各项主要指标，就全面地完成和超额完成了; 计划没有能够全面完成.
# (not a plan of one field, 基本建设投资计划没有完成; nor a share of a plan, 完成计划的百分之九十)
_SAID = re.compile(
    rf"{_PLAN_WORD}[^。；;，,]{{0,20}}?(?:[,，]\s*(?:就|都|已经|均|也)|就|都|已经|均|也)?"
    r"(?P<words>(?P<missed>(?:没有|未)(?:能够?)?(?:全面|全部)?完成)"
    r"|(?:(?:超额|全面|胜利|提前|顺利|基本)地?)*完成(?:和超额完成)?了?)(?![\u4e00-\u9fff]*的?(?:百分之|\d))"
)
# What stands before a plan's name where the plan is one field's (基本建设投资计划, 粮食生产计划), not the whole.
_FIELD_PLAN = re.compile(r"(?:投资|生产|收购|招生|建设|采购|财政|信贷|外贸|进出口)$")


def whole_plan_rows(old: Report, new: Report, listed: set[tuple[str, str]]) -> list[ScoreRow]:
    """A row for each will of ``old``'s plan part to complete the plan as a whole (``listed``: the clauses rows
    already quote), with the sentence of ``new``'s review that says whether it was completed."""
    plan = {section.id for section in old.sections if section.kind == KIND_PLAN}
    review_parts = {section.id for section in new.sections if section.kind == KIND_REVIEW}
    review = [sentence for sentence in new.sentences if sentence.section in review_parts]
    year = planned_year(old)
    rows: dict[tuple[int, bool], ScoreRow] = {}  # by the plan named: the last time the plan part names it, as its call
    # to complete the plan closes it (为完成和超额完成一九五八年度的国民经济计划而奋斗)
    for sentence in old.sentences:
        if sentence.section not in plan:
            continue
        text = arabic_years(fold_width(sentence.text))
        for match in _COMPLETE.finditer(text):
            clause_start = max(text.rfind(mark, 0, match.start()) for mark in ",，;；。") + 1
            if _NOT_WILLED.search(text, clause_start, match.end()) or any(
                    sentence_id == sentence.id and match.group() in fold_width(quote) for sentence_id, quote in listed):
                continue
            end = _plan_end(match, old.year)
            if end is None or (year is not None and end < year):
                continue  # 完成一九五七年的计划 in the 1958 plan: a plan gone by
            if _SUBJECT_OF.match(text, match.end()) or text[: match.start()].endswith("是"):
                continue  # 胜利地完成第一个五年计划，将使我们…: what completing it brings, no goal set
            rows[(end, bool(match["year"]))] = _row(sentence, match, end, new, review)
    return list(rows.values())


def _plan_end(match: re.Match[str], year: int | None) -> int | None:
    """The last year of the plan ``match`` names (the year itself for a year's plan; 今年 and 明年 by the year the
    report is given in, ``year``)."""
    if match["year"]:
        named = match["year"]
        if named[0].isdigit():
            return int(named[:4])
        return None if year is None else year + (1 if named == "明年" else 0)
    count_name = match["count"] or match["short"]
    count = _NUMBER.index(count_name[-1]) + 1 + (10 if len(count_name) == 2 else 0)
    if count <= 2:
        return 1957 + 5 * (count - 1)  # 1953–1957, 1958–1962
    return 1970 + 5 * (count - 3)  # the third from 1966 on


def _row(sentence: Sentence, match: re.Match[str], end: int, new: Report, review: list[Sentence]) -> ScoreRow:
    """The row of the goal ``match`` reads in ``sentence`` (a plan ending in ``end``), judged by ``new``'s review."""
    clause_start = max(sentence.text.rfind(mark, 0, match.start()) for mark in "，,；;：:") + 1
    quote = sentence.text[clause_start : match.end()].strip()
    horizon = HORIZON_YEAR if match["year"] else HORIZON_PLAN_PERIOD
    goal = re.sub(r"^(?:努力|争取)+", "", sentence.text[match.start() : match.end()])  # 完成和超额完成…计划
    target = Figure(sentence, None, quote)
    if horizon == HORIZON_PLAN_PERIOD and (new.year is None or end > new.year - 1):
        return ScoreRow(goal, horizon, target, None, NO_RESULT, PERIOD_NOT_OVER)
    said = _said_of_it(match, end, new, review)
    if said is None:
        return ScoreRow(goal, horizon, target, None, NO_RESULT,
                        "the later report does not say whether the plan was completed")
    result_sentence, words, done = said
    verdict = MET if done else NOT_MET
    return ScoreRow(goal, horizon, target, Figure(result_sentence, None, words), verdict,
                    f"the report says so: “{words}”")


def _said_of_it(match: re.Match[str], end: int, new: Report,
                review: list[Sentence]) -> tuple[Sentence, str, bool] | None:
    """The review sentence that names the plan and says whether it was completed as a whole, the words that say
    so and whether they say it was."""
    if match["year"]:
        names = [rf"{end}年", *(["今年", "本年"] if new.year == end else []),
                 *(["去年"] if new.year == end + 1 else [])]
    else:
        count = match["count"] or match["short"]
        names = [rf"第{count}个五年", rf"[“\"]{count}五[”\"]",
                 rf"(?<![\d一二三四五六七八九十百千之点]){count}五(?:计划|规划)"]  # not 百分之十五, “一五六项”
    named = re.compile("|".join(names))
    found: list[tuple[Sentence, re.Match[str]]] = []
    for sentence in review:
        text = arabic_years(fold_width(sentence.text))
        if match["year"] and "五年" in text:
            continue  # (the first five-year plan's completion, told in a sentence that names 1958 too)
        for said in _SAID.finditer(text):
            clause_start = max(text.rfind(mark, 0, said.start()) for mark in ",，;；。") + 1
            if named.search(text, clause_start, said.start() + 1) and not _FIELD_PLAN.search(text, 0, said.start()):
                found.append((sentence, said))
    # a sentence that says it was done (…就全面地完成和超额完成了) before one that speaks of its completion
    found.sort(key=lambda pair: not pair[1].group().endswith("了"))
    if not found:
        return None
    sentence, said = found[0]  # quoted from the plan to what is said of it
    return sentence, sentence.text[said.start() : said.end()], said["missed"] is None
