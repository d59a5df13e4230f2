"""The target scorecard: what report Y promised for year Y, and what report Y+1 says came of it.

``card`` builds the scorecard of a pair; ``targets`` picks the targets of a plan
part, ``horizons`` the year or period each figure speaks of, ``result_words``
and ``verdicts`` find and judge the results, ``macro_goals`` and
``period_goals`` read goals set in words, ``plan_facts`` the figures of a plan
that state facts, ``parts_by_content`` where a report without review and plan
parts turns to the year ahead, and ``score_rows`` holds a row.
"""

from core.compare.scorecard.card import (
    HEADLINE,
    PAIR_WARNINGS,
    Scorecard,
    build_scorecard,
    chain_scorecards,
    pair_warning_codes,
    pair_warnings,
    report_info,
)
from core.compare.scorecard.score_rows import Figure, ScoreRow

__all__ = ["HEADLINE", "PAIR_WARNINGS", "Figure", "ScoreRow", "Scorecard", "build_scorecard", "chain_scorecards",
           "pair_warning_codes", "pair_warnings", "report_info"]
