"""How far a team is: per report and annotator, sentences labelled of all, the last change, and agreement.

Agreement (percent, and Fleiss' κ across the annotators, ``core.team.agreement``)
is given for a report two or more annotators labelled.  Gold files are listed
like any annotator's, marked as adjudicated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.record import moment
from core.annotations.sources import Progress
from core.errors import Notice
from core.team.agreement import Agreement, measure, report_rows
from core.team.team_reports import Team, TeamReport, gather, is_adjudicated


@dataclass
class AnnotatorProgress:
    """One annotator on one report."""

    annotator: str
    labelled: int
    total: int
    last_change: str | None  # the newest ``modified`` of the annotator's labels there (ISO-8601 UTC)
    adjudicated: bool = False

    def to_json(self) -> dict[str, object]:
        return {"annotator": self.annotator, "labelled": self.labelled, "total": self.total,
                "last_change": self.last_change, "adjudicated": self.adjudicated}


@dataclass
class ReportStatus:
    """One report: each annotator's progress, and agreement when two or more labelled it."""

    name: str
    total: int
    annotators: list[AnnotatorProgress] = field(default_factory=list)
    agreement: Agreement | None = None

    def to_json(self) -> dict[str, object]:
        return {"report": self.name, "total": self.total,
                "annotators": [entry.to_json() for entry in self.annotators],
                "agreement": None if self.agreement is None else self.agreement.to_json()}


@dataclass
class TeamStatus:
    reports: list[ReportStatus]
    annotators: list[str]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"annotators": self.annotators, "reports": [report.to_json() for report in self.reports],
                "warnings": self.warnings}


def report_status(team_report: TeamReport) -> ReportStatus:
    """The status of one report over every annotator who has a file for it."""
    status = ReportStatus(team_report.name, len(team_report.report.sentences))
    people: list[str] = []
    for name, labelled in sorted(team_report.sets.items()):
        records = labelled.for_report(team_report.report.id)
        last = max((record.modified for record in records), key=moment, default=None)
        adjudicated = is_adjudicated(labelled)
        status.annotators.append(AnnotatorProgress(name, len(records), status.total, last, adjudicated))
        if records and not adjudicated:
            people.append(name)
    if len(people) >= 2:
        status.agreement = measure(report_rows(team_report, people), people)
    return status


def team_status(sources: Iterable[Path | str], progress: Progress | None = None,
                label_folders: Iterable[Path] = ()) -> TeamStatus:
    """The status of every report of the sources, those nobody labelled included."""
    team: Team = gather(sources, progress=progress, include_unannotated=True, include_gold=True,
                        label_folders=label_folders)
    # a report nobody labelled is listed with no annotator; the warning that says so is not needed
    warnings = [warning for warning in team.warnings
                if not (isinstance(warning, Notice) and warning.code.startswith("no-annotations"))]
    return TeamStatus([report_status(team_report) for team_report in team.reports], team.annotators, warnings)
