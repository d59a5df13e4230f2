"""The target scorecard: what report Y promised for year Y, and what report Y+1 says came of it.

Targets are the indicators of report Y's plan part (``core.compare.indicators``)
and the qualitative items of its list of main expected targets
(``主要预期目标``); results are the indicators of report Y+1's review part.  Both
sides carry a horizon (``core.compare.horizons``): a one-year target is paired
only with a one-year result, and plan-period targets keep rows of their own.
Each pair gets a verdict with a reason (``core.compare.verdicts``); a target
the later report says nothing about is ``no_result``, and a headline result
for which the earlier report set no target (the 2020 national report set no
growth target) is shown against ``no_target``.

Warnings say when the two reports are not consecutive years of one place, or
lack the part a scorecard reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.compare.horizons import HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD, HORIZON_YEAR, sentence_horizons
from core.compare.indicator_names import name_key
from core.compare.indicators import Indicator, extract_from_text, extract_indicators, match_indicators
from core.compare.topics import fold_width
from core.compare.verdicts import MET, NO_RESULT, NO_TARGET, NOT_MET, STATED, Verdict, judge
from core.compare.year_pairs import place_key
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence

# Names alike enough to be one indicator: 二氧化碳排放量 and 二氧化硫排放量 (0.857) are two.
NAME_CUTOFF = 0.88
# The headline indicators: a result for one of these is listed even when no target was set for it.
HEADLINE = ("生产总值", "居民消费价格", "城镇新增就业", "城镇调查失业率", "城镇登记失业率")
_MAIN_TARGETS = re.compile(r"(?:主要)?预期目标(?:是|为)[:：]")
_QUALITATIVE_SPLIT = re.compile(r"[;；,，。]")
_QUALITATIVE_HEDGE = re.compile(r"^(?:努力|力争|确保|争取|实现|保持|推动|促进|使)+")
_QUALITATIVE_WORDS = re.compile(r"平衡|同步|向好|稳定|改善|提质|优化|下降|减少|提高|增长|防控|进展|稳中")
# Names that are no indicator: what is left when the extractor takes a verb or a pronoun for one.
_NOT_A_NAME = re.compile(
    r"^(?:安排|总量|规模|其中|我国|我们|全国|这|那|共|约|达|有|[一二三四五六七八九十]是)|(?:我国有|守住|坚决|将|要)$|^.$|预期目标"
)
# A figure set against last year's (比去年增加5600亿元) says how a target changed; the target is the figure beside it.
_LAST_YEAR = ("去年", "上年", "去年预算", "上年预算")


@dataclass(frozen=True)
class Figure:
    """One side of a row: the sentence and the figure read from it."""

    sentence: Sentence
    indicator: Indicator | None  # None for a qualitative target (the clause is in ``quote``)
    quote: str

    def to_json(self) -> dict[str, object]:
        indicator = self.indicator
        return {
            "text": self.sentence.text,
            "quote": self.quote,
            "value": indicator.value if indicator is not None else None,
            "value_high": indicator.value_high if indicator is not None else None,
            "unit": indicator.unit if indicator is not None else "",
            "qualifier": indicator.qualifier if indicator is not None else "",
            "sentence_id": self.sentence.id,
            "start": self.sentence.start,
            "end": self.sentence.end,
        }


@dataclass(frozen=True)
class ScoreRow:
    indicator: str
    horizon: str
    target: Figure | None
    result: Figure | None
    verdict: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {
            "indicator": self.indicator,
            "horizon": self.horizon,
            "target": self.target.to_json() if self.target is not None else None,
            "result": self.result.to_json() if self.result is not None else None,
            "verdict": self.verdict,
            "reason": self.reason,
        }


@dataclass
class Scorecard:
    old: Report
    new: Report
    rows: list[ScoreRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warning_codes: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # the same, by code

    def to_json(self) -> dict[str, object]:
        return {
            "old": report_info(self.old),
            "new": report_info(self.new),
            "warnings": list(self.warnings),
            "rows": [row.to_json() for row in self.rows],
        }


def report_info(report: Report) -> dict[str, object]:
    return {
        "source": str(report.source),
        "report_id": report.id,
        "place": report.place,
        "year": report.year,
        "title": report.metadata.title.value,
    }


def build_scorecard(old: Report, new: Report) -> Scorecard:
    """Every target of ``old`` (year Y) with what ``new`` (year Y+1) reports for it."""
    codes = pair_warning_codes(old, new)
    card = Scorecard(old, new, warnings=[PAIR_WARNINGS[code].format_map(params) for code, params in codes],
                     warning_codes=codes)
    old_horizons, new_horizons = sentence_horizons(old), sentence_horizons(new)
    old_sentences = {sentence.id: sentence for sentence in old.sentences}
    new_sentences = {sentence.id: sentence for sentence in new.sentences}
    targets = [indicator for indicator in extract_indicators(old)
               if indicator.kind == KIND_PLAN and _is_indicator_name(indicator.name)
               and indicator.reference not in _LAST_YEAR]
    results = [indicator for indicator in extract_indicators(new)
               if indicator.kind == KIND_REVIEW and _is_indicator_name(indicator.name)]
    review = [sentence for sentence in new.sentences
              if new.section_kind(sentence) == KIND_REVIEW and new_horizons.get(sentence.id) == HORIZON_YEAR]
    growth = next((result for result in results if new_horizons.get(result.sentence_id or "") == HORIZON_YEAR
                   and name_key(result.name) == "生产总值" and result.unit == "%" and result.value is not None), None)
    for horizon in (HORIZON_YEAR, HORIZON_PLAN_PERIOD):
        wanted = [target for target in targets if old_horizons.get(target.sentence_id or "") == horizon]
        # a plan period ends years later: only a review of a whole period (五年来, "十二五"时期) can judge it
        allowed = (HORIZON_YEAR,) if horizon == HORIZON_YEAR else (HORIZON_FIVE_YEAR,)
        offered = [result for result in results if new_horizons.get(result.sentence_id or "") in allowed]
        paired = {id(target): result for target, result, _ in match_indicators(wanted, offered, NAME_CUTOFF)}
        for target in wanted:
            target_sentence = old_sentences[target.sentence_id or ""]
            result = paired.get(id(target))
            if result is None:
                share = 0.0 if target.value is None else WORDS_FOR_A_FIGURE  # 与经济增长同步 has no figure
                words = qualitative_result(target.name, review, share) if horizon == HORIZON_YEAR else None
                if words is not None:
                    verdict = _qualitative_verdict(target.text if target.value is None else target.name, words.text,
                                                   growth)
                    card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target),
                                              Figure(words, None, words.text), verdict.verdict,
                                              "no figure for it; the later report speaks of it in words"
                                              if verdict.verdict == STATED else verdict.reason))
                    continue
                card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target), None, NO_RESULT,
                                          "the later report gives no figure for it"))
                continue
            result_sentence = new_sentences[result.sentence_id or ""]
            verdict = (judge(target, result, result_sentence.text) if target.value is not None
                       else _qualitative_verdict(target.text, result_sentence.text, growth))
            card.rows.append(ScoreRow(target.name, horizon, _figure(target_sentence, target),
                                      _figure(result_sentence, result), verdict.verdict, verdict.reason))
        if horizon == HORIZON_YEAR:
            targeted = {name_key(target.name) for target in wanted}
            card.rows.extend(_untargeted_headlines(offered, targeted, new_sentences))
    listed = {(row.target.sentence.id, row.target.quote) for row in card.rows if row.target is not None}
    card.rows.extend(_qualitative_rows(old, new, old_horizons, new_horizons, growth, listed))
    return card


# The warnings of a pair of reports, by code (the window shows them translated).
PAIR_WARNINGS: dict[str, str] = {
    "year-unknown": "The year of a report is not known, so the scorecard cannot check they are consecutive.",
    "not-consecutive": "The reports are of {old_year} and {new_year}, not consecutive years: the later report "
                       "reviews {reviewed}, not the year the earlier one planned.",
    "different-places": "The reports are of different places ({old_place}, {new_place}).",
    "no-plan": "The {old_year} report has no plan part, so it sets no targets here.",
    "no-plan-earlier": "The earlier report has no plan part, so it sets no targets here.",
    "no-review": "The {new_year} report has no review part, so it reports no results here.",
    "no-review-later": "The later report has no review part, so it reports no results here.",
}


def pair_warning_codes(old: Report, new: Report) -> list[tuple[str, dict[str, str]]]:
    """The warnings of ``pair_warnings`` as (code of ``PAIR_WARNINGS``, parameters)."""
    warnings: list[tuple[str, dict[str, str]]] = []
    if old.year is None or new.year is None:
        warnings.append(("year-unknown", {}))
    elif new.year != old.year + 1:
        warnings.append(("not-consecutive", {"old_year": str(old.year), "new_year": str(new.year),
                                             "reviewed": str(new.year - 1)}))
    if old.place and new.place and place_key(old.place) != place_key(new.place):
        warnings.append(("different-places", {"old_place": old.place, "new_place": new.place}))
    if not any(section.kind == KIND_PLAN for section in old.sections):
        warnings.append(("no-plan", {"old_year": str(old.year)}) if old.year else ("no-plan-earlier", {}))
    if not any(section.kind == KIND_REVIEW for section in new.sections):
        warnings.append(("no-review", {"new_year": str(new.year)}) if new.year else ("no-review-later", {}))
    return warnings


def pair_warnings(old: Report, new: Report) -> list[str]:
    """What a reader should know before trusting the scorecard of ``old`` and ``new``."""
    return [PAIR_WARNINGS[code].format_map(params) for code, params in pair_warning_codes(old, new)]


def _figure(sentence: Sentence, indicator: Indicator) -> Figure:
    return Figure(sentence, indicator, indicator.text)


def _is_indicator_name(name: str) -> bool:
    folded = fold_width(name).strip()
    return len(folded) >= 2 and not _NOT_A_NAME.search(folded) and bool(re.search(r"[\u4e00-\u9fff]{2}", folded))


def _untargeted_headlines(results: Sequence[Indicator], targeted: set[str],
                          sentences: dict[str, Sentence]) -> list[ScoreRow]:
    """Headline results of the year that no target was set for (the 2020 national report set no growth target)."""
    rows: list[ScoreRow] = []
    seen: set[str] = set(targeted)
    for result in results:
        key = name_key(result.name)
        if key not in HEADLINE or key in seen or result.value is None:
            continue
        seen.add(key)
        rows.append(ScoreRow(result.name, HORIZON_YEAR, None, _figure(sentences[result.sentence_id or ""], result),
                             NO_TARGET, "the earlier report set no target for it"))
    return rows


def _qualitative_rows(old: Report, new: Report, old_horizons: dict[str, str], new_horizons: dict[str, str],
                      growth: Indicator | None, listed: set[tuple[str, str]]) -> list[ScoreRow]:
    """Items of the main expected targets without a figure, and the review sentence that speaks of each."""
    review = [sentence for sentence in new.sentences
              if new.section_kind(sentence) == KIND_REVIEW and new_horizons.get(sentence.id) == HORIZON_YEAR]
    rows: list[ScoreRow] = []
    for sentence in old.sentences:
        if old.section_kind(sentence) != KIND_PLAN or old_horizons.get(sentence.id) != HORIZON_YEAR:
            continue
        opening = _MAIN_TARGETS.search(sentence.text)
        if opening is None:
            continue
        for clause in _QUALITATIVE_SPLIT.split(sentence.text[opening.end():]):
            clause = clause.strip()
            if re.search(r"\d", clause) or len(clause) < 4 or not _QUALITATIVE_WORDS.search(clause):
                continue
            if any(sentence_id == sentence.id and (quote in clause or clause in quote)
                   for sentence_id, quote in listed):
                continue  # read already as an indicator (居民收入和经济增长基本同步)
            name = _QUALITATIVE_HEDGE.sub("", clause) or clause
            target = Figure(sentence, None, clause)
            result = qualitative_result(name, review)
            if result is None:
                rows.append(ScoreRow(name, HORIZON_YEAR, target, None, NO_RESULT,
                                     "the later report does not speak of it"))
                continue
            verdict = _qualitative_verdict(name, result.text, growth)
            rows.append(ScoreRow(name, HORIZON_YEAR, target, Figure(result, None, result.text), verdict.verdict,
                                 verdict.reason))
    return rows


def qualitative_result(target: str, candidates: Sequence[Sentence], min_share: float = 0.0) -> Sentence | None:
    """The sentence that speaks of a qualitative target: it names the target's subject, and most of its words.

    The subject is what comes before the first predicate word (进出口 of
    进出口回稳向好, 国际收支 of 国际收支基本平衡); words are character pairs, so
    no word segmenter has to load.
    """
    folded = fold_width(target)
    predicate = _PREDICATE.search(folded)
    subject = folded[: predicate.start() if predicate and predicate.start() >= 2 else QUALITATIVE_SUBJECT]
    subject = subject[:QUALITATIVE_SUBJECT]
    pairs = {folded[index : index + 2] for index in range(len(folded) - 1)}
    best: Sentence | None = None
    best_share = 0.0
    for candidate in candidates:
        text = fold_width(candidate.text)
        if subject not in text:
            continue
        share = sum(pair in text for pair in pairs) / len(pairs)
        if share > best_share and share >= min_share:
            best, best_share = candidate, share
    return best


WORDS_FOR_A_FIGURE = 0.8  # share of a numeric target's name a review sentence must repeat to speak of it in words
QUALITATIVE_SUBJECT = 4  # characters of a qualitative target's subject a result must name
_PREDICATE = re.compile(
    r"回稳|平衡|同步|向好|稳定|改善|提质|继续|基本|保持|稳中|下降|减少|取得|有序|有效|防控|增长|进一步|提高"
)


def _qualitative_verdict(target: str, result_text: str, growth: Indicator | None) -> Verdict:
    from core.compare.verdicts import ABOUT_TOLERANCE, REPORTED_MISS

    miss = REPORTED_MISS.search(result_text)
    if miss:
        return Verdict(NOT_MET, f"the report says so: “{miss.group()}”")
    if "同步" in target and growth is not None and growth.value is not None:
        income = next((indicator for indicator in extract_from_text(result_text)
                       if "收入" in indicator.name and indicator.unit == "%" and indicator.value is not None), None)
        if income is not None and income.value is not None:
            in_step = income.value >= growth.value - ABOUT_TOLERANCE
            return Verdict(MET if in_step else NOT_MET,
                           f"{income.name}{income.value_text()} against growth of {growth.value_text()}: "
                           + (f"in step (within {ABOUT_TOLERANCE:g} point)" if in_step else "behind"))
    return Verdict(STATED, "no figure decides; the later report states it in words")


def chain_scorecards(reports: Iterable[Report]) -> list[Scorecard]:
    """Scorecards of every two consecutive years among ``reports`` of one place, oldest first."""
    from core.compare.year_pairs import find_year_pairs

    return [build_scorecard(old, new) for old, new in find_year_pairs(reports)]


__all__ = ["MET", "NOT_MET", "PAIR_WARNINGS", "Figure", "ScoreRow", "Scorecard", "build_scorecard", "chain_scorecards",
           "pair_warning_codes", "pair_warnings"]
