"""Another program saves the annotation file while the window has it open: the window merges and says so."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from core.annotations.annotation_set import open_annotations
from core.reading.document import load_reports
from tests.gui.helpers import ANNOTATOR, open_and_wait, saved_annotations


def test_labels_saved_by_another_program_are_merged_shown_and_told(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.autosaver.stop()
    entry = window.current_entry
    mine = entry.current
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.autosaver.stop()  # the test saves by itself below

    reports = load_reports(weihai_2022)
    report = next(r for r in reports if r.id == entry.report.id)
    other = open_annotations(weihai_2022, ANNOTATOR, reports)  # e.g. `main.py import`, or another window
    theirs = mine + 5
    other.set(report, report.sentences[theirs], "achievement")
    other.set(report, report.sentences[mine], "other")
    newer = other.get(report.id, report.sentences[mine].id)
    other.put(replace(newer, modified="2999-01-01T00:00:00Z"), report.id, report.sentences[mine].id)
    other.save()

    assert window.save_now()
    saved = {record["sentence_id"]: record["label"] for record in saved_annotations(weihai_2022)}
    assert saved == {report.sentences[theirs].id: "achievement", report.sentences[mine].id: "other"}
    assert entry.label_of(theirs) == "achievement" and entry.label_of(mine) == "other"  # shown at once
    assert entry.progress.labelled == 2
    told = window.banners.text("merge") or ""
    assert "merged" in told and ".conflict-" in told
    assert "merged" in window.statusBar().currentMessage()
    assert not window.isWindowModified()
