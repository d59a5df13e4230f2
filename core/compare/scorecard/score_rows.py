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


def in_own_characters(rows: list[ScoreRow], own: dict[str, Sentence]) -> list[ScoreRow]:
    """The rows read from a report's simplified copy (``core.reading.scripts``), shown in its own characters:
    each side's sentence is the report's own of the same id, and its quote the same place of it (one character
    for one, so the place holds)."""

    def own_figure(figure: Figure | None) -> Figure | None:
        sentence = own.get(figure.sentence.id) if figure is not None else None
        if figure is None or sentence is None or sentence is figure.sentence:
            return figure
        at = figure.sentence.text.find(figure.quote)
        quote = sentence.text[at : at + len(figure.quote)] if at >= 0 else figure.quote
        return Figure(sentence, figure.indicator, quote)

    return [replace(row, target=own_figure(row.target), result=own_figure(row.result)) for row in rows]
