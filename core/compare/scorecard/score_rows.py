"""One row of a scorecard: a target, the result found for it, a verdict and its reason.

Its own module so the readers of goals set in words (``macro_goals``,
``period_goals``) build rows without importing the scorecard that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.compare.indicators import Indicator
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
