"""The clause a figure stands in: the words between the breaks (，；。：) around it.

One place for the break and the reads the scorecard makes of it: where a
clause begins, the whole clause around a span, and the clause of a sentence
that speaks of a name, so that targets, results and horizons cut a sentence
the same way.
"""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"[,，;；。:：]")


def clause_start(text: str, at: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> int:
    """Where the clause of ``text`` holding offset ``at`` begins: just after the last break before ``at``."""
    return max((match.end() for match in breaks.finditer(text, 0, max(at, 0))), default=0)


def clause_bounds(text: str, start: int, end: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> tuple[int, int]:
    """Where the clause of ``text`` around ``start``–``end`` begins and ends (the breaks left out)."""
    after = breaks.search(text, end)
    return clause_start(text, start, breaks), after.start() if after else len(text)


def clause_around(text: str, start: int, end: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The clause of ``text`` around ``start``–``end``: from the break before it to the break after it."""
    begin, finish = clause_bounds(text, start, end, breaks)
    return text[begin:finish]


# A clause that sets the circumstance of what follows (棉花继去年创造了历史最高纪录之后, 农民收入在…的基础上): the
# clause after it says what happened.
_CIRCUMSTANCE = re.compile(r"(?:之后|以后|以来|基础上|情况下|前提下|同时|过程中|的时候)$")


def bounds_speaking_of(text: str, name: str) -> tuple[int, int] | None:
    """Where the clause of ``text`` that shares most pairs of characters with ``name`` begins and ends (失业率为多年来
    最低 for 城镇登记失业率), with the clause after it when it only sets a circumstance; None when none shares any."""
    pairs = {name[index : index + 2] for index in range(len(name) - 1)}
    spans: list[tuple[int, int]] = []
    start = 0
    for stop in [*CLAUSE_BREAK.finditer(text), None]:
        end = stop.start() if stop is not None else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = stop.end() if stop is not None else end
    best, best_shared = -1, 0
    for index, (start, end) in enumerate(spans):
        shared = sum(1 for pair in pairs if pair in text[start:end])
        if shared > best_shared:
            best, best_shared = index, shared
    if best < 0:
        return None
    start, end = spans[best]
    if _CIRCUMSTANCE.search(text[start:end].strip()) and best + 1 < len(spans):
        end = spans[best + 1][1]
    return start, end

