"""Aligning two reports as work for the task runner, off the GUI thread.

``alignment_work`` wraps ``compute_comparison`` (core alignment, word
differences, the rows: plain Python) and the links of the plan for a year to
its review (``core.compare.side_by_side.year_links``) for ``gui.shell.task_runner.TaskRunner``,
which runs it in the thread pool and sends progress and the result back by
signal.  jieba loads in the worker too, so the window keeps answering.
"""

from __future__ import annotations

from core.compare.rows import Comparison, compute_comparison
from core.compare.side_by_side import year_links
from core.reading.model import Report
from gui.shell.task_runner import Progress, Work
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

_tr = Translator("AlignWorker")

# What the alignment is doing from each percentage on (see core.compare.align.align_reports).
_STAGES = (
    (90, QT_TRANSLATE_NOOP("AlignWorker", "Linking each plan to its review…")),
    (72, QT_TRANSLATE_NOOP("AlignWorker", "Matching indicators…")),
    (36, QT_TRANSLATE_NOOP("AlignWorker", "Pairing sentences…")),
    (9, QT_TRANSLATE_NOOP("AlignWorker", "Pairing sections by topic…")),
    (0, QT_TRANSLATE_NOOP("AlignWorker", "Loading the word segmenter…")),
)


def alignment_work(old: Report, new: Report) -> Work:
    """Work for the task runner: align ``old`` with ``new``; reports percent done of 100."""

    def work(progress: Progress) -> Comparison:
        comparison = compute_comparison(old, new, lambda percent, _message: progress(percent * 9 // 10, 100))
        comparison.answers = year_links(comparison)
        progress(100, 100)
        return comparison

    return work


def stage_text(percent: int) -> str:
    """What the alignment is doing at ``percent``, for the progress label."""
    for start, text in _STAGES:
        if percent >= start:
            return _tr(text)
    return ""
