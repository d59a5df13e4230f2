"""`main.py import` while a window saves the same annotation file: both keep their labels, the command says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import core.export.training_import as training_import
from core.annotations.annotation_set import AnnotationSet
from core.annotations.opening import load_annotation_file, open_annotations
from core.export.training_export import export_training
from core.reading.document import load_reports
from main import main
from resources import resource_path
from tests.core.labelled_reports import labelled_copy


def test_import_merges_a_save_made_meanwhile_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    source, _, original = labelled_copy(tmp_path / "a", "weihai-2022.txt")
    export_training([source], tmp_path / "data.jsonl")
    target_folder = tmp_path / "b"
    target_folder.mkdir()
    target = target_folder / "weihai-2022.txt"
    shutil.copy(resource_path("samples", "weihai-2022.txt"), target)
    reports = load_reports(target)
    unlabelled = next(s for s in reports[0].sentences if original.get(reports[0].id, s.id) is None)

    def open_while_a_window_saves(path: Path, annotator: str, loaded: list) -> AnnotationSet:
        opened = open_annotations(path, annotator, loaded)
        window = open_annotations(path, annotator, loaded)  # a window saves after import has read the file
        window.set(reports[0], unlabelled, "other")
        window.save()
        return opened

    monkeypatch.setattr(training_import, "open_annotations", open_while_a_window_saves)
    assert main(["import", str(tmp_path / "data.jsonl"), "--reports", str(target_folder)]) == 0
    saved = load_annotation_file(open_annotations(target, "alice", reports).path)
    assert saved.get(reports[0].id, unlabelled.id).label == "other"  # the window's label
    assert len(saved.all_annotations()) == len(original.all_annotations()) + 1  # and every imported one
    assert "merged" in capsys.readouterr().err
