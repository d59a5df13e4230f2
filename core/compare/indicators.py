"""Indicators: the figures a report sets as targets or reports as results.

An indicator is a name, a relation, a value (or range) with its unit, a
qualifier and a hedge: ``生产总值预计增长4%左右`` is 生产总值 / 增长 / 4 / % /
左右 / 预计.  Also handled: ``控制在3%以内``, ``从54万亿元增加到82.7万亿元``,
``分别增长6%和7.5%`` (one indicator per name), relative targets
(``高于全省1个百分点``, ``高于全省``) and qualitative ones (``与经济增长同步``,
``两位数增长``) whose value is None.

Names are matched across reports by ``name_key`` (core.compare.figures.indicator_names): width folded, place prefixes
and growth words dropped, a small alias table (地区生产总值 = 国内生产总值 =
GDP = 生产总值), then rapidfuzz for the remaining rewordings
(``core.compare.figures.indicator_matching``).  The dataclass is
``core.compare.figures.indicator``; each clause is read by ``core.compare.figures.clause_reader``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from core.compare.figures.clause_reader import read_clauses
from core.compare.figures.indicator import Indicator
from core.compare.figures.indicator_patterns import CLASS_FIGURE, RELATION_AT_END, TO_AFTER, VALUE
from core.compare.figures.number_forms import read_numbers
from core.compare.topics import fold_width
from core.reading.model import KIND_OTHER, Report, Sentence
from core.reading.wraps import clean_positions

__all__ = ["Indicator", "extract_from_text", "extract_indicators", "sentence_figures", "sentence_indicators"]


def extract_indicators(report: Report) -> list[Indicator]:
    """All indicators of ``report``, in text order."""
    kinds = {section.id: section.kind for section in report.sections}
    found: list[Indicator] = []
    for sentence in report.sentences:
        found.extend(sentence_indicators(sentence, kinds.get(sentence.section or "", KIND_OTHER)))
    return found


def sentence_indicators(sentence: Sentence, kind: str = KIND_OTHER) -> list[Indicator]:
    """The indicators of one sentence of a report, located in the report's text."""
    if "\n" not in sentence.text:
        return extract_from_text(sentence.text, sentence.id, sentence.start, kind)
    # A sentence over wrapped lines is read clean (``74.4万亿元`` whole); offsets go back to the report.
    clean, positions = clean_positions(sentence.text)
    return [
        replace(indicator, start=sentence.start + positions[indicator.start],
                end=sentence.start + positions[indicator.end - 1] + 1)
        for indicator in extract_from_text(clean, sentence.id, 0, kind)
    ]


def sentence_figures(sentence: Sentence, kind: str = KIND_OTHER) -> list[Indicator]:
    """Every figure with a unit in ``sentence``, named or not (name ""), with the relation word before it.

    The scorecard looks among these for a result the extractor could not name
    (``6600多万农村人口饮水安全问题得到解决``).
    """
    raw = sentence.text
    clean, positions = clean_positions(raw) if "\n" in raw else (raw, list(range(len(raw))))
    folded, spans = read_numbers(fold_width(clean))
    figures: list[Indicator] = []
    for match in VALUE.finditer(folded):
        unit = match["unit2"] or match["unit"] or ""
        ordinal = match.start() > 0 and folded[match.start() - 1] == "第"
        if not unit or ordinal or TO_AFTER.match(folded, match.end()) or CLASS_FIGURE.match(folded, match.start()):
            continue
        start, end = spans[match.start()][0], spans[match.end() - 1][1]
        relation = RELATION_AT_END.search(folded, 0, match.start())
        figures.append(Indicator(
            name="", relation=relation.group() if relation else "", value=float(match["value"]),
            value_high=float(match["high"]) if match["high"] else None, unit=unit,
            qualifier=(match["pre"] or "") + (match["more"] or "") + (match["qualifier"] or ""), hedge="",
            sentence_id=sentence.id, start=sentence.start + positions[start],
            end=sentence.start + positions[end - 1] + 1, text=clean[start:end], kind=kind,
        ))
    return figures


def extract_from_text(
    text: str, sentence_id: str | None = None, offset: int = 0, kind: str = KIND_OTHER
) -> list[Indicator]:
    """Indicators of one sentence; offsets are ``offset`` + position in ``text``.

    Figures are read in Arabic digits first (``core.compare.figures.number_forms``:
    ``百分之二十一点七``, ``8 ％``, ``14·1％``); each indicator's span is then
    mapped back to the characters of ``text`` it was read from.
    """
    return list(_extract_cached(text, sentence_id, offset, kind))


@lru_cache(maxsize=16384)  # the sentences of a dozen long reports: bounded memory in a long session
def _extract_cached(text: str, sentence_id: str | None, offset: int, kind: str) -> tuple[Indicator, ...]:
    """Indicators are immutable: a report read again (a second scorecard, the compare window) reuses them."""
    folded, spans = read_numbers(fold_width(text))
    return tuple(_located(indicator, text, spans, offset) for indicator in read_clauses(folded, sentence_id, kind))


def _located(indicator: Indicator, text: str, spans: list[tuple[int, int]], offset: int) -> Indicator:
    start, end = spans[indicator.start][0], spans[indicator.end - 1][1]
    return replace(indicator, start=offset + start, end=offset + end, text=text[start:end])
