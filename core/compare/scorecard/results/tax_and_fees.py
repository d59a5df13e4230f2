"""Tax cuts and fee cuts planned apart and reviewed together.

2018 planned 为企业和个人减税8000多亿元 and 为市场主体减轻非税负担3000多亿元; 2019 reviews
全年为企业和个人减税降费约1.3万亿元, the two together.  Judging the tax cut alone by the sum
overstates it, and the fee cut had no result: both are judged by the sum of the two targets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from core.compare.indicators import Indicator
from core.compare.scorecard.score_rows import Figure, ScoreRow
from core.compare.scorecard.verdicts import MET, NOT_MET, scaled
from core.reading.model import Sentence

_TOGETHER = re.compile(r"减税降费")
_TAX = re.compile(r"减税(?!降费)")
_FEES = re.compile(r"降费|非税负担|涉企收费")


def judged_together(rows: list[ScoreRow], results: Sequence[Indicator],
                    sentences: dict[str, Sentence]) -> list[ScoreRow]:
    """``rows`` with a tax-cut and a fee-cut target of the year judged by the review's figure of both, where the
    review gives no figure for either alone."""
    # the largest: a part told before the total (小微企业减税降费2000亿元。全年…约1.3万亿元) is no sum of both
    combined = max((result for result in results if _TOGETHER.search(result.name) and result.value is not None
                    and result.unit.endswith("元")), key=lambda result: scaled(result.value or 0.0, result.unit),
                   default=None)
    tax = _target_row(rows, _TAX)
    fees = _target_row(rows, _FEES)
    if combined is None or combined.value is None or tax is None or fees is None:
        return rows
    planned = [row.target.indicator for row in (tax, fees) if row.target is not None and row.target.indicator]
    if len(planned) != 2 or any(figure.value is None or not figure.unit.endswith("元") for figure in planned):
        return rows
    total = sum(scaled(figure.value or 0.0, figure.unit) for figure in planned)
    verdict = MET if scaled(combined.value, combined.unit) >= total else NOT_MET
    relation = "≥" if verdict == MET else "<"
    reason = (f"tax and fees together: {combined.value_text()} {relation} "
              f"{planned[0].value_text()} + {planned[1].value_text()}")
    sentence = sentences[combined.sentence_id or ""]
    result = Figure(sentence, combined, combined.text)
    return [replace(row, result=result, verdict=verdict, reason=reason) if row is tax or row is fees else row
            for row in rows]


def _target_row(rows: Sequence[ScoreRow], name: re.Pattern[str]) -> ScoreRow | None:
    """The one row of the year whose target's name is a cut of ``name``, and whose result is none or the two
    together."""
    found = [row for row in rows if row.horizon == "year" and row.target is not None
             and row.target.indicator is not None and name.search(row.target.indicator.name)
             and not _TOGETHER.search(row.target.indicator.name)
             and (row.result is None or row.result.indicator is None
                  or _TOGETHER.search(row.result.indicator.name) is not None)]
    return found[0] if len(found) == 1 else None
