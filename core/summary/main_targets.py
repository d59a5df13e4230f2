"""The main targets a report sets for its year: the list after ``主要预期目标是：``.

Nearly every report, national or local, names its headline targets in one
paragraph of the plan part (``今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；…``).
Its indicators are the year's main targets.  The list may stand in the paragraph after the one that announces it
(``主要预期目标是：`` and a blank line, 2010–2012), and the announcement may lack ``主要`` (``今年…的预期目标是：``,
2008); a paragraph that names one target (``经济增长预期目标为7%左右``) or none (``主要目标是：改革…``) is no such list.

A report without that paragraph gives its headline targets of the plan part instead, one of each kind (growth,
in the 1980s also the output of industry and agriculture and the national income; prices; jobs; unemployment),
as the scorecard reads the plan's targets (``core.compare.scorecard.targets``: no situation, no figure of past
years), for the year the plan is for.  A headline target stated across clauses, its subject in one and its figure
in the next (``经济增长速度的宏观调控目标，定为百分之八至九``, 1995), is read from the sentence.  The 限定 column
holds the figure's bound (左右, 以上, 以内), never a hedge; an effort (力争, 努力) stands before the target.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from core.compare.figures.indicator_names import name_key
from core.compare.indicators import Indicator, extract_indicators, sentence_figures
from core.compare.scorecard.card import qualitative_items
from core.compare.scorecard.horizons import HORIZON_YEAR, figure_horizon, planned_year, sentence_horizons
from core.compare.scorecard.period_goals import GOAL_HEDGE
from core.compare.scorecard.targets import plan_targets
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, Report, Sentence

MAIN_TARGETS = re.compile(r"(?P<main>主要(?:预期)?|预期)目标(?:建议)?(?:是|为)")
_LONG_PLAN = re.compile(r"五年|十[一二三四五六]五|时期|规划期|到20\d\d年")
_NOT_A_NAME = re.compile(r"^(?:提出|其中|安排|今年|全年)|^.$")
_LIST_FOLLOWS = re.compile(r"[:：][\s\u3000]*$")
# Who set a figure and for when, before its name (中央提出今年经济增长预期目标为7%左右): not the name.
_SETTER = re.compile(r"^(?:中央|国家|政府|国务院)?(?:提出|确定|要求|安排|计划)?(?:今年|全年|明年)?的?")
# How it was set, after the name (国民收入也安排为比今年增长4%左右): not the name either.
_ARRANGED = re.compile(r"(?:也|还|要|将)?(?:安排|计划|要求|预计|力争)?为?(?:比(?:今年|去年|上年))?$")

# The kinds of headline target, by name key; a report without a list of main targets shows one of each (the
# reports of the 1980s set the output of industry and agriculture and the national income before GDP).
HEADLINE_KINDS = {
    "生产总值": "growth", "工农业总产值": "output", "国民收入": "national income",
    "居民消费价格": "prices", "居民消费价格总水平": "prices", "零售物价": "prices",
    "城镇新增就业": "jobs", "城镇登记失业率": "registered unemployment", "城镇调查失业率": "surveyed unemployment",
}
# A headline subject named in words in a clause before its figure, and the unit its figure has.
_SUBJECTS = (
    ("growth", re.compile(r"(?:国内|国民)生产总值(?:的?增长(?:速度|率)?)?|经济(?:的)?增长(?:速度|率)?|经济增速"), "%"),
    ("prices", re.compile(r"(?:商品零售|零售|居民消费)?(?:物价|价格)(?:总水平)?(?:的)?(?:上涨|上升)?(?:幅度|涨幅)"
                          r"|(?:商品零售|零售|居民消费)?物价(?:总水平)?"), "%"),
)
_TARGET_WORD = re.compile(r"目标")
_NEAR = 40  # characters between a subject and its figure, at most
_EFFORT = ("力争", "争取", "努力", "力求", "确保")  # hedges that say how hard, kept before the target


@dataclass(frozen=True)
class MainTarget:
    """One row of the table of main targets: ``国内生产总值`` | ``增长6%-6.5%`` | ``左右``."""

    name: str
    target: str
    qualifier: str
    indicator: Indicator | None  # None: a target set in words (国际收支基本平衡)


def main_target_sentence_ids(report: Report) -> set[str]:
    """Ids of the sentences of the plan part's paragraph of main expected targets (empty: none)."""
    paths = report.section_paths()
    indicators = [indicator for indicator in extract_indicators(report)
                  if indicator.kind == KIND_PLAN and not _NOT_A_NAME.search(indicator.name.strip())]
    for sentence in report.sentences:
        announced = MAIN_TARGETS.search(sentence.text)
        if report.section_kind(sentence) != KIND_PLAN or announced is None:
            continue
        if _LONG_PLAN.search("".join(section.title for section in paths.get(sentence.section or "", ()))):
            continue  # the targets of a five-year plan
        if _LONG_PLAN.search(sentence.text[: announced.start()]):
            continue
        ids = _list_sentences(report, sentence)
        listed = [indicator for indicator in indicators if indicator.sentence_id in ids]
        kinds = {HEADLINE_KINDS.get(name_key(indicator.name)) for indicator in listed} - {None}
        # 主要目标是：改革… sets no figure; 预期目标为7%左右 is one target, no list of them
        if listed if announced["main"].startswith("主要") else len(kinds) >= 2:
            return ids
    return set()


def _list_sentences(report: Report, sentence: Sentence) -> set[str]:
    """The sentences from ``sentence`` to the end of its paragraph, and the next paragraph's when the list is
    announced with a colon and follows after a blank line (主要预期目标是：\\n\\n国内生产总值增长8%左右；…)."""
    ordered = sorted(report.paragraphs, key=lambda paragraph: paragraph.start)
    starts = [paragraph.start for paragraph in ordered]
    index = bisect_right(starts, sentence.start) - 1
    begin = ordered[index].start if index >= 0 else sentence.start
    end = ordered[index].end if index >= 0 else sentence.end
    if _LIST_FOLLOWS.search(report.text[sentence.start : end]) and 0 <= index < len(ordered) - 1:
        end = ordered[index + 1].end
    return {other.id for other in report.sentences if begin <= other.start < end and other.start >= sentence.start}


def main_targets(report: Report) -> list[MainTarget]:
    """The year's main targets, in the order the report gives them."""
    chosen = main_target_sentence_ids(report)
    if chosen:
        found = [indicator for indicator in extract_indicators(report) if indicator.kind == KIND_PLAN
                 and indicator.sentence_id in chosen and not _NOT_A_NAME.search(indicator.name.strip())]
        rows = [(indicator.start, _row(indicator)) for indicator in _once(found)]
        rows += _in_words(report, chosen, found)
        return [row for _start, row in sorted(rows, key=lambda item: item[0])]
    return [_row(indicator) for indicator in headline_targets(report)]


IN_WORDS = "文字表述"  # the target column of a main target set in words


def _in_words(report: Report, chosen: set[str], figures: list[Indicator]) -> list[tuple[int, MainTarget]]:
    """The items of the list set in words (国际收支基本平衡), where they stand; an item a figure was read from
    (努力实现居民收入增长和经济发展同步) is that figure's.  Only the sentences of the list itself, the one that
    announces it and those that go on with its figures: 加强对增长、就业…的统筹平衡 after it is no item."""
    rows: list[tuple[int, MainTarget]] = []
    with_figures = {figure.sentence_id for figure in figures}
    for sentence in report.sentences:
        announced = MAIN_TARGETS.search(sentence.text)
        if sentence.id not in chosen or not (announced or sentence.id in with_figures):
            continue
        begin = announced.end() if announced else 0
        for item in qualitative_items(sentence.text[begin:]):
            at = sentence.text.find(item, begin)
            if any(figure.sentence_id == sentence.id and sentence.start + at <= figure.start < sentence.start + at
                   + len(item) for figure in figures):
                continue
            rows.append((sentence.start + at, MainTarget(GOAL_HEDGE.sub("", item) or item, IN_WORDS, "", None)))
    return rows


def _once(indicators: list[Indicator]) -> list[Indicator]:
    """Each figure once: a list explained after it (提出国内生产总值增长8%左右，主要是…) repeats it."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for indicator in indicators:
        key = (name_key(_name(indicator.name)), indicator.value_text())
        if key not in seen:
            seen.add(key)
            kept.append(indicator)
    return kept


def headline_targets(report: Report) -> list[Indicator]:
    """One target of each headline kind the plan part sets for its year, in text order (a report without a list
    of main targets)."""
    sentences = {sentence.id: sentence for sentence in report.sentences}
    horizons = sentence_horizons(report)
    year = planned_year(report)
    found: dict[str, Indicator] = {}
    for target in plan_targets(report, sentences, horizons):
        # 安排就业 is a name as it stands; 国民收入也安排为比今年 once cleaned
        name = next((name for name in (target.name, _name(target.name)) if name_key(name) in HEADLINE_KINDS), "")
        kind = HEADLINE_KINDS.get(name_key(name))
        sentence = sentences.get(target.sentence_id or "")
        if kind is None or kind in found or sentence is None:
            continue
        if figure_horizon(sentence, horizons.get(sentence.id, HORIZON_YEAR), target.start, year,
                          year != report.year) == HORIZON_YEAR:
            cleaned = _name(name)  # 中央提出今年经济: 经济, the same key
            found[kind] = replace(target, name=cleaned if name_key(cleaned) == name_key(name) else name)
    for kind, figure in _stated_across_clauses(report, horizons, set(found)).items():
        found[kind] = figure
    return sorted(found.values(), key=lambda indicator: indicator.start)


def _stated_across_clauses(report: Report, horizons: dict[str, str], known: set[str]) -> dict[str, Indicator]:
    """Headline targets whose subject and figure stand in two clauses of a sentence that speaks of a target
    (经济增长速度的宏观调控目标，定为百分之八至九; 宏观调控的目标是，确保物价上涨幅度…，力争控制在百分之十五左右)."""
    found: dict[str, Indicator] = {}
    for sentence in report.sentences:
        if (report.section_kind(sentence) != KIND_PLAN or horizons.get(sentence.id) != HORIZON_YEAR
                or not _TARGET_WORD.search(sentence.text)):
            continue
        text = fold_width(sentence.text)
        figures = sentence_figures(sentence, KIND_PLAN)
        for kind, subject, unit in _SUBJECTS:
            if kind in known or kind in found:
                continue
            for named in subject.finditer(text):
                at = sentence.start + named.end()
                figure = next((figure for figure in figures if figure.start >= at), None)
                if figure is not None and figure.unit == unit and figure.start - at <= _NEAR:
                    before = text[: figure.start - sentence.start]  # the figure's clause: 力争控制在…
                    clause = before[max(before.rfind(","), before.rfind("，"), before.rfind(";")) + 1 :]
                    effort = next((word for word in _EFFORT if word in clause), "")
                    found[kind] = replace(figure, name=named.group(), sentence_id=sentence.id, hedge=effort)
                    break
    return found


def _name(name: str) -> str:
    """``经济`` of ``中央提出今年经济``, ``国民收入`` of ``国民收入也安排为比今年``: the name without who set it, for
    when and how."""
    stripped = _ARRANGED.sub("", _SETTER.sub("", name.strip()))
    return stripped if len(stripped) >= 2 else name


def _row(indicator: Indicator) -> MainTarget:
    if indicator.value is None:  # 与经济增长同步
        return MainTarget(indicator.name, indicator.value_text(), "", indicator)
    number = indicator.value_text()
    qualifier = indicator.qualifier
    if qualifier and number.startswith(qualifier):
        number = number[len(qualifier):]
    elif qualifier and number.endswith(qualifier):
        number = number[: -len(qualifier)]
    target = indicator.relation_text() + number  # 比1980年增长5.5%, 高于全省1个百分点, 8% for 定为8%
    # the qualifier bounds the figure (左右, 以上, 以内); a hedge says how it is meant: an effort (力争控制在15%)
    # with the target, a plan or an expectation (计划, 预期) not at all, for every target of the table is one
    hedge = indicator.hedge if indicator.hedge in _EFFORT else ""
    return MainTarget(indicator.name, hedge + target, qualifier, indicator)


__all__ = ["HEADLINE_KINDS", "MAIN_TARGETS", "MainTarget", "headline_targets", "main_target_sentence_ids",
           "main_targets"]
