"""A team's progress: labelled of all per report and annotator, the last change, agreement where two labelled."""

from __future__ import annotations

from pathlib import Path

from core.team.adjudication import fill
from core.team.status import team_status
from core.team.team_reports import gather
from tests.core.team_files import label_as, write_report

TARGET, ACHIEVEMENT, OTHER = "target", "achievement", "other"


def test_status_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    both = write_report(folder, "both.txt")
    label_as(both, "alice", [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER])
    label_as(both, "bob", [ACHIEVEMENT, OTHER, TARGET])
    alone = write_report(folder, "alone.txt")
    label_as(alone, "alice", [ACHIEVEMENT])
    write_report(folder, "nobody.txt")
    fill(gather([both]), "gold", "agreed")

    status = {report.name: report for report in team_status([folder]).reports}

    assert sorted(status) == ["alone.txt#r1", "both.txt#r1", "nobody.txt#r1"]
    entries = {entry.annotator: entry for entry in status["both.txt#r1"].annotators}
    assert [(name, entry.labelled, entry.total) for name, entry in entries.items()] == [
        ("alice", 6, 6),
        ("bob", 3, 6),
        ("gold", 2, 6),
    ]
    assert entries["gold"].adjudicated and not entries["alice"].adjudicated
    assert entries["alice"].last_change is not None and entries["alice"].last_change.endswith("Z")
    agreement = status["both.txt#r1"].agreement
    assert agreement is not None and agreement.annotators == ["alice", "bob"] and agreement.sentences == 3
    assert status["alone.txt#r1"].agreement is None
    assert status["nobody.txt#r1"].annotators == [] and status["nobody.txt#r1"].total == 6
