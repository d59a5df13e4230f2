"""One row of a scorecard: a target, the result found for it, a verdict and its reason.

Its own module so the readers of goals set in words (``macro_goals``,
``period_goals``) build rows without importing the scorecard that calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.compare.indicators import Indicator
from core.compare.scorecard.clauses import bounds_speaking_of, clause_bounds
from core.compare.topics import fold_width
from core.reading.model import Sentence
from core.reading.wraps import clean_text


@dataclass(frozen=True)
class Figure:
    """One side of a row: the sentence and the figure read from it."""

    sentence: Sentence
    indicator: Indicator | None  # None for a qualitative target (the clause is in ``quote``)
    quote: str

    def shown_quote(self) -> str:
        """The quote on one line, as a table cell shows it: a line broken inside a sentence of the source
        (细颗粒物（PM⏎2.5⏎）浓度) is no break in the cell."""
        return _BROKEN_LINE.sub("", self.quote)

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


# What a verdict's reason quotes from the result sentence: “达到预期目标”, or the direction it read (增长6.1%).
_BROKEN_LINE = re.compile(r"[ \t\u3000]*\n\s*")
_EVIDENCE = re.compile(r"“(?P<quoted>[^”]+)”|a direction: (?P<direction>[^,，;；。]+)$")


def in_words(sentence: Sentence, name: str, reason: str = "") -> Figure:
    """A result given in words: ``sentence``, quoted by the clause that speaks of ``name`` (失业率为多年来最低 for
    城镇登记失业率) where it holds what the verdict's reason quotes, else by the clause that holds those words
    (国内生产总值增长率达到预期目标), else by the name's clause, else whole; so the window and the brief show and
    mark that clause, not the sentence's opening."""
    text = fold_width(sentence.text)  # the same length as the sentence: its offsets hold there too
    evidence = _EVIDENCE.search(reason)
    said = fold_width(evidence["quoted"] or evidence["direction"]) if evidence is not None else ""
    bounds = bounds_speaking_of(text, fold_width(name))
    if said and (bounds is None or said not in text[bounds[0] : bounds[1]]) and (at := text.find(said)) >= 0:
        bounds = clause_bounds(text, at, at + len(said))
    quote = sentence.text[bounds[0] : bounds[1]].strip() if bounds is not None else ""
    return Figure(sentence, None, quote or sentence.text.strip().rstrip("。"))


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


def in_own_characters(rows: list[ScoreRow], old: dict[str, Sentence], new: dict[str, Sentence]) -> list[ScoreRow]:
    """The rows read from the reports' simplified copies (``core.reading.scripts``), shown in their own characters:
    each side's sentence is its report's own of the same id (the target's in ``old``, the result's in ``new``: a
    sentence both years repeat has one id), and its quote and figure the same places of it (one character for one,
    so every place holds)."""

    def own_words(read: Sentence, own: Sentence, words: str) -> str:
        for read_text, own_text in ((read.text, own.text), (clean_text(read.text), clean_text(own.text))):
            if (at := read_text.find(words)) >= 0:
                return own_text[at : at + len(words)]
        return words

    def own_figure(figure: Figure | None, own: dict[str, Sentence]) -> Figure | None:
        sentence = own.get(figure.sentence.id) if figure is not None else None
        if figure is None or sentence is None or sentence is figure.sentence:
            return figure
        indicator = figure.indicator
        if indicator is not None:
            indicator = replace(indicator, text=own_words(figure.sentence, sentence, indicator.text))
        return Figure(sentence, indicator, own_words(figure.sentence, sentence, figure.quote))

    return [replace(row, target=own_figure(row.target, old), result=own_figure(row.result, new)) for row in rows]
