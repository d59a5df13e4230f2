"""The clause a figure stands in: the words between the breaks (，；。：) around it.

One place for the break and the two reads the scorecard makes of it, where a
clause begins and the whole clause around a span, so that targets, results
and horizons cut a sentence the same way.
"""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"[,，;；。:：]")


def clause_start(text: str, at: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> int:
    """Where the clause of ``text`` holding offset ``at`` begins: just after the last break before ``at``."""
    return max((match.end() for match in breaks.finditer(text, 0, max(at, 0))), default=0)


def clause_around(text: str, start: int, end: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The clause of ``text`` around ``start``–``end``: from the break before it to the break after it."""
    after = breaks.search(text, end)
    return text[clause_start(text, start, breaks) : after.start() if after else len(text)]
