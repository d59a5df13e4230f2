"""Another program saves the annotation file while the window has it open: the window merges and says so."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from core.annotations.opening import open_annotations
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


def test_labels_kept_in_the_data_folder_are_merged_when_the_report_opens(qtbot, make_window, weihai_2022) -> None:
    from core.annotations.paths import beside_path, fallback_path

    reports = load_reports(weihai_2022)
    report = reports[0]
    beside = open_annotations(weihai_2022, ANNOTATOR, reports)
    beside.set(report, report.sentences[0], "target")
    beside.save()
    while_read_only = open_annotations(weihai_2022, ANNOTATOR, reports)
    while_read_only.path, while_read_only.is_fallback = fallback_path(weihai_2022, ANNOTATOR), True
    while_read_only.set(report, report.sentences[1], "achievement")
    while_read_only.save()

    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    assert entry.label_of(0) == "target" and entry.label_of(1) == "achievement"
    told = window.banners.text("merge") or ""
    assert str(fallback_path(weihai_2022, ANNOTATOR)) in told and str(beside_path(weihai_2022, ANNOTATOR)) in told
    assert window.save_now()
    saved = {record["sentence_id"]: record["label"] for record in saved_annotations(weihai_2022)}
    assert saved == {report.sentences[0].id: "target", report.sentences[1].id: "achievement"}
    assert not fallback_path(weihai_2022, ANNOTATOR).exists()  # kept renamed, not merged again
