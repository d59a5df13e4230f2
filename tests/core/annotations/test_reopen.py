"""Taking the annotation file on disk in place of the labels in memory, without losing the unsaved ones."""

from __future__ import annotations

from pathlib import Path

from core.annotations.opening import open_annotations, reopen_annotations
from tests.core.report_builder import FOUR_SENTENCES, make_report, saved_labels


def test_reopen_takes_the_file_on_disk_and_keeps_the_unsaved_labels(source: Path) -> None:
    report = make_report(FOUR_SENTENCES, source=source)
    mine = open_annotations(source, "alice", [report])
    mine.set(report, report.sentences[0], "target")
    mine.save()
    theirs = open_annotations(source, "alice", [report])
    theirs.set(report, report.sentences[2], "other")
    theirs.save()
    on_disk = mine.path.read_bytes()
    mine.set(report, report.sentences[1], "achievement")  # not saved

    taken, kept = reopen_annotations(mine, [report])
    assert {a.sentence_id: a.label for a in taken.all_annotations()} == {"r1-s1": "target", "r1-s3": "other"}
    assert not taken.dirty
    assert mine.path.read_bytes() == on_disk
    assert kept is not None and saved_labels(kept) == {"r1-s1": "target", "r1-s2": "achievement"}


def test_reopen_with_nothing_unsaved_keeps_no_copy(source: Path) -> None:
    report = make_report(FOUR_SENTENCES, source=source)
    mine = open_annotations(source, "alice", [report])
    mine.set(report, report.sentences[0], "target")
    mine.save()
    _taken, kept = reopen_annotations(mine, [report])
    assert kept is None
    assert [path.name for path in mine.path.parent.iterdir() if ".conflict-" in path.name] == []
