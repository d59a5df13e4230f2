"""The past named in a sentence of a part after the review, and the task that follows it (1992).

The parts after the review of a 1990s report carry the year's tasks, and a
sentence there naming the past is read as a result.  Two kinds are not:

- the past as the base of a comparison: "…货币发行和新增信贷规模与去年大体持平，…" is
  a target of the year, measured against the last;
- the past, then the task it leads to: "现在治理整顿已经结束，…各级政府要对这些文件认真
  进行一次清理。", "…已经在实践中取得了…宝贵经验，要认真加以总结和推广。",
  "…已经加入《不扩散核武器条约》，并将…继续作出努力。" (1992).  A mixed sentence
  takes its main clause, and with equal halves the later period (GUIDELINES.md).
"""

from __future__ import annotations

import re

from core.reading import tense
from core.suggest.cue_rules.time_cues import PAST_PERIOD

# 比去年, 与去年, 同上年, 较去年: the year compared with.
_BASELINE = re.compile(r"(?:[比与同较和]|[低高等]于)$")
# What is to be done, said after the past: "…，要…", "…，并将…", "…，必须…".
_TASK = re.compile(r"(?<![重主必只首纲紧需])要(?![求素务点])|必须|务必|应当|应该|将(?!来)")
_PAST = re.compile(rf"{PAST_PERIOD.pattern.pattern}|{tense.PERFECT.pattern}|已")


def past_period(text: str) -> str | None:
    """The first past period ``text`` names (``PAST_PERIOD``) other than as the base of a comparison, or None."""
    for found in PAST_PERIOD.pattern.finditer(text):
        if not _BASELINE.search(text, 0, found.start()):
            return found.group(0)
    return None


def task_after_the_past(text: str) -> bool:
    """Whether the task ahead outweighs the past in ``text``: as many future markers as past ones, or a task said
    after the last past marker."""
    future, past = tense.time_weights(text)
    if future and future >= past:
        return True
    last = max((found.end() for found in _PAST.finditer(text)), default=0)
    return bool(_TASK.search(text, last))
