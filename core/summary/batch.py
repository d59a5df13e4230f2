"""Briefs of many reports at once: one per report, each paired with its place's year before.

``summary FOLDER -o DIR/`` (or several report files) loads every report the
sources hold (``core.annotations.sources.collect``: a folder is searched, a
file may hold several reports), and gives each a brief; where the sources
also hold the same place's report of the year before
(``core.compare.year_pairs``), the brief sets that year's targets against
this year's results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.annotations.paths import annotator_slug
from core.annotations.sources import collect
from core.compare.year_pairs import find_year_pairs
from core.reading.formats.file_types import BRIEF_SUFFIX
from core.reading.model import Report
from core.summary.annotated import Annotated, report_title

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class BatchError(Exception):
    """The sources cannot be summarised as asked; ``str(error)`` is a sentence for the user."""


@dataclass(frozen=True)
class PlannedBrief:
    """One brief to write: the report, the report of its year before (or None) and the file."""

    main: Annotated
    previous: Annotated | None
    output: Path


def plan_briefs(sources: Iterable[Path | str], folder: Path, annotator: str | None = None) -> list[PlannedBrief]:
    """One brief per report of ``sources``, written into ``folder`` and named after the report."""
    collection = collect(sources, include_unannotated=True)
    chosen: dict[int, Annotated] = {}
    for item in collection.items:
        if annotator is not None and item.annotations is not None and \
                annotator_slug(item.annotations.annotator) != annotator_slug(annotator):
            continue
        key = id(item.report)
        if key in chosen and chosen[key].annotations is not None and item.annotations is not None:
            raise BatchError(f"{item.report.source} has annotations by several annotators; "
                             "choose one with --annotator NAME.")
        if key not in chosen or item.annotations is not None:
            chosen[key] = Annotated(item.report, item.annotations)
    if not chosen:
        raise BatchError("The sources hold no report.")
    return plan_for(list(chosen.values()), folder)


def plan_for(shown: list[Annotated], folder: Path) -> list[PlannedBrief]:
    """One brief per report of ``shown`` (the window's open reports, say), paired with its year before."""
    by_report = {id(each.report): each for each in shown}
    previous_of = {id(new): by_report[id(old)] for old, new in find_year_pairs(each.report for each in shown)}
    planned: list[PlannedBrief] = []
    used: set[str] = set()
    for brief in sorted(shown, key=lambda each: (each.report.place, each.report.year or 0, str(each.report.source))):
        name = brief_stem(brief.report)
        candidate, number = name, 2
        while candidate in used:
            candidate, number = f"{name}-{number}", number + 1
        used.add(candidate)
        planned.append(PlannedBrief(brief, previous_of.get(id(brief.report)), folder / (candidate + BRIEF_SUFFIX)))
    return planned


def brief_stem(report: Report) -> str:
    """The file name of ``report``'s brief before its suffix: the report's title, safe in any file system."""
    return _UNSAFE.sub("_", report_title(report)).strip("_. ") or "report"


def brief_file_name(report: Report) -> str:
    """The file name a brief of ``report`` is suggested under (``…-简报.docx``)."""
    return brief_stem(report) + BRIEF_SUFFIX


__all__ = ["BRIEF_SUFFIX", "BatchError", "PlannedBrief", "brief_file_name", "brief_stem", "plan_briefs", "plan_for"]
