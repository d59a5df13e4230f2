"""One row of a scorecard: a target, the result found for it, a verdict and its reason.

Its own module so the readers of goals set in words (``macro_goals``,
``period_goals``) build rows without importing the scorecard that calls them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.compare.indicators import Indicator
from core.compare.scorecard.clauses import clause_around, clause_speaking_of
from core.compare.topics import fold_width
from core.reading.model import Sentence


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


# What a verdict's reason quotes from the result sentence: “达到预期目标”, or the direction it read (增长6.1%).
_EVIDENCE = re.compile(r"“(?P<quoted>[^”]+)”|a direction: (?P<direction>[^,，;；。]+)$")


def in_words(sentence: Sentence, name: str, reason: str = "") -> Figure:
    """A result given in words: ``sentence``, quoted by the clause that decides it (what ``reason`` quotes: 国内生产
    总值增长率达到预期目标), else by the clause that speaks of ``name`` (失业率为多年来最低 for 城镇登记失业率), else
    whole; so the window and the brief show and mark that clause, not the sentence's opening."""
    text = fold_width(sentence.text)
    evidence = _EVIDENCE.search(reason)
    said = fold_width(evidence["quoted"] or evidence["direction"]) if evidence is not None else ""
    at = text.find(said) if said else -1
    quote = clause_around(text, at, at + len(said)).strip() if at >= 0 else clause_speaking_of(text, fold_width(name))
    start = text.find(quote)
    return Figure(sentence, None, sentence.text[start : start + len(quote)] if start >= 0 and quote else sentence.text)


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
