"""What the later report says of the year's targets as a whole (全面实现年初确定的主要目标).

2013 says of 2012 that the main targets set at the start of the year were all met, and gives figures for three of
them; the scorecard marks the others 未报告.  Without the report's own words a reader takes 未报告 for a silence on
a year the report calls a success, so the brief and the compare window quote them beside their counts.
"""

from __future__ import annotations

import re

from core.compare.scorecard.card import Scorecard
from core.compare.scorecard.horizons import HORIZON_YEAR, sentence_horizons
from core.compare.scorecard.verdicts import NO_RESULT
from core.compare.topics import fold_width
from core.reading.model import KIND_REVIEW, Report

# 全面实现年初确定的主要目标, 完成了全年经济社会发展主要目标任务, 主要目标任务全面完成并好于预期
_ALL_MET = re.compile(r"(?:全面实现|胜利完成|圆满完成|全面完成|实现了?|完成了?)(?:年初确定的|全年|预期的?)?"
                      r"(?:经济社会发展)?主要(?:预期)?目标(?:任务)?|主要目标任务(?:全面|圆满|胜利)完成")


def said_met_beside_unreported(card: Scorecard) -> str:
    """The later report's words that the year's main targets were met, where some targets of the year have no
    result in it ("" otherwise)."""
    unreported = any(row.horizon == HORIZON_YEAR and row.verdict == NO_RESULT for row in card.rows)
    return targets_said_met(card.new) if unreported else ""


def targets_said_met(report: Report) -> str:
    """The later report's own words that the year's main targets were met, "" where it says none.

    Only a sentence of the review that speaks of the one year counts: "十二五"规划确定的主要目标任务全面完成 is
    the plan period's."""
    horizons = sentence_horizons(report)
    for sentence in report.sentences:
        if report.section_kind(sentence) != KIND_REVIEW or horizons.get(sentence.id) != HORIZON_YEAR:
            continue
        if said := _ALL_MET.search(fold_width(sentence.text)):
            return sentence.text[said.start() : said.end()]
    return ""
