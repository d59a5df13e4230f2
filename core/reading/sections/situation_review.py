"""The opening of a part on the situation and the tasks, read as a review (``with_situation_reviewed``).

A part titled on the situation and the tasks together (1987: 一、当前国内形势和基本任务) reviews the year past and
its problems first, then sets the tasks; its heading calls it a plan.  Whoever reads the report by part kind
(the scorecard's results, the suggested labels) reads its opening as the review it is: up to the first paragraph
after the account of the situation and its problems that speaks mostly of what is to be done.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART, Report, Section
from core.reading.tense import time_weights

# A part on the situation and the tasks (一、当前国内形势和基本任务): it reviews the situation, then turns to the tasks.
_SITUATION_AND_TASKS = re.compile(r"形势[^。]{0,6}任务")
# The paragraph that names the problems of the present (…也必须十分清醒地看到前进中仍然存在不少困难): the review's end.
_PROBLEMS = re.compile(r"清醒地看到|存在(?:着)?(?:不少|一些)?(?:困难|问题)")


def with_situation_reviewed(report: Report) -> Report:
    """``report`` with the opening of a part on the situation and the tasks read as a review: up to the first
    paragraph after the account of the situation (and its problems) that speaks mostly of what is to be done."""
    part = next((section for section in report.sections if section.level == LEVEL_PART
                 and section.kind == KIND_PLAN and _SITUATION_AND_TASKS.search(section.title)), None)
    if part is None or any(section.kind == KIND_REVIEW for section in report.sections):
        return report
    turn, reviewed = None, False
    for paragraph in report.paragraphs:
        if not part.start <= paragraph.start < part.end:
            continue
        weights = [time_weights(sentence.text) for sentence in report.sentences
                   if paragraph.start <= sentence.start < paragraph.end]
        ahead = sum(future > past for future, past in weights)
        behind = sum(past > future for future, past in weights)
        if behind > ahead:
            reviewed = True
        elif reviewed and ahead > behind and not _PROBLEMS.search(report.text, paragraph.start, paragraph.end):
            turn = paragraph.start
            break
    if turn is None:
        return report
    review = Section("situation-review", "", LEVEL_PART, KIND_REVIEW, part.start, turn, part.start, part.start)
    sentences = [replace(sentence, section=review.id) if part.start <= sentence.start < turn else sentence
                 for sentence in report.sentences]
    return replace(report, sections=[*report.sections, review], sentences=sentences)
