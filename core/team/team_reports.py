"""The annotators of each report: every annotation file of a report, side by side.

Sources are report files, annotation files or folders of either, found as
``core.annotations.sources.collect`` finds them (beside the report, in the
per-user data folder, in the folders named).  The pairs (report, annotator)
it gives are grouped by report: a ``TeamReport`` holds one report and the
annotation set of each annotator.

An adjudicated file (a gold file, ``core.team.adjudication``) is not one of
the annotators compared unless it is named: agreement is between the people
who labelled, and gold is what they settled on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef, union_of_labels
from core.annotations.record import SOURCE_ADJUDICATED
from core.annotations.sources import Progress, collect
from core.errors import ExportError, Notice
from core.reading.model import Report

READ_ONLY = "read to compare annotators; labels change in the window or in the gold file, never here"


@dataclass
class TeamReport:
    """One report and the annotation set of each annotator who has a file for it."""

    report: Report
    sets: dict[str, AnnotationSet] = field(default_factory=dict)  # annotator -> set

    @property
    def name(self) -> str:
        """How the report is named to the user: ``<file name>#<report id>``."""
        return f"{self.report.source.name}#{self.report.id}"

    def labels_of(self, annotator: str) -> list[str | None]:
        """The annotator's label of every sentence, in text order (None: not labelled, or no file)."""
        annotations = self.sets.get(annotator)
        if annotations is None:
            return [None] * len(self.report.sentences)
        report_id = self.report.id
        return [None if (found := annotations.get(report_id, sentence.id)) is None else found.label
                for sentence in self.report.sentences]


@dataclass
class Team:
    """The reports of the sources, the annotators compared, and what the user should hear about."""

    reports: list[TeamReport]
    annotators: list[str]
    warnings: list[str] = field(default_factory=list)
    labellers: set[str] = field(default_factory=set)  # everyone with an own (not adjudicated) file, compared or not

    def labels(self) -> list[LabelDef]:
        """The union of the annotators' label sets, first definition of a name wins."""
        return union_of_labels(labelled.labels for team_report in self.reports
                               for labelled in team_report.sets.values())


def is_adjudicated(annotations: AnnotationSet) -> bool:
    """Whether the set is a gold file: it holds adjudicated labels."""
    return any(a.source == SOURCE_ADJUDICATED for a in annotations.all_annotations())


def gather(sources: Iterable[Path | str], annotators: Iterable[str] | None = None,
           progress: Progress | None = None, *, include_unannotated: bool = False,
           include_gold: bool = False, label_folders: Iterable[Path] = ()) -> Team:
    """Every report of the sources with each annotator's set.

    ``annotators`` chooses whom to compare, in that order (a name without a
    file anywhere gives a warning); by default every annotator found, in
    alphabetical order, gold files left out unless ``include_gold``.  Reports without a file of any
    compared annotator are left out, unless ``include_unannotated`` (for a
    team's progress); a report found in a folder that nobody labelled is left
    out without a warning.  ``label_folders`` are folders of other people's
    annotation files, searched by the reports' file names.  Raises as
    ``collect`` does.
    """
    sources_list = list(sources)
    collection = collect(sources_list, progress, include_unannotated=include_unannotated, read_only_reason=READ_ONLY,
                         label_folders=label_folders)
    by_report: dict[tuple[Path, str], TeamReport] = {}
    found: set[str] = set()
    adjudicated: set[str] = set()
    for item in collection.items:
        key = (Path(os.path.abspath(item.report.source)), item.report.id)
        team_report = by_report.setdefault(key, TeamReport(item.report))
        if item.annotations is None:
            continue
        name = item.annotations.annotator
        team_report.sets[name] = item.annotations
        found.add(name)
        if is_adjudicated(item.annotations):
            adjudicated.add(name)
    named = {os.fspath(os.path.abspath(source)) for source in map(Path, sources_list) if source.is_file()}
    # a report found in a folder that nobody labelled is not one of the team's: no warning for each
    warnings = [warning for warning in collection.warnings
                if not (isinstance(warning, Notice) and warning.code == "no-annotations"
                        and warning.params.get("file") not in named)]
    if annotators is None:
        chosen = sorted(found if include_gold else found - adjudicated)
    else:
        chosen = list(dict.fromkeys(annotators))
        missing = [name for name in chosen if name not in found]
        if missing:
            warnings.append(f"No annotation file of {', '.join(missing)} was found in the sources "
                            f"(annotators found: {', '.join(sorted(found)) or 'none'}).")
    if not found and not include_unannotated:
        raise ExportError("No annotation file was found in the sources.")
    reports = []
    for team_report in by_report.values():
        team_report.sets = {name: team_report.sets[name] for name in chosen if name in team_report.sets}
        if team_report.sets or include_unannotated:
            reports.append(team_report)
    return Team(reports=reports, annotators=chosen, warnings=warnings, labellers=found - adjudicated)
