"""Item models, the document map and undo commands on real core objects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from core.annotations.opening import open_annotations
from core.reading.document import load_reports, parse_text
from gui.reading.report_document import DocumentStyle, build_document
from gui.reading.report_list import PROGRESS_ROLE, ReportListModel
from gui.reading.section_tree_model import SECTION_ID_ROLE, SectionTreeModel
from gui.tagging.undo_commands import LabelCommand, LabelSetCommand, MetadataCommand, NoteCommand
from gui.tagging.workspace import OpenFile, Workspace
from tests.gui.helpers import ANNOTATOR


def _workspace(path: Path) -> Workspace:
    reports = load_reports(path)
    workspace = Workspace()
    workspace.add_file(OpenFile(path, reports, open_annotations(path, ANNOTATOR, reports)))
    return workspace


def test_section_tree_model(qtmodeltester, weihai_2022) -> None:
    workspace = _workspace(weihai_2022)
    model = SectionTreeModel()
    model.set_entry(workspace.entries[0])
    qtmodeltester.check(model)
    report = workspace.entries[0].report
    top = [model.index(row, 0).data(SECTION_ID_ROLE) for row in range(model.rowCount())]
    assert top == [section.id for section in report.sections if section.parent is None]
    for section in report.sections:
        index = model.index_of_section(section.id)
        assert index.data() == section.title
        parent = model.parent(index)
        assert (parent.data(SECTION_ID_ROLE) if parent.isValid() else None) == section.parent
    # progress updates as sentences are labelled
    entry = workspace.entries[0]
    sentence = next(s for s in report.sentences if s.section and report.section_by_id(s.section).parent)
    workspace.set_label(entry, [report.sentences.index(sentence)], "target")
    chain = report.section_path(sentence.section)
    for section in chain:
        labelled, total = model.index_of_section(section.id).siblingAtColumn(1).data().split("/")
        assert int(labelled) == 1 and int(total) > 0
    qtmodeltester.check(model)
    model.set_entry(None)
    qtmodeltester.check(model)


def test_section_at_offset(weihai_2022) -> None:
    workspace = _workspace(weihai_2022)
    model = SectionTreeModel()
    model.set_entry(workspace.entries[0])
    report = workspace.entries[0].report
    for sentence in report.sentences:
        assert model.section_at(sentence.start) == sentence.section


def test_report_list_model(qtmodeltester, compilation) -> None:
    workspace = Workspace()
    model = ReportListModel(workspace)
    reports = load_reports(compilation)
    workspace.add_file(OpenFile(compilation, reports, open_annotations(compilation, ANNOTATOR, reports)))
    qtmodeltester.check(model)
    assert model.rowCount() == 14  # one place each
    assert sorted(model.index(row, 0).data() for row in range(14)) == sorted(r.place for r in reports)
    entry = workspace.entries[3]
    index = model.index_of_entry(entry)
    assert index.data() == f"2023  {compilation.name}"
    workspace.set_label(entry, [0, 1], "other")
    assert index.data(PROGRESS_ROLE) == (2, len(entry.report.sentences))
    assert index.parent().data(PROGRESS_ROLE) == (2, len(entry.report.sentences))
    qtmodeltester.check(model)


def test_document_map_counts_utf16_units(qapp) -> None:
    text = "一、𠀀年工作回顾\n𠀀𠀁是好的。𠀂也很好。\n二、计划\n要做𠀃事。\n"
    report = parse_text(text)[0]
    document, document_map = build_document(report, DocumentStyle())
    plain = document.toPlainText()
    units = plain.encode("utf-16-le")
    for index, sentence in enumerate(report.sentences):
        start, end = document_map.sentence_range(index)
        assert units[start * 2:end * 2].decode("utf-16-le") == sentence.text
        assert document_map.to_report(start) == sentence.start
        assert document_map.sentence_at(start) == index
        assert document_map.sentence_at(end - 1) == index


def test_label_command_do_undo_redo(weihai_2022) -> None:
    workspace = _workspace(weihai_2022)
    entry = workspace.entries[0]
    stack = QUndoStack()
    stack.push(LabelCommand(workspace, entry, [3, 4, 5], "achievement"))
    done = [entry.annotation(i) for i in (3, 4, 5)]
    assert [a.label for a in done] == ["achievement"] * 3
    stack.push(LabelCommand(workspace, entry, [4], "target"))
    assert entry.label_of(4) == "target"
    stack.undo()
    assert entry.annotation(4) == done[1]  # exactly as before, timestamps included
    stack.undo()
    assert [entry.annotation(i) for i in (3, 4, 5)] == [None, None, None]
    assert entry.progress.labelled == 0
    stack.redo()
    assert [entry.annotation(i) for i in (3, 4, 5)] == done
    assert entry.progress.label_counts["achievement"] == 3


def test_label_command_without_change_is_no_step(weihai_2022) -> None:
    workspace = _workspace(weihai_2022)
    entry = workspace.entries[0]
    stack = QUndoStack()
    stack.push(LabelCommand(workspace, entry, [0], "target"))
    stack.push(LabelCommand(workspace, entry, [0], "target"))
    stack.push(LabelCommand(workspace, entry, [1], None))
    assert stack.count() == 1


def test_note_metadata_and_label_set_commands(weihai_2022) -> None:
    workspace = _workspace(weihai_2022)
    entry = workspace.entries[0]
    stack = QUndoStack()
    stack.push(LabelCommand(workspace, entry, [2], "other"))
    stack.push(NoteCommand(workspace, entry, 2, "unsure"))
    assert entry.annotation(2).note == "unsure"
    stack.undo()
    assert entry.annotation(2).note is None
    stack.redo()

    parsed_place = entry.report.metadata.place
    stack.push(MetadataCommand(workspace, entry, "place", "威海"))
    assert entry.report.place == "威海"
    assert entry.annotations.metadata_corrections(entry.report.id) == {"place": "威海"}
    stack.undo()
    assert entry.report.metadata.place == parsed_place
    assert entry.annotations.metadata_corrections(entry.report.id) == {}
    stack.redo()
    stack.push(MetadataCommand(workspace, entry, "place", None))  # drop the correction
    assert entry.report.metadata.place == parsed_place

    labels = list(entry.file.labels)
    renamed = [label if label.name != "other" else type(label)("neither", "3", "#cccccc", "neither")
               for label in labels]
    stack.push(LabelSetCommand(workspace, entry.file, renamed, {"other": "neither"}))
    assert entry.label_of(2) == "neither"
    assert entry.progress.label_counts["neither"] == 1
    stack.undo()
    assert entry.label_of(2) == "other"
    assert [label.name for label in entry.file.labels] == ["target", "achievement", "other"]


@pytest.mark.parametrize("point_size", [10.0, 20.0])
def test_document_styles_build(qapp, weihai_2022, point_size: float) -> None:
    report = load_reports(weihai_2022)[0]
    for show_noise in (True, False):
        document, document_map = build_document(report, DocumentStyle(point_size, show_noise))
        assert document.blockCount() >= len([p for p in report.paragraphs if show_noise or p.role != "noise"])
        assert len(document_map.sentence_starts) == len(report.sentences)


def test_report_list_of_a_folder_keeps_rows_as_files_open_and_metadata_changes(qtmodeltester, tmp_path) -> None:
    import shutil

    from core.annotations.report_listing import list_reports
    from gui.reading.report_list import ENTRY_ROLE, YEAR_ROLE
    from resources import resource_path

    folder = tmp_path / "folder"
    folder.mkdir()
    for name in ("weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt"):
        shutil.copy(resource_path("samples", name), folder / name)
    workspace = Workspace()
    model = ReportListModel(workspace)
    qtmodeltester.check(model)  # the tester keeps watching every change below
    model.add_listed(list_reports([folder], ANNOTATOR).reports)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["威海市", "Place not found"]
    weihai = model.index(0, 0)
    assert [model.index(row, 0, weihai).data(YEAR_ROLE) for row in range(2)] == ["2020", "2022"]

    source = folder / "weihai-2022.txt"
    reports = load_reports(source)
    workspace.add_file(OpenFile(source, reports, open_annotations(source, ANNOTATOR, reports)))
    entry = workspace.entries[0]
    assert model.rowCount(weihai) == 2  # the listed row took the open report
    assert model.index(1, 0, weihai).data(ENTRY_ROLE) is entry

    stack = QUndoStack()
    stack.push(MetadataCommand(workspace, entry, "year", "2019"))  # moves before 2020
    assert model.index_of_entry(entry).row() == 0
    stack.push(MetadataCommand(workspace, entry, "place", "山东省威海市"))  # a place of its own
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["山东省威海市", "威海市",
                                                                                "Place not found"]
    assert model.index_of_entry(entry).parent().data() == "山东省威海市"
    stack.undo()
    stack.undo()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["威海市", "Place not found"]
    assert model.index_of_entry(entry) == model.index(1, 0, model.index(0, 0))
    model.add_listed(list_reports([folder], ANNOTATOR).reports)  # listed again: nothing doubles
    assert sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount())) == 3
