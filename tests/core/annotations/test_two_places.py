"""Labels saved in the data folder while the report's folder was read-only are merged back, never hidden."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.annotations.opening import open_annotations
from core.annotations.paths import FILE_SUFFIX, beside_path, fallback_path
from core.annotations.sources import collect
from tests.core.report_builder import FOUR_SENTENCES as SENTENCES
from tests.core.report_builder import make_report, saved_labels


def labels_in_two_places(source: Path) -> None:
    """Labels beside the report, and others saved in the data folder while the folder was read-only."""
    report = make_report(SENTENCES, source=source)
    beside = open_annotations(source, "alice", [report])
    beside.set(report, report.sentences[0], "achievement")
    beside.set(report, report.sentences[2], "target")
    beside.save()
    stale = beside.get("r1", "r1-s3")
    assert stale is not None
    beside.put(replace(stale, modified="2000-01-01T00:00:00Z"), "r1", "r1-s3")  # older than the data-folder one
    beside.save()
    fallback = fallback_path(source, "alice")
    fallback.parent.mkdir(parents=True)
    while_read_only = open_annotations(source, "alice", [report])
    while_read_only.path, while_read_only.is_fallback = fallback, True
    while_read_only.set(report, report.sentences[1], "achievement")
    while_read_only.set(report, report.sentences[2], "other")
    while_read_only.save()
    assert saved_labels(beside_path(source, "alice")) == {"r1-s1": "achievement", "r1-s3": "target"}


def test_labels_saved_in_the_data_folder_are_shown_when_the_folder_is_writable_again(source: Path) -> None:
    labels_in_two_places(source)
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    assert annotations.path == beside_path(source, "alice") and not annotations.is_fallback
    assert {a.sentence_id: a.label for a in annotations.for_report("r1")} == {
        "r1-s1": "achievement", "r1-s2": "achievement", "r1-s3": "other"}  # the newer label of r1-s3
    assert annotations.merged_from == fallback_path(source, "alice")
    assert annotations.merged_from_result is not None and len(annotations.merged_from_result.conflicts) == 1
    assert annotations.dirty
    annotations.save()
    assert saved_labels(annotations.path) == {"r1-s1": "achievement", "r1-s2": "achievement", "r1-s3": "other"}
    assert annotations.last_conflict_copy is not None
    assert saved_labels(annotations.last_conflict_copy)["r1-s3"] == "target"
    # the data-folder file is kept, renamed, and no longer taken for an annotation file
    data_folder = fallback_path(source, "alice").parent
    assert not fallback_path(source, "alice").exists()
    kept = [p for p in data_folder.iterdir() if ".merged-" in p.name]
    assert len(kept) == 1 and not kept[0].name.endswith(FILE_SUFFIX)
    assert saved_labels(kept[0]) == {"r1-s1": "achievement", "r1-s2": "achievement", "r1-s3": "other"}


def test_a_label_cleared_after_the_merge_stays_cleared(source: Path) -> None:
    labels_in_two_places(source)
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    annotations.save()
    annotations.set(report, report.sentences[1], None)
    annotations.save()
    reopened = open_annotations(source, "alice", [report])
    assert reopened.merged_from is None and reopened.get("r1", "r1-s2") is None


def test_export_uses_both_files_and_warns(source: Path) -> None:
    labels_in_two_places(source)
    collection = collect([source])
    [item] = collection.items
    assert item.annotations is not None
    assert {a.text: a.label for a in item.annotations.for_report(item.report.id)} == {
        SENTENCES[0]: "achievement", SENTENCES[1]: "achievement", SENTENCES[2]: "other"}
    assert any("two files" in warning for warning in collection.warnings)
    assert fallback_path(source, "alice").exists()  # exporting changes no file
