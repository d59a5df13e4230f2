"""Two windows or programs saving one annotation file: every label of both is kept."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import core.annotations.save_lock as save_lock_module
from core.annotations.annotation_set import SaveConflictError
from core.annotations.opening import open_annotations
from core.annotations.paths import backup_path
from core.annotations.save_lock import lock_path
from core.errors import SaveError
from tests.core.report_builder import FOUR_SENTENCES as SENTENCES
from tests.core.report_builder import make_report, saved_labels
from tests.stress.stress_concurrent_saves import run


def test_two_windows_changing_different_sentences_keep_both(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    start = open_annotations(source, "alice", [report])
    start.set(report, report.sentences[0], "achievement")
    start.set(report, report.sentences[3], "other")
    start.save()
    first = open_annotations(source, "alice", [report])
    second = open_annotations(source, "alice", [report])
    first.set(report, report.sentences[2], "target")
    first.set(report, report.sentences[3], None)  # a label cleared is a change too
    first.save()
    second.set(report, report.sentences[1], "achievement")
    second.save()
    assert saved_labels(start.path) == {"r1-s1": "achievement", "r1-s2": "achievement", "r1-s3": "target"}
    assert second.last_conflict_copy is None and second.last_merge is not None
    assert not second.last_merge.conflicts and second.last_merge.taken == 2
    # the second window now shows the first one's labels too, and has nothing left to save
    assert second.get("r1", "r1-s3") is not None and second.get("r1", "r1-s4") is None and not second.dirty
    assert [p.name for p in source.parent.iterdir() if ".conflict-" in p.name] == []


def test_same_sentence_changed_in_both_keeps_the_newer_and_the_other_in_a_conflict_copy(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    first = open_annotations(source, "alice", [report])
    second = open_annotations(source, "alice", [report])
    first.set(report, report.sentences[0], "target")
    second.set(report, report.sentences[0], "achievement")
    newer = first.get("r1", "r1-s1")
    assert newer is not None
    first.put(replace(newer, modified="2999-01-01T00:00:00Z"), "r1", "r1-s1")  # changed later than the second
    first.save()
    second.set(report, report.sentences[1], "other")
    second.save()
    assert saved_labels(first.path) == {"r1-s1": "target", "r1-s2": "other"}
    assert second.last_merge is not None and second.last_merge.conflicts == [("r1", "r1-s1")]
    copy = second.last_conflict_copy
    assert copy is not None and copy.parent == first.path.parent
    assert saved_labels(copy) == {"r1-s1": "achievement", "r1-s2": "other"}
    assert not copy.name.endswith(".annotations.json")  # never taken for an annotation file


def test_label_beats_a_label_cleared_at_the_same_time(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    start = open_annotations(source, "alice", [report])
    start.set(report, report.sentences[0], "other")
    start.save()
    first = open_annotations(source, "alice", [report])
    second = open_annotations(source, "alice", [report])
    first.set(report, report.sentences[0], None)
    first.save()
    second.set(report, report.sentences[0], "target")
    second.save()
    assert saved_labels(first.path) == {"r1-s1": "target"}
    assert second.last_conflict_copy is not None and saved_labels(second.last_conflict_copy) == {}


def test_changed_file_that_cannot_be_read_is_not_overwritten(source: Path) -> None:
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    annotations.set(report, report.sentences[0], "target")
    annotations.save()
    annotations.path.write_text("{ half written by another program", encoding="utf-8")
    annotations.set(report, report.sentences[1], "other")
    with pytest.raises(SaveConflictError, match="cannot be read"):
        annotations.save()
    assert annotations.path.read_text(encoding="utf-8") == "{ half written by another program"
    annotations.save(overwrite_external_changes=True)
    assert annotations.last_conflict_copy is not None
    assert annotations.last_conflict_copy.read_text(encoding="utf-8") == "{ half written by another program"
    assert saved_labels(annotations.path) == {"r1-s1": "target", "r1-s2": "other"}


HOLDER = """
import sys, time
from filelock import FileLock
with FileLock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_save_that_waits_too_long_for_the_lock_fails_clearly(source: Path, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    report = make_report(SENTENCES, source=source)
    annotations = open_annotations(source, "alice", [report])
    annotations.set(report, report.sentences[0], "target")
    annotations.save()
    before = annotations.path.read_bytes()
    annotations.set(report, report.sentences[1], "other")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(annotations.path))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(save_lock_module, "LOCK_TIMEOUT", 0.2)
        with pytest.raises(SaveError, match="another window or program has been saving it"):
            annotations.save()
    finally:
        holder.kill()
        holder.wait()
    assert annotations.path.read_bytes() == before and annotations.dirty
    annotations.save()
    assert saved_labels(annotations.path) == {"r1-s1": "target", "r1-s2": "other"}
    # the lock lives in the data folder: the report's folder holds only the report and its files
    assert sorted(p.name for p in source.parent.iterdir()) == sorted(
        [source.name, annotations.path.name, backup_path(annotations.path).name])


def test_two_processes_saving_at_the_same_moment_lose_no_label(tmp_path: Path) -> None:
    tally = run(20, seed=7, folder=tmp_path)
    assert (tally.saves, tally.failed_saves, tally.labels_lost) == (40, 0, 0), tally.problems
    assert tally.conflicts_reported >= tally.conflicts
